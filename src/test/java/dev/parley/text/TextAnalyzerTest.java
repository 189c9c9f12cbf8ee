package dev.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  // From ../shared/eval/kcna-2023-2024/articles.jsonl (KCNA, CC0 archive): a dateline, two sentences.
  @Test
  void splitsSentencesAndKeepsOffsets() {
    String text =
        "Pyongyang, November 8 (KCNA) -- The U.S. is making desperate efforts. "
            + "It said it would respond.\n\nA new paragraph without a period\nends here.";
    AnalyzedText a = analyzer.analyze(text);
    List<Span> s = a.sentences();
    assertTrue(s.size() >= 3, "sentences: " + s);
    assertEquals("It said it would respond.", s.get(1).of(text));
    assertEquals("A new paragraph without a period\nends here.", s.get(s.size() - 1).of(text));
    for (Span t : a.tokens()) {
      assertTrue(t.length() > 0 && !Character.isWhitespace(text.charAt(t.start())));
    }
  }

  @Test
  void blankLineEndsASentenceEvenWithoutPeriod() {
    String text = "First paragraph has no period\n\nSecond one.";
    AnalyzedText a = analyzer.analyze(text);
    assertEquals(2, a.sentences().size());
    assertEquals(1, a.sentenceAt(text.indexOf("Second")));
    assertEquals(-1, a.sentenceAt(text.indexOf("\n")));
  }

  @Test
  void veryLongStringsAreOneTokenEach() {
    String url = "http://www.kcna.kp/en/article/q/" + "f".repeat(5_000) + ".kcmsf";
    String text = "He said " + url + " and " + "\"".repeat(100_000) + " here.";
    AnalyzedText a = analyzer.analyze(text);
    assertTrue(a.tokens().contains(new Span(text.indexOf("http"), text.indexOf("http") + url.length())));
    assertTrue(a.tokens().stream().anyMatch(t -> t.length() == 100_000));
    assertEquals("He", a.tokens().get(0).of(text));
  }
}
