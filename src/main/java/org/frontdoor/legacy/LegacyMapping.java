package org.frontdoor.legacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one legacy system wrote its exports (a JSON file under {@code legacy/mappings}): for each kind of record the
 * file, the column holding the legacy id, which column is which of our fields, the date formats, and how the
 * legacy system's codes translate to ours.
 *
 * @param system   the name imported rows keep as their source system; never change it once data is imported
 * @param encoding the files' character set, for example UTF-8 or windows-1252
 * @param delimiter one character; a file using another is detected when its header still reads
 * @param codes    per kind of code ("source", "relationship", "sex", "livesWith"): legacy code to ours
 */
public record LegacyMapping(String system, String label, String encoding, String delimiter,
                            List<String> dateFormats, List<String> dateTimeFormats,
                            Map<LegacyType, Layout> files, Map<String, Map<String, String>> codes) {

    /** One kind of record: its file name, its id column and our field name to its column name. */
    public record Layout(String file, String id, Map<String, String> columns) {

        String column(String field) {
            return columns.get(field);
        }
    }

    /** The same layout under another source system name (tests, or a second instance of the same product). */
    public LegacyMapping withSystem(String name) {
        return new LegacyMapping(name, label, encoding, delimiter, dateFormats, dateTimeFormats, files, codes);
    }

    /** The files of this layout found in {@code dir}, each as named in the mapping or the same name in .xlsx. */
    public Map<LegacyType, java.nio.file.Path> filesIn(java.nio.file.Path dir) {
        Map<LegacyType, java.nio.file.Path> found = new java.util.EnumMap<>(LegacyType.class);
        files.forEach((type, layout) -> {
            java.nio.file.Path csv = dir.resolve(layout.file());
            java.nio.file.Path xlsx = dir.resolve(layout.file().replaceFirst("\\.[^.]*$", "") + ".xlsx");
            if (java.nio.file.Files.isRegularFile(csv)) {
                found.put(type, csv);
            } else if (java.nio.file.Files.isRegularFile(xlsx)) {
                found.put(type, xlsx);
            }
        });
        return found;
    }

    public char delimiterChar() {
        return delimiter == null || delimiter.isEmpty() ? ',' : delimiter.equals("\\t") ? '\t' : delimiter.charAt(0);
    }

    /** The date in one of the mapping's formats (or the date part of a date and time). */
    Optional<LocalDate> date(String text) {
        for (String pattern : dateFormats) {
            try {
                return Optional.of(LocalDate.parse(text, formatter(pattern)));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return dateTime(text, false).map(LocalDateTime::toLocalDate);
    }

    /** A date and time in one of the mapping's formats; a date alone is taken as midday. */
    Optional<LocalDateTime> dateTime(String text) {
        return dateTime(text, true);
    }

    private Optional<LocalDateTime> dateTime(String text, boolean dateAlone) {
        for (String pattern : dateTimeFormats) {
            try {
                return Optional.of(LocalDateTime.parse(text, formatter(pattern)));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return dateAlone ? date(text).map(d -> d.atTime(12, 0)) : Optional.empty();
    }

    String formats() {
        List<String> all = new ArrayList<>(dateFormats);
        all.addAll(dateTimeFormats);
        return String.join(", ", all);
    }

    /** Our code for a legacy code of the given kind, matched without regard to case or surrounding spaces. */
    Optional<String> code(String kind, String legacy) {
        Map<String, String> table = codes.getOrDefault(kind, Map.of());
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (e.getKey().trim().equalsIgnoreCase(legacy.trim())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Strict, so that 31/02/2024 is a bad date rather than quietly 29 February; English month names ("Sep"). */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern.replace('y', 'u'))
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
