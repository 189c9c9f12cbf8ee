package dev.parley.cli;

import static org.apache.spark.sql.functions.col;

import dev.parley.api.Statement;
import dev.parley.job.SparkSessions;
import dev.parley.output.OutputSchema;
import dev.parley.output.Tables;
import dev.parley.output.StatementRows;
import dev.parley.score.GoldArticle;
import dev.parley.score.GoldReader;
import dev.parley.score.ScoreReport;
import dev.parley.score.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score the statements of a run against gold JSONL (CONTRACT.md section 4): attribution P/R/F1, "
        + "statement-date accuracy, event-date P/R, stance macro-F1 and confusion matrix.")
final class ScoreCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL, one article per line.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Output directory of 'parley run' over the gold's articles.")
  String pred;

  @Option(names = "--articles", paramLabel = "FILE", description = "The gold's article texts (default: articles.jsonl beside --gold).")
  Path articles;

  @Option(names = "--raw-speakers",
      description = "Compare each prediction's speaker_raw (the mention as written) with the gold speaker: for gold whose speakers are unresolved mentions, such as PolNeAR's.")
  boolean rawSpeakers;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as one JSON object to FILE.")
  Path json;

  @Override
  public Integer call() throws IOException {
    Path texts = articles != null ? articles : gold.toAbsolutePath().resolveSibling("articles.jsonl");
    List<GoldArticle> goldArticles = GoldReader.read(gold);
    var textById = GoldReader.readTexts(texts);
    List<Statement> predictions = readPredictions(goldArticles);
    if (rawSpeakers) {
      predictions = predictions.stream().map(ScoreCommand::withRawSpeaker).toList();
    }
    ScoreReport report = Scorer.score(goldArticles, textById, predictions);
    System.out.print(report.toTable());
    if (json != null) {
      Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
    }
    return 0;
  }

  private static Statement withRawSpeaker(Statement s) {
    String raw = s.speakerRaw() != null ? s.speakerRaw() : s.speaker();
    return new Statement(s.articleId(), s.seq(), raw, s.speakerRaw(), s.speakerType(), s.speakerCountry(), s.cue(),
        s.content(), s.charStart(), s.charEnd(), s.isDirect(), s.statementDate(), s.dateBasis(), s.eventDates(),
        s.stance(), s.stanceCues(), s.target());
  }

  private List<Statement> readPredictions(List<GoldArticle> goldArticles) {
    Object[] ids = goldArticles.stream().map(GoldArticle::articleId).toArray();
    try (SparkSessions.Lease lease = SparkSessions.lease("local[1]", "parley score")) {
      SparkSession spark = lease.session();
      return Tables.read(spark, pred, OutputSchema.STATEMENTS)
          .filter(col("article_id").isin(ids))
          .collectAsList().stream().map(StatementRows::fromRow).toList();
    }
  }
}
