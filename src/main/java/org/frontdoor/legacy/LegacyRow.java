package org.frontdoor.legacy;

import java.util.Map;

/** One record of a legacy file: the line it starts on and its values by column name, as written. */
record LegacyRow(int line, Map<String, String> values) {

    /** The trimmed value, or null when the column is absent or blank. */
    String get(String column) {
        if (column == null) {
            return null;
        }
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
