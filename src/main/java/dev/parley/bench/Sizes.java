package dev.parley.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Corpus sizes as people write them: {@code 10k}, {@code 100k}, {@code 1M}, {@code 2.5k}, {@code 200}. */
public final class Sizes {
  private Sizes() {}

  public static long parse(String size) {
    String s = size.strip();
    long unit = 1;
    if (s.endsWith("k") || s.endsWith("K")) {
      unit = 1_000;
    } else if (s.endsWith("M") || s.endsWith("m")) {
      unit = 1_000_000;
    }
    String number = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      BigDecimal n = new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
      long articles = n.longValueExact();
      if (articles < 1) {
        throw new ArithmeticException();
      }
      return articles;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("Invalid size: '" + size + "' (expected a whole number of articles: 200, 10k, 1M)");
    }
  }

  public static List<Long> parseList(String sizes) {
    List<Long> out = new ArrayList<>();
    for (String s : sizes.split(",")) {
      if (!s.isBlank()) {
        out.add(parse(s));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("Invalid sizes: '" + sizes + "' (expected a list such as 10k,100k)");
    }
    return out;
  }

  /** The shortest way to write {@code n}: 1M, 100k, 2.5k, 200. */
  public static String label(long n) {
    if (n >= 1_000_000 && n % 100_000 == 0) {
      return trim(BigDecimal.valueOf(n).movePointLeft(6)) + "M";
    }
    if (n >= 1_000 && n % 100 == 0) {
      return trim(BigDecimal.valueOf(n).movePointLeft(3)) + "k";
    }
    return Long.toString(n);
  }

  private static String trim(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
  }
}
