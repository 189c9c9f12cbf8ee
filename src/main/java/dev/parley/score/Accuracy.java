package dev.parley.score;

/** Share of correct items; 0 when there are none (see {@code n} to tell). */
public record Accuracy(int correct, int n) {

  public Accuracy {
    if (correct < 0 || correct > n) {
      throw new IllegalArgumentException(String.format("Invalid counts: correct=%d n=%d", correct, n));
    }
  }

  public double value() {
    return FMeasure.ratio(correct, n);
  }
}
