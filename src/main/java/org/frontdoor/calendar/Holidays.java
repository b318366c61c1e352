package org.frontdoor.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable set of non-working dates, each with a name: bank holidays and local closures.
 *
 * <p>The data is a CSV file of {@code date,name} lines (ISO dates such as {@code 2025-12-25}). A
 * {@code date,name} header line, blank lines and lines starting with {@code #} are ignored. The
 * name is everything after the first comma, so it may itself contain commas.
 *
 * <p>The {@linkplain #coveredYears() covered years} are the years with at least one date in the
 * data. Every year has bank holidays, so for national data this is exactly the years the file was
 * written for; {@link WorkingCalendar} refuses to answer for any other year.
 */
public final class Holidays {

    private static final String ENGLAND_AND_WALES_RESOURCE =
            "/calendar/bank-holidays-england-and-wales.csv";

    private final NavigableMap<LocalDate, String> names;
    private final SortedSet<Year> coveredYears;

    private Holidays(NavigableMap<LocalDate, String> names, SortedSet<Year> coveredYears) {
        this.names = Collections.unmodifiableNavigableMap(new TreeMap<>(names));
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** The official England and Wales bank holidays bundled with the application (2018 to 2030). */
    public static Holidays englandAndWales() {
        return Bundled.ENGLAND_AND_WALES;
    }

    /**
     * Reads holiday data from a UTF-8 file, for example a local authority's list of closure days.
     *
     * @throws IllegalArgumentException naming the file and line if a line cannot be read
     * @throws UncheckedIOException if the file cannot be read at all
     */
    public static Holidays load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read holiday data from " + file, e);
        }
    }

    /**
     * Reads holiday data in the CSV format described on this class. The reader is not closed.
     *
     * @throws IllegalArgumentException naming the line number and content of the first bad line
     */
    public static Holidays parse(Reader reader) {
        return parse(reader, "holiday data");
    }

    private static Holidays parse(Reader reader, String source) {
        NavigableMap<LocalDate, String> names = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        try {
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                lineNumber++;
                // Spreadsheet programs often save a byte-order mark at the start of the file.
                String line = (lineNumber == 1 ? raw.replace("\uFEFF", "") : raw).strip();
                if (line.isEmpty() || line.startsWith("#") || line.equalsIgnoreCase("date,name")) {
                    continue;
                }
                int comma = line.indexOf(',');
                LocalDate date = comma < 0 ? null : parseDate(line.substring(0, comma).strip());
                String name = comma < 0 ? "" : line.substring(comma + 1).strip();
                if (date == null || name.isEmpty()) {
                    throw badLine(source, lineNumber, raw, "is not a 'yyyy-mm-dd,name' line");
                }
                if (names.putIfAbsent(date, name) != null) {
                    // A repeated date is almost certainly a typo for a different one.
                    throw badLine(source, lineNumber, raw, "lists " + date + " a second time");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
        SortedSet<Year> years = new TreeSet<>();
        names.keySet().forEach(date -> years.add(Year.from(date)));
        return new Holidays(names, years);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static IllegalArgumentException badLine(
            String source, int lineNumber, String content, String problem) {
        return new IllegalArgumentException(
                source + " line " + lineNumber + " " + problem + ": '" + content + "'");
    }

    /**
     * These dates with another set's dates added, such as a local authority's closure days.
     *
     * <p>The covered years stay those of this set: a closure day says nothing about the bank
     * holidays of its year, so it must not make that year look covered. Where both sets name the
     * same date, this set's name is kept.
     */
    public Holidays plus(Holidays other) {
        NavigableMap<LocalDate, String> combined = new TreeMap<>(other.names);
        combined.putAll(names);
        return new Holidays(combined, coveredYears);
    }

    public boolean contains(LocalDate date) {
        return names.containsKey(date);
    }

    /** The holiday's name, such as "Boxing Day (substitute day)", or empty if not a holiday. */
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    /** All the dates in order, with their names. */
    public NavigableMap<LocalDate, String> asMap() {
        return names;
    }

    /** The years this data can answer for. */
    public SortedSet<Year> coveredYears() {
        return coveredYears;
    }

    public boolean covers(LocalDate date) {
        return coveredYears.contains(Year.from(date));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holidays other
                && names.equals(other.names)
                && coveredYears.equals(other.coveredYears);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, coveredYears);
    }

    @Override
    public String toString() {
        return "Holidays[" + names.size() + " dates, covering " + coveredYears + "]";
    }

    /** Loaded on first use and then shared: the data is immutable. */
    private static final class Bundled {
        static final Holidays ENGLAND_AND_WALES = loadResource(ENGLAND_AND_WALES_RESOURCE);

        private static Holidays loadResource(String name) {
            InputStream in = Holidays.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Bundled holiday data missing from classpath: " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, name);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read bundled holiday data " + name, e);
            }
        }
    }
}
