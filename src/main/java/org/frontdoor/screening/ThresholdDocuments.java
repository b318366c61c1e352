package org.frontdoor.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the threshold document. {@link #current()} is the version in force, for the referral form, the decision
 * form and the printable page; {@link #find(long)} reads any version, including the retired one an old decision
 * cited.
 */
@Repository
public class ThresholdDocuments {

    private final JdbcClient jdbc;

    public ThresholdDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published version. There is always exactly one: the first is seeded and publishing retires the last. */
    public ThresholdVersion current() {
        long id = jdbc.sql("select id from threshold_version where status = 'PUBLISHED'").query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<ThresholdVersion> find(long versionId) {
        record Head(long id, String title, Instant publishedAt, ThresholdStatus status) {
        }
        Optional<Head> head = jdbc.sql("select id, title, published_at, status from threshold_version where id = :id")
                .param("id", versionId)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("title"), instant(rs, "published_at"),
                        ThresholdStatus.valueOf(rs.getString("status"))))
                .optional();
        return head.map(h -> new ThresholdVersion(h.id(), h.title(), h.publishedAt(), h.status(), levels(h.id())));
    }

    /** Every version, newest first, for the administrator. */
    public List<ThresholdVersionSummary> versions() {
        return jdbc.sql("""
                        select id, number, title, status, notes, created_at, created_by, published_at, published_by,
                               retired_at, retired_by
                          from threshold_version order by number desc""")
                .query((rs, n) -> new ThresholdVersionSummary(rs.getLong("id"), rs.getInt("number"),
                        rs.getString("title"), ThresholdStatus.valueOf(rs.getString("status")), rs.getString("notes"),
                        instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "published_at"),
                        rs.getString("published_by"), instant(rs, "retired_at"), rs.getString("retired_by")))
                .list();
    }

    public Optional<ThresholdVersionSummary> summary(long versionId) {
        return versions().stream().filter(v -> v.id() == versionId).findFirst();
    }

    private List<ThresholdLevel> levels(long versionId) {
        record Row(long levelId, int level, String name, String description, Long indicatorId, String domain,
                   String text) {
        }
        List<Row> rows = jdbc.sql("""
                        select l.id as level_id, l.level, l.name, l.description,
                               i.id as indicator_id, i.domain, i.text
                          from threshold_level l
                          left join threshold_indicator i on i.level_id = l.id
                         where l.version_id = :v
                         order by l.level, i.sort_order, i.id""")
                .param("v", versionId)
                .query((rs, n) -> new Row(rs.getLong("level_id"), rs.getInt("level"), rs.getString("name"),
                        rs.getString("description"), (Long) rs.getObject("indicator_id", Long.class),
                        rs.getString("domain"), rs.getString("text")))
                .list();
        Map<Long, Row> levels = new LinkedHashMap<>();
        Map<Long, List<ThresholdIndicator>> indicators = new LinkedHashMap<>();
        for (Row r : rows) {
            levels.putIfAbsent(r.levelId(), r);
            List<ThresholdIndicator> list = indicators.computeIfAbsent(r.levelId(), k -> new ArrayList<>());
            if (r.indicatorId() != null) {
                list.add(new ThresholdIndicator(r.indicatorId(), ThresholdDomain.valueOf(r.domain()), r.text()));
            }
        }
        return levels.values().stream().map(r -> new ThresholdLevel(r.levelId(), r.level(), r.name(),
                r.description(), indicators.get(r.levelId()))).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
