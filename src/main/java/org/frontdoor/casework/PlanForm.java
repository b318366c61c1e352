package org.frontdoor.casework;

/** A CIN plan review, a visit, or the end of a plan, as typed (each form uses the fields it shows). */
public class PlanForm {

    private String onDay = "";
    private String onMonth = "";
    private String onYear = "";
    private String note = "";
    private String seen = "";
    private String seenAlone = "";
    private String reason = "";
    private Integer version;

    public String getOnDay() { return onDay; }
    public void setOnDay(String onDay) { this.onDay = StrategyForm.clean(onDay); }
    public String getOnMonth() { return onMonth; }
    public void setOnMonth(String onMonth) { this.onMonth = StrategyForm.clean(onMonth); }
    public String getOnYear() { return onYear; }
    public void setOnYear(String onYear) { this.onYear = StrategyForm.clean(onYear); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = StrategyForm.clean(note); }
    public String getSeen() { return seen; }
    public void setSeen(String seen) { this.seen = StrategyForm.clean(seen); }
    public String getSeenAlone() { return seenAlone; }
    public void setSeenAlone(String seenAlone) { this.seenAlone = StrategyForm.clean(seenAlone); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = StrategyForm.clean(reason); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
