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

  static Stream<Arguments> texts() {
    return AdversarialTexts.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
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
