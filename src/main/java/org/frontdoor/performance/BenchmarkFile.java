package org.frontdoor.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simple published format for regional benchmarking (seed 000's sector-led improvement programme): one
 * authority's headline indicators for one month, as CSV ({@code local_authority,period,indicator_id,indicator,unit,
 * value}, one line per indicator) or JSON ({@code {"local_authority", "period", "indicators": [{"indicator_id",
 * "indicator", "unit", "value"}]}}). The indicator and unit columns are for people reading the file; importing needs
 * the authority, the period (YYYY-MM), the indicator's id and its value (blank when the authority has no figure).
 * Plain Java: reading a file either gives every figure or says what is wrong with it.
 */
public final class BenchmarkFile {

    /** One authority's figure for one headline indicator in one month. */
    public record Figure(String localAuthority, YearMonth period, String indicatorId, BigDecimal value) {
    }

    public record Read(List<Figure> figures, List<String> errors) {
    }

    static final List<String> CSV_HEADER = List.of("local_authority", "period", "indicator_id", "indicator", "unit",
            "value");
    private static final int MAX_ERRORS = 10;

    private BenchmarkFile() {
    }

    /** The file as this authority publishes it. */
    public static String csv(List<Figure> figures) {
        StringBuilder sb = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (Figure f : figures) {
            Indicator i = Indicators.byId(f.indicatorId()).orElseThrow();
            sb.append(String.join(",", quoted(f.localAuthority()), f.period().toString(), f.indicatorId(),
                    quoted(i.name()), quoted(i.unit().label()), f.value() == null ? "" : f.value().toPlainString()))
                    .append("\r\n");
        }
        return sb.toString();
    }

    public static String json(List<Figure> figures, ObjectMapper mapper) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("local_authority", figures.isEmpty() ? "" : figures.get(0).localAuthority());
        root.put("period", figures.isEmpty() ? "" : figures.get(0).period().toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Indicator i = Indicators.byId(f.indicatorId()).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("indicator_id", f.indicatorId());
            m.put("indicator", i.name());
            m.put("unit", i.unit().label());
            m.put("value", f.value());
            list.add(m);
        }
        root.put("indicators", list);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Reads an uploaded file: JSON when it is named .json or starts with a brace, CSV otherwise. */
    public static Read read(String filename, byte[] content, ObjectMapper mapper) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (text.isEmpty()) {
            return new Read(List.of(), List.of("The file is empty"));
        }
        boolean json = (filename != null && filename.toLowerCase(Locale.UK).endsWith(".json")) || text.startsWith("{");
        return json ? readJson(text, mapper) : readCsv(text);
    }

    private static Read readCsv(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = split(lines.get(0)).stream().map(h -> h.strip().toLowerCase(Locale.UK)).toList();
        List<String> errors = new ArrayList<>();
        for (String needed : List.of("local_authority", "period", "indicator_id", "value")) {
            if (!header.contains(needed)) {
                errors.add("The first line must name the columns, including " + needed
                        + " (local_authority,period,indicator_id,indicator,unit,value)");
            }
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors.subList(0, 1));
        }
        List<Figure> figures = new ArrayList<>();
        for (int n = 1; n < lines.size() && errors.size() < MAX_ERRORS; n++) {
            List<String> cells = split(lines.get(n));
            String where = "Line " + (n + 1);
            if (cells.size() != header.size()) {
                errors.add(where + " has " + cells.size() + " values but the first line names " + header.size()
                        + " columns");
                continue;
            }
            figure(where, cells.get(header.indexOf("local_authority")), cells.get(header.indexOf("period")),
                    cells.get(header.indexOf("indicator_id")), cells.get(header.indexOf("value")), figures, errors);
        }
        return check(figures, errors);
    }

    private static Read readJson(String text, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (IOException e) {
            return new Read(List.of(), List.of("The file is not valid JSON"));
        }
        List<String> errors = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        JsonNode indicators = root.path("indicators");
        if (!root.isObject() || !indicators.isArray()) {
            return new Read(List.of(), List.of("The JSON must hold local_authority, period and a list of indicators"));
        }
        int n = 0;
        for (JsonNode i : indicators) {
            n++;
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            JsonNode value = i.path("value");
            figure("Indicator " + n, root.path("local_authority").asText(""), root.path("period").asText(""),
                    i.path("indicator_id").asText(""), value.isNull() || value.isMissingNode() ? "" : value.asText(),
                    figures, errors);
        }
        return check(figures, errors);
    }

    private static void figure(String where, String la, String period, String id, String value, List<Figure> figures,
                               List<String> errors) {
        la = la.strip();
        id = id.strip();
        value = value.strip();
        if (la.isEmpty()) {
            errors.add(where + ": the local authority is missing");
            return;
        }
        if (ReportMonth.error(period, YearMonth.of(9999, 12)).isPresent() || period.isBlank()) {
            errors.add(where + ": the period must be a year and month, for example 2025-04");
            return;
        }
        if (Benchmarking.HEADLINE.stream().noneMatch(id::equals)) {
            errors.add(where + ": " + (id.isEmpty() ? "the indicator is missing" : "'" + id
                    + "' is not one of the headline indicators"));
            return;
        }
        BigDecimal v = null;
        if (!value.isEmpty()) {
            try {
                v = new BigDecimal(value);
            } catch (NumberFormatException e) {
                errors.add(where + ": the value must be a number, or blank when there is no figure");
                return;
            }
        }
        figures.add(new Figure(la, YearMonth.parse(period.strip()), id, v));
    }

    /** One authority and one month per file, each indicator once, so an import replaces exactly that. */
    private static Read check(List<Figure> figures, List<String> errors) {
        if (errors.isEmpty()) {
            if (figures.isEmpty()) {
                errors.add("The file holds no figures");
            } else if (figures.stream().map(f -> f.localAuthority() + " " + f.period()).distinct().count() > 1) {
                errors.add("A file must hold one local authority's figures for one month");
            } else {
                Set<String> seen = new HashSet<>();
                for (Figure f : figures) {
                    if (!seen.add(f.indicatorId())) {
                        errors.add("The file gives " + f.indicatorId() + " more than once");
                    }
                }
            }
        }
        return errors.isEmpty() ? new Read(figures, List.of()) : new Read(List.of(), errors);
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** One CSV line into cells; quotes may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
