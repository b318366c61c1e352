package org.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;

/** A strategy discussion as typed: kept whole on any error so nothing is lost. */
public class StrategyForm {

    /** One person at the discussion. Rows left blank are ignored. */
    public static class Attendee {
        private String name = "";
        private String agency = "";
        private String role = "";

        public Attendee() {
        }

        public Attendee(String name, String agency, String role) {
            setName(name);
            setAgency(agency);
            setRole(role);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = clean(agency); }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = clean(role); }

        boolean blank() {
            return name.isEmpty() && agency.isEmpty() && role.isEmpty();
        }
    }

    private String heldDay = "";
    private String heldMonth = "";
    private String heldYear = "";
    private String heldTime = "";
    private List<Attendee> attendees = new ArrayList<>();
    private String informationShared = "";
    private String outcome = "";
    private String rationale = "";
    private Integer version;

    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String heldDay) { this.heldDay = clean(heldDay); }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String heldMonth) { this.heldMonth = clean(heldMonth); }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String heldYear) { this.heldYear = clean(heldYear); }
    public String getHeldTime() { return heldTime; }
    public void setHeldTime(String heldTime) { this.heldTime = clean(heldTime); }
    public List<Attendee> getAttendees() { return attendees; }
    public void setAttendees(List<Attendee> attendees) { this.attendees = attendees == null ? new ArrayList<>() : attendees; }
    public String getInformationShared() { return informationShared; }
    public void setInformationShared(String informationShared) { this.informationShared = clean(informationShared); }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = clean(outcome); }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = clean(rationale); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    /** The rows with anything typed in them. */
    List<Attendee> present() {
        return attendees.stream().filter(a -> !a.blank()).toList();
    }

    /** Room for more attendees than were typed, so a page without JavaScript can add people. Typed rows keep
     *  their places, so an error stays against the row it was found in. */
    void padAttendees() {
        int last = -1;
        for (int i = 0; i < attendees.size(); i++) {
            if (!attendees.get(i).blank()) {
                last = i;
            }
        }
        attendees = new ArrayList<>(attendees);
        while (attendees.size() < Math.max(6, last + 3)) {
            attendees.add(new Attendee());
        }
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
