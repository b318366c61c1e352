package org.frontdoor.people;

/** The merge form: which record is the duplicate, and why the worker is sure it is the same person. */
public class MergeForm {

    private String duplicateId = "";
    private String reason = "";

    public String getDuplicateId() { return duplicateId; }
    public void setDuplicateId(String duplicateId) { this.duplicateId = duplicateId == null ? "" : duplicateId.trim(); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason.trim(); }
}
