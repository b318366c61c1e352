package org.frontdoor.screening;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The threshold document as the decision form uses it: the version a worker decides against, the indicators they
 * ticked, and the level those suggest.
 */
@Component
class DecisionThresholds {

    private final ThresholdDocuments documents;

    DecisionThresholds(ThresholdDocuments documents) {
        this.documents = documents;
    }

    /** The version the form was opened with (it may have been retired since), else the one in force. */
    ThresholdVersion version(Long versionId) {
        return Optional.ofNullable(versionId).flatMap(documents::find)
                .filter(v -> !v.editable()).orElseGet(documents::current);
    }

    /** Only indicators of this version, so a stale or tampered form cannot tick anything else. */
    List<ThresholdIndicator> ticked(ThresholdVersion version, List<Long> indicatorIds) {
        return indicatorIds.stream().distinct().map(version::indicator).flatMap(Optional::stream).toList();
    }

    int suggestedLevel(ThresholdVersion version, List<ThresholdIndicator> ticked) {
        return ThresholdGuide.suggestedLevel(ticked, version);
    }
}
