package dev.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of timex.txt (durations, vague references, quarters, months, seasons, sets, parts of
 * a day), compiled to patterns. A pattern is tried only where a word that can open it starts, so a
 * long text costs one pass plus a little per candidate word.
 */
final class TimexRules {
  /** Unit words, singular, with their TimeML letter; "T" before the letter marks a clock unit. */
  static final Map<String, String> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("second", "TS");
    UNITS.put("minute", "TM");
    UNITS.put("hour", "TH");
    UNITS.put("day", "D");
    UNITS.put("week", "W");
    UNITS.put("month", "M");
    UNITS.put("quarter", "Q");
    UNITS.put("year", "Y");
    UNITS.put("decade", "DE");
    UNITS.put("century", "CE");
  }

  private static final Map<String, Integer> ORDINALS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
  private static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
  private static final Map<String, String> PARTS =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI");
  private static final String SEP = "(?:\\s{1,3}|-)";
  private static final String FEW = "several|a\\s{1,3}few|few|many|some";

  /** A line of timex.txt, compiled. */
  /** A line of timex.txt, compiled; id is its place among the rules. */
  private record Rule(int id, String type, String value, Pattern pattern) {}

  private final Lexicon lex;
  private final MentionFinder finder;
  private final String numberAlt;
  private final String yearWordsAlt;
  private int ruleCount;
  /** First word (lower case, or "#" for a digit) -> the rules that can start with it. */
  private final Map<String, List<Rule>> byFirstWord = new java.util.HashMap<>();

  TimexRules(Lexicon lex, MentionFinder finder) {
    this.lex = lex;
    this.finder = finder;
    this.numberAlt = numberRegex(lex);
    this.yearWordsAlt = "(?:" + tensAlt(lex) + ")(?:[\\s-](?:" + unitsAlt(lex) + "))?";
    for (String[] f : lex.timexRules) {
      Rule rule = new Rule(ruleCount++, f[0], f[1], compile(f[2]));
      for (String w : keys(f[2])) {
        byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(rule);
      }
    }
  }

  /** "24", "1,000", "twenty four", "twenty-four", "seven": a tens word may take a unit word. */
  private static String numberRegex(Lexicon lex) {
    List<String> words = new ArrayList<>(lex.numbers.keySet());
    words.sort((a, b) -> b.length() - a.length());
    return "(?:\\d{1,3}(?:,\\d{3})?|(?:" + tensAlt(lex) + ")[\\s-](?:" + unitsAlt(lex) + ")|"
        + String.join("|", words) + ")";
  }

  /** twenty, thirty ... ninety. */
  private static String tensAlt(Lexicon lex) {
    List<String> out = new ArrayList<>();
    lex.numbers.forEach((w, v) -> {
      if (v >= 20 && v < 100 && v % 10 == 0) {
        out.add(w);
      }
    });
    return String.join("|", out);
  }

  /** one ... nine, without "a" and "an". */
  private static String unitsAlt(Lexicon lex) {
    List<String> out = new ArrayList<>();
    lex.numbers.forEach((w, v) -> {
      if (v >= 1 && v <= 9 && w.length() > 2) {
        out.add(w);
      }
    });
    return String.join("|", out);
  }

  /**
   * The index keys of a rule: its first words, or, for a rule opening with "the" (a quarter of
   * the rules, and "the" is a common word), "the" and each second word ("the past", "the
   * {NUM}" as "the #"), so that an ordinary "the" tries no rule.
   */
  private Set<String> keys(String line) {
    String[] tokens = line.trim().split(" ");
    if (!tokens[0].equalsIgnoreCase(THE) || tokens.length == 1) {
      return firstWords(line);
    }
    String rest = String.join(" ", Arrays.copyOfRange(tokens, 1, tokens.length));
    Set<String> out = new LinkedHashSet<>();
    for (String w : firstWords(rest)) {
      out.add(THE + " " + w);
    }
    if (Arrays.stream(tokens, 1, tokens.length).allMatch(t -> t.endsWith("?") && t.length() > 1)) {
      out.add(THE); // every word after "the" optional: "the" alone may match
    }
    return out;
  }

  private static final String THE = "the";

  /** The rules that can start at a word: those of its key, and after "the" those of "the" and the next word. */
  private List<Rule> rulesAt(String text, int wordEnd, int to, String key) {
    List<Rule> rules = byFirstWord.get(key);
    if (!key.equals(THE)) {
      return rules;
    }
    int i = wordEnd;
    while (i < to && i - wordEnd < 3 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    if (i == wordEnd || i >= to) {
      return rules;
    }
    int end = i;
    while (end < to && end - i < 16 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String next = Character.isDigit(text.charAt(i)) ? "#" : text.substring(i, end).toLowerCase(Locale.ROOT);
    List<Rule> after = byFirstWord.get(THE + " " + next);
    if (after == null || rules == null) {
      return after == null ? rules : after;
    }
    List<Rule> both = new ArrayList<>(rules);
    both.addAll(after);
    both.sort(Comparator.comparingInt(Rule::id)); // the order of the rules file, as with one key
    return both;
  }

  /** The expressions of the rules within [from, to). */
  void find(String text, int from, int to, LocalDate anchor, List<DateMention> out) {
    Matcher[] cache = new Matcher[ruleCount];
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && end - i < 16 && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String key = Character.isDigit(text.charAt(i)) ? "#" : text.substring(i, end).toLowerCase(Locale.ROOT);
      List<Rule> rules = rulesAt(text, end, to, key);
      if (rules != null) {
        for (Rule r : rules) {
          Matcher m = cache[r.id()];
          if (m == null) {
            m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            cache[r.id()] = m;
          }
          m.region(i, to);
          if (m.lookingAt()) {
            DateMention d = mention(text, m, r, anchor);
            if (d != null) {
              out.add(d);
            }
          }
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  private DateMention mention(String text, Matcher m, Rule r, LocalDate anchor) {
    String v = r.value();
    String surface = m.group();
    if (v.equals("DURHALF")) {
      return make(m, r.type(), halfDuration(m), null);
    }
    if (v.equals("DUR") || v.equals("DUR1")) {
      return make(m, r.type(), duration(m, v.equals("DUR1") ? 1 : null), null);
    }
    if (v.startsWith("DUR:")) {
      return make(m, r.type(), duration(m, Integer.valueOf(v.substring(4))), null);
    }
    if (v.startsWith("REL:")) {
      return make(m, r.type(), anchor == null ? null : shifted(m, v, anchor), null);
    }
    if (v.startsWith("QUARTER:")) {
      return make(m, r.type(), anchor == null ? null : quarter(m, anchor, Integer.parseInt(v.substring(8))), null);
    }
    if (v.startsWith("HOLIDAY:")) {
      LocalDate day = anchor == null ? null : holiday(text, m, anchor, v);
      return make(m, r.type(), day == null ? null : day.toString(), day);
    }
    if (v.equals("YEARQ")) {
      return make(m, r.type(), anchor == null && group(m, "ord") == null ? null : yearQuarter(m, anchor), null);
    }
    if (v.startsWith("PREVQ:") || v.startsWith("PREVY:")) {
      // Resolved against the expressions before it, once all are known (see resolvePrevious).
      return make(m, r.type(), v, null);
    }
    if (v.startsWith("MONTH:")) {
      if (!Character.isUpperCase(m.group("month").charAt(0))) {
        return null; // "may", "march": not months
      }
      return make(m, r.type(), month(text, m, anchor, Integer.parseInt(v.substring(6))), null);
    }
    if (v.startsWith("MONTHY:")) {
      int month = lex.months.get(capital(m.group("month")));
      return make(m, r.type(), anchor == null ? null
          : String.format("%04d-%02d", anchor.getYear() + Integer.parseInt(v.substring(7)), month), null);
    }
    if (v.startsWith("WEEKEND:")) {
      if (anchor == null) {
        return make(m, r.type(), null, null);
      }
      boolean onWeekend = anchor.getDayOfWeek().getValue() >= 6;
      LocalDate week = anchor.plusWeeks(Integer.parseInt(v.substring(8)) - (onWeekend ? 0 : 1));
      return make(m, r.type(), Resolver.periodValue(week, "WEEK", 0) + "-WE", null);
    }
    if (v.startsWith("SEASON:")) {
      String season = group(m, "season");
      String code = SEASONS.get(season != null ? season.toLowerCase(Locale.ROOT) : lastWord(surface));
      Integer written = writtenYear(m);
      int shift = Integer.parseInt(v.substring(7));
      return make(m, r.type(), written != null ? String.format("%04d-%s", written, code) : anchor == null ? null
          : String.format("%04d-%s", anchor.getYear() + shift, code), null);
    }
    if (v.equals("YEARMONTH")) {
      Integer written = writtenYear(m);
      int month = lex.months.get(capital(m.group("month")));
      return make(m, r.type(), written == null ? null : String.format("%04d-%02d", written, month), null);
    }
    if (v.equals("WEEKLY")) {
      String part = group(m, "part");
      int iso = lex.weekdays.get(capital(m.group("weekday")));
      return make(m, r.type(), "XXXX-WXX-" + iso + (part == null ? "" : "T" + PARTS.get(part.toLowerCase(Locale.ROOT))), null);
    }
    if (v.equals("YEARLY")) {
      return make(m, r.type(), String.format("XXXX-%02d", lex.months.get(capital(m.group("month")))), null);
    }
    if (v.equals("YEAR")) {
      Integer y = writtenYear(m);
      return make(m, r.type(), y == null ? null : String.format("%04d", y), null);
    }
    if (v.equals("CENTURY")) {
      // TimeML writes a century as its first two digits ("the 20th century" -> "19").
      int n = Integer.parseInt(m.group("ordn"));
      return make(m, r.type(), n < 1 || n > 21 ? null : String.format("%02d", n - 1), null);
    }
    if (v.equals("DECADE")) {
      // TimeML writes a decade as its first three digits ("the 1990s" -> "199").
      return make(m, r.type(), m.group("year").substring(0, 3), null);
    }
    if (v.equals("CLOCKDAY")) {
      LocalDate day = anchor == null ? null : weekday(text, m, anchor);
      String clock = clock(m);
      return make(m, r.type(), day == null || clock == null ? null : day + "T" + clock, day);
    }
    if (v.equals("CLOCKDATE")) {
      int month = lex.months.get(capital(m.group("mdmonth")));
      int dayOfMonth = Integer.parseInt(m.group("mdday"));
      LocalDate day = anchor == null ? null
          : Resolver.nearestYear(anchor, month, dayOfMonth, finder.tense(text, m.start(), m.end()));
      String clock = clock(m);
      return make(m, r.type(), day == null || clock == null ? null : day + "T" + clock, day);
    }
    if (v.equals("DAYPART") || v.equals("TODAYPART")) {
      LocalDate day = anchor == null ? null : v.equals("TODAYPART") ? anchor : weekday(text, m, anchor);
      String part = PARTS.get(lastWord(surface));
      return make(m, r.type(), day == null ? null : day + "T" + part, day);
    }
    return make(m, r.type(), v, null);
  }

  /** The year of {YEAR}, or of {YEARWORDS} after "nineteen"; null when the rule has neither. */
  private Integer writtenYear(Matcher m) {
    String y = group(m, "year");
    if (y != null) {
      return Integer.valueOf(y);
    }
    Integer words = count(group(m, "yw"));
    return words == null ? null : 1900 + words;
  }

  private static DateMention make(Matcher m, String type, String value, LocalDate day) {
    return new DateMention(m.start(), m.end(), m.group(), value, day, true, type);
  }

  /** The span written; without a count, the count given (fixed by the rule), else X. */
  private String duration(Matcher m, Integer countByDefault) {
    String unitWord = group(m, "unit");
    String unit = unitOf(unitWord != null ? unitWord : lastWord(m.group()));
    if (unit == null) {
      return null;
    }
    Integer n = count(group(m, "num"));
    Integer k = n != null ? n : group(m, "few") == null ? countByDefault : null;
    String count = k != null ? k.toString() : "X";
    if (unit.equals("DE")) {
      return k == null ? "PXDE" : "P" + (k * 10) + "Y";
    }
    if (unit.equals("CE")) {
      return k == null ? "PXCE" : "P" + (k * 100) + "Y";
    }
    return unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
  }

  /** "2 1/2 years" -> P2Y6M: the half written in the next smaller unit; null for other units. */
  private String halfDuration(Matcher m) {
    String unit = unitOf(group(m, "unit"));
    Integer n = count(group(m, "num"));
    if (unit == null || n == null) {
      return null;
    }
    switch (unit) {
      case "Y": return "P" + n + "Y6M";
      case "D": return "P" + n + "DT12H";
      case "TH": return "PT" + n + "H30M";
      case "TM": return "PT" + n + "M30S";
      default: return null;
    }
  }

  private String shifted(Matcher m, String v, LocalDate anchor) {
    String[] f = v.split(":");
    String unit = f[1].equals("U") ? unitName(group(m, "unit")) : f[1];
    if (unit == null) {
      return null;
    }
    int k;
    if (f[2].equals("-N") || f[2].equals("N")) {
      Integer n = count(group(m, "num"));
      if (n == null) {
        return null;
      }
      k = f[2].equals("-N") ? -n : n;
    } else {
      k = Integer.parseInt(f[2]);
    }
    switch (unit) {
      case "DAY":
        return anchor.plusDays(k).toString();
      case "QUARTER":
        LocalDate q = anchor.plusMonths(3L * k);
        return String.format("%04d-Q%d", q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
      case "WEEK":
      case "MONTH":
      case "YEAR":
        return Resolver.periodValue(anchor, unit, k);
      default:
        return null;
    }
  }

  /** The quarter written, in the anchor's year; "the quarter" alone is the last one ended. */
  private static String quarter(Matcher m, LocalDate anchor, int yearShift) {
    String ord = group(m, "ord");
    if (ord != null) {
      return String.format("%04d-Q%d", anchor.getYear() + yearShift, ORDINALS.get(ord.toLowerCase(Locale.ROOT)));
    }
    LocalDate ended = anchor.minusMonths(3);
    return String.format("%04d-Q%d", ended.getYear() + yearShift, (ended.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * HOLIDAY:k:MM-DD[-w]: the day MM-DD, or the first ISO weekday w on or after it, in the year a
   * month named alone would get (k=0), the last one before the anchor (k=-1), the next after (1).
   */
  private LocalDate holiday(String text, Matcher m, LocalDate anchor, String v) {
    String[] f = v.split(":");
    int k = Integer.parseInt(f[1]);
    String[] d = f[2].split("-");
    int month = Integer.parseInt(d[0]);
    int year = k == 0 ? Resolver.monthYear(anchor, month, finder.tense(text, m.start(), m.end())) : anchor.getYear();
    LocalDate day = holidayIn(year, d);
    if (k < 0 && !day.isBefore(anchor)) {
      day = holidayIn(year - 1, d);
    } else if (k > 0 && !day.isAfter(anchor)) {
      day = holidayIn(year + 1, d);
    }
    return day;
  }

  private static LocalDate holidayIn(int year, String[] d) {
    LocalDate day = LocalDate.of(year, Integer.parseInt(d[0]), Integer.parseInt(d[1]));
    return d.length > 2 ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(Integer.parseInt(d[2])))) : day;
  }

  /** The quarter written ({ORD}) of the year written; without {ORD}, the one of the last quarter ended. */
  private static String yearQuarter(Matcher m, LocalDate anchor) {
    String ord = group(m, "ord");
    int q = ord != null ? ORDINALS.get(ord.toLowerCase(Locale.ROOT)) : (anchor.minusMonths(3).getMonthValue() - 1) / 3 + 1;
    return m.group("year") + "-Q" + q;
  }

  private String month(String text, Matcher m, LocalDate anchor, int mode) {
    int month = lex.months.get(capital(m.group("month")));
    if (anchor == null) {
      return String.format("XXXX-%02d", month);
    }
    int year;
    if (mode < 0) {
      year = month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
    } else if (mode > 0) {
      year = month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
    } else {
      // A year written in the paragraph is not used: a bare month rarely belongs to it.
      year = Resolver.monthYear(anchor, month, finder.tense(text, m.start(), m.end()));
    }
    return String.format("%04d-%02d", year, month);
  }

  /** "HH:MM" of {CLOCK}: "10 p.m." -> 22:00, "noon" -> 12:00, "midnight" -> 24:00; null if invalid. */
  private static String clock(Matcher m) {
    String word = group(m, "clockword");
    if (word != null) {
      return word.equalsIgnoreCase("noon") ? "12:00" : "24:00";
    }
    int h = Integer.parseInt(m.group("hh"));
    int min = group(m, "mm") == null ? 0 : Integer.parseInt(m.group("mm"));
    boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
    if (h < 1 || h > 12 || min > 59) {
      return null;
    }
    int h24 = h % 12 + (pm ? 12 : 0);
    return String.format("%02d:%02d", h24, min);
  }

  private LocalDate weekday(String text, Matcher m, LocalDate anchor) {
    int iso = lex.weekdays.get(capital(m.group("weekday")));
    return Resolver.weekday(anchor, iso, finder.tense(text, m.start(), m.end()), null);
  }

  /**
   * "A year earlier" after "the third quarter" is the third quarter of the year before: such a
   * placeholder takes the last quarter named before it, else the anchor's year, shifted.
   */
  static List<DateMention> resolvePrevious(List<DateMention> mentions, LocalDate anchor) {
    List<DateMention> out = new ArrayList<>(mentions.size());
    String lastQuarter = null;
    Integer lastYear = null;
    for (DateMention d : mentions) {
      String v = d.value();
      if (v != null && v.startsWith("PREVY:")) {
        int base = lastYear != null ? lastYear : anchor == null ? Integer.MIN_VALUE : anchor.getYear();
        String value = base == Integer.MIN_VALUE ? null : String.format("%04d", base + Integer.parseInt(v.substring(6)));
        d = new DateMention(d.start(), d.end(), d.text(), value, null, true, d.type());
      } else if (v != null && v.matches("\\d{4}(?:-.*)?")) {
        lastYear = Integer.valueOf(v.substring(0, 4));
      }
      if (v != null && v.startsWith("PREVQ:")) {
        int k = Integer.parseInt(v.substring(6));
        String value = lastQuarter != null
            ? String.format("%04d%s", Integer.parseInt(lastQuarter.substring(0, 4)) + k, lastQuarter.substring(4))
            : anchor == null ? null : String.format("%04d", anchor.getYear() + k);
        d = new DateMention(d.start(), d.end(), d.text(), value, null, true, d.type());
      } else if (v != null && v.matches("\\d{4}-Q\\d")) {
        lastQuarter = v;
      }
      out.add(d);
    }
    return out;
  }

  private Integer count(String n) {
    if (n == null) {
      return null;
    }
    String s = n.toLowerCase(Locale.ROOT).replace(",", "");
    if (Character.isDigit(s.charAt(0))) {
      return Integer.valueOf(s);
    }
    int total = 0;
    for (String w : s.split("[\\s-]+")) {
      Integer v = lex.numbers.get(w);
      if (v == null) {
        return null;
      }
      total += v;
    }
    return total;
  }

  private static String unitOf(String word) {
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    String s = w.equals("centuries") ? "century" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return UNITS.get(s);
  }

  private static String unitName(String word) {
    String u = unitOf(word);
    if (u == null) {
      return null;
    }
    switch (u) {
      case "D": return "DAY";
      case "W": return "WEEK";
      case "M": return "MONTH";
      case "Q": return "QUARTER";
      case "Y": return "YEAR";
      default: return null;
    }
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the rule has no such group
    }
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("[\\s-]+");
    return w[w.length - 1];
  }

  private static String capital(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  // --- compiling a pattern line

  private Pattern compile(String line) {
    StringBuilder re = new StringBuilder();
    String[] tokens = line.trim().split(" ");
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.startsWith("+") && t.length() > 1 && i > 0) {
        // a following word that must be there but is not part of the expression
        re.append("(?=").append(SEP).append(tokenRegex(t.substring(1))).append("(?![\\w-]))");
        continue;
      }
      boolean optional = t.endsWith("?") && t.length() > 1;
      String body = tokenRegex(optional ? t.substring(0, t.length() - 1) : t);
      if (i == 0) {
        re.append(optional ? "(?:" + body + SEP + ")?" : body);
      } else if (i == 1 && tokens[0].endsWith("?") && tokens[0].length() > 1) {
        // the optional first token carries its own separator
        re.append(optional ? "(?:" + body + SEP + ")?" : body);
      } else {
        re.append(optional ? "(?:" + SEP + body + ")?" : SEP + body);
      }
    }
    // Macros that are proper nouns are matched case-sensitively inside (?-i:...)
    return Pattern.compile("\\b" + re + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
  }

  private String tokenRegex(String token) {
    List<String> alts = new ArrayList<>();
    for (String a : token.split("\\|")) {
      alts.add(macro(a));
    }
    return "(?:" + String.join("|", alts) + ")";
  }

  private String macro(String a) {
    switch (a) {
      case "{NUM}": return "(?<num>" + numberAlt + ")";
      case "{FEW}": return "(?<few>" + FEW + ")";
      case "{UNIT}": return "(?<unit>" + unitAlt(false) + ")";
      case "{UNITS}": return "(?<unit>" + unitAlt(true) + ")";
      case "{MONTH}": return "(?<month>(?-i:" + fullMonthAlt() + "))";
      case "{MONTHDAY}": return "(?<mdmonth>(?-i:" + lex.monthAlt + "))\\.?\\s{1,3}(?<mdday>\\d{1,2})(?![\\d,]\\d)";
      case "{ORD}": return "(?<ord>first|second|third|fourth)";
      case "{SEASON}": return "(?<season>spring|summer|fall|autumn|winter)";
      case "{WEEKDAY}": return "(?<weekday>(?-i:" + lex.weekdayAlt + "))";
      case "{WEEKDAYS}": return "(?<weekday>(?-i:" + lex.weekdayAlt + "))s";
      case "{PARTS}": return "(?<part>morning|afternoon|evening|night)s";
      case "{PART}": return "(?<part>morning|afternoon|evening|night)";
      case "{YEAR}": return "(?<year>1[89]\\d{2}|20\\d{2})";
      case "{ORDNUM}": return "(?<ordn>\\d{1,2})(?:st|nd|rd|th)";
      case "{YEARWORDS}": return "(?<yw>" + yearWordsAlt + ")";
      case "{DECADE}": return "(?<year>1[89]\\d0|20\\d0)'?s";
      case "{CLOCK}": return "(?:(?<hh>\\d{1,2})(?::(?<mm>\\d{2}))?\\s{0,2}(?<ap>[ap]\\.m\\.|[ap]m\\b)|(?<clockword>noon|midnight))";
      case "{ZONE}": return "(?-i:[ECMP][SD]T|GMT|UTC)";
      default:
        if (a.startsWith("{")) {
          throw new IllegalStateException("Unknown macro in timex.txt: " + a);
        }
        return Pattern.quote(a);
    }
  }

  private static String unitAlt(boolean pluralOnly) {
    List<String> alts = new ArrayList<>();
    for (String u : UNITS.keySet()) {
      String plural = u.equals("century") ? "centuries" : u + "s";
      alts.add(pluralOnly ? plural : u.equals("century") ? "century|centuries" : u + "s?");
    }
    return String.join("|", alts);
  }

  /** Month names that are not a prefix of a longer one ("Sept" of "September"). */
  private String fullMonthAlt() {
    List<String> full = new ArrayList<>();
    for (String n : lex.months.keySet()) {
      boolean abbreviation = lex.months.keySet().stream().anyMatch(o -> o.length() > n.length() && o.startsWith(n));
      if (!abbreviation) {
        full.add(n);
        full.add(n.toUpperCase(Locale.ROOT));
      }
    }
    return String.join("|", full);
  }

  /** The words that can open a pattern, through leading optional tokens; "#" for digits. */
  private Set<String> firstWords(String line) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : line.trim().split(" ")) {
      boolean optional = t.endsWith("?") && t.length() > 1;
      for (String a : (optional ? t.substring(0, t.length() - 1) : t).split("\\|")) {
        out.addAll(wordsOf(a));
      }
      if (!optional) {
        break;
      }
    }
    return out;
  }

  private Set<String> wordsOf(String a) {
    Set<String> out = new LinkedHashSet<>();
    switch (a) {
      case "{NUM}":
        out.add("#");
        out.addAll(lex.numbers.keySet());
        break;
      case "{FEW}":
        out.addAll(List.of("several", "a", "few", "many", "some"));
        break;
      case "{UNIT}":
      case "{UNITS}":
        for (String u : UNITS.keySet()) {
          out.add(u);
          out.add(u.equals("century") ? "centuries" : u + "s");
        }
        break;
      case "{MONTH}":
        lex.months.keySet().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        break;
      case "{ORD}":
        out.addAll(ORDINALS.keySet());
        break;
      case "{SEASON}":
        out.addAll(SEASONS.keySet());
        break;
      case "{WEEKDAYS}":
        lex.weekdays.keySet().forEach(n -> out.add(n.toLowerCase(Locale.ROOT) + "s"));
        break;
      case "{WEEKDAY}":
        lex.weekdays.keySet().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        break;
      case "{PART}":
        out.addAll(List.of("morning", "afternoon", "evening", "night"));
        break;
      case "{YEAR}":
      case "{DECADE}":
      case "{ORDNUM}":
        out.add("#");
        break;
      case "{CLOCK}":
        out.addAll(List.of("#", "noon", "midnight"));
        break;
      default:
        // the first word of a literal such as "year-earlier" is read up to the hyphen
        out.add(a.toLowerCase(Locale.ROOT).split("[-']")[0]);
    }
    return out;
  }
}
