package dev.parley.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The word lists of src/main/resources/dev/parley/time, loaded once per JVM. */
final class Lexicon {
  enum Tense { PAST, FUTURE, NONE }

  /** A line of relative.txt. */
  record Relative(String phrase, String unit, int offset) {}

  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  final Map<String, Integer> numbers;
  final Map<String, Relative> relatives;
  final Map<String, Tense> tenseWords;
  /** Words of tense.txt marked weak (*): prepositions that give way to a verb near them. */
  final Set<String> weakTenseWords = new TreeSet<>();
  final List<String> vague;
  final List<String> occasionNouns = new ArrayList<>();
  final List<String> occasionVerbs = new ArrayList<>();
  final Set<String> nameWords;
  final Set<String> notYearBefore;
  final Set<String> notYearAfter;
  /** nontimex.txt: kind (age, fraction, name, generic) -> lower-case words. */
  final Map<String, Set<String>> nonTimex = new LinkedHashMap<>();
  /** The lines of timex.txt: type, value, pattern. */
  final List<String[]> timexRules;

  /** Alternations built from the lists, longest first so "Sept" wins over "Sep". */
  final String monthAlt;
  final String weekdayAlt;
  final String relativeAlt;
  final Pattern vaguePattern;
  final Pattern occasionNounPattern;
  final Pattern occasionVerbPattern;

  private static volatile Lexicon instance;

  static Lexicon get() {
    if (instance == null) {
      synchronized (Lexicon.class) {
        if (instance == null) {
          instance = new Lexicon();
        }
      }
    }
    return instance;
  }

  private Lexicon() {
    months = intMap("months.txt");
    weekdays = intMap("weekdays.txt");
    numbers = lowerKeys(intMap("numbers.txt"));
    relatives = new LinkedHashMap<>();
    for (String[] f : rows("relative.txt", 3)) {
      relatives.put(f[0].toLowerCase(Locale.ROOT), new Relative(f[0], f[1], Integer.parseInt(f[2])));
    }
    tenseWords = new LinkedHashMap<>();
    for (String[] f : rows("tense.txt", 2)) {
      boolean weak = f[1].endsWith("*");
      tenseWords.put(f[0].toLowerCase(Locale.ROOT), Tense.valueOf(weak ? f[1].substring(0, f[1].length() - 1) : f[1]));
      if (weak) {
        weakTenseWords.add(f[0].toLowerCase(Locale.ROOT));
      }
    }
    vague = lines("vague.txt");
    for (String[] f : rows("occasion.txt", 2)) {
      (f[1].equals("NOUN") ? occasionNouns : occasionVerbs).add(f[0]);
    }
    nameWords = new TreeSet<>(lines("names.txt"));
    notYearBefore = new TreeSet<>();
    notYearAfter = new TreeSet<>();
    for (String[] f : rows("nondate.txt", 2)) {
      (f[0].equals("before") ? notYearBefore : notYearAfter).add(f[1].toLowerCase(Locale.ROOT));
    }
    for (String[] f : rows("nontimex.txt", 2)) {
      nonTimex.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[1].toLowerCase(Locale.ROOT));
    }
    timexRules = rows("timex.txt", 3);
    monthAlt = alternation(capitalised(months.keySet()));
    weekdayAlt = alternation(capitalised(weekdays.keySet()));
    relativeAlt = alternation(relatives.keySet());
    vaguePattern = Pattern.compile("\\b(?:" + alternation(vague) + ")\\b", Pattern.CASE_INSENSITIVE);
    occasionNounPattern =
        Pattern.compile("\\b(?:" + alternation(occasionNouns) + ")", Pattern.CASE_INSENSITIVE);
    occasionVerbPattern =
        Pattern.compile("\\b(?:" + alternation(occasionVerbs) + ")", Pattern.CASE_INSENSITIVE);
  }

  /** Names as written ("October") and in capitals ("OCTOBER"): month names are matched case-sensitively. */
  private static List<String> capitalised(Set<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(n);
      out.add(n.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s{1,3}\\Q"))
        .collect(Collectors.joining("|"));
  }

  private static Map<String, Integer> intMap(String resource) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String[] f : rows(resource, 2)) {
      m.put(f[0], Integer.parseInt(f[1]));
    }
    return m;
  }

  private static Map<String, Integer> lowerKeys(Map<String, Integer> in) {
    Map<String, Integer> m = new LinkedHashMap<>();
    in.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
    return m;
  }

  private static List<String[]> rows(String resource, int fields) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != fields) {
        throw new IllegalStateException(
            "Bad line in " + resource + ": '" + line + "' (expected " + fields + " tab-separated fields)");
      }
      out.add(f);
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource dev/parley/time/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(line.replaceAll("^\\s+|\\s+$", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dev/parley/time/" + resource, e);
    }
    return out;
  }
}
