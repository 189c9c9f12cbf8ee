package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words as the baselines count them, without Spark. */
class WordCountBaselineTest {
  // KCNA 2011-2012, kcna-2011-00024.
  static final String SENTENCE = "1,050 becquerels of radioactive cesium at the maximum was detected in rice harvested at "
      + "three farms in Fukushima Prefecture, the prefectural authorities said on the same day.";

  @Test
  void openNlpSplitsPunctuationOffWords() {
    List<String> words = WordCountBaseline.words(SENTENCE, WordCountBaseline.Tokenizer.OPENNLP, new TextAnalyzer());
    assertEquals(List.of("1,050", "becquerels", "of", "radioactive", "cesium", "at", "the", "maximum", "was", "detected",
        "in", "rice", "harvested", "at", "three", "farms", "in", "fukushima", "prefecture", "the", "prefectural",
        "authorities", "said", "on", "the", "same", "day"), words);
  }

  @Test
  void whiteSpaceKeepsPunctuationOnWords() {
    List<String> words = WordCountBaseline.words(SENTENCE, WordCountBaseline.Tokenizer.WHITESPACE, null);
    assertEquals(27, words.size());
    assertEquals("prefecture,", words.get(18));
    assertEquals("day.", words.get(26));
  }

  @Test
  void tokensWithoutALetterOrDigitAreNotWords() {
    assertEquals(List.of("-0-"), WordCountBaseline.words(" -- \" -0- ...", WordCountBaseline.Tokenizer.WHITESPACE, null));
  }
}
