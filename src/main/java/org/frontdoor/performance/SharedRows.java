package org.frontdoor.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that several indicators count, each with its own condition for a row to be listed and to be in the
 * numerator: every child in a month's contacts, say, for "decided within 1 working day" and "became a referral".
 * Each indicator's drill-down is the shared rows where its condition holds; the scorecard counts them all in one
 * pass over the rows instead of one pass per indicator.
 */
final class SharedRows {

    static final String COLUMNS = "/*columns*/";
    static final String WHERE = "/*where*/";

    private record Member(String include, String num) {
    }

    private final String sql;
    private final Map<String, Member> members = new LinkedHashMap<>();

    /** {@code sql} selects the indicator columns with the columns marker for num, and has the where marker. */
    SharedRows(String sql) {
        if (!sql.contains(COLUMNS) || !sql.contains(WHERE)) {
            throw new IllegalArgumentException("Shared rows need the columns and where markers");
        }
        this.sql = sql;
    }

    /** One indicator's rows: those where {@code include} holds, counted in the numerator where {@code num} does. */
    String member(String id, String include, String num) {
        members.put(id, new Member(include, num));
        return sql.replace(COLUMNS, "(" + num + ") as num").replace(WHERE, "(" + include + ")");
    }

    List<String> ids() {
        return List.copyOf(members.keySet());
    }

    /** Every row of any member, with each member's conditions as columns {@code inc_0, num_0, inc_1, ...}. */
    String combined() {
        List<String> columns = new ArrayList<>(List.of("true as num"));
        List<String> any = new ArrayList<>();
        int i = 0;
        for (Member m : members.values()) {
            columns.add("(" + m.include() + ") as inc_" + i);
            columns.add("(" + m.num() + ") as num_" + i);
            any.add("(" + m.include() + ")");
            i++;
        }
        return sql.replace(COLUMNS, String.join(", ", columns)).replace(WHERE, "(" + String.join(" or ", any) + ")");
    }
}
