package dev.parley.score;

/**
 * Precision, recall and F1 from counts, like OpenNLP's {@code FMeasure}. A ratio with a zero
 * denominator is 0 (nothing predicted means no precision to claim), as scikit-learn's
 * {@code zero_division=0}; the counts are kept so a reader can tell "0 of 0" from "0 of 10".
 *
 * @param truePositives items both predicted and in gold
 * @param predicted all predicted items
 * @param gold all gold items
 */
public record FMeasure(int truePositives, int predicted, int gold) {

  public FMeasure {
    if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
      throw new IllegalArgumentException(
          String.format("Invalid counts: tp=%d predicted=%d gold=%d", truePositives, predicted, gold));
    }
  }

  public double precision() {
    return ratio(truePositives, predicted);
  }

  public double recall() {
    return ratio(truePositives, gold);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
