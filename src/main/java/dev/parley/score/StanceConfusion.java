package dev.parley.score;

import dev.parley.api.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gold x predicted stance counts over matched statements, rows and columns in the order of
 * {@link Stance}. Per-label scores and the macro-F1 of CONTRACT.md section 4 derive from it:
 * NONE is never scored as a label, but a NONE on either side still counts as a miss or a wrong
 * prediction for the other label.
 */
public final class StanceConfusion {
  private static final Stance[] LABELS = Stance.values();

  private final int[][] counts;

  /** Takes a copy of a square matrix indexed by {@link Stance#ordinal()}. */
  public StanceConfusion(int[][] counts) {
    if (counts.length != LABELS.length) {
      throw new IllegalArgumentException("Expected " + LABELS.length + " rows, got " + counts.length);
    }
    this.counts = new int[LABELS.length][];
    for (int g = 0; g < LABELS.length; g++) {
      if (counts[g].length != LABELS.length) {
        throw new IllegalArgumentException("Row " + g + " has " + counts[g].length + " columns");
      }
      this.counts[g] = counts[g].clone();
    }
  }

  public int count(Stance gold, Stance predicted) {
    return counts[gold.ordinal()][predicted.ordinal()];
  }

  /** The matrix, one row per gold label, as a fresh copy. */
  public List<List<Integer>> rows() {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] row : counts) {
      List<Integer> r = new ArrayList<>();
      for (int c : row) {
        r.add(c);
      }
      out.add(Collections.unmodifiableList(r));
    }
    return Collections.unmodifiableList(out);
  }

  public int goldCount(Stance label) {
    int n = 0;
    for (Stance p : LABELS) {
      n += count(label, p);
    }
    return n;
  }

  public int predictedCount(Stance label) {
    int n = 0;
    for (Stance g : LABELS) {
      n += count(g, label);
    }
    return n;
  }

  /** P/R/F1 of each label but NONE, in enum order. */
  public Map<Stance, FMeasure> perLabel() {
    Map<Stance, FMeasure> out = new EnumMap<>(Stance.class);
    for (Stance label : LABELS) {
      if (label != Stance.NONE) {
        out.put(label, new FMeasure(count(label, label), predictedCount(label), goldCount(label)));
      }
    }
    return out;
  }

  /** The labels averaged by {@link #macroF1()}: not NONE, and seen in gold or in predictions. */
  public List<Stance> labelsInAverage() {
    List<Stance> out = new ArrayList<>();
    for (Stance label : LABELS) {
      if (label != Stance.NONE && (goldCount(label) > 0 || predictedCount(label) > 0)) {
        out.add(label);
      }
    }
    return out;
  }

  /** Mean F1 over {@link #labelsInAverage()}; 0 when no label occurs. */
  public double macroF1() {
    List<Stance> labels = labelsInAverage();
    Map<Stance, FMeasure> scores = perLabel();
    double sum = 0;
    for (Stance label : labels) {
      sum += scores.get(label).f1();
    }
    return labels.isEmpty() ? 0 : sum / labels.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StanceConfusion other && Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "StanceConfusion" + Arrays.deepToString(counts);
  }
}
