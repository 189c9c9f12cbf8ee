package dev.parley.time;

import java.time.LocalDate;

/**
 * A temporal expression found in a text. value: TimeML-style ISO value ("2019-10-05", "2019-10",
 * "2019", "2019-W40", "PRESENT_REF"...); day: the full day when it denotes one, else null.
 * relative: true when the value depends on the anchor ("Tuesday", "last week", "October 5" with
 * its year inferred).
 */
public record DateMention(
    int start, int end, String text, String value, LocalDate day, boolean relative) {}
