package dev.parley.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words that change a pattern's meaning by their scope (resource scope-words.txt): negators,
 * words that cancel a negator right before them ("not hesitate", "not only"), and words that
 * open a condition ("if", "unless") or close it before the clause ends ("then"), and words that
 * open a temporal clause setting the scene ("after they broke off", "when Brazil suspended").
 */
final class ScopeWords {
  private static final String RESOURCE = "/dev/parley/stance/scope-words.txt";
  private static volatile ScopeWords defaults;

  private final Set<String> negators = new HashSet<>();
  private final List<String> negatorSuffixes = new ArrayList<>();
  private final List<StancePattern.Atom> cancellers = new ArrayList<>();
  private final Set<String> conditions = new HashSet<>();
  private final Set<String> conditionEnds = new HashSet<>();
  private final Set<String> temporals = new HashSet<>();

  static ScopeWords defaults() {
    if (defaults == null) {
      synchronized (ScopeWords.class) {
        if (defaults == null) {
          defaults = new ScopeWords(Resources.lines(RESOURCE));
        }
      }
    }
    return defaults;
  }

  private ScopeWords(List<Resources.Line> lines) {
    for (Resources.Line line : lines) {
      String[] kv = Resources.keyValue(line, RESOURCE);
      String word = kv[1].toLowerCase(java.util.Locale.ROOT);
      switch (kv[0]) {
        case "NEGATOR" -> {
          if (word.startsWith("*")) {
            negatorSuffixes.add(word.substring(1));
          } else {
            negators.add(word);
          }
        }
        case "CANCELS" -> cancellers.add(word.endsWith("*")
            ? new StancePattern.Atom(word.substring(0, word.length() - 1), true)
            : new StancePattern.Atom(word, false));
        case "CONDITION" -> conditions.add(word);
        case "CONDITION_END" -> conditionEnds.add(word);
        case "TEMPORAL" -> temporals.add(word);
        default -> throw new IllegalArgumentException(RESOURCE + " line " + line.number()
            + ": unknown kind '" + kv[0] + "' (expected NEGATOR, CANCELS, CONDITION, CONDITION_END, TEMPORAL)");
      }
    }
  }

  /** Whether token {@code i} negates what follows it (a negator not cancelled by the next word). */
  boolean negates(List<Token> tokens, int i) {
    if (!isNegator(tokens.get(i).word())) {
      return false;
    }
    if (i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).word();
      for (StancePattern.Atom c : cancellers) {
        if (c.matches(next)) {
          return false;
        }
      }
    }
    return true;
  }

  boolean isNegator(String word) {
    if (negators.contains(word)) {
      return true;
    }
    for (String suffix : negatorSuffixes) {
      if (word.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  boolean closesCondition(String word) {
    return conditionEnds.contains(word);
  }

  boolean opensCondition(String word) {
    return conditions.contains(word);
  }

  boolean opensTemporalClause(String word) {
    return temporals.contains(word);
  }
}
