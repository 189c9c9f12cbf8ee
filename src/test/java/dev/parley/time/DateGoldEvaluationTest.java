package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A floor on the dev gold figures, a little below those reached, so a regression shows. */
class DateGoldEvaluationTest {
  @Test
  void devGoldFiguresStayAboveFloor() throws Exception {
    assumeTrue(Files.isRegularFile(DateGoldEvaluation.GOLD_DIR.resolve("dev.jsonl")), "no gold in /work/shared/eval");
    DateGoldEvaluation.Result r =
        DateGoldEvaluation.run(
            DateGoldEvaluation.GOLD_DIR.resolve("dev.jsonl"),
            DateGoldEvaluation.GOLD_DIR.resolve("articles.jsonl"));
    // The disagreements, for whoever tunes the rules (when run by Maven from the project root).
    if (Files.isDirectory(java.nio.file.Path.of("target"))) {
      Files.write(java.nio.file.Path.of("target/date-eval-errors.txt"), r.errors());
    }
    System.out.println("[DateGoldEvaluation] " + r.summary());
    // Reached: accuracy 0.941, event P 1.000 (29/29), R 0.906 (29/32) (cue sentences approximated,
    // see DateGoldEvaluation). The floors are the project's targets: one event day less is R 0.875.
    assertTrue(r.accuracy() >= 0.92, r.summary());
    assertTrue(r.eventPrecision() >= 0.90, r.summary());
    assertTrue(r.eventRecall() >= 0.85, r.summary());
  }
}
