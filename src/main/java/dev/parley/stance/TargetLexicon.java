package dev.parley.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names that identify a target (resource targets.txt): "U.S." or "Washington" is USA. Phrases
 * are matched over words, longest first at each position.
 */
final class TargetLexicon {
  private static final String RESOURCE = "/dev/parley/stance/targets.txt";
  private static volatile TargetLexicon defaults;

  /** A target named at tokens [start, end). */
  record Mention(String target, int start, int end) {}

  private final Map<String, List<Map.Entry<List<String>, String>>> byFirstWord = new HashMap<>();

  static TargetLexicon defaults() {
    if (defaults == null) {
      synchronized (TargetLexicon.class) {
        if (defaults == null) {
          defaults = new TargetLexicon(Resources.lines(RESOURCE));
        }
      }
    }
    return defaults;
  }

  private TargetLexicon(List<Resources.Line> lines) {
    for (Resources.Line line : lines) {
      String[] kv = Resources.keyValue(line, RESOURCE);
      List<String> words = Tokenizer.words(kv[1]);
      if (words.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": empty name");
      }
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(Map.entry(words, kv[0]));
    }
    // Longest phrase first, so "south korea" wins over "korea".
    for (List<Map.Entry<List<String>, String>> list : byFirstWord.values()) {
      list.sort((a, b) -> b.getKey().size() - a.getKey().size());
    }
  }

  List<Mention> mentions(List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = mentionAt(tokens, i);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private Mention mentionAt(List<Token> tokens, int i) {
    for (Map.Entry<List<String>, String> e : byFirstWord.getOrDefault(tokens.get(i).word(), List.of())) {
      List<String> words = e.getKey();
      if (i + words.size() <= tokens.size() && matches(words, tokens, i)) {
        return new Mention(e.getValue(), i, i + words.size());
      }
    }
    return null;
  }

  private static boolean matches(List<String> words, List<Token> tokens, int i) {
    for (int j = 0; j < words.size(); j++) {
      if (!tokens.get(i + j).word().equals(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}
