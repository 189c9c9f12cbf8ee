package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.api.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceConfusionTest {
  private static final double EPS = 1e-9;

  private static StanceConfusion of(Stance[][] pairs) {
    int n = Stance.values().length;
    int[][] counts = new int[n][n];
    for (Stance[] p : pairs) {
      counts[p[0].ordinal()][p[1].ordinal()]++;
    }
    return new StanceConfusion(counts);
  }

  @Test
  void noneIsNeverALabelButStillAMissOrAWrongPrediction() {
    StanceConfusion c = of(new Stance[][] {
        {Stance.THREATEN, Stance.THREATEN},
        {Stance.THREATEN, Stance.DEMAND},
        {Stance.NONE, Stance.CRITICIZE},
        {Stance.CRITICIZE, Stance.NONE},
        {Stance.NONE, Stance.NONE}});
    // THREATEN: tp 1, pred 1, gold 2 -> F1 2/3. CRITICIZE: tp 0 -> 0. DEMAND only predicted -> 0.
    // HALT and the others occur nowhere: not averaged. NONE is never averaged.
    assertEquals(List.of(Stance.DEMAND, Stance.CRITICIZE, Stance.THREATEN), c.labelsInAverage());
    assertEquals(new FMeasure(0, 1, 1), c.perLabel().get(Stance.CRITICIZE));
    assertEquals(new FMeasure(0, 1, 0), c.perLabel().get(Stance.DEMAND));
    assertEquals((2.0 / 3) / 3, c.macroF1(), EPS);
  }

  @Test
  void onlyNoneGivesNoLabelsAndZero() {
    StanceConfusion c = of(new Stance[][] {{Stance.NONE, Stance.NONE}});
    assertEquals(List.of(), c.labelsInAverage());
    assertEquals(0.0, c.macroF1(), EPS);
  }
}
