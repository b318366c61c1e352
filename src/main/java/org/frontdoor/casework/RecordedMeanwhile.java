package org.frontdoor.casework;

import java.time.Instant;
import java.time.ZoneId;
import org.frontdoor.web.ChangedMeanwhile;

/**
 * What a user is told when someone else, after they opened the form, made a one-off step (an outcome, a discussion,
 * an ending, a sign-off) that rules out theirs. Unlike {@link org.frontdoor.web.ChangedMeanwhile} it does not invite
 * saving again: the step cannot be taken twice. What they typed stays on screen so that nothing is lost. Plain Java.
 */
public final class RecordedMeanwhile {

    private RecordedMeanwhile() {
    }

    /**
     * For example "Jo Okafor recorded this strategy discussion at 10:42 while you were working, so it cannot be
     * recorded again. Nothing you entered was saved: it is below, so that you can keep anything you need".
     */
    public static String message(String did, String consequence, String byName, Instant at, ZoneId zone,
                                 Instant now) {
        return happened(did, byName, at, zone, now) + ", so " + consequence
                + ". Nothing you entered was saved: it is below, so that you can keep anything you need";
    }

    /** "Jo Okafor signed off this closure at 10:42 while you were working", for a message that goes on its own way. */
    public static String happened(String did, String byName, Instant at, ZoneId zone, Instant now) {
        String who = byName == null || byName.isBlank() ? "Someone else" : byName;
        return who + " " + did + (at == null ? "" : " at " + ChangedMeanwhile.when(at, zone, now))
                + " while you were working";
    }
}
