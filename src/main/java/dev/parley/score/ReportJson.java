package dev.parley.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.api.Json;
import dev.parley.api.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The machine-readable form of a {@link ScoreReport}: nested sorted maps written by {@link Json#MAPPER}. */
final class ReportJson {

  private ReportJson() {}

  static String format(ScoreReport r) {
    Map<String, Object> root = new TreeMap<>();
    root.put("counts", counts(r.counts()));
    root.put("attribution", measure(r.attribution()));
    root.put("event_dates", measure(r.eventDates()));
    root.put("event_dates_all", measure(r.eventDatesAll()));
    root.put("statement_date", accuracy(r.statementDate()));
    root.put("stance", stance(r.stance()));
    root.put("warnings", r.warnings());
    try {
      return Json.MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write score report as JSON", e);
    }
  }

  private static Map<String, Object> counts(ScoreCounts c) {
    Map<String, Object> m = new TreeMap<>();
    m.put("articles", c.articles());
    m.put("gold_statements", c.goldStatements());
    m.put("gold_not_found", c.goldNotFound());
    m.put("predictions", c.predictions());
    m.put("predictions_ignored", c.ignoredPredictions());
    m.put("matched", c.matched());
    return m;
  }

  private static Map<String, Object> measure(FMeasure f) {
    Map<String, Object> m = new TreeMap<>();
    m.put("precision", f.precision());
    m.put("recall", f.recall());
    m.put("f1", f.f1());
    m.put("true_positives", f.truePositives());
    m.put("predicted", f.predicted());
    m.put("gold", f.gold());
    return m;
  }

  private static Map<String, Object> accuracy(Accuracy a) {
    Map<String, Object> m = new TreeMap<>();
    m.put("accuracy", a.value());
    m.put("correct", a.correct());
    m.put("n", a.n());
    return m;
  }

  private static Map<String, Object> stance(StanceConfusion c) {
    Map<String, Object> perLabel = new TreeMap<>();
    c.perLabel().forEach((label, f) -> perLabel.put(label.name(), measure(f)));
    List<String> labels = new ArrayList<>();
    for (Stance s : Stance.values()) {
      labels.add(s.name());
    }
    Map<String, Object> confusion = new TreeMap<>();
    confusion.put("labels", labels);
    confusion.put("rows_gold_columns_predicted", c.rows());
    Map<String, Object> m = new TreeMap<>();
    m.put("macro_f1", c.macroF1());
    m.put("labels_in_average", c.labelsInAverage().stream().map(Stance::name).toList());
    m.put("per_label", perLabel);
    m.put("confusion", confusion);
    return m;
  }
}
