package dev.parley.score;

import dev.parley.api.Stance;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable form of a {@link ScoreReport}. */
final class ReportTable {
  private static final String ROW = "%-38s %7.3f %7.3f %7.3f %7d %7d %7d%n";
  private static final String HEAD = "%-38s %7s %7s %7s %7s %7s %7s%n";

  private ReportTable() {}

  static String format(ScoreReport r) {
    StringBuilder out = new StringBuilder();
    counts(out, r.counts());
    measures(out, r);
    stanceLabels(out, r.stance());
    confusion(out, r.stance());
    warnings(out, r.warnings());
    return out.toString();
  }

  private static void counts(StringBuilder out, ScoreCounts c) {
    out.append("Parley accuracy (CONTRACT.md section 4)\n");
    append(out, "%-38s %7d%n", "gold articles", c.articles());
    append(out, "%-38s %7d   (content not found: %d)%n", "gold statements", c.goldStatements(), c.goldNotFound());
    append(out, "%-38s %7d   (ignored, article not in gold: %d)%n", "predictions", c.predictions(), c.ignoredPredictions());
    append(out, "%-38s %7d%n%n", "matched pairs", c.matched());
  }

  private static void measures(StringBuilder out, ScoreReport r) {
    append(out, HEAD, "measure", "P", "R", "F1", "hits", "pred", "gold");
    measure(out, "attribution (speaker)", r.attribution());
    measure(out, "event dates, matched statements", r.eventDates());
    measure(out, "event dates, all statements (strict)", r.eventDatesAll());
    out.append('\n');
    Accuracy d = r.statementDate();
    append(out, "%-38s %7.3f   (%d of %d matched with a gold date)%n", "statement date accuracy", d.value(), d.correct(), d.n());
    List<Stance> averaged = r.stance().labelsInAverage();
    append(out, "%-38s %7.3f   (over %d labels: %s)%n%n", "stance macro-F1", r.stanceMacroF1(), averaged.size(), labels(averaged));
  }

  private static void measure(StringBuilder out, String name, FMeasure f) {
    append(out, ROW, name, f.precision(), f.recall(), f.f1(), f.truePositives(), f.predicted(), f.gold());
  }

  private static void stanceLabels(StringBuilder out, StanceConfusion c) {
    append(out, HEAD, "stance label (matched statements)", "P", "R", "F1", "hits", "pred", "gold");
    List<Stance> averaged = c.labelsInAverage();
    for (Map.Entry<Stance, FMeasure> e : c.perLabel().entrySet()) {
      String name = e.getKey().name() + (averaged.contains(e.getKey()) ? "" : " (not in average)");
      measure(out, name, e.getValue());
    }
    out.append('\n');
  }

  private static void confusion(StringBuilder out, StanceConfusion c) {
    out.append("stance confusion (rows gold, columns predicted)\n");
    append(out, "%-10s", "");
    for (Stance p : Stance.values()) {
      append(out, " %9s", p.name());
    }
    out.append('\n');
    for (Stance g : Stance.values()) {
      append(out, "%-10s", g.name());
      for (Stance p : Stance.values()) {
        append(out, " %9d", c.count(g, p));
      }
      out.append('\n');
    }
  }

  private static void warnings(StringBuilder out, List<String> warnings) {
    append(out, "%nwarnings: %d%n", warnings.size());
    for (String w : warnings) {
      out.append("  ").append(w).append('\n');
    }
  }

  private static String labels(List<Stance> labels) {
    return labels.isEmpty() ? "none" : String.join(" ", labels.stream().map(Stance::name).toList());
  }

  /** Locale.ROOT: a decimal point whatever the machine's locale, so output is the same everywhere. */
  private static void append(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args));
  }
}
