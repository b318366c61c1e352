package org.frontdoor.screening;

import java.time.Duration;

/** A wait as a team leader reads it: "45 minutes", "3 hours 10 minutes", "2 days 4 hours". Plain Java. */
public final class TransferWait {

    private TransferWait() {
    }

    public static String describe(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (mins > 0 ? " " + plural(mins, "minute") : "");
        }
        return plural(mins, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
