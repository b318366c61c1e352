package org.frontdoor.screening;

import org.frontdoor.calendar.ClockRule;

/** The settings page's fields, as typed: kept as strings so a bad number is shown back, not lost. */
public class ScreeningSettingsForm {

    private String redKind = "";
    private String redAmount = "";
    private String amberKind = "";
    private String amberAmount = "";
    private String greenKind = "";
    private String greenAmount = "";
    /** The version the form was loaded at; null if the form did not say (then no check). */
    private Integer version;

    static ScreeningSettingsForm of(ScreeningSettings settings) {
        ScreeningSettingsForm form = new ScreeningSettingsForm();
        for (Rag rag : Rag.values()) {
            ClockRule rule = settings.rule(rag);
            form.set(rag, rule.kind().name(), Integer.toString(rule.amount()));
        }
        return form;
    }

    String kind(Rag rag) {
        return switch (rag) {
            case RED -> redKind;
            case AMBER -> amberKind;
            case GREEN -> greenKind;
        };
    }

    String amount(Rag rag) {
        return switch (rag) {
            case RED -> redAmount;
            case AMBER -> amberAmount;
            case GREEN -> greenAmount;
        };
    }

    private void set(Rag rag, String kind, String amount) {
        switch (rag) {
            case RED -> { redKind = kind; redAmount = amount; }
            case AMBER -> { amberKind = kind; amberAmount = amount; }
            case GREEN -> { greenKind = kind; greenAmount = amount; }
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s;
    }

    public String getRedKind() { return redKind; }
    public void setRedKind(String v) { redKind = clean(v); }
    public String getRedAmount() { return redAmount; }
    public void setRedAmount(String v) { redAmount = clean(v); }
    public String getAmberKind() { return amberKind; }
    public void setAmberKind(String v) { amberKind = clean(v); }
    public String getAmberAmount() { return amberAmount; }
    public void setAmberAmount(String v) { amberAmount = clean(v); }
    public String getGreenKind() { return greenKind; }
    public void setGreenKind(String v) { greenKind = clean(v); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getGreenAmount() { return greenAmount; }
    public void setGreenAmount(String v) { greenAmount = clean(v); }
}
