package org.frontdoor.intake;

/** Who made the contact, as the DfE Children in Need census codes it. */
public enum ReferralSource {
    S1A("1A", "Individual: family member, relative or carer"),
    S1B("1B", "Individual: acquaintance (including neighbours and child minders)"),
    S1C("1C", "Individual: self"),
    S1D("1D", "Individual: other"),
    S2A("2A", "Schools"),
    S2B("2B", "Education services"),
    S3A("3A", "Health services: GP"),
    S3B("3B", "Health services: health visitor"),
    S3C("3C", "Health services: school nurse"),
    S3D("3D", "Health services: other primary health services"),
    S3E("3E", "Health services: A&E"),
    S3F("3F", "Health services: other"),
    S4("4", "Housing"),
    S5A("5A", "LA services: social care (for example adults' social care)"),
    S5B("5B", "LA services: other internal departments"),
    S5C("5C", "LA services: external (for example another LA's services)"),
    S5D("5D", "LA services: early help"),
    S6("6", "Police"),
    S7("7", "Other legal agency"),
    S8("8", "Other"),
    S9("9", "Anonymous"),
    S10("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static boolean isCode(String code) {
        return java.util.Arrays.stream(values()).anyMatch(s -> s.code.equals(code));
    }

    public static ReferralSource ofCode(String code) {
        for (ReferralSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Not a CIN census referral source code: " + code);
    }
}
