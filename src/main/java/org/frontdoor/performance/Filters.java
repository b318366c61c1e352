package org.frontdoor.performance;

import org.springframework.web.util.UriComponentsBuilder;

/** The scorecard's filters; blank means everyone. The same filters go into every figure and its drill-down. */
public record Filters(String team, String source) {

    public static final Filters NONE = new Filters(null, null);

    public Filters {
        team = team == null || team.isBlank() ? null : team.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    /** "team=...&source=..." for links that keep the filters, empty when there are none. */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (team != null) {
            b.queryParam("team", team);
        }
        if (source != null) {
            b.queryParam("source", source);
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    public String describe() {
        if (team == null && source == null) {
            return "All teams, all referral sources";
        }
        return (team == null ? "All teams" : team) + ", "
                + (source == null ? "all referral sources" : "referral source " + source);
    }
}
