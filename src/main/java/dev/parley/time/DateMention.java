package dev.parley.time;

import java.time.LocalDate;

/**
 * A temporal expression found in a text. value: TimeML-style ISO value ("2019-10-05", "2019-10",
 * "2019", "2019-W40", "P5Y", "PRESENT_REF"...); day: the full day when it denotes one, else null.
 * relative: true when the value depends on the anchor ("Tuesday", "last week", "October 5" with
 * its year inferred). type: the TimeML TIMEX3 type, DATE, TIME, DURATION or SET.
 */
public record DateMention(
    int start, int end, String text, String value, LocalDate day, boolean relative, String type) {

  /** A mention whose type follows from its value (see typeOf). */
  public DateMention(int start, int end, String text, String value, LocalDate day, boolean relative) {
    this(start, end, text, value, day, relative, typeOf(value));
  }

  /** DURATION for "P..." values, TIME for values with a clock part ("T..."), else DATE. */
  static String typeOf(String value) {
    if (value == null) {
      return "DATE";
    }
    if (value.startsWith("P") && !value.endsWith("_REF")) {
      return "DURATION";
    }
    return value.contains("T") && !value.endsWith("_REF") ? "TIME" : "DATE";
  }
}
