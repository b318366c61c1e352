package org.frontdoor.casework;

/** The outcome of a section 47 enquiry as typed. */
public class S47Form {

    private String substantiated = "";
    private String outcome = "";
    private String completedDay = "";
    private String completedMonth = "";
    private String completedYear = "";
    private Integer version;

    public String getSubstantiated() { return substantiated; }
    public void setSubstantiated(String substantiated) { this.substantiated = StrategyForm.clean(substantiated); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = StrategyForm.clean(outcome); }
    public String getCompletedDay() { return completedDay; }
    public void setCompletedDay(String completedDay) { this.completedDay = StrategyForm.clean(completedDay); }
    public String getCompletedMonth() { return completedMonth; }
    public void setCompletedMonth(String completedMonth) { this.completedMonth = StrategyForm.clean(completedMonth); }
    public String getCompletedYear() { return completedYear; }
    public void setCompletedYear(String completedYear) { this.completedYear = StrategyForm.clean(completedYear); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
