package org.frontdoor.screening;

import java.util.ArrayList;
import java.util.List;

/** The bulk triage form as typed: one decision applied to every child's contact ticked; kept whole on any error. */
public class BulkTriageForm {

    private List<Long> subjectIds = new ArrayList<>();
    private String outcome = "";
    private String thresholdLevel = "";
    private List<Long> indicatorIds = new ArrayList<>();
    private String departureReason = "";
    private String rationale = "";
    private String riskAnalysis = "";
    private String childViewsSought = "";
    private String childViewsReason = "";
    private String parentViewsSought = "";
    private String parentViewsReason = "";
    private Long thresholdVersionId;

    public List<Long> getSubjectIds() { return subjectIds; }
    public void setSubjectIds(List<Long> subjectIds) { this.subjectIds = subjectIds == null ? new ArrayList<>() : subjectIds; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = DecisionForm.clean(outcome); }
    public String getThresholdLevel() { return thresholdLevel; }
    public void setThresholdLevel(String thresholdLevel) { this.thresholdLevel = DecisionForm.clean(thresholdLevel); }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds == null ? new ArrayList<>() : indicatorIds; }
    public String getDepartureReason() { return departureReason; }
    public void setDepartureReason(String departureReason) { this.departureReason = DecisionForm.clean(departureReason); }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = DecisionForm.clean(rationale); }
    public String getRiskAnalysis() { return riskAnalysis; }
    public void setRiskAnalysis(String riskAnalysis) { this.riskAnalysis = DecisionForm.clean(riskAnalysis); }
    public String getChildViewsSought() { return childViewsSought; }
    public void setChildViewsSought(String childViewsSought) { this.childViewsSought = DecisionForm.clean(childViewsSought); }
    public String getChildViewsReason() { return childViewsReason; }
    public void setChildViewsReason(String childViewsReason) { this.childViewsReason = DecisionForm.clean(childViewsReason); }
    public String getParentViewsSought() { return parentViewsSought; }
    public void setParentViewsSought(String parentViewsSought) { this.parentViewsSought = DecisionForm.clean(parentViewsSought); }
    public String getParentViewsReason() { return parentViewsReason; }
    public void setParentViewsReason(String parentViewsReason) { this.parentViewsReason = DecisionForm.clean(parentViewsReason); }
    public Long getThresholdVersionId() { return thresholdVersionId; }
    public void setThresholdVersionId(Long thresholdVersionId) { this.thresholdVersionId = thresholdVersionId; }

    /** The ticked ids once each, in the order ticked: a doubled tick must not make two decisions. */
    List<Long> selected() {
        return subjectIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
