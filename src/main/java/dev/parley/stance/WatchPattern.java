package dev.parley.stance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One compiled watch-list pattern, in the syntax of patterns.txt (words, {@code stem*},
 * {@code (a|b c)} groups, {@code ?} optional elements, {@code ...N} gaps) but matched the way
 * {@code grep -iw} matches a phrase: case-insensitive, on words that are runs of letters and
 * digits, with words next to each other in the pattern separated only by white space in the
 * text. Punctuation inside a pattern word must appear as written ("u.s." matches "U.S.",
 * "anti-dprk" matches "anti-DPRK", not "anti DPRK"). A gap skips up to N words and never
 * crosses a sentence end. The longest match at the leftmost start wins, like grep.
 *
 * <p>Matching runs the pattern as a set of states over the words (no backtracking), so a match
 * costs at most (pattern length x longest span) steps, whatever the text.
 */
final class WatchPattern {
  static final int DEFAULT_GAP = 4;
  static final int MAX_GAP = 8;

  /** A word to match; {@code joiner} is the punctuation that must stand before it, null for white space. */
  private record Atom(String text, boolean stem, String joiner) {
    boolean matches(String word) {
      return stem ? word.startsWith(text) : word.equals(text);
    }
  }

  private sealed interface Element permits Gap, Group {}

  private record Gap(int max) implements Element {}

  private record Group(List<List<Atom>> alternatives, boolean optional) implements Element {}

  private final List<Element> elements;
  private final int maxSpan;

  private WatchPattern(List<Element> elements) {
    this.elements = List.copyOf(elements);
    int span = 0;
    for (Element e : elements) {
      span += e instanceof Gap g ? g.max() : longestAlternative((Group) e);
    }
    this.maxSpan = span;
  }

  /** Parses a pattern; the exception message says what is wrong (the caller adds where). */
  static WatchPattern parse(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    List<Element> elements = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        int close = s.indexOf(')', i);
        check(close > 0, "unclosed '(' in '" + source + "'");
        int end = close + 1;
        boolean optional = end < s.length() && s.charAt(end) == '?';
        end += optional ? 1 : 0;
        check(end == s.length() || Character.isWhitespace(s.charAt(end)),
            "expected a space after ')' in '" + source + "'");
        elements.add(new Group(alternatives(s.substring(i + 1, close)), optional));
        i = end;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        elements.add(element(s.substring(i, end)));
        i = end;
      }
    }
    check(!elements.isEmpty(), "empty pattern");
    check(elements.get(0) instanceof Group g && !g.optional(),
        "a pattern must start with a word or group, not a gap or optional element: '" + source + "'");
    check(!(elements.get(elements.size() - 1) instanceof Gap), "a pattern must not end with a gap: '" + source + "'");
    return new WatchPattern(elements);
  }

  /** The end (exclusive word index) of the longest match starting at word {@code start}, or -1. */
  int longestMatchAt(Words w, int start) {
    if (!canStartAt(w.word(start))) {
      return -1;
    }
    // State k*2 + f: the match has reached word start+k; f = 1 when the previous element was a
    // gap, so the next word need not follow the last one directly.
    BitSet states = new BitSet();
    states.set(1);
    for (Element e : elements) {
      states = e instanceof Gap gap ? skip(w, start, states, gap.max()) : step(w, start, states, (Group) e);
      if (states.isEmpty()) {
        return -1;
      }
    }
    int best = states.length() - 1;
    return start + best / 2;
  }

  /** A cheap first test: whether the first element can match this word. */
  boolean canStartAt(String word) {
    for (List<Atom> alternative : ((Group) elements.get(0)).alternatives()) {
      if (alternative.get(0).matches(word)) {
        return true;
      }
    }
    return false;
  }

  /** The most words a match can cover. */
  int maxSpan() {
    return maxSpan;
  }

  private static BitSet step(Words w, int start, BitSet states, Group group) {
    BitSet next = new BitSet();
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      int at = start + s / 2;
      boolean free = s % 2 == 1;
      for (List<Atom> alternative : group.alternatives()) {
        int end = matchWords(w, start, at, free, alternative);
        if (end >= 0) {
          next.set((end - start) * 2);
        }
      }
      if (group.optional()) {
        next.set(s);
      }
    }
    return next;
  }

  private static BitSet skip(Words w, int start, BitSet states, int max) {
    BitSet next = new BitSet();
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      int at = start + s / 2;
      for (int k = 0; k <= max && at + k <= w.size(); k++) {
        if (k > 0 && w.sentenceBreakBefore(at + k - 1)) {
          break;
        }
        next.set((at + k - start) * 2 + 1);
      }
    }
    return next;
  }

  /** Matches the atoms from word {@code at}; returns the end word index or -1. */
  private static int matchWords(Words w, int start, int at, boolean free, List<Atom> atoms) {
    if (at + atoms.size() > w.size()) {
      return -1;
    }
    for (int j = 0; j < atoms.size(); j++) {
      int t = at + j;
      Atom a = atoms.get(j);
      if (!a.matches(w.word(t))) {
        return -1;
      }
      if (t == start) {
        continue;
      }
      boolean ok = j == 0 && free ? !w.sentenceBreakBefore(t)
          : a.joiner() == null ? w.onlySpaceBefore(t) : w.separatorBefore(t).equals(a.joiner());
      if (!ok) {
        return -1;
      }
    }
    return at + atoms.size();
  }

  private static Element element(String piece) {
    if (piece.startsWith("...")) {
      String n = piece.substring(3);
      if (n.isEmpty()) {
        return new Gap(DEFAULT_GAP);
      }
      try {
        int max = Integer.parseInt(n);
        check(max >= 1 && max <= MAX_GAP, "gap size must be 1.." + MAX_GAP + ": '" + piece + "'");
        return new Gap(max);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid gap '" + piece + "' (expected ... or ...N)");
      }
    }
    boolean optional = piece.endsWith("?") && piece.length() > 1;
    String word = optional ? piece.substring(0, piece.length() - 1) : piece;
    return new Group(List.of(atoms(word)), optional);
  }

  private static List<List<Atom>> alternatives(String inner) {
    List<List<Atom>> alternatives = new ArrayList<>();
    for (String alternative : inner.split("\\|", -1)) {
      List<Atom> atoms = new ArrayList<>();
      for (String word : alternative.strip().split("\\s+")) {
        if (!word.isEmpty()) {
          atoms.addAll(atoms(word));
        }
      }
      check(!atoms.isEmpty(), "empty alternative in '(" + inner + ")'");
      alternatives.add(List.copyOf(atoms));
    }
    return alternatives;
  }

  /** A pattern word as atoms: "u.s." is u, then s joined by "."; a final '*' makes a stem. */
  private static List<Atom> atoms(String word) {
    boolean stem = word.endsWith("*");
    String w = stem ? word.substring(0, word.length() - 1) : word;
    check(w.indexOf('*') < 0 && w.indexOf('(') < 0 && w.indexOf(')') < 0 && w.indexOf('|') < 0,
        "'*' only ends a word, and '(', ')', '|' only make groups: '" + word + "'");
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    String joiner = null;
    while (i < w.length()) {
      int j = i;
      while (j < w.length() && Character.isLetterOrDigit(w.charAt(j))) {
        j++;
      }
      if (j > i) {
        atoms.add(new Atom(w.substring(i, j), false, atoms.isEmpty() ? null : joiner));
        i = j;
      }
      while (j < w.length() && !Character.isLetterOrDigit(w.charAt(j))) {
        j++;
      }
      joiner = w.substring(i, j);
      i = j;
    }
    check(!atoms.isEmpty(), "a word needs a letter or digit: '" + word + "'");
    if (stem) {
      Atom last = atoms.remove(atoms.size() - 1);
      atoms.add(new Atom(last.text(), true, last.joiner()));
    }
    return atoms;
  }

  private static int longestAlternative(Group g) {
    int longest = 0;
    for (List<Atom> a : g.alternatives()) {
      longest = Math.max(longest, a.size());
    }
    return longest;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * The words of {@code text[from, to)}: runs of letters and digits (what {@code grep -w} takes
   * for words), lower-cased, with what separates each from the one before.
   */
  static final class Words {
    private final String text;
    private final List<String> words = new ArrayList<>();
    private int[] starts = new int[64];
    private int[] ends = new int[64];

    Words(String text, int from, int to) {
      this.text = text;
      int i = from;
      while (i < to) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
          j++;
        }
        add(i, j);
        i = j;
      }
    }

    private void add(int start, int end) {
      int n = words.size();
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      words.add(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    int size() {
      return words.size();
    }

    String word(int t) {
      return words.get(t);
    }

    int start(int t) {
      return starts[t];
    }

    int end(int t) {
      return ends[t];
    }

    String separatorBefore(int t) {
      return text.substring(end(t - 1), start(t));
    }

    boolean onlySpaceBefore(int t) {
      for (int i = end(t - 1); i < start(t); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a '.', '!' or '?' stands between word t-1 and word t, other than the period after a
     * one-letter word ("U.S.", "S. Korea").
     */
    boolean sentenceBreakBefore(int t) {
      boolean oneLetter = end(t - 1) - start(t - 1) == 1;
      for (int i = end(t - 1); i < start(t); i++) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || (c == '.' && !(oneLetter && i == end(t - 1)))) {
          return true;
        }
      }
      return false;
    }
  }
}
