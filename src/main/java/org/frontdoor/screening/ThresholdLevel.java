package org.frontdoor.screening;

import java.util.List;

/** A level of need (1 universal to 4 child protection), with its indicators in the order the document lists them. */
public record ThresholdLevel(long id, int level, String name, String description, List<ThresholdIndicator> indicators) {

    public ThresholdLevel {
        indicators = List.copyOf(indicators);
    }

    /** This level's indicators in one domain, for showing them under the domain's heading. */
    public List<ThresholdIndicator> indicatorsIn(ThresholdDomain domain) {
        return indicators.stream().filter(i -> i.domain() == domain).toList();
    }

    /** "Level 3: Complex needs / child in need (s17)". */
    public String label() {
        return "Level " + level + ": " + name;
    }
}
