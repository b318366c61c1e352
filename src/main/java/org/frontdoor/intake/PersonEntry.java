package org.frontdoor.intake;

/** A person named on the contact form: as typed, and the person-index record a worker matched them to, if any. */
public class PersonEntry {

    private String role = "CHILD";
    private String firstName = "";
    private String lastName = "";
    private String dobDay = "";
    private String dobMonth = "";
    private String dobYear = "";
    private String sex = "U";
    private String nhsNumber = "";
    private String postcode = "";
    private boolean careLeaver;
    private Long personId;
    /** The worker searched the index, found no one, and chose to make a new record. */
    private boolean newPerson;

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role == null ? "" : role; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = clean(firstName); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = clean(lastName); }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String dobDay) { this.dobDay = clean(dobDay); }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String dobMonth) { this.dobMonth = clean(dobMonth); }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String dobYear) { this.dobYear = clean(dobYear); }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex == null || sex.isBlank() ? "U" : sex; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = clean(nhsNumber); }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = clean(postcode); }
    public boolean isCareLeaver() { return careLeaver; }
    public void setCareLeaver(boolean careLeaver) { this.careLeaver = careLeaver; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public boolean isNewPerson() { return newPerson; }
    public void setNewPerson(boolean newPerson) { this.newPerson = newPerson; }

    public SubjectRole roleOrNull() {
        try {
            return SubjectRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String name() {
        return (firstName + " " + lastName).strip();
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
