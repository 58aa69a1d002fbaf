package io.tribune.discussion;

/** What became of a reader's report. */
public sealed interface Reporting {

    /** Recorded; {@code isHidden} when the comment is now hidden until a moderator reviews it. */
    record Reported(boolean isHidden) implements Reporting {}

    /** Nothing recorded; {@code problem} is the message key of why. */
    record Refused(String problem) implements Reporting {}
}
