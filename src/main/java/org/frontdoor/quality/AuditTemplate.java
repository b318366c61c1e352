package org.frontdoor.quality;

import java.time.Instant;
import java.util.List;

/** One version of an audit template, with its sections and questions in order. */
public record AuditTemplate(long id, String name, int version, String status, Instant publishedAt,
                            List<Section> sections) {

    public record Section(long id, int position, String title, List<Question> questions) {
    }

    public record Question(long id, int position, String text, String hint) {
    }

    public boolean draft() {
        return status.equals("DRAFT");
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public String title() {
        return name + " (version " + version + ")";
    }
}
