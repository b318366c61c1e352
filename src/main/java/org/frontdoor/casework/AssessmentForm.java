package org.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;

/** The assessment as typed: kept whole on any error so nothing is lost. Dates are GOV.UK day/month/year boxes. */
public class AssessmentForm {

    /** One parent or carer from the child's record, and how they took part in the assessment. */
    public static class Parent {
        private long personId;
        private String name = "";
        private String relationship = "";
        private String involved = "";
        private String how = "";

        public long getPersonId() { return personId; }
        public void setPersonId(long personId) { this.personId = personId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public String getRelationship() { return relationship; }
        public void setRelationship(String relationship) { this.relationship = clean(relationship); }
        public String getInvolved() { return involved; }
        public void setInvolved(String involved) { this.involved = clean(involved); }
        public String getHow() { return how; }
        public void setHow(String how) { this.how = clean(how); }
    }

    private String childSeenDay = "";
    private String childSeenMonth = "";
    private String childSeenYear = "";
    private String childSeenAloneDay = "";
    private String childSeenAloneMonth = "";
    private String childSeenAloneYear = "";
    private String childNotSeenReason = "";
    private String childVoice = "";
    private String interim10Day = "";
    private String interim10Month = "";
    private String interim10Year = "";
    private String interim25Day = "";
    private String interim25Month = "";
    private String interim25Year = "";
    private List<Parent> parents = new ArrayList<>();
    private String fatherNotInvolvedReason = "";
    private List<String> factors = new ArrayList<>();
    private String primaryNeed = "";
    private String analysis = "";
    private String outcome = "";
    private String completedDay = "";
    private String completedMonth = "";
    private String completedYear = "";
    /** The assessment's version when the form was loaded. */
    private Integer version;

    public String getChildSeenDay() { return childSeenDay; }
    public void setChildSeenDay(String s) { childSeenDay = clean(s); }
    public String getChildSeenMonth() { return childSeenMonth; }
    public void setChildSeenMonth(String s) { childSeenMonth = clean(s); }
    public String getChildSeenYear() { return childSeenYear; }
    public void setChildSeenYear(String s) { childSeenYear = clean(s); }
    public String getChildSeenAloneDay() { return childSeenAloneDay; }
    public void setChildSeenAloneDay(String s) { childSeenAloneDay = clean(s); }
    public String getChildSeenAloneMonth() { return childSeenAloneMonth; }
    public void setChildSeenAloneMonth(String s) { childSeenAloneMonth = clean(s); }
    public String getChildSeenAloneYear() { return childSeenAloneYear; }
    public void setChildSeenAloneYear(String s) { childSeenAloneYear = clean(s); }
    public String getChildNotSeenReason() { return childNotSeenReason; }
    public void setChildNotSeenReason(String s) { childNotSeenReason = clean(s); }
    public String getChildVoice() { return childVoice; }
    public void setChildVoice(String s) { childVoice = clean(s); }
    public String getInterim10Day() { return interim10Day; }
    public void setInterim10Day(String s) { interim10Day = clean(s); }
    public String getInterim10Month() { return interim10Month; }
    public void setInterim10Month(String s) { interim10Month = clean(s); }
    public String getInterim10Year() { return interim10Year; }
    public void setInterim10Year(String s) { interim10Year = clean(s); }
    public String getInterim25Day() { return interim25Day; }
    public void setInterim25Day(String s) { interim25Day = clean(s); }
    public String getInterim25Month() { return interim25Month; }
    public void setInterim25Month(String s) { interim25Month = clean(s); }
    public String getInterim25Year() { return interim25Year; }
    public void setInterim25Year(String s) { interim25Year = clean(s); }
    public List<Parent> getParents() { return parents; }
    public void setParents(List<Parent> parents) { this.parents = parents == null ? new ArrayList<>() : parents; }
    public String getFatherNotInvolvedReason() { return fatherNotInvolvedReason; }
    public void setFatherNotInvolvedReason(String s) { fatherNotInvolvedReason = clean(s); }
    public List<String> getFactors() { return factors; }
    public void setFactors(List<String> factors) { this.factors = factors == null ? new ArrayList<>() : factors; }
    public String getPrimaryNeed() { return primaryNeed; }
    public void setPrimaryNeed(String s) { primaryNeed = clean(s); }
    public String getAnalysis() { return analysis; }
    public void setAnalysis(String s) { analysis = clean(s); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String s) { outcome = clean(s); }
    public String getCompletedDay() { return completedDay; }
    public void setCompletedDay(String s) { completedDay = clean(s); }
    public String getCompletedMonth() { return completedMonth; }
    public void setCompletedMonth(String s) { completedMonth = clean(s); }
    public String getCompletedYear() { return completedYear; }
    public void setCompletedYear(String s) { completedYear = clean(s); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
