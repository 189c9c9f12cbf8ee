package dev.parley.score;

import dev.parley.api.Stance;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one scoring run (CONTRACT.md section 4).
 *
 * @param counts what was scored
 * @param attribution matched pairs with the right speaker, over all predictions and all gold
 * @param statementDate matched pairs whose gold statement date is known: predicted date equal
 * @param eventDates (statement, date) pairs of matched statements only
 * @param eventDatesAll the stricter variant: same hits, over the pairs of all predictions and all
 *     gold statements
 * @param stance gold x predicted stance of matched pairs; per-label scores and macro-F1 derive
 *     from it
 * @param warnings gold content not found, missing texts, invalid predicted spans; in gold order
 */
public record ScoreReport(
    ScoreCounts counts,
    FMeasure attribution,
    Accuracy statementDate,
    FMeasure eventDates,
    FMeasure eventDatesAll,
    StanceConfusion stance,
    List<String> warnings) {

  public ScoreReport {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(stance, "stance");
    warnings = List.copyOf(warnings);
  }

  /** Stance macro-F1 over the labels (not NONE) seen among matched statements. */
  public double stanceMacroF1() {
    return stance.macroF1();
  }

  /** Stance P/R/F1 per label, NONE left out, in enum order. */
  public Map<Stance, FMeasure> stancePerLabel() {
    return stance.perLabel();
  }

  /** A fixed-width table, three decimals, the same bytes for the same report. */
  public String toTable() {
    return ReportTable.format(this);
  }

  /** One JSON object, keys sorted, ratios unrounded, counts beside them. */
  public String toJson() {
    return ReportJson.format(this);
  }
}
