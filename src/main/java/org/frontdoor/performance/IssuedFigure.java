package org.frontdoor.performance;

import java.util.List;

/**
 * One indicator as a report issued it, kept with the report so the figures can be read back as they were even after
 * the record behind them has changed (late recording, corrections).
 */
public record IssuedFigure(String indicatorId, String name, String rag, String figure, String target,
                           String direction, List<String> months, List<String> shown) {

    static IssuedFigure of(Scorecard.Card c) {
        return new IssuedFigure(c.indicator().id(), c.indicator().name(), c.rag().label(), c.latest().shown(),
                c.targetShown(), c.direction(), c.points().stream().map(Scorecard.Point::monthKey).toList(),
                c.points().stream().map(Scorecard.Point::shown).toList());
    }

    public boolean red() {
        return RagStatus.RED.label().equals(rag);
    }
}
