package org.frontdoor.screening;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the threshold document. Only a draft changes: each method locks the version row and refuses a
 * published or retired one ({@link ThresholdVersionLocked}); the database's triggers refuse it too.
 */
@Service
public class ThresholdDrafts {

    private final JdbcClient jdbc;

    public ThresholdDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the published version's levels and indicators into a new draft; returns the draft's id. */
    @Transactional
    public long createDraftFromCurrent(String by) {
        long current = jdbc.sql("select id from threshold_version where status = 'PUBLISHED' for update")
                .query(Long.class).single();
        int number = jdbc.sql("select max(number) + 1 from threshold_version").query(Integer.class).single();
        long draft = jdbc.sql("""
                        insert into threshold_version (number, title, status, created_by)
                        select :n, regexp_replace(title, ' *: *version [0-9]+$', '') || ': version ' || :n, 'DRAFT', :by
                          from threshold_version where id = :current
                        returning id""")
                .param("n", number).param("by", by).param("current", current).query(Long.class).single();
        jdbc.sql("""
                        insert into threshold_level (version_id, level, name, description)
                        select :draft, level, name, description from threshold_level where version_id = :current""")
                .param("draft", draft).param("current", current).update();
        jdbc.sql("""
                        insert into threshold_indicator (version_id, level_id, domain, text, sort_order, copied_from)
                        select :draft, nl.id, i.domain, i.text, i.sort_order, i.id
                          from threshold_indicator i
                          join threshold_level ol on ol.id = i.level_id
                          join threshold_level nl on nl.version_id = :draft and nl.level = ol.level
                         where i.version_id = :current""")
                .param("draft", draft).param("current", current).update();
        return draft;
    }

    @Transactional
    public void updateLevelDescription(long versionId, int level, String description) {
        lockDraft(versionId);
        jdbc.sql("update threshold_level set description = :d where version_id = :v and level = :l")
                .param("d", description).param("v", versionId).param("l", level).update();
    }

    /** Adds the indicator at the end of its level's list; returns its id. */
    @Transactional
    public long addIndicator(long versionId, int level, ThresholdDomain domain, String text) {
        lockDraft(versionId);
        return jdbc.sql("""
                        insert into threshold_indicator (version_id, level_id, domain, text, sort_order)
                        select :v, l.id, :domain, :text,
                               coalesce((select max(sort_order) from threshold_indicator where version_id = :v), 0) + 1
                          from threshold_level l where l.version_id = :v and l.level = :level
                        returning id""")
                .param("v", versionId).param("level", level).param("domain", domain.name()).param("text", text)
                .query(Long.class).single();
    }

    /** Returns false if the indicator is not in this version. */
    @Transactional
    public boolean updateIndicator(long versionId, long indicatorId, int level, ThresholdDomain domain, String text) {
        lockDraft(versionId);
        return jdbc.sql("""
                        update threshold_indicator
                           set level_id = (select id from threshold_level where version_id = :v and level = :level),
                               domain = :domain, text = :text
                         where id = :id and version_id = :v""")
                .param("v", versionId).param("level", level).param("domain", domain.name()).param("text", text)
                .param("id", indicatorId).update() == 1;
    }

    /** Returns false if the indicator is not in this version. */
    @Transactional
    public boolean removeIndicator(long versionId, long indicatorId) {
        lockDraft(versionId);
        return jdbc.sql("delete from threshold_indicator where id = :id and version_id = :v")
                .param("id", indicatorId).param("v", versionId).update() == 1;
    }

    /** Puts the draft in force and retires the version it replaces, in one transaction. */
    @Transactional
    public void publish(long versionId, String notes, String by) {
        lockDraft(versionId);
        jdbc.sql("""
                        update threshold_version set status = 'RETIRED', retired_at = now(), retired_by = :by
                         where status = 'PUBLISHED'""")
                .param("by", by).update();
        jdbc.sql("""
                        update threshold_version set status = 'PUBLISHED', published_at = now(), published_by = :by,
                               notes = :notes
                         where id = :v""")
                .param("by", by).param("notes", notes == null || notes.isBlank() ? null : notes)
                .param("v", versionId).update();
    }

    private void lockDraft(long versionId) {
        record Locked(int number, String status) {
        }
        Locked v = jdbc.sql("select number, status from threshold_version where id = :v for update")
                .param("v", versionId).query(Locked.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no threshold version " + versionId));
        ThresholdStatus status = ThresholdStatus.valueOf(v.status());
        if (status != ThresholdStatus.DRAFT) {
            throw new ThresholdVersionLocked(v.number(), status);
        }
    }
}
