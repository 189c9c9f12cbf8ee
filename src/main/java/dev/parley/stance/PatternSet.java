package dev.parley.stance;

import dev.parley.api.Stance;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed pattern file: the patterns, indexed by the word they start with, and the rules for
 * choosing one label (directives {@code @dominant}, {@code @priority}, {@code @negated},
 * {@code @question}; see the header of patterns.txt). A file without directives takes them
 * from the bundled default file, so analysts may provide patterns only.
 */
final class PatternSet {
  static final String RESOURCE = "/dev/parley/stance/patterns.txt";

  private final List<StancePattern> patterns = new ArrayList<>();
  private final Map<String, List<StancePattern>> byFirstWord = new HashMap<>();
  private final List<Map.Entry<StancePattern.Atom, StancePattern>> byFirstStem = new ArrayList<>();
  private int maxSpan;
  private List<Stance> dominant;
  private List<Stance> priority;
  private Map<Stance, Optional<Stance>> negated;
  private Map<Stance, Stance> question;
  private List<Stance> subjectTarget;
  private List<Stance> background;

  PatternSet(List<Resources.Line> lines, String name, PatternSet fallback) {
    for (Resources.Line line : lines) {
      if (line.text().startsWith("@")) {
        directive(line, name);
      } else {
        String[] kv = Resources.keyValue(line, name);
        add(pattern(kv, line, name));
      }
    }
    if (fallback != null) {
      dominant = dominant != null ? dominant : fallback.dominant;
      priority = priority != null ? priority : fallback.priority;
      negated = negated != null ? negated : fallback.negated;
      question = question != null ? question : fallback.question;
      subjectTarget = subjectTarget != null ? subjectTarget : fallback.subjectTarget;
      background = background != null ? background : fallback.background;
    }
    background = background != null ? background : List.of();
    if (dominant == null || priority == null || negated == null || question == null
        || subjectTarget == null) {
      throw new IllegalArgumentException(name
          + ": missing @dominant, @priority, @negated, @question or @subject-target directive");
    }
  }

  static PatternSet read(Reader reader, String name, PatternSet fallback) {
    return new PatternSet(Resources.lines(reader, name), name, fallback);
  }

  /** Patterns that may match at a token with this word, in file order. */
  List<StancePattern> candidates(String word) {
    List<StancePattern> exact = byFirstWord.getOrDefault(word, List.of());
    List<StancePattern> out = null;
    for (Map.Entry<StancePattern.Atom, StancePattern> e : byFirstStem) {
      if (e.getKey().matches(word) && !exact.contains(e.getValue())) {
        out = out == null ? new ArrayList<>(exact) : out;
        if (!out.contains(e.getValue())) {
          out.add(e.getValue());
        }
      }
    }
    return out == null ? exact : out;
  }

  List<Stance> dominant() {
    return dominant;
  }

  List<Stance> priority() {
    return priority;
  }

  /** What a negated match of this label counts as; empty when negation voids it. */
  Optional<Stance> whenNegated(Stance label) {
    return negated.getOrDefault(label, Optional.of(label));
  }

  /** What a match of this label in a question counts as. */
  Stance whenAsked(Stance label) {
    return question.getOrDefault(label, label);
  }

  /** The most words any pattern's match can cover. */
  int maxSpan() {
    return maxSpan;
  }

  /**
   * Whether a match of this label inside a temporal clause ("after they broke off", "when Brazil
   * suspended") is background to the statement rather than its stance ({@code @background}).
   */
  boolean isBackground(Stance label) {
    return background.contains(label);
  }

  /** Whether this label's target is named before its cue (the subject), not after it. */
  boolean targetIsSubject(Stance label) {
    return subjectTarget.contains(label);
  }

  int size() {
    return patterns.size();
  }

  private void add(StancePattern p) {
    patterns.add(p);
    maxSpan = Math.max(maxSpan, p.maxSpan());
    for (StancePattern.Atom first : p.firstAtoms()) {
      if (first.stem()) {
        byFirstStem.add(Map.entry(first, p));
      } else {
        List<StancePattern> list = byFirstWord.computeIfAbsent(first.text(), k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }
  }

  /** "pattern" or "pattern<TAB>weight". */
  private static StancePattern pattern(String[] kv, Resources.Line line, String name) {
    String source = kv[1];
    int weight = 1;
    int tab = source.lastIndexOf('\t');
    if (tab >= 0) {
      String w = source.substring(tab + 1).strip();
      source = source.substring(0, tab).strip();
      try {
        weight = Integer.parseInt(w);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " line " + line.number() + ": weight '" + w + "' is not a whole number");
      }
    }
    return StancePattern.parse(label(kv[0], line, name), source, weight);
  }

  private void directive(Resources.Line line, String name) {
    String[] parts = line.text().split("[ \t]+");
    switch (parts[0]) {
      case "@dominant" -> dominant = labels(parts, line, name);
      case "@priority" -> priority = labels(parts, line, name);
      case "@subject-target" -> subjectTarget = labels(parts, line, name);
      case "@background" -> background = labels(parts, line, name);
      case "@negated" -> {
        negated = negated == null ? new EnumMap<>(Stance.class) : negated;
        expectArgs(parts, 3, line, name);
        negated.put(label(parts[1], line, name),
            parts[2].equals("DROP") ? Optional.empty() : Optional.of(label(parts[2], line, name)));
      }
      case "@question" -> {
        question = question == null ? new EnumMap<>(Stance.class) : question;
        expectArgs(parts, 3, line, name);
        question.put(label(parts[1], line, name), label(parts[2], line, name));
      }
      default -> throw new IllegalArgumentException(name + " line " + line.number()
          + ": unknown directive " + parts[0] + " (expected @dominant, @priority, @negated, @question, @subject-target, @background)");
    }
  }

  private static List<Stance> labels(String[] parts, Resources.Line line, String name) {
    List<Stance> out = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      Stance label = label(parts[i], line, name);
      if (label == Stance.NONE) {
        throw new IllegalArgumentException(name + " line " + line.number()
            + ": NONE cannot appear in " + parts[0]);
      }
      out.add(label);
    }
    return List.copyOf(out);
  }

  private static void expectArgs(String[] parts, int n, Resources.Line line, String name) {
    if (parts.length != n) {
      throw new IllegalArgumentException(name + " line " + line.number()
          + ": expected '" + parts[0] + " LABEL LABEL', got '" + line.text() + "'");
    }
  }

  /** A label; NONE names a blocker pattern (see patterns.txt), never a stance that can win. */
  private static Stance label(String s, Resources.Line line, String name) {
    for (Stance label : Stance.values()) {
      if (label.name().equals(s)) {
        return label;
      }
    }
    throw new IllegalArgumentException(name + " line " + line.number() + ": unknown stance label '"
        + s + "' (expected one of ENGAGE, INTENT, APPEAL, DEMAND, CRITICIZE, REJECT, THREATEN, HALT,"
        + " or NONE for a blocker)");
  }
}
