package dev.parley.aggregate;

import java.util.Locale;

/** The periods trends are counted over; a week starts on Monday (ISO 8601). */
public enum Granularity {
  DAY, WEEK, MONTH, QUARTER, YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Granularity of(String label) {
    for (Granularity g : values()) {
      if (g.label().equalsIgnoreCase(label)) {
        return g;
      }
    }
    throw new IllegalArgumentException("Invalid granularity: " + label + " (expected day, week, month, quarter, year)");
  }
}
