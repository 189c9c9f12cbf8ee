package dev.parley.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An analyst's watch list: named phrases or patterns (same pattern syntax as patterns.txt) to
 * count in texts.
 *
 * <p>How entries match: case-insensitively, on whole words (runs of letters and digits, as
 * {@code grep -w} takes them), so "talks resume" does not match inside "stalks resumed". Words
 * that stand next to each other in a pattern match words separated by any white space in the
 * text, line breaks included (unlike {@code grep}, which reads line by line); any other
 * punctuation between them (a comma, a hyphen, a period) stops the match unless the pattern
 * word has that punctuation itself ("anti-dprk", "u.s."). Besides plain phrases, an entry may
 * use {@code stem*}, {@code (a|b c)} alternatives, {@code ?} optional elements and {@code ...N}
 * gaps of up to N words (4 for {@code ...}, at most 8) that stay inside one sentence. At each
 * position the longest match counts, and an entry's mentions do not overlap each other;
 * mentions of different entries may overlap ("talks" and "talks resume" both count).
 *
 * <p>Serializable so a Spark job can broadcast it: only the source lines are serialized, and
 * each JVM compiles them once, on first use. Matching is linear in the length of the text.
 */
public final class WatchList implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One entry as written: its name, its pattern, and where it came from (for messages). */
  private record Entry(String name, String pattern, String where) implements Serializable {}

  private final List<Entry> entries;
  private transient volatile List<WatchPattern> compiled;

  private WatchList(List<Entry> entries, List<WatchPattern> compiled) {
    this.entries = List.copyOf(entries);
    this.compiled = List.copyOf(compiled);
  }

  /**
   * Parses a watch file: one entry a line, either {@code pattern} (its name is the line itself)
   * or {@code name<TAB>pattern}; '#' comments and blank lines ignored. Errors name the source
   * and line.
   */
  public static WatchList parse(Reader in, String sourceName) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<WatchPattern> compiled = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String where = sourceName + " line " + number;
      Entry entry = entry(s, where);
      for (Entry seen : entries) {
        if (seen.name().equals(entry.name())) {
          throw new IllegalArgumentException(
              where + ": duplicate name '" + entry.name() + "' (first given at " + seen.where() + ")");
        }
      }
      try {
        compiled.add(WatchPattern.parse(entry.pattern()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      entries.add(entry);
    }
    return new WatchList(entries, compiled);
  }

  /** Entry names, in file order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      names.add(e.name());
    }
    return List.copyOf(names);
  }

  /**
   * Non-overlapping mentions of each entry in text[from, to), in text order (at one position,
   * in file order of the entries). The range is searched as if it were the whole text.
   */
  public List<WatchHit> find(String text, int from, int to) {
    if (text == null || from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("Invalid range [" + from + ", " + to + ") for a text of "
          + (text == null ? "null" : text.length() + " chars"));
    }
    List<WatchPattern> patterns = patterns();
    WatchPattern.Words words = new WatchPattern.Words(text, from, to);
    List<WatchHit> hits = new ArrayList<>();
    // One pass over the words; each entry resumes after its own last mention, so its mentions
    // do not overlap while other entries' may. Which entries can start at a word is looked up
    // once per distinct word.
    int[] resume = new int[patterns.size()];
    Map<String, int[]> startable = new HashMap<>();
    for (int t = 0; t < words.size(); t++) {
      for (int e : startable.computeIfAbsent(words.word(t), word -> startable(patterns, word))) {
        if (t < resume[e]) {
          continue;
        }
        int end = patterns.get(e).longestMatchAt(words, t);
        if (end > t) {
          hits.add(new WatchHit(entries.get(e).name(), words.start(t), words.end(end - 1)));
          resume[e] = end;
        }
      }
    }
    // Hits come in text order, and at one start in file order of the entries.
    return List.copyOf(hits);
  }

  @Override
  public String toString() {
    return "WatchList" + names();
  }

  private static int[] startable(List<WatchPattern> patterns, String word) {
    return IntStream.range(0, patterns.size()).filter(e -> patterns.get(e).canStartAt(word)).toArray();
  }

  private static Entry entry(String line, String where) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      return new Entry(line, line, where);
    }
    String name = line.substring(0, tab).strip();
    String pattern = line.substring(tab + 1).strip();
    if (name.isEmpty() || pattern.isEmpty() || pattern.indexOf('\t') >= 0) {
      throw new IllegalArgumentException(where + ": expected 'pattern' or 'name<TAB>pattern', got '"
          + line + "'");
    }
    return new Entry(name, pattern, where);
  }

  /** The compiled patterns; after deserialization compiled again, once (a race only repeats the work). */
  private List<WatchPattern> patterns() {
    List<WatchPattern> p = compiled;
    if (p == null) {
      List<WatchPattern> fresh = new ArrayList<>();
      for (Entry e : entries) {
        fresh.add(WatchPattern.parse(e.pattern()));
      }
      p = List.copyOf(fresh);
      compiled = p;
    }
    return p;
  }
}
