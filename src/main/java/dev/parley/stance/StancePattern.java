package dev.parley.stance;

import dev.parley.api.Stance;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a pattern file: a stance label and a sequence of elements matched over
 * lower-cased words. Elements are a word ({@code talks}), a word-prefix stem ({@code negotiat*}),
 * a group of alternatives, each one or more words ({@code (called for|urged)}), any of these
 * made optional by a trailing {@code ?}, and a bounded gap {@code ...} (up to 4 words;
 * {@code ...N} up to N). Matching is a depth-first search whose branching is bounded by the
 * gaps, so it cannot run away on long inputs.
 */
final class StancePattern {
  static final int DEFAULT_GAP = 4;
  static final int MAX_GAP = 8;

  sealed interface Element permits Gap, Group {}

  record Gap(int max) implements Element {}

  record Atom(String text, boolean stem) {
    boolean matches(String word) {
      return stem ? word.startsWith(text) : word.equals(text);
    }
  }

  record Group(List<List<Atom>> alternatives, boolean optional) implements Element {}

  static final int MAX_WEIGHT = 9;

  private final Stance label;
  private final String source;
  private final List<Element> elements;
  private final int weight;

  private StancePattern(Stance label, String source, List<Element> elements, int weight) {
    this.label = label;
    this.source = source;
    this.elements = List.copyOf(elements);
    this.weight = weight;
  }

  Stance label() {
    return label;
  }

  /** How much a match counts when labels are weighed against each other. */
  int weight() {
    return weight;
  }

  String source() {
    return source;
  }

  /** The most words a match can cover. */
  int maxSpan() {
    int span = 0;
    for (Element e : elements) {
      if (e instanceof Gap gap) {
        span += gap.max();
      } else {
        int longest = 0;
        for (List<Atom> alternative : ((Group) e).alternatives()) {
          longest = Math.max(longest, alternative.size());
        }
        span += longest;
      }
    }
    return span;
  }

  /** The atoms a match can start with (the first element's first atoms). */
  List<Atom> firstAtoms() {
    List<Atom> first = new ArrayList<>();
    for (List<Atom> alternative : ((Group) elements.get(0)).alternatives()) {
      first.add(alternative.get(0));
    }
    return first;
  }

  /** The end (exclusive token index) of a match starting at token {@code start}, or -1. */
  int matchAt(List<Token> tokens, int start) {
    return match(tokens, 0, start, start, true);
  }

  /**
   * Matches elements from {@code ei} at token {@code ti}. Words matched side by side must share
   * a clause ("meeting, with" is no "meeting with"); only a gap may step over a comma, and
   * nothing steps over a sentence end.
   */
  private int match(List<Token> tokens, int ei, int ti, int start, boolean afterGap) {
    if (ei == elements.size()) {
      return ti;
    }
    Element e = elements.get(ei);
    if (e instanceof Gap gap) {
      int sentence = tokens.get(start).sentence();
      for (int k = 0; k <= gap.max() && ti + k <= tokens.size(); k++) {
        if (k > 0 && tokens.get(ti + k - 1).sentence() != sentence) {
          break;
        }
        int end = match(tokens, ei + 1, ti + k, start, true);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    Group group = (Group) e;
    for (List<Atom> alternative : group.alternatives()) {
      int next = matchWords(alternative, tokens, ti, start, afterGap);
      if (next >= 0) {
        int end = match(tokens, ei + 1, next, start, false);
        if (end >= 0) {
          return end;
        }
      }
    }
    return group.optional() ? match(tokens, ei + 1, ti, start, afterGap) : -1;
  }

  private static int matchWords(List<Atom> atoms, List<Token> tokens, int ti, int start, boolean afterGap) {
    if (ti + atoms.size() > tokens.size()) {
      return -1;
    }
    int sentence = tokens.get(start).sentence();
    for (int j = 0; j < atoms.size(); j++) {
      Token t = tokens.get(ti + j);
      boolean adjacent = ti + j > start && (j > 0 || !afterGap);
      if (t.sentence() != sentence
          || (adjacent && t.clause() != tokens.get(ti + j - 1).clause())
          || !atoms.get(j).matches(t.word())) {
        return -1;
      }
    }
    return ti + atoms.size();
  }

  /** Parses the pattern part of a line ({@code label} already read), with weight 1. */
  static StancePattern parse(Stance label, String source) {
    return parse(label, source, 1);
  }

  /** Parses the pattern part of a line ({@code label} and {@code weight} already read). */
  static StancePattern parse(Stance label, String source, int weight) {
    check(weight >= 1 && weight <= MAX_WEIGHT, source, "weight must be 1.." + MAX_WEIGHT);
    List<Element> elements = new ArrayList<>();
    String s = source.trim();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
        i++;
        continue;
      }
      int end;
      if (s.charAt(i) == '(') {
        int close = s.indexOf(')', i);
        check(close > 0, source, "unclosed '('");
        end = close + 1;
        boolean optional = end < s.length() && s.charAt(end) == '?';
        if (optional) {
          end++;
        }
        elements.add(new Group(alternatives(s.substring(i + 1, close), source), optional));
      } else {
        end = i;
        while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
          end++;
        }
        elements.add(element(s.substring(i, end), source));
      }
      check(end >= s.length() || s.charAt(end) == ' ' || s.charAt(end) == '\t', source,
          "expected a space after a group");
      i = end;
    }
    check(!elements.isEmpty(), source, "empty pattern");
    check(elements.get(0) instanceof Group g && !g.optional(), source,
        "a pattern must start with a word or group, not a gap or optional element");
    check(!(elements.get(elements.size() - 1) instanceof Gap), source,
        "a pattern must not end with a gap");
    return new StancePattern(label, source, elements, weight);
  }

  private static Element element(String piece, String source) {
    if (piece.startsWith("...")) {
      String n = piece.substring(3);
      int max = n.isEmpty() ? DEFAULT_GAP : parseGap(n, source);
      return new Gap(max);
    }
    boolean optional = piece.endsWith("?");
    String word = optional ? piece.substring(0, piece.length() - 1) : piece;
    return new Group(List.of(List.of(atom(word, source))), optional);
  }

  private static int parseGap(String n, String source) {
    try {
      int max = Integer.parseInt(n);
      check(max >= 1 && max <= MAX_GAP, source, "gap size must be 1.." + MAX_GAP);
      return max;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid gap '..." + n + "' in pattern: " + source);
    }
  }

  private static List<List<Atom>> alternatives(String inner, String source) {
    List<List<Atom>> alternatives = new ArrayList<>();
    for (String alternative : inner.split("\\|", -1)) {
      List<Atom> atoms = new ArrayList<>();
      for (String word : alternative.trim().split("[ \t]+")) {
        if (!word.isEmpty()) {
          atoms.add(atom(word, source));
        }
      }
      check(!atoms.isEmpty(), source, "empty alternative in a group");
      alternatives.add(List.copyOf(atoms));
    }
    return alternatives;
  }

  private static Atom atom(String word, String source) {
    boolean stem = word.endsWith("*");
    String text = stem ? word.substring(0, word.length() - 1) : word;
    check(!text.isEmpty(), source, "empty word");
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      check(Character.isLowerCase(c) || Character.isDigit(c) || c == '\'' || c == '.', source,
          "words are lower-case letters, digits, ' or . (write hyphenated words as two words): '"
              + word + "'");
    }
    return new Atom(text, stem);
  }

  private static void check(boolean ok, String source, String message) {
    if (!ok) {
      throw new IllegalArgumentException("Invalid pattern '" + source + "': " + message);
    }
  }
}
