package org.frontdoor.screening;

/** An attempt to change a published or retired threshold document version: only a draft may change. */
public class ThresholdVersionLocked extends RuntimeException {

    private final int number;
    private final ThresholdStatus status;

    public ThresholdVersionLocked(int number, ThresholdStatus status) {
        super("Version " + number + " of the threshold document is " + status.label().toLowerCase()
                + " and cannot be changed");
        this.number = number;
        this.status = status;
    }

    public int number() {
        return number;
    }

    public ThresholdStatus status() {
        return status;
    }
}
