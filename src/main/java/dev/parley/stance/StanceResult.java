package dev.parley.stance;

import dev.parley.api.Stance;
import java.util.List;

/**
 * The stance of one statement: its label, the words that carried it (exact substrings of the
 * article text, in order of appearance; empty for NONE) and who it is about (ISO alpha-3 for a
 * country, else null).
 */
public record StanceResult(Stance stance, List<String> cues, String target) {
  public StanceResult {
    cues = List.copyOf(cues);
  }

  static StanceResult none() {
    return new StanceResult(Stance.NONE, List.of(), null);
  }
}
