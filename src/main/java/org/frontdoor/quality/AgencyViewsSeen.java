package org.frontdoor.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the "record a view on an agency's behalf" form saw when loaded: each agency's view and its version, as
 * "POLICE:1,HEALTH:2". The agency is chosen on the form, so it carries them all; an agency absent had no view.
 */
final class AgencyViewsSeen {

    private AgencyViewsSeen() {
    }

    static String of(List<Audits.AgencyView> views) {
        return views.stream().map(v -> v.agencyCode() + ":" + v.version()).collect(Collectors.joining(","));
    }

    static Map<String, Integer> parse(String seen) {
        Map<String, Integer> versions = new HashMap<>();
        for (String part : (seen == null ? "" : seen).split(",")) {
            String[] codeVersion = part.strip().split(":");
            if (codeVersion.length == 2 && codeVersion[1].matches("\\d{1,9}")) {
                versions.put(codeVersion[0], Integer.valueOf(codeVersion[1]));
            }
        }
        return versions;
    }
}
