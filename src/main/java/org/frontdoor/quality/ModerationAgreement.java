package org.frontdoor.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How often moderators agree with auditors' overall grades, by auditor, and which grades moved where. */
public final class ModerationAgreement {

    public record Moderated(String auditor, String moderator, Grade original, Grade moderated) {
        boolean agreed() {
            return original == moderated;
        }
    }

    public record Rate(String auditor, int moderated, int agreed) {
        public int percent() {
            return moderated == 0 ? 0 : (int) Math.round(100.0 * agreed / moderated);
        }
    }

    public record Move(Grade from, Grade to, int count) {
        /** Up means a better grade than the auditor gave. */
        public boolean up() {
            return to.ordinal() < from.ordinal();
        }
    }

    public record Report(Rate overall, List<Rate> byAuditor, List<Move> moves) {
    }

    private ModerationAgreement() {
    }

    public static Report of(List<Moderated> all) {
        Map<String, int[]> byAuditor = new TreeMap<>();
        Map<String, Move> moves = new LinkedHashMap<>();
        int agreed = 0;
        for (Moderated m : all) {
            int[] counts = byAuditor.computeIfAbsent(m.auditor(), a -> new int[2]);
            counts[0]++;
            if (m.agreed()) {
                counts[1]++;
                agreed++;
            } else {
                String key = m.original() + ">" + m.moderated();
                Move before = moves.get(key);
                moves.put(key, new Move(m.original(), m.moderated(), before == null ? 1 : before.count() + 1));
            }
        }
        List<Rate> rates = new ArrayList<>();
        byAuditor.forEach((auditor, c) -> rates.add(new Rate(auditor, c[0], c[1])));
        List<Move> moved = new ArrayList<>(moves.values());
        moved.sort((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count())
                : a.from() != b.from() ? a.from().compareTo(b.from()) : a.to().compareTo(b.to()));
        return new Report(new Rate("All auditors", all.size(), agreed), rates, moved);
    }
}
