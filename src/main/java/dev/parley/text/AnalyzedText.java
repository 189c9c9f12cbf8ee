package dev.parley.text;

import java.util.List;

/** A text with its sentences and tokens, as spans into {@link #text()}. */
public record AnalyzedText(String text, List<Span> sentences, List<Span> tokens) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** The index of the sentence holding {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
