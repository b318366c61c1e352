package org.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;

/** A Signs of Safety mapping as typed: the three columns, the scaling rows and the child's Three Houses. */
public class SignsOfSafetyForm {

    /** Rows offered on a new form; blank rows are ignored. */
    static final int SCALE_ROWS = 5;

    /** One scaling question answered: who gave the score, their name, and the score 0 to 10. */
    public static class Scale {
        private String givenBy = "";
        private String name = "";
        private String score = "";

        public String getGivenBy() { return givenBy; }
        public void setGivenBy(String givenBy) { this.givenBy = clean(givenBy); }
        public String getName() { return name; }
        public void setName(String name) { this.name = clean(name); }
        public String getScore() { return score; }
        public void setScore(String score) { this.score = clean(score); }

        boolean blank() {
            return givenBy.isEmpty() && name.isEmpty() && score.isEmpty();
        }
    }

    private String meetingDay = "";
    private String meetingMonth = "";
    private String meetingYear = "";
    private String harm = "";
    private String dangerStatements = "";
    private String complicatingFactors = "";
    private String existingSafety = "";
    private String strengths = "";
    private String safetyGoals = "";
    private String nextSteps = "";
    private String childWorries = "";
    private String childGoodThings = "";
    private String childDreams = "";
    private String assessmentId = "";
    private List<Scale> scales = new ArrayList<>();

    public SignsOfSafetyForm() {
        for (int i = 0; i < SCALE_ROWS; i++) {
            scales.add(new Scale());
        }
    }

    public String getMeetingDay() { return meetingDay; }
    public void setMeetingDay(String s) { meetingDay = clean(s); }
    public String getMeetingMonth() { return meetingMonth; }
    public void setMeetingMonth(String s) { meetingMonth = clean(s); }
    public String getMeetingYear() { return meetingYear; }
    public void setMeetingYear(String s) { meetingYear = clean(s); }
    public String getHarm() { return harm; }
    public void setHarm(String s) { harm = clean(s); }
    public String getDangerStatements() { return dangerStatements; }
    public void setDangerStatements(String s) { dangerStatements = clean(s); }
    public String getComplicatingFactors() { return complicatingFactors; }
    public void setComplicatingFactors(String s) { complicatingFactors = clean(s); }
    public String getExistingSafety() { return existingSafety; }
    public void setExistingSafety(String s) { existingSafety = clean(s); }
    public String getStrengths() { return strengths; }
    public void setStrengths(String s) { strengths = clean(s); }
    public String getSafetyGoals() { return safetyGoals; }
    public void setSafetyGoals(String s) { safetyGoals = clean(s); }
    public String getNextSteps() { return nextSteps; }
    public void setNextSteps(String s) { nextSteps = clean(s); }
    public String getChildWorries() { return childWorries; }
    public void setChildWorries(String s) { childWorries = clean(s); }
    public String getChildGoodThings() { return childGoodThings; }
    public void setChildGoodThings(String s) { childGoodThings = clean(s); }
    public String getChildDreams() { return childDreams; }
    public void setChildDreams(String s) { childDreams = clean(s); }
    public String getAssessmentId() { return assessmentId; }
    public void setAssessmentId(String s) { assessmentId = clean(s); }
    public List<Scale> getScales() { return scales; }
    public void setScales(List<Scale> scales) { this.scales = scales == null ? new ArrayList<>() : scales; }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
