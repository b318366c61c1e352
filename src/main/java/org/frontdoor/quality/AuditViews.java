package org.frontdoor.quality;

import java.util.List;
import java.util.Map;

/**
 * Each view of one audited case side by side: the local authority's (the QA officer's grading) first, then each
 * agency's. A column holds its overall grade and rationale and the per-question grades where they were given.
 */
public record AuditViews(List<Column> columns) {

    /** {@code note} says how the view was given, e.g. recorded by QA on the agency's behalf. */
    public record Column(String agency, String auditor, String note, Grade overall, String rationale,
                         Map<Long, AuditRules.Answer> answers) {

        public AuditRules.Answer answer(long questionId) {
            return answers.get(questionId);
        }

        public Grade grade(long questionId) {
            AuditRules.Answer a = answers.get(questionId);
            return a == null ? null : Grade.parse(a.grade());
        }
    }

    public static final String LOCAL_AUTHORITY = "Local authority (children’s services)";

    static AuditViews of(Audit audit, Map<Long, AuditRules.Answer> localAnswers, List<Audits.AgencyView> views,
                         Map<Long, Map<Long, AuditRules.Answer>> agencyAnswers) {
        List<Column> columns = new java.util.ArrayList<>();
        columns.add(new Column(LOCAL_AUTHORITY, audit.auditorName(), audit.completed() ? "" : "Audit in progress",
                audit.grade(), audit.overallRationale(), localAnswers));
        for (Audits.AgencyView v : views) {
            columns.add(new Column(v.agencyName(), v.auditor(),
                    v.onBehalf() ? "Recorded by QA (" + v.recordedByName() + ") on behalf of " + v.agencyName() : "",
                    v.gradeValue(), v.rationale(), agencyAnswers.getOrDefault(v.id(), Map.of())));
        }
        return new AuditViews(List.copyOf(columns));
    }

    /** Whether any view has per-question grades to compare. */
    public boolean anyAnswers() {
        return columns.stream().anyMatch(c -> !c.answers().isEmpty());
    }
}
