package org.frontdoor.screening;

/** What the MASH decides for a child's contact, as the service names it and as a referrer is told it. */
public enum DecisionOutcome {
    NFA("No further action", "no further action is needed from children's services", null),
    INFORMATION_ADVICE("Information, advice or signposting",
            "we have given information and advice, or pointed the family to other help", null),
    UNIVERSAL_SERVICES("Universal services", "the child's needs can be met by universal services such as school "
            + "and health", null),
    EARLY_HELP("Early help (step down)", "the family will be offered early help", Team.EARLY_HELP),
    SINGLE_ASSESSMENT("Referral for a single assessment (s17)", "children's social care will carry out an "
            + "assessment", Team.ASSESSMENT),
    STRATEGY_DISCUSSION("Strategy discussion (possible s47 enquiry)", "children's social care will take the "
            + "matter forward with partner agencies", Team.ASSESSMENT),
    OPEN_CASE("Passed to the allocated worker (open case)", "the information has been passed to the child's "
            + "allocated worker", null),
    LADO("Referred to the LADO", "the matter has been passed to the Local Authority Designated Officer", null),
    OTHER_LA("Transferred to another local authority", "the matter has been passed to the local authority where "
            + "the child lives", null);

    /** Who a signed-off decision is handed on to, if anyone. */
    public enum Team { ASSESSMENT, EARLY_HELP }

    private final String label;
    private final String plainWords;
    private final Team transferTo;

    DecisionOutcome(String label, String plainWords, Team transferTo) {
        this.label = label;
        this.plainWords = plainWords;
        this.transferTo = transferTo;
    }

    public String label() {
        return label;
    }

    /** Safe to tell a referrer: the kind of response, never the reasons or anything about the family. */
    public String plainWords() {
        return plainWords;
    }

    public Team transferTo() {
        return transferTo;
    }

    /** A referral to children's social care, counted in the CIN census. */
    public boolean isReferral() {
        return transferTo == Team.ASSESSMENT;
    }

    public static DecisionOutcome parse(String s) {
        if (s == null) {
            return null;
        }
        for (DecisionOutcome o : values()) {
            if (o.name().equals(s)) {
                return o;
            }
        }
        return null;
    }
}
