package org.frontdoor.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.Errors;

/** What a MASH worker asks partner agencies: which agencies, the question, and when the answers are due. */
public class InformationRequestForm {

    private String token = UUID.randomUUID().toString();
    private List<String> agencies = new ArrayList<>();
    private String question = "";
    private String dueDay = "";
    private String dueMonth = "";
    private String dueYear = "";
    private String dueTime = "";

    static InformationRequestForm dueAt(Instant due, ZoneId zone) {
        InformationRequestForm form = new InformationRequestForm();
        ZonedDateTime at = due.atZone(zone);
        form.dueDay = "" + at.getDayOfMonth();
        form.dueMonth = "" + at.getMonthValue();
        form.dueYear = "" + at.getYear();
        form.dueTime = String.format("%02d:%02d", at.getHour(), at.getMinute());
        return form;
    }

    /** The agencies chosen, each once, in the order ticked. */
    List<String> chosenAgencies() {
        return new ArrayList<>(new LinkedHashSet<>(agencies));
    }

    /** Checks the form against the active agencies (code to name); returns the due time, or null with errors. */
    Instant validate(Map<String, String> activeAgencies, Instant now, ZoneId zone, Errors errors) {
        if (agencies.isEmpty()) {
            errors.rejectValue("agencies", "required", "Select at least one partner agency to ask");
        }
        for (String code : chosenAgencies()) {
            if (!activeAgencies.containsKey(code)) {
                errors.rejectValue("agencies", "unknown",
                        "‘" + code + "’ is not an agency the MASH can ask: select agencies from the list");
            }
        }
        if (question.isBlank()) {
            errors.rejectValue("question", "required", "Enter the question for the partner agencies");
        }
        var due = InformationRequestDue.parse("The date the answer is due", dueDay, dueMonth, dueYear, dueTime, zone);
        if (due.problem() != null) {
            errors.rejectValue("dueDay", "invalid", due.problem());
        } else if (due.at() == null) {
            errors.rejectValue("dueDay", "required", "Enter the date and time the answer is due");
        } else if (!due.at().isAfter(now)) {
            errors.rejectValue("dueDay", "past", "The time the answer is due must be in the future");
        }
        return errors.hasErrors() ? null : due.at();
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v == null ? "" : v; }
    public List<String> getAgencies() { return agencies; }
    public void setAgencies(List<String> v) { agencies = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v == null ? "" : v; }
    public String getDueDay() { return dueDay; }
    public void setDueDay(String v) { dueDay = v == null ? "" : v; }
    public String getDueMonth() { return dueMonth; }
    public void setDueMonth(String v) { dueMonth = v == null ? "" : v; }
    public String getDueYear() { return dueYear; }
    public void setDueYear(String v) { dueYear = v == null ? "" : v; }
    public String getDueTime() { return dueTime; }
    public void setDueTime(String v) { dueTime = v == null ? "" : v; }
}
