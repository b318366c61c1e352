package org.frontdoor.casework;

/** What a practitioner types on an early help episode's pages: the assessment, a review, the ending or a step up. */
public class EarlyHelpForm {

    private String assessedDay = "";
    private String assessedMonth = "";
    private String assessedYear = "";
    private String summary = "";
    private String heldDay = "";
    private String heldMonth = "";
    private String heldYear = "";
    private String note = "";
    private String nextDay = "";
    private String nextMonth = "";
    private String nextYear = "";
    private String outcome = "";
    private String endedDay = "";
    private String endedMonth = "";
    private String endedYear = "";
    private String worries = "";
    private String consent = "";
    private String consentGivenBy = "";
    private String consentReason = "";
    private String fatherNotKnownReason = "";
    private int version;

    public String getAssessedDay() { return assessedDay; }
    public void setAssessedDay(String v) { assessedDay = clean(v); }
    public String getAssessedMonth() { return assessedMonth; }
    public void setAssessedMonth(String v) { assessedMonth = clean(v); }
    public String getAssessedYear() { return assessedYear; }
    public void setAssessedYear(String v) { assessedYear = clean(v); }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v == null ? "" : v; }
    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = clean(v); }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = clean(v); }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = clean(v); }
    public String getNote() { return note; }
    public void setNote(String v) { note = v == null ? "" : v; }
    public String getNextDay() { return nextDay; }
    public void setNextDay(String v) { nextDay = clean(v); }
    public String getNextMonth() { return nextMonth; }
    public void setNextMonth(String v) { nextMonth = clean(v); }
    public String getNextYear() { return nextYear; }
    public void setNextYear(String v) { nextYear = clean(v); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = clean(v); }
    public String getEndedDay() { return endedDay; }
    public void setEndedDay(String v) { endedDay = clean(v); }
    public String getEndedMonth() { return endedMonth; }
    public void setEndedMonth(String v) { endedMonth = clean(v); }
    public String getEndedYear() { return endedYear; }
    public void setEndedYear(String v) { endedYear = clean(v); }
    public String getWorries() { return worries; }
    public void setWorries(String v) { worries = v == null ? "" : v; }
    public String getConsent() { return consent; }
    public void setConsent(String v) { consent = clean(v); }
    public String getConsentGivenBy() { return consentGivenBy; }
    public void setConsentGivenBy(String v) { consentGivenBy = v == null ? "" : v; }
    public String getConsentReason() { return consentReason; }
    public void setConsentReason(String v) { consentReason = v == null ? "" : v; }
    public String getFatherNotKnownReason() { return fatherNotKnownReason; }
    public void setFatherNotKnownReason(String v) { fatherNotKnownReason = v == null ? "" : v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
