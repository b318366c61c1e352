package org.frontdoor.screening;

/** The RAG rating form: what the worker chose and why, kept as typed when something is wrong. */
public class RagForm {

    private String rating = "";
    private String reason = "";

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating == null ? "" : rating;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
