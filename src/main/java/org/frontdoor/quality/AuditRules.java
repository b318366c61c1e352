package org.frontdoor.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an audit must hold. Every grade given carries a written rationale, even when saved part way; completing it
 * needs every question graded and an overall grade with its rationale. Errors come in the order of the page.
 */
public final class AuditRules {

    public record Answer(String grade, String rationale) {
    }

    private AuditRules() {
    }

    /** Field name to message; empty when the audit may be saved (or completed). */
    public static Map<String, String> check(AuditTemplate template, Map<Long, Answer> answers, String overallGrade,
                                            String overallRationale, boolean complete) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (AuditTemplate.Question q : template.questions()) {
            Answer a = answers.getOrDefault(q.id(), new Answer(null, null));
            Grade grade = Grade.parse(a.grade());
            if (grade == null && complete) {
                errors.put("grade-" + q.id(), "Grade ‘" + q.text() + "’ to complete the audit");
            } else if (grade != null && blank(a.rationale())) {
                errors.put("rationale-" + q.id(), "Write why you graded ‘" + q.text() + "’ as "
                        + grade.label().toLowerCase());
            }
        }
        Grade overall = Grade.parse(overallGrade);
        if (overall == Grade.NOT_APPLICABLE) {
            errors.put("overallGrade", "The overall grade cannot be not applicable");
        } else if (overall == null && complete) {
            errors.put("overallGrade", "Choose the overall grade to complete the audit");
        } else if (overall != null && blank(overallRationale)) {
            errors.put("overallRationale", "Write why you gave the overall grade of " + overall.label().toLowerCase());
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
