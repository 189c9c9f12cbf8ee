package dev.parley.time;

import dev.parley.time.Lexicon.Tense;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic that turns a partial date into a full one given an anchor. */
final class Resolver {
  /** A month/day is taken in a neighbouring year only when that puts it this close to the anchor. */
  private static final int MAX_SHIFT_DAYS = 300;
  /** A month without a year and tense is the neighbouring year's only when this close across New Year. */
  private static final int NEIGHBOUR_MONTHS = 2;

  private Resolver() {}

  static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The year for a month/day written without one: the candidate closest to the anchor, moved to
   * the past or the future when the tense of the sentence says so ("term ends on October 30" in
   * April is that October; "December 30" in a January 2 article is the previous December).
   */
  static LocalDate nearestYear(LocalDate anchor, int month, int day, Tense tense) {
    LocalDate best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate c = safeDate(y, month, day);
      if (c != null && (best == null || distance(anchor, c) < distance(anchor, best))) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    if (tense == Tense.FUTURE && best.isBefore(anchor)) {
      LocalDate later = safeDate(best.getYear() + 1, month, day);
      return later != null && distance(anchor, later) <= MAX_SHIFT_DAYS ? later : best;
    }
    if (tense == Tense.PAST && best.isAfter(anchor)) {
      LocalDate earlier = safeDate(best.getYear() - 1, month, day);
      return earlier != null && distance(anchor, earlier) <= MAX_SHIFT_DAYS ? earlier : best;
    }
    return best;
  }

  /**
   * The year of a month named without one: the last such month up to the anchor's for the past
   * ("resigned in March" in November), the next one from it on for the future ("will be paid in
   * January"). Without tense, a month at most NEIGHBOUR_MONTHS away across the turn of the year
   * is the neighbouring year's ("late November" in January), else the anchor's year ("a mission
   * in December" in March): news names months of its own year more often than of another.
   */
  static int monthYear(LocalDate anchor, int month, Tense tense) {
    int y = anchor.getYear();
    int a = anchor.getMonthValue();
    if (tense == Tense.PAST) {
      return month > a ? y - 1 : y;
    }
    if (tense == Tense.FUTURE) {
      return month < a ? y + 1 : y;
    }
    if (month - a >= 12 - NEIGHBOUR_MONTHS) {
      return y - 1;
    }
    if (a - month >= 12 - NEIGHBOUR_MONTHS) {
      return y + 1;
    }
    return y;
  }

  /**
   * A weekday name: the most recent such day on or before the anchor for the past ("said
   * Tuesday"), the next one from it on for the future ("will meet on Friday"; the anchor's own day counts).
   */
  static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense, String modifier) {
    DayOfWeek dow = DayOfWeek.of(isoDay);
    if ("next".equals(modifier)) {
      return anchor.with(TemporalAdjusters.next(dow));
    }
    if (tense == Tense.FUTURE && !"last".equals(modifier)) {
      // "will leave Thursday" in a Thursday article is that day: a week on would say "next".
      return anchor.with(TemporalAdjusters.nextOrSame(dow));
    }
    if ("this".equals(modifier)) {
      return anchor.with(TemporalAdjusters.nextOrSame(dow));
    }
    if ("last".equals(modifier) || "past".equals(modifier)) {
      return anchor.with(TemporalAdjusters.previous(dow));
    }
    return anchor.with(TemporalAdjusters.previousOrSame(dow));
  }

  /** The TimeML value of a week, month or year shifted from the anchor's. */
  static String periodValue(LocalDate anchor, String unit, int offset) {
    switch (unit) {
      case "WEEK":
        LocalDate d = anchor.plusWeeks(offset);
        return String.format(
            "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "MONTH":
        LocalDate m = anchor.plusMonths(offset);
        return String.format("%04d-%02d", m.getYear(), m.getMonthValue());
      case "YEAR":
        return String.format("%04d", anchor.getYear() + offset);
      default:
        throw new IllegalArgumentException("Invalid unit: " + unit + " (expected WEEK, MONTH, YEAR)");
    }
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }
}
