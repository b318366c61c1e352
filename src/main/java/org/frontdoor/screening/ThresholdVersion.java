package org.frontdoor.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the threshold document, levels 1 to 4 in order. {@code publishedAt} is null while it is a draft.
 * A published or retired version never changes, so a decision can cite it by id.
 */
public record ThresholdVersion(long id, String title, Instant publishedAt, ThresholdStatus status,
                               List<ThresholdLevel> levels) {

    public ThresholdVersion {
        levels = List.copyOf(levels);
    }

    /** The level with this number (1 to 4). */
    public Optional<ThresholdLevel> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** The indicator with this id, if it belongs to this version (use it to check ids posted by a form). */
    public Optional<ThresholdIndicator> indicator(long indicatorId) {
        return levels.stream().flatMap(l -> l.indicators().stream()).filter(i -> i.id() == indicatorId).findFirst();
    }

    /** The level (1 to 4) under which this version lists the indicator, if it belongs to this version. */
    public Optional<Integer> levelOf(long indicatorId) {
        return levels.stream().filter(l -> l.indicators().stream().anyMatch(i -> i.id() == indicatorId))
                .map(ThresholdLevel::level).findFirst();
    }

    public boolean editable() {
        return status == ThresholdStatus.DRAFT;
    }
}
