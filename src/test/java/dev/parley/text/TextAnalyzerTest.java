package dev.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  // PolNeAR train (politico/wash-post 2016), shortened: titles, initials and dates the model ends sentences at.
  @Test
  void abbreviationsBeforeNamesAndNumbersEndNoSentence() {
    String text = "Texas Sen. Ted Cruz said he would run. Dennis B. Ross, another former envoy, said no."
        + " It happened on Oct. 5 in the capital. F.A.A. records show it.";
    AnalyzedText a = analyzer.analyze(text);
    List<String> s = a.sentences().stream().map(x -> x.of(text)).toList();
    assertEquals(List.of("Texas Sen. Ted Cruz said he would run.", "Dennis B. Ross, another former envoy, said no.",
        "It happened on Oct. 5 in the capital.", "F.A.A. records show it."), s);
    assertTrue(a.tokens().stream().anyMatch(t -> t.of(text).equals("Sen.")), "Sen. is one token");
  }

  @Test
  void aRealSentenceEndAfterAnInitialOrTitleWordStays() {
    String text = "He met Plan B. Then he left.";
    List<String> s = analyzer.analyze(text).sentences().stream().map(x -> x.of(text)).toList();
    assertEquals(List.of("He met Plan B.", "Then he left."), s);
  }

  // Reuters-21578 (reuters-4): wire copy wraps its lines and opens each paragraph with an indent.
  @Test
  void anIndentedLineOpensAParagraph() {
    String text = "    It stands to lose 200 mln\ndlrs, said Joseph\nArsenio, analyst with Birr, Wilson and Co.\n"
        + "    He noted, however, that any potential losses would not show\nup in the current quarter.";
    List<Span> s = analyzer.analyze(text).sentences();
    assertEquals(2, s.size(), s.toString());
    assertTrue(s.get(1).of(text).startsWith("He noted"));
  }

  // KCNA 2011 (kcna-2011-11141): the feed writes "adding:, ," which the tokenizer keeps as one word.
  @Test
  void aColonIsSplitFromTheWordBeforeIt() {
    String text = "This has been a main cause, the article said, adding:, ,  One party's accusations harmed it.";
    List<String> tokens = analyzer.analyze(text).tokens().stream().map(t -> t.of(text)).toList();
    assertTrue(tokens.contains("adding") && tokens.contains(":"), tokens.toString());
  }

  // PolNeAR dev (huff-post 2016), shortened: a party and state tag closing with ".)" before a lower-case word.
  @Test
  void aPartyAndStateTagEndsNoSentence() {
    String text = "Sen. David Perdue (R-Ga.) said he didn't believe it. The end.";
    List<String> s = analyzer.analyze(text).sentences().stream().map(x -> x.of(text)).toList();
    assertEquals(List.of("Sen. David Perdue (R-Ga.) said he didn't believe it.", "The end."), s);
  }

  // PolNeAR dev (west journal 2016): a party tag between commas; a sentence never ends at a comma.
  @Test
  void aSentenceEndsAtNoComma() {
    String text = "Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday. The end.";
    List<String> s = analyzer.analyze(text).sentences().stream().map(x -> x.of(text)).toList();
    assertEquals(List.of("Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "The end."), s);
  }

  // PolNeAR dev (huff-post 2016): a quote signed with a dash glued to its closing mark.
  @Test
  void aDashEndsNoSentence() {
    String text = "\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla\n\nNext.";
    List<String> s = analyzer.analyze(text).sentences().stream().map(x -> x.of(text)).toList();
    assertEquals("\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla", s.get(0));
  }

  // PolNeAR train (huff-post 2016): dotted initials before a surname.
  @Test
  void dottedInitialsAfterATitleEndNoSentence() {
    String text = "CBC Chairman G.K. Butterfield of North Carolina said it. He left in the U.S. The end.";
    List<String> s = analyzer.analyze(text).sentences().stream().map(x -> x.of(text)).toList();
    assertEquals("CBC Chairman G.K. Butterfield of North Carolina said it.", s.get(0));
  }

  // KCNA 2011 (kcna-2011-10789): "it urged.," comes out of the tokenizer as one word.
  @Test
  void aPeriodStuckToALowerCaseWordIsItsOwnToken() {
    String text = "They should respond to the proposal, it urged., \r, etc. is kept.";
    List<String> tokens = analyzer.analyze(text).tokens().stream().map(t -> t.of(text)).toList();
    assertTrue(tokens.contains("urged") && !tokens.contains("urged."), tokens.toString());
  }

  @Test
  void wordsPeeledOfMarksSplitAsTheModelSplitsThem() throws IOException {
    // Every white-space word of the sample data (KCNA 2024, data/SOURCE.md) that the fast path takes.
    // The model disagrees on a handful, each a mark it leaves stuck to a word ("(KYLJ)" as "(" "KYLJ)").
    int peeled = 0;
    List<String> disagreements = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("data/kcna-2024-sample.jsonl"))) {
      JsonNode article = Json.MAPPER.readTree(line);
      String text = article.get("text").asText();
      for (String word : text.split("\\s+")) {
        List<Span> fast = new ArrayList<>();
        if (word.isEmpty() || TextAnalyzer.isPlainWord(word, 0, word.length())
            || !TextAnalyzer.peeledTokens(word, 0, word.length(), fast)) {
          continue;
        }
        List<Span> model = new ArrayList<>();
        analyzer.modelTokens(word, 0, word.length(), model);
        if (!model.equals(fast)) {
          disagreements.add(word);
          assertTrue(fast.size() > model.size(), word + ": the fast path splits off every mark");
        }
        peeled++;
      }
    }
    assertTrue(peeled > 5_000, "words taken by the fast path: " + peeled);
    assertTrue(disagreements.size() * 1_000 < peeled, disagreements.toString());
  }

  @Test
  void marksAroundAPlainWordAreTokensOfTheirOwn() {
    String text = "(KCNA) said, \u201cno\u201d; talks.\" U.S. Oct. leaders' it's";
    List<String> tokens = analyzer.analyze(text).tokens().stream().map(t -> t.of(text)).toList();
    assertEquals(List.of("(", "KCNA", ")", "said", ",", "\u201c", "no", "\u201d", ";", "talks", ".", "\""),
        tokens.subList(0, 12));
    List<Span> none = new ArrayList<>();
    for (String word : List.of("U.S.", "Oct.", "leaders'", "it's", "1987.", "(-)")) {
      assertTrue(!TextAnalyzer.peeledTokens(word, 0, word.length(), none), word);
    }
    assertTrue(none.isEmpty());
  }
}
