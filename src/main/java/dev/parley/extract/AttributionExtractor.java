package dev.parley.extract;

import dev.parley.text.AnalyzedText;
import java.util.List;

/**
 * Finds reporting acts (who said what) in a text: direct quotes, indirect speech ("X said that
 * Y", "Y, X said", "according to X, Y") and state-media forms ("The commentary says: ...").
 * Cue words, countries and speaker words are resource files of this package, loaded once per JVM.
 * An instance holds no per-text state; it is cheap and thread-safe.
 */
public final class AttributionExtractor {
  public AttributionExtractor() {
    Lexicon.get();
  }

  /** All reporting acts in the text, sorted by content start; title may be null. */
  public List<Attribution> find(AnalyzedText text) {
    return new ArticlePass(text).run();
  }
}
