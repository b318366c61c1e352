package org.frontdoor.casework;

/** A request to close a referral: the DfE reason, the day it closed, and why. */
public class ClosureForm {

    private String reasonCode = "";
    private String closedOnDay = "";
    private String closedOnMonth = "";
    private String closedOnYear = "";
    private String note = "";
    /** The closure's version when the form was loaded; none for a first request, so a request made meanwhile shows. */
    private Integer version;

    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String v) { reasonCode = v == null ? "" : v.strip(); }
    public String getClosedOnDay() { return closedOnDay; }
    public void setClosedOnDay(String v) { closedOnDay = v == null ? "" : v.strip(); }
    public String getClosedOnMonth() { return closedOnMonth; }
    public void setClosedOnMonth(String v) { closedOnMonth = v == null ? "" : v.strip(); }
    public String getClosedOnYear() { return closedOnYear; }
    public void setClosedOnYear(String v) { closedOnYear = v == null ? "" : v.strip(); }
    public String getNote() { return note; }
    public void setNote(String v) { note = v == null ? "" : v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
