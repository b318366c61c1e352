package org.frontdoor.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly Vital Signs reports: made from the scorecard for the whole local authority, stored byte for byte
 * with the figures they show, and read back exactly as issued.
 */
@Service
public class Reports {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final TypeReference<List<IssuedFigure>> FIGURES = new TypeReference<>() {
    };

    /** A report in the list, without its files. */
    public record Issued(long id, LocalDate month, boolean monthEnd, String issuedBy, Instant issuedAt) {
        public String monthLabel() {
            return MONTH.format(month);
        }

        public String how() {
            return monthEnd ? "At month end" : "On request by " + issuedBy;
        }
    }

    private final VitalSigns vitalSigns;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final String laName;
    private final ZoneId zone;

    Reports(VitalSigns vitalSigns, JdbcClient jdbc, ObjectMapper json, @Value("${frontdoor.la-name}") String laName,
            ZoneId zone) {
        this.vitalSigns = vitalSigns;
        this.jdbc = jdbc;
        this.json = json;
        this.laName = laName;
        this.zone = zone;
    }

    /** Issues the report for the 13 months ending with {@code month}, as asked for by {@code by}. */
    public long issue(YearMonth month, String by) {
        Made m = make(month);
        return jdbc.sql("""
                        insert into performance_report (month, pdf, xlsx, figures, issued_by)
                        values (:month, :pdf, :xlsx, cast(:figures as jsonb), :by) returning id""")
                .param("month", month.atDay(1)).param("pdf", m.pdf).param("xlsx", m.xlsx)
                .param("figures", m.figures).param("by", by)
                .query(Long.class).single();
    }

    /**
     * Issues the month-end report for {@code month} unless one exists. Safe to call from every instance of the app at
     * once: the unique index on month-end reports lets one insert win; the rest change nothing.
     *
     * @return whether this call issued it
     */
    public boolean issueMonthEnd(YearMonth month) {
        if (monthEndIssued(month)) {
            return false; // the usual case, checked first so the PDF is not made for nothing
        }
        Made m = make(month);
        return jdbc.sql("""
                        insert into performance_report (month, month_end, pdf, xlsx, figures, issued_by)
                        values (:month, true, :pdf, :xlsx, cast(:figures as jsonb), 'system')
                        on conflict (month) where month_end do nothing""")
                .param("month", month.atDay(1)).param("pdf", m.pdf).param("xlsx", m.xlsx)
                .param("figures", m.figures)
                .update() == 1;
    }

    boolean monthEndIssued(YearMonth month) {
        return jdbc.sql("select exists (select 1 from performance_report where month = :m and month_end)")
                .param("m", month.atDay(1)).query(Boolean.class).single();
    }

    public List<Issued> list() {
        return jdbc.sql("""
                        select id, month, month_end, issued_by, issued_at from performance_report
                         order by month desc, issued_at desc""")
                .query(Issued.class).list();
    }

    public Optional<Issued> find(long id) {
        return jdbc.sql("select id, month, month_end, issued_by, issued_at from performance_report where id = :id")
                .param("id", id).query(Issued.class).optional();
    }

    /** The figures the report showed when it was issued. */
    public List<IssuedFigure> figures(long id) {
        String text = jdbc.sql("select figures::text from performance_report where id = :id")
                .param("id", id).query(String.class).single();
        try {
            return json.readValue(text, FIGURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report " + id + " holds figures that cannot be read", e);
        }
    }

    /** The PDF or XLSX as issued; {@code format} is "pdf" or "xlsx". */
    public Optional<byte[]> file(long id, String format) {
        String column = switch (format) {
            case "pdf" -> "pdf";
            case "xlsx" -> "xlsx";
            default -> throw new IllegalArgumentException(format);
        };
        return jdbc.sql("select " + column + " from performance_report where id = :id").param("id", id)
                .query(byte[].class).optional();
    }

    private record Made(byte[] pdf, byte[] xlsx, String figures) {
    }

    private Made make(YearMonth month) {
        Scorecard card = vitalSigns.scorecard(month, Filters.NONE);
        byte[] pdf = VitalSignsPdf.of(card, laName, LocalDate.now(zone));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try {
            Spreadsheets.scorecard(card, xlsx);
            return new Made(pdf, xlsx.toByteArray(),
                    json.writeValueAsString(card.cards().stream().map(IssuedFigure::of).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
