package org.frontdoor.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.validation.Errors;

/** A check made with someone outside the MASH: who, where, when and what they said. */
public class OutsideContactForm {

    private String organisation = "";
    private String spokeTo = "";
    private String contactedDay = "";
    private String contactedMonth = "";
    private String contactedYear = "";
    private String contactedTime = "";
    private String said = "";

    static OutsideContactForm at(Instant now, ZoneId zone) {
        OutsideContactForm form = new OutsideContactForm();
        ZonedDateTime at = now.atZone(zone);
        form.contactedDay = "" + at.getDayOfMonth();
        form.contactedMonth = "" + at.getMonthValue();
        form.contactedYear = "" + at.getYear();
        form.contactedTime = String.format("%02d:%02d", at.getHour(), at.getMinute());
        return form;
    }

    /** Returns when the contact was made, or null with errors. */
    Instant validate(Instant now, ZoneId zone, Errors errors) {
        if (organisation.isBlank()) {
            errors.rejectValue("organisation", "required", "Enter the agency or organisation you contacted");
        }
        if (spokeTo.isBlank()) {
            errors.rejectValue("spokeTo", "required", "Enter who you spoke to");
        }
        var at = InformationRequestDue.parse("The date of the contact", contactedDay, contactedMonth, contactedYear,
                contactedTime, zone);
        if (at.problem() != null) {
            errors.rejectValue("contactedDay", "invalid", at.problem());
        } else if (at.at() == null) {
            errors.rejectValue("contactedDay", "required", "Enter the date and time of the contact");
        } else if (at.at().isAfter(now)) {
            errors.rejectValue("contactedDay", "future", "The time of the contact cannot be in the future");
        }
        if (said.isBlank()) {
            errors.rejectValue("said", "required", "Enter what they said");
        }
        return errors.hasErrors() ? null : at.at();
    }

    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v == null ? "" : v; }
    public String getSpokeTo() { return spokeTo; }
    public void setSpokeTo(String v) { spokeTo = v == null ? "" : v; }
    public String getContactedDay() { return contactedDay; }
    public void setContactedDay(String v) { contactedDay = v == null ? "" : v; }
    public String getContactedMonth() { return contactedMonth; }
    public void setContactedMonth(String v) { contactedMonth = v == null ? "" : v; }
    public String getContactedYear() { return contactedYear; }
    public void setContactedYear(String v) { contactedYear = v == null ? "" : v; }
    public String getContactedTime() { return contactedTime; }
    public void setContactedTime(String v) { contactedTime = v == null ? "" : v; }
    public String getSaid() { return said; }
    public void setSaid(String v) { said = v == null ? "" : v; }
}
