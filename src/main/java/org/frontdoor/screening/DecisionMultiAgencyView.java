package org.frontdoor.screening;

import java.util.List;

/** The multi-agency view a decision starts from: each agency's answer, as the worker then edits it. Plain Java. */
final class DecisionMultiAgencyView {

    private DecisionMultiAgencyView() {
    }

    static String summarise(List<InformationRequestView> information) {
        StringBuilder s = new StringBuilder();
        for (InformationRequestView r : information) {
            String said = !r.answered() ? "no answer yet" : r.nothingKnown() ? "nothing known" : r.answer();
            s.append(r.agency()).append(": ").append(said).append('\n');
        }
        return s.toString().strip();
    }
}
