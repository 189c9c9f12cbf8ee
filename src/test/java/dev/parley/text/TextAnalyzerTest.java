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

  @Test
  void plainWordsStandAndPunctuatedWordsGoToTheModel() {
    // Reuters-21578 style: a company name, a quoted phrase, a number with a unit, a possessive.
    String text = "CarePlus said \"it's done,\" the DPRK's 150kg shell hit Seoul.";
    List<String> tokens = new TextAnalyzer().analyze(text).tokens().stream().map(t -> t.of(text)).toList();
    assertTrue(tokens.contains("CarePlus"), tokens.toString());
    assertTrue(tokens.containsAll(List.of("\"", "done", ",", "150", "kg", "Seoul", ".")), tokens.toString());
  }

  @Test
  void plainWordIsLettersOnlyOrDigitsOnly() {
    assertTrue(TextAnalyzer.isPlainWord("Pyongyang", 0, 9));
    assertTrue(TextAnalyzer.isPlainWord("2397", 0, 4));
    assertTrue(TextAnalyzer.isPlainWord(",", 0, 1));
    assertEquals(false, TextAnalyzer.isPlainWord("150kg", 0, 5));
    assertEquals(false, TextAnalyzer.isPlainWord("U.S.", 0, 4));
    assertEquals(false, TextAnalyzer.isPlainWord("said:", 0, 5));
  }
}
