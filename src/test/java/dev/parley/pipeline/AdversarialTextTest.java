package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Article;
import dev.parley.api.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole NLP core on hostile texts of about a megabyte: each must finish (the limit is a guard
 * against runaway matching, generous for busy build machines, not a benchmark) and every
 * statement must point inside its text.
 */
class AdversarialTextTest {
  private static final StatementPipeline PIPELINE = new StatementPipeline();
  // A sentence of KCNA, 2024 (../shared/eval/kcna-2023-2024, CC0).
  private static final String KCNA = "The spokesman said the DPRK will never sit with the U.S. for talks. ";

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("unclosed quote of 1 MB", "He said \"" + "words without end ".repeat(60_000)),
        Arguments.of("10,000 said", "said ".repeat(10_000)),
        Arguments.of("10,000 'X said Y' sentences", KCNA.repeat(10_000)),
        Arguments.of("100,000 quote marks", "\"".repeat(100_000)),
        Arguments.of("100,000 curly quotes and cues", "“a,” he said. ".repeat(8_000)),
        Arguments.of("a single 1 MB token", "x".repeat(1_000_000)),
        Arguments.of("NUL and control bytes", (KCNA + "\u0000\u0001\u0002").repeat(5_000)),
        Arguments.of("invalid surrogates", (KCNA + "\uD800 \uDFFF ").repeat(5_000)),
        Arguments.of("mixed line endings", (KCNA + "\r\n" + KCNA + "\r" + KCNA + "\n\n").repeat(3_000)),
        Arguments.of("right-to-left marks", ("\u202E" + KCNA + "\u200F\u202C").repeat(5_000)),
        Arguments.of("dates everywhere", "On October 5, 2019, Oct. 5 and 5 October, said Tuesday. ".repeat(10_000)),
        Arguments.of("according to, nested", "according to " .repeat(20_000) + "X, Y."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void finishesAndKeepsOffsetsInside(String name, String text) {
    List<Statement> statements = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> PIPELINE.extract(Article.of("adversarial", LocalDate.of(2024, 11, 8), text)), name);
    for (Statement s : statements) {
      assertTrue(s.charStart() >= 0 && s.charEnd() <= text.length() && s.charStart() <= s.charEnd(), name);
      assertEquals(text.substring(s.charStart(), s.charEnd()), s.content(), name);
    }
  }
}
