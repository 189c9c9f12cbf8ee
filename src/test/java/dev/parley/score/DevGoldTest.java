package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Stance;
import dev.parley.api.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real development gold, ../shared/eval/parley-gold (skipped where it is not present). */
class DevGoldTest {
  private static final Path DIR = dev.parley.EvalData.dir("parley-gold");
  private static List<GoldArticle> gold;
  private static Map<String, String> texts;

  @BeforeAll
  static void read() throws Exception {
    Assumptions.assumeTrue(Files.exists(DIR.resolve("dev.jsonl")) && Files.exists(DIR.resolve("articles.jsonl")),
        "dev gold not present");
    gold = GoldReader.read(DIR.resolve("dev.jsonl"));
    texts = GoldReader.readTexts(DIR.resolve("articles.jsonl"));
  }

  @Test
  void everyGoldContentIsInItsText() {
    int statements = 0;
    for (GoldArticle a : gold) {
      String text = texts.get(a.articleId());
      assertTrue(text != null, "no text for " + a.articleId());
      for (GoldStatement s : a.statements()) {
        assertTrue(text.contains(s.content()), a.articleId() + ": " + s.content());
        statements++;
      }
    }
    assertTrue(statements > 100, "statements: " + statements);
  }

  @Test
  void goldAgainstItselfScoresOneEverywhere() {
    List<Statement> predictions = new ArrayList<>();
    for (GoldArticle a : gold) {
      predictions.addAll(a.toStatements(texts.get(a.articleId())));
    }
    ScoreReport r = Scorer.score(gold, texts, predictions);
    assertEquals(List.of(), r.warnings());
    assertEquals(predictions.size(), r.counts().matched());
    assertEquals(r.counts().goldStatements(), r.counts().matched());
    assertOne(r.attribution());
    assertOne(r.eventDates());
    assertOne(r.eventDatesAll());
    assertTrue(r.statementDate().n() > 0);
    assertEquals(1.0, r.statementDate().value());
    assertEquals(1.0, r.stanceMacroF1(), 1e-12);
    for (Stance label : r.stance().labelsInAverage()) {
      assertOne(r.stancePerLabel().get(label));
    }
    assertEquals(8, r.stance().labelsInAverage().size(), "dev uses every label");
  }

  private static void assertOne(FMeasure f) {
    assertTrue(f.gold() > 0, f.toString());
    assertEquals(1.0, f.precision(), f.toString());
    assertEquals(1.0, f.recall(), f.toString());
    assertEquals(1.0, f.f1(), 1e-12, f.toString());
  }
}
