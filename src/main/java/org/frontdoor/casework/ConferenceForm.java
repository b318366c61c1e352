package org.frontdoor.casework;

/** An initial or review child protection conference as typed. */
public class ConferenceForm {

    private String heldDay = "";
    private String heldMonth = "";
    private String heldYear = "";
    private String attendees = "";
    private String chair = "";
    private String decision = "";
    private String category = "";
    /** Why the plan ends, when a review conference ends it. */
    private String endReason = "";
    /** The version of the s47 enquiry (initial) or plan (review) the form was loaded with. */
    private Integer version;

    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String heldDay) { this.heldDay = StrategyForm.clean(heldDay); }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String heldMonth) { this.heldMonth = StrategyForm.clean(heldMonth); }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String heldYear) { this.heldYear = StrategyForm.clean(heldYear); }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = StrategyForm.clean(attendees); }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = StrategyForm.clean(chair); }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = StrategyForm.clean(decision); }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = StrategyForm.clean(category); }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = StrategyForm.clean(endReason); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
