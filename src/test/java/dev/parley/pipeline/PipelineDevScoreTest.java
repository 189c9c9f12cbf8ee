package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Article;
import dev.parley.api.Json;
import dev.parley.api.Statement;
import dev.parley.score.GoldReader;
import dev.parley.score.ScoreReport;
import dev.parley.score.Scorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole NLP core on the Parley dev gold, scored with the project's scorer: floors a little
 * under the figures in the README, so that a change that loses accuracy fails the build. The
 * same figures come from {@code parley run} + {@code parley score} (the README command).
 */
class PipelineDevScoreTest {
  static final Path GOLD_DIR = dev.parley.EvalData.dir("parley-gold");

  @Test
  void devScoresStayAboveTheirFloors() throws IOException {
    Path gold = GOLD_DIR.resolve("dev.jsonl");
    Path articles = GOLD_DIR.resolve("articles.jsonl");
    assumeTrue(Files.exists(gold) && Files.exists(articles), "no ../shared/eval/parley-gold here");

    StatementPipeline pipeline = new StatementPipeline();
    List<Statement> predictions = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        predictions.addAll(pipeline.extract(article(Json.MAPPER.readTree(line))));
      }
    }
    ScoreReport report = Scorer.score(GoldReader.read(gold), GoldReader.readTexts(articles), predictions);
    System.out.println(report.toTable());

    assertFloor("attribution precision", report.attribution().precision(), 0.84);
    assertFloor("attribution recall", report.attribution().recall(), 0.79);
    assertFloor("statement-date accuracy", report.statementDate().value(), 0.93);
    assertFloor("event-date precision", report.eventDates().precision(), 0.85);
    assertFloor("event-date recall", report.eventDates().recall(), 0.85);
    assertFloor("stance macro-F1", report.stanceMacroF1(), 0.75);
  }

  private static Article article(JsonNode n) {
    String published = n.path("published").asText(null);
    return new Article(n.get("id").asText(), published == null ? null : LocalDate.parse(published),
        n.path("title").asText(null), n.get("text").asText(), null, null);
  }

  private static void assertFloor(String what, double value, double floor) {
    assertTrue(value >= floor, String.format("%s %.3f fell under its floor %.2f", what, value, floor));
  }
}
