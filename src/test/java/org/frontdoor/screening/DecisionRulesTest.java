package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    DecisionForm complete() {
        DecisionForm f = new DecisionForm();
        f.setOutcome("SINGLE_ASSESSMENT");
        f.setThresholdLevel("3");
        f.setRationale("Why");
        f.setRiskAnalysis("Risk");
        f.setChildViewsSought("yes");
        DecisionForm.ParentView mother = new DecisionForm.ParentView();
        mother.setName("Mary Smith");
        mother.setSought("no");
        mother.setReason("Alleged abuser's partner");
        f.getParents().add(mother);
        return f;
    }

    @Test
    void aCompleteDecisionAtTheSuggestedLevelPasses() {
        assertThat(DecisionRules.check(complete(), 3)).isEmpty();
    }

    @Test
    void departingFromTheSuggestedLevelNeedsAReason() {
        assertThat(DecisionRules.check(complete(), 4)).extracting(DecisionRules.Problem::message)
                .containsExactly("The indicators ticked suggest level 4: say why you chose level 3");
        DecisionForm f = complete();
        f.setDepartureReason("Parents engaging well");
        assertThat(DecisionRules.check(f, 4)).isEmpty();
    }

    @Test
    void viewsNotSoughtNeedAReason() {
        DecisionForm f = complete();
        f.setChildViewsSought("no");
        f.getParents().get(0).setReason("");
        assertThat(DecisionRules.check(f, 3)).extracting(DecisionRules.Problem::field)
                .containsExactly("childViewsReason", "parents[0].reason");
    }

    @Test
    void aWaitReadsAsATeamLeaderSaysIt() {
        assertThat(TransferWait.describe(Duration.ofMinutes(45))).isEqualTo("45 minutes");
        assertThat(TransferWait.describe(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
        assertThat(TransferWait.describe(Duration.ofHours(52))).isEqualTo("2 days 4 hours");
    }
}
