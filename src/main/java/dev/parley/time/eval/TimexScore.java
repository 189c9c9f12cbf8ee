package dev.parley.time.eval;

import dev.parley.time.eval.TimeMlDocument.Timex;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts for TIMEX3 scoring in the manner of the TempEval-3 evaluation: strict span match (same
 * offsets), relaxed span match (any overlap, each expression matched at most once), and the value
 * and type attributes over relaxed matches. An attribute's precision is the correct attributes over
 * the predicted expressions, its recall the correct attributes over the gold ones. Values are
 * compared as exact strings, as the TempEval-3 scorer compares attribute values: TimeBank's own
 * variants ("1989-WXX" for a week it did not resolve, "2000-W7" unpadded, "1968-XX") count as
 * misses, and no rule imitates them.
 */
public record TimexScore(int gold, int predicted, int strict, int relaxed, int valueCorrect, int typeCorrect) {
  public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

  /** The counts of one document. */
  public static TimexScore of(List<Timex> goldTimexes, List<Timex> predictedTimexes) {
    boolean[] goldUsed = new boolean[goldTimexes.size()];
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (Timex p : predictedTimexes) {
      int match = bestMatch(goldTimexes, goldUsed, p);
      if (match < 0) {
        continue;
      }
      goldUsed[match] = true;
      Timex g = goldTimexes.get(match);
      relaxed++;
      if (g.start() == p.start() && g.end() == p.end()) {
        strict++;
      }
      if (g.value() != null && g.value().equals(p.value())) {
        value++;
      }
      if (Objects.equals(g.type(), p.type())) {
        type++;
      }
    }
    return new TimexScore(goldTimexes.size(), predictedTimexes.size(), strict, relaxed, value, type);
  }

  /** An unused overlapping gold expression, the exact one first; -1 when none. */
  private static int bestMatch(List<Timex> gold, boolean[] used, Timex p) {
    int overlap = -1;
    for (int i = 0; i < gold.size(); i++) {
      Timex g = gold.get(i);
      if (used[i] || g.end() <= p.start() || g.start() >= p.end()) {
        continue;
      }
      if (g.start() == p.start() && g.end() == p.end()) {
        return i;
      }
      if (overlap < 0) {
        overlap = i;
      }
    }
    return overlap;
  }

  public TimexScore plus(TimexScore o) {
    return new TimexScore(gold + o.gold, predicted + o.predicted, strict + o.strict, relaxed + o.relaxed,
        valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect);
  }

  public double strictF1() {
    return f1(strict, strict);
  }

  public double relaxedF1() {
    return f1(relaxed, relaxed);
  }

  public double valueF1() {
    return f1(valueCorrect, valueCorrect);
  }

  public double typeF1() {
    return f1(typeCorrect, typeCorrect);
  }

  /** Rows "measure P R F1" for the strict and relaxed spans, value and type. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %7s %7s %7s%n", "", "P", "R", "F1"));
    row(sb, "strict", strict);
    row(sb, "relaxed", relaxed);
    row(sb, "value", valueCorrect);
    row(sb, "type", typeCorrect);
    sb.append(String.format(Locale.ROOT, "gold %d, predicted %d, relaxed matches %d, value accuracy %.4f, type accuracy %.4f",
        gold, predicted, relaxed, ratio(valueCorrect, relaxed), ratio(typeCorrect, relaxed)));
    return sb.toString();
  }

  private void row(StringBuilder sb, String name, int correct) {
    sb.append(String.format(Locale.ROOT, "%-8s %7.4f %7.4f %7.4f%n", name, ratio(correct, predicted),
        ratio(correct, gold), f1(correct, correct)));
  }

  private double f1(int correctPredicted, int correctGold) {
    double p = ratio(correctPredicted, predicted);
    double r = ratio(correctGold, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
