package org.frontdoor.casework;

/** DfE Children in Need census reason for closure. */
public enum ClosureReason {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social care"),
    RC7("Services ceased for any other reason, including child no longer in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "RC8 Case closed after assessment, no further action". */
    public String codeAndLabel() {
        return name() + " " + label;
    }

    public static ClosureReason parse(String code) {
        for (ClosureReason r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
