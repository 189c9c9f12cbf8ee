package dev.parley.time;

import dev.parley.time.Lexicon.Relative;
import dev.parley.time.Lexicon.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions with a few patterns built from the word lists. Every gap in a
 * pattern is bounded, and no quantified group nests another, so matching stays linear.
 */
final class MentionFinder {
  private static final String ORD = "(?:st|nd|rd|th)?";

  private final Lexicon lex;
  private final TimexRules rules;
  private final TenseReader tenses;
  private final ContextFilter filter;
  private final Pattern monthDay;
  private final Pattern dayMonth;
  private final Pattern monthYear;
  private final Pattern iso;
  private final Pattern year;
  private final Pattern relative;
  private final Pattern ago;
  private final Pattern weekday;
  /** Lower-case words that can open an expression (see triggerStarts). */
  private final java.util.Set<String> triggers = new java.util.HashSet<>();
  private final Pattern thatDay =
      Pattern.compile("\\b(?:that|the same)\\s{1,3}day\\b", Pattern.CASE_INSENSITIVE);
  /** How far back "that day" looks for its day when nothing before it in the range gives one. */
  private static final int THAT_DAY_REACH = 1500;

  MentionFinder(Lexicon lex) {
    this.lex = lex;
    this.tenses = new TenseReader(lex);
    this.filter = new ContextFilter(lex);
    lex.months.keySet().forEach(w -> triggers.add(w.toLowerCase(Locale.ROOT)));
    lex.weekdays.keySet().forEach(w -> triggers.add(w.toLowerCase(Locale.ROOT)));
    lex.relatives.keySet().forEach(w -> triggers.add(w.split(" ")[0]));
    triggers.addAll(lex.numbers.keySet());
    triggers.addAll(List.of("last", "next", "this", "past", "that", "the"));
    String month = "(" + lex.monthAlt + ")";
    String wd = "(" + lex.weekdayAlt + ")";
    // "Friday, October 5, 2019", "Oct. 5", "October 4 to 6", "May 22 and 23"
    monthDay =
        Pattern.compile(
            "(?=[A-Z])(?:\\b" + wd + ",?\\s{1,3})?\\b" + month + "\\.?\\s{1,3}(\\d{1,2})" + ORD + "\\b"
                + "(?:\\s{0,3}(?:-|\u2013|to|and|through)\\s{0,3}(\\d{1,2})" + ORD + "\\b(?![,.]?\\d))?"
                + "(?:,?\\s{1,3}(\\d{4})\\b)?");
    // "5 October", "15th of August 2011"
    dayMonth =
        Pattern.compile(
            "(?=\\d)\\b(\\d{1,2})" + ORD + "\\s{1,3}(?:of\\s{1,3})?" + month + "\\b\\.?(?:,?\\s{1,3}(\\d{4})\\b)?");
    monthYear = Pattern.compile("(?=[A-Z])\\b" + month + "\\.?,?\\s{1,3}(\\d{4})\\b");
    iso = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    year = Pattern.compile("(?<![\\d.,-])\\b(1[89]\\d{2}|20\\d{2})\\b(?![.,-]?\\d)");
    // A look-ahead on the first letter spares trying every alternative at every word.
    relative =
        Pattern.compile(
            "\\b" + firstLetters(lex.relatives.keySet()) + "(?:" + lex.relativeAlt + ")\\b",
            Pattern.CASE_INSENSITIVE);
    ago =
        Pattern.compile(
            "\\b(\\d{1,2}|[a-z]{1,9})\\s{1,3}(day|week|month|year)s?\\s{1,3}ago\\b",
            Pattern.CASE_INSENSITIVE);
    weekday =
        Pattern.compile(
            "\\b(?=[LlNnTtPp]|" + firstLetters(lex.weekdays.keySet()).substring(3)
                + "(?:(last|next|this|past)\\s{1,3})?" + wd + "\\b",
            Pattern.CASE_INSENSITIVE);
    rules = new TimexRules(lex, this);
  }

  List<DateMention> find(String text, int from, int to, LocalDate anchor) {
    List<DateMention> all = new ArrayList<>();
    // First, so that on equal spans a rule of timex.txt (typed, with a part of day) wins.
    rules.find(text, from, to, anchor, all);
    int[] starts = triggerStarts(text, from, to);
    monthDays(text, starts, to, anchor, all);
    dayMonths(text, starts, to, anchor, all);
    monthYears(text, starts, to, all);
    isoDates(text, starts, to, all);
    years(text, starts, to, all);
    relatives(text, starts, to, anchor, all);
    agos(text, starts, to, anchor, all);
    weekdays(text, starts, to, anchor, all);
    return resolveThatDay(text, from, starts, to, TimexRules.resolvePrevious(filter.apply(text, dropOverlaps(all)), anchor), anchor);
  }

  /**
   * "That day", "the same day": the last full day named before, looked for in the mentions found
   * and, when none precedes in the range, in the text just before it.
   */
  private List<DateMention> resolveThatDay(
      String text, int from, int[] starts, int to, List<DateMention> found, LocalDate anchor) {
    List<MatchResult> anaphors = matchesAt(thatDay, text, starts, to);
    if (anaphors.isEmpty()) {
      return found;
    }
    List<DateMention> out = new ArrayList<>(found);
    // One sweep: both lists are in text order, so the last days before each anaphor are carried along.
    LastDays last = daysBeforeRange(text, from, anchor);
    int next = 0;
    for (MatchResult m : anaphors) {
      while (next < found.size() && found.get(next).start() < m.start()) {
        last = last.after(found.get(next).day(), anchor);
        next++;
      }
      LocalDate day = last.pick();
      if (day != null) {
        out.add(new DateMention(m.start(), m.end(), m.group(), day.toString(), day, true));
      } // else a day of no time told ("strong redemptions that day"): not an expression of the text's time
    }
    return dropOverlaps(out);
  }

  /**
   * The last day named before "that day", and the last one other than the anchor's own day. The
   * other one is preferred, since a writer calls the anchor's day "today": "the question put by
   * KCNA on Oct. 20" in an Oct. 20 dispatch does not make "That day Lee blustered" Oct. 20 when
   * his visit was on Oct. 18. The anchor's day is taken only when no other is named.
   */
  private record LastDays(LocalDate any, LocalDate other) {
    LastDays after(LocalDate day, LocalDate anchor) {
      if (day == null) {
        return this;
      }
      return new LastDays(day, day.equals(anchor) ? other : day);
    }

    LocalDate pick() {
      return other != null ? other : any;
    }
  }

  /** The last days named in the text shortly before the range. */
  private LastDays daysBeforeRange(String text, int from, LocalDate anchor) {
    LastDays last = new LastDays(null, null);
    if (from > 0) {
      for (DateMention d : find(text, Math.max(0, from - THAT_DAY_REACH), from, anchor)) {
        last = last.after(d.day(), anchor);
      }
    }
    return last;
  }

  private void monthDays(String text, int[] starts, int to, LocalDate anchor, List<DateMention> out) {
    for (MatchResult m : matchesAt(monthDay, text, starts, to)) {
      int month = lex.months.get(capital(m.group(2)));
      int day1 = Integer.parseInt(m.group(3));
      Integer y = m.group(5) == null ? null : Integer.valueOf(m.group(5));
      int firstEnd = m.group(4) == null ? m.end() : m.end(3);
      if (m.group(4) != null && y != null) {
        firstEnd = m.end(3);
      }
      add(out, text, m.start(), firstEnd, month, day1, y, anchor);
      if (m.group(4) != null) {
        int day2 = Integer.parseInt(m.group(4));
        if (day2 > day1 && day2 <= 31) {
          add(out, text, m.start(4), m.end(4), month, day2, y, anchor);
        }
      }
    }
  }

  private void dayMonths(String text, int[] starts, int to, LocalDate anchor, List<DateMention> out) {
    for (MatchResult m : matchesAt(dayMonth, text, starts, to)) {
      Integer y = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      add(out, text, m.start(), m.end(), lex.months.get(capital(m.group(2))),
          Integer.parseInt(m.group(1)), y, anchor);
    }
  }

  /** A month and day, with the year written, taken from the passage, or inferred from the anchor. */
  private void add(List<DateMention> out, String text, int start, int end, int month, int day,
      Integer writtenYear, LocalDate anchor) {
    if (day < 1 || day > 31) {
      return;
    }
    String surface = text.substring(start, end);
    if (writtenYear == null && lex.nameWords.contains(TextWindows.wordAfter(text, end).toLowerCase(Locale.ROOT))) {
      return; // "the June 15 era": a name, not a day
    }
    if (writtenYear != null) {
      LocalDate d = Resolver.safeDate(writtenYear, month, day);
      if (d != null) {
        out.add(new DateMention(start, end, surface, d.toString(), d, false));
      }
      return;
    }
    Tense tense = tense(text, start, end);
    Integer passageYear = tense == Tense.PAST ? passageYear(text, start, anchor) : null;
    LocalDate d =
        passageYear != null
            ? Resolver.safeDate(passageYear, month, day)
            : anchor == null ? null : Resolver.nearestYear(anchor, month, day, tense);
    String value = d != null ? d.toString() : String.format("XXXX-%02d-%02d", month, day);
    out.add(new DateMention(start, end, surface, value, d, true));
  }

  /**
   * A year of the past written in the sentence or the one before it ("the March 18 test" after
   * "fired missiles in 2017."), when it differs from the anchor's; null when there is none. Only
   * a day told in the past tense takes it: "will join NATO on March 12" after "in July 1997" is
   * the coming March, "the rights, which expire Nov. 21" after "bonds due 1993" this year's.
   */
  private Integer passageYear(String text, int pos, LocalDate anchor) {
    int sentence = TextWindows.sentenceStart(text, pos);
    int start = Math.max(TextWindows.paragraphStart(text, pos),
        sentence > 0 ? TextWindows.sentenceStart(text, sentence - 1) : sentence);
    Matcher m = year.matcher(text).region(start, pos);
    Integer last = null;
    while (m.find()) {
      if (isYear(text, m.start(), m.end())) {
        last = Integer.valueOf(m.group(1));
      }
    }
    return last != null && anchor != null && last < anchor.getYear() ? last : null;
  }

  private void monthYears(String text, int[] starts, int to, List<DateMention> out) {
    for (MatchResult m : matchesAt(monthYear, text, starts, to)) {
      String value = String.format("%s-%02d", m.group(2), lex.months.get(capital(m.group(1))));
      out.add(new DateMention(m.start(), m.end(), m.group(), value, null, false));
    }
  }

  private void isoDates(String text, int[] starts, int to, List<DateMention> out) {
    for (MatchResult m : matchesAt(iso, text, starts, to)) {
      LocalDate d =
          Resolver.safeDate(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        out.add(new DateMention(m.start(), m.end(), m.group(), d.toString(), d, false));
      }
    }
  }

  private void years(String text, int[] starts, int to, List<DateMention> out) {
    for (MatchResult m : matchesAt(year, text, starts, to)) {
      if (isYear(text, m.start(), m.end())) {
        out.add(new DateMention(m.start(), m.end(), m.group(), m.group(1), null, false));
      }
    }
  }

  /** Not "Resolution 2087", "2000 tons", "1,900 meat cutters". */
  private boolean isYear(String text, int start, int end) {
    String before = TextWindows.wordBefore(text, start).toLowerCase(Locale.ROOT);
    String after = TextWindows.wordAfter(text, end).toLowerCase(Locale.ROOT);
    return !lex.notYearBefore.contains(before) && !lex.notYearAfter.contains(after);
  }

  private void relatives(String text, int[] starts, int to, LocalDate anchor, List<DateMention> out) {
    for (MatchResult m : matchesAt(relative, text, starts, to)) {
      Relative r = lex.relatives.get(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      if (r == null) {
        continue;
      }
      if (r.phrase().equalsIgnoreCase("the day before") && startsWord(text, m.end())) {
        out.add(dayBeforeSomething(text, m, out));
      } else if (r.unit().equals("DAY")) {
        LocalDate d = anchor == null ? null : anchor.plusDays(r.offset());
        out.add(new DateMention(m.start(), m.end(), m.group(), d == null ? null : d.toString(), d, true));
      } else {
        String value = anchor == null ? null : Resolver.periodValue(anchor, r.unit(), r.offset());
        out.add(new DateMention(m.start(), m.end(), m.group(), value, null, true));
      }
    }
  }

  /** True when a word follows offset on the same line ("the day before the plunge"). */
  private static boolean startsWord(String text, int offset) {
    int i = offset;
    while (i < text.length() && i < offset + 3 && text.charAt(i) == ' ') {
      i++;
    }
    return i > offset && i < text.length() && Character.isLetter(text.charAt(i));
  }

  /**
   * "The day before" followed by a word is "the day" before an event ("the day before the stock
   * market plunge"), not the anchor's day before: "the day" is the day set beside it ("Oct. 12,
   * the day before ..."), else unknown.
   */
  private static DateMention dayBeforeSomething(String text, MatchResult m, List<DateMention> found) {
    int end = m.start() + "the day".length();
    LocalDate day = null;
    for (DateMention d : found) {
      if (d.day() != null && d.end() <= m.start() && m.start() - d.end() <= 4
          && text.substring(d.end(), m.start()).matches(",\\s{1,3}")) {
        day = d.day();
      }
    }
    return new DateMention(m.start(), end, text.substring(m.start(), end), day == null ? null : day.toString(), day, true);
  }

  private void agos(String text, int[] starts, int to, LocalDate anchor, List<DateMention> out) {
    for (MatchResult m : matchesAt(ago, text, starts, to)) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : lex.numbers.get(n);
      if (count == null) {
        continue; // "many days ago": not a counted span
      }
      String unit = m.group(2).toUpperCase(Locale.ROOT);
      LocalDate d = null;
      String value = null;
      if (anchor != null && unit.equals("DAY")) {
        d = anchor.minusDays(count);
        value = d.toString();
      } else if (anchor != null) {
        value = Resolver.periodValue(anchor, unit, -count);
      }
      out.add(new DateMention(m.start(), m.end(), m.group(), value, d, true));
    }
  }

  private void weekdays(String text, int[] starts, int to, LocalDate anchor, List<DateMention> out) {
    for (MatchResult m : matchesAt(weekday, text, starts, to)) {
      String name = m.group(2);
      if (!Character.isUpperCase(name.charAt(0))) {
        continue; // weekday names are proper nouns; the pattern is case-insensitive only for "Last"
      }
      String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
      int start = modifier != null && (modifier.equals("this") || modifier.equals("last")
          || modifier.equals("next") || modifier.equals("past")) ? m.start() : m.start(2);
      // "Wednesday's ruling" names an event already reported on: the past, whatever the verb.
      Tense tense = modifier == null && text.startsWith("'s", m.end()) ? Tense.PAST : tense(text, m.start(), m.end());
      LocalDate d =
          anchor == null ? null : Resolver.weekday(anchor, lex.weekdays.get(capital(name)), tense, modifier);
      out.add(new DateMention(start, m.end(), text.substring(start, m.end()),
          d == null ? null : d.toString(), d, true));
    }
  }

  /** The tense of the words around an expression (see TenseReader). */
  Tense tense(String text, int start, int end) {
    return tenses.tense(text, start, end);
  }

  /**
   * Offsets in [from, to) where a word that can open an expression starts: a digit, a month or
   * weekday name, or a word of relative.txt or numbers.txt. The patterns are tried only there, so
   * a long text costs one pass over its characters plus a little per candidate word.
   */
  private int[] triggerStarts(String text, int from, int to) {
    int[] out = new int[16];
    int n = 0;
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && end - i < 12 && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (Character.isDigit(text.charAt(i)) || triggers.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      i = end;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The matches of p that start exactly at one of the offsets; \\b and look-behinds see the whole text. */
  private static List<MatchResult> matchesAt(Pattern p, String text, int[] starts, int to) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int start : starts) {
      m.region(start, to);
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
      }
    }
    return out;
  }

  /** A look-ahead for the first letters of the phrases, in both cases: "(?=[TtYy...])". */
  private static String firstLetters(java.util.Collection<String> phrases) {
    java.util.TreeSet<Character> first = new java.util.TreeSet<>();
    for (String p : phrases) {
      first.add(Character.toLowerCase(p.charAt(0)));
      first.add(Character.toUpperCase(p.charAt(0)));
    }
    StringBuilder sb = new StringBuilder("(?=[");
    first.forEach(sb::append);
    return sb.append("])").toString();
  }

  private static String capital(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Longest first among those starting together; an expression inside a longer one is dropped. */
  private static List<DateMention> dropOverlaps(List<DateMention> all) {
    all.sort(Comparator.comparingInt(DateMention::start)
        .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed())
        .thenComparing(DateMention::end));
    List<DateMention> kept = new ArrayList<>();
    int lastEnd = -1;
    for (DateMention d : all) {
      if (d.start() >= lastEnd) {
        kept.add(d);
        lastEnd = d.end();
      }
    }
    return kept;
  }
}
