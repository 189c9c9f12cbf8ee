package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Floors on the parley-gold dev half, a little below what the extractor reaches. */
class DevEvaluationTest {
  @Test
  void attributionFloors() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DevEvaluation.GOLD_DIR), "parley-gold not present");
    DevEvaluation.Score s = DevEvaluation.run(false);
    assertTrue(s.precision() >= 0.770, "precision " + s.precision());
    assertTrue(s.recall() >= 0.682, "recall " + s.recall());
  }
}
