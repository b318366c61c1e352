package org.frontdoor.screening;

import java.util.ArrayList;
import java.util.List;

/** The decision form as typed: kept whole on any error so nothing is lost. */
public class DecisionForm {

    /** One parent or carer the contact names, and whether their views were sought. */
    public static class ParentView {
        private long subjectId;
        private String name = "";
        private String sought = "";
        private String reason = "";

        public long getSubjectId() { return subjectId; }
        public void setSubjectId(long subjectId) { this.subjectId = subjectId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public String getSought() { return sought; }
        public void setSought(String sought) { this.sought = clean(sought); }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = clean(reason); }
    }

    private String outcome = "";
    private String thresholdLevel = "";
    private List<Long> indicatorIds = new ArrayList<>();
    private String departureReason = "";
    private String rationale = "";
    private String riskAnalysis = "";
    private String multiAgencyView = "";
    private String childViewsSought = "";
    private String childViewsReason = "";
    private List<ParentView> parents = new ArrayList<>();
    /** The decision's version when the form was loaded; null if there was no decision yet. */
    private Integer version;
    /** The threshold document version the form showed, so ticks are read against it even if it was replaced. */
    private Long thresholdVersionId;

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = clean(outcome); }
    public String getThresholdLevel() { return thresholdLevel; }
    public void setThresholdLevel(String thresholdLevel) { this.thresholdLevel = clean(thresholdLevel); }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds == null ? new ArrayList<>() : indicatorIds; }
    public String getDepartureReason() { return departureReason; }
    public void setDepartureReason(String departureReason) { this.departureReason = clean(departureReason); }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = clean(rationale); }
    public String getRiskAnalysis() { return riskAnalysis; }
    public void setRiskAnalysis(String riskAnalysis) { this.riskAnalysis = clean(riskAnalysis); }
    public String getMultiAgencyView() { return multiAgencyView; }
    public void setMultiAgencyView(String multiAgencyView) { this.multiAgencyView = clean(multiAgencyView); }
    public String getChildViewsSought() { return childViewsSought; }
    public void setChildViewsSought(String childViewsSought) { this.childViewsSought = clean(childViewsSought); }
    public String getChildViewsReason() { return childViewsReason; }
    public void setChildViewsReason(String childViewsReason) { this.childViewsReason = clean(childViewsReason); }
    public List<ParentView> getParents() { return parents; }
    public void setParents(List<ParentView> parents) { this.parents = parents == null ? new ArrayList<>() : parents; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public Long getThresholdVersionId() { return thresholdVersionId; }
    public void setThresholdVersionId(Long thresholdVersionId) { this.thresholdVersionId = thresholdVersionId; }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
