package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.EvalData;
import dev.parley.ingest.IngestLimits;
import dev.parley.job.ExtractLimits;
import dev.parley.job.Manifest;
import dev.parley.job.ParleyJob;
import dev.parley.job.RunConfig;
import dev.parley.job.SparkSessions;
import dev.parley.pipeline.StatementPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny benchmark in one JVM: a 200-article synthetic corpus, the baselines and the full job on
 * it. Checks that both read every article and that the full job finds no duplicate in it (the
 * benchmark child JVMs run these same two jobs).
 */
class BenchEndToEndTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static Path input;
  static List<JsonNode> articles;

  @BeforeAll
  static void buildCorpus() throws IOException {
    // One small source keeps the test quick; the builder is the benchmark's.
    List<Path> sources = List.of(EvalData.dir("kcna-2023-2024").resolve("articles.jsonl"));
    assumeTrue(Files.isRegularFile(sources.get(0)), "needs the corpora of ../shared/eval");
    new CorpusBuilder(sources, 42).build(200, tmp.resolve("corpus"));
    input = tmp.resolve("corpus").resolve(CorpusBuilder.ARTICLES_DIR);
    articles = CorpusBuilderTest.read(tmp.resolve("corpus"));
    spark = SparkSessions.create("local[2]", "parley-bench-test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theWhiteSpaceBaselineCountsEveryWord() {
    WordCountBaseline.Result r = WordCountBaseline.run(spark, List.of(input.toString()),
        WordCountBaseline.Tokenizer.WHITESPACE);
    assertEquals(200, r.articles());
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]");
    long expected = articles.stream()
        .flatMap(a -> Pattern.compile("\\s+").splitAsStream(a.get("text").asText()))
        .filter(t -> word.matcher(t).find()).count();
    assertEquals(expected, r.words());
    assertEquals(20, r.topWords().size());
    assertEquals("the", r.topWords().get(0).word());
  }

  @Test
  void theOpenNlpBaselineReadsEveryArticle() {
    WordCountBaseline.Result r = WordCountBaseline.run(spark, List.of(input.toString()), WordCountBaseline.Tokenizer.OPENNLP);
    assertEquals(200, r.articles());
    assertTrue(r.words() > 200 * 50, "words: " + r.words());
    assertTrue(r.distinctWords() > 1_000 && r.distinctWords() < r.words(), r.toString());
  }

  @Test
  void theFullJobReadsEveryArticleAndFindsNoDuplicate() {
    RunConfig config = new RunConfig(List.of(input.toString()), tmp.resolve("out").toString(), null, null, false,
        IngestLimits.DEFAULT, null, ExtractLimits.DEFAULT);
    Manifest m = new ParleyJob(spark, config, StatementPipeline::new).run();
    assertEquals(200L, m.counts().get("records_read"));
    assertEquals(200L, m.counts().get("articles"));
    assertEquals(0L, m.counts().get("rejects"));
    assertEquals(0L, m.counts().get("duplicates"));
    assertTrue(m.counts().get("statements") > 100, m.counts().toString());
    assertEquals(8, m.inputs().size());
  }
}
