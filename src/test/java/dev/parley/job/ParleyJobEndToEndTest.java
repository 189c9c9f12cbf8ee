package dev.parley.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.IngestLimits;
import dev.parley.output.OutputSchema;
import dev.parley.output.Tables;
import dev.parley.pipeline.StatementPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole job in local mode on the mixed fixture (real KCNA articles plus every kind of
 * broken record) and checks every table, the reconciliation and byte-for-byte determinism.
 */
class ParleyJobEndToEndTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/mixed");

  @TempDir static Path tmp;
  static SparkSession spark;
  static Manifest manifest;
  static Path out;

  @BeforeAll
  static void runOnce() {
    spark = SparkSessions.create("local[2]", "parley-test");
    out = tmp.resolve("run1");
    manifest = run(out);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Manifest run(Path dir) {
    RunConfig config = new RunConfig(List.of(FIXTURE.toString()), dir.toString(), null, null, false, IngestLimits.DEFAULT,
        "src/test/resources/fixtures/watch.txt", ExtractLimits.DEFAULT);
    return new ParleyJob(spark, config, StatementPipeline::new).run();
  }

  static Dataset<Row> table(OutputSchema t) {
    return Tables.read(spark, out.toString(), t);
  }

  @Test
  void countsReconcileAndNothingIsLost() {
    Map<String, Long> c = manifest.counts();
    assertTrue(manifest.reconciled());
    assertEquals((long) c.get("records_read"), c.get("articles") + c.get("rejects"));
    assertEquals(c.get("articles"), table(OutputSchema.ARTICLES).count());
    assertEquals(c.get("rejects"), table(OutputSchema.REJECTS).count());
    assertEquals(5, manifest.inputs().size(), "jsonl, jsonl.gz, csv, txt and the truncated gzip");
    assertEquals(manifest.inputs().stream().mapToLong(f -> f.records()).sum(), c.get("records_read"));
    assertTrue(manifest.skippedInputs().stream().anyMatch(s -> s.contains("README.md")));
    for (var f : manifest.inputs()) {
      assertEquals(64, f.sha256().length(), f.path());
    }
  }

  @Test
  void everyKindOfBadInputHasItsReason() {
    Map<String, Long> byReason = new TreeMap<>(manifest.rejectsByReason());
    assertEquals(Map.of("bad_date", 1L, "bad_encoding", 2L, "bad_json", 1L, "binary_content", 1L,
        "duplicate_id", 1L, "no_text", 2L, "unreadable", 1L), byReason);
    List<Row> rejects = table(OutputSchema.REJECTS).orderBy("source_file", "line").collectAsList();
    Row badJson = rejects.stream().filter(r -> r.getAs("reason").equals("bad_json")).findFirst().orElseThrow();
    assertTrue(badJson.<String>getAs("source_file").endsWith("kcna.jsonl"));
    assertEquals(6L, badJson.<Long>getAs("line"));
    assertTrue(badJson.<String>getAs("excerpt").contains("broken-1"));
    Row unreadable = rejects.stream().filter(r -> r.getAs("reason").equals("unreadable")).findFirst().orElseThrow();
    assertTrue(unreadable.<String>getAs("source_file").endsWith("truncated.jsonl.gz"));
  }

  @Test
  void exactDuplicatesAreKeptAndMarked() {
    List<Row> dups = table(OutputSchema.ARTICLES).filter(col("duplicate_kind").equalTo("exact")).collectAsList();
    assertEquals(1, dups.size());
    assertEquals("kcna24-00010", dups.get(0).getAs("duplicate_of"));
    assertEquals(0, dups.get(0).<Integer>getAs("statements"), "duplicates are not extracted twice");
    assertEquals(1L, manifest.counts().get("exact_duplicates"));
  }

  @Test
  void theSameStoryInAnotherInputFormIsANearDuplicate() {
    // kcna24-statement.txt is kcna24-00021 of kcna.jsonl as a text file, its title line included
    List<Row> near = table(OutputSchema.ARTICLES).filter(col("duplicate_kind").equalTo("near")).collectAsList();
    assertEquals(1, near.size());
    assertEquals("kcna24-statement", near.get(0).getAs("article_id"));
    assertEquals("kcna24-00021", near.get(0).getAs("duplicate_of"));
    assertEquals(0, near.get(0).<Integer>getAs("statements"));
    assertEquals(1L, manifest.counts().get("near_duplicates"));
    assertEquals(2L, manifest.counts().get("duplicates"));
  }

  @Test
  void statementsPointIntoTheirArticles() {
    Map<String, String> texts = new HashMap<>();
    for (Row a : table(OutputSchema.ARTICLES).collectAsList()) {
      texts.put(a.getAs("article_id"), a.getAs("text"));
    }
    List<Row> statements = table(OutputSchema.STATEMENTS).collectAsList();
    assertFalse(statements.isEmpty(), "the fixture's KCNA stories report speech");
    assertEquals(manifest.counts().get("statements"), (long) statements.size());
    for (Row s : statements) {
      String text = texts.get(s.<String>getAs("article_id"));
      assertNotNull(text, "statement of an unknown article");
      int start = s.getAs("char_start");
      int end = s.getAs("char_end");
      assertEquals(text.substring(start, end), s.getAs("content"));
      assertNotNull(s.getAs("speaker"));
      assertNotNull(s.getAs("stance"));
    }
  }

  @Test
  void tablesHaveTheContractColumns() {
    for (OutputSchema t : OutputSchema.values()) {
      List<String> columns = List.of(table(t).columns());
      assertTrue(columns.containsAll(t.columns()), t + " has " + columns);
    }
    assertTrue(Files.isDirectory(out.resolve("statements")));
    assertTrue(table(OutputSchema.TRENDS).select("granularity").distinct().count() >= 5
        || manifest.counts().get("statements") == 0);
    long speakerStatements = table(OutputSchema.SPEAKERS).agg(org.apache.spark.sql.functions.sum("statements"))
        .first().getLong(0);
    assertEquals(manifest.counts().get("statements"), speakerStatements);
  }

  @Test
  void secondRunGivesTheSameBytes() throws IOException {
    Path second = tmp.resolve("run2");
    run(second);
    Map<String, byte[]> a = parquetFiles(out);
    Map<String, byte[]> b = parquetFiles(second);
    assertEquals(a.keySet(), b.keySet());
    assertFalse(a.isEmpty());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name);
    }
  }

  @Test
  void watchedPhrasesAreCountedLikeASearchOfTheTexts() {
    List<Row> articles = table(OutputSchema.ARTICLES).filter(col("duplicate_of").isNull()).collectAsList();
    List<Row> rows = table(OutputSchema.TRENDS)
        .filter(col("granularity").equalTo("year").and(col("speaker").equalTo("*")).and(col("watch").isNotNull()))
        .collectAsList();
    for (String phrase : List.of("people", "friendly relations", "new year")) {
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(
          "\\b" + phrase.replace(" ", "\\s+") + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
      long expected = 0;
      for (Row a : articles) {
        if (a.getAs("published") != null) {
          expected += p.matcher(a.<String>getAs("text")).results().count();
        }
      }
      long counted = rows.stream().filter(r -> phrase.equals(r.getAs("watch")))
          .mapToLong(r -> r.<Long>getAs("mentions")).sum();
      assertEquals(expected, counted, phrase);
      assertTrue(expected > 0, "the fixture mentions " + phrase);
    }
  }

  @Test
  void footerEncodingOrderDoesNotDependOnTheJvm() throws IOException {
    // parquet-mr writes each chunk's encodings in hash-set order, which differs between JVMs;
    // scrambling that order in a copy and normalising it again must give the written bytes.
    Path written = out.resolve("speakers/part-00000.parquet");
    byte[] expected = Files.readAllBytes(written);
    Path copy = tmp.resolve("scrambled.parquet");
    Files.write(copy, expected);
    FooterScrambler.reverseEncodings(copy);
    assertFalse(java.util.Arrays.equals(expected, Files.readAllBytes(copy)), "the scramble changed the footer");
    dev.parley.output.ParquetFooters.normalize(copy);
    assertArrayEquals(expected, Files.readAllBytes(copy));
  }

  @Test
  void refusesToOverwriteWithoutBeingAsked() {
    var e = assertThrows(IllegalArgumentException.class, () -> run(out));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
  }

  @Test
  void showPrintsJsonLinesWithEveryContractColumn() throws IOException {
    var r = dev.parley.cli.MainTestAccess.execute("show", out.toString(), "statements", "--limit", "5");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(Math.min(5, manifest.counts().get("statements")), lines.size());
    for (String line : lines) {
      var node = dev.parley.api.Json.MAPPER.readTree(line);
      for (String column : OutputSchema.STATEMENTS.columns()) {
        assertTrue(node.has(column), column + " missing from " + line);
      }
      assertTrue(node.get("statement_date").isNull() || node.get("statement_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    }
  }

  @Test
  void commandErrorsAreOneLine() {
    var missing = dev.parley.cli.MainTestAccess.execute("show", tmp.resolve("nothing").toString(), "statements");
    assertEquals(1, missing.code());
    assertTrue(missing.err().strip().startsWith("parley: No statements table"), missing.err());
    var noInput = dev.parley.cli.MainTestAccess.execute("run", "--input", tmp.resolve("absent.jsonl").toString(),
        "--out", tmp.resolve("x").toString());
    assertEquals(1, noInput.code());
    assertTrue(noInput.err().contains("Input not found"), noInput.err());
    assertEquals(1, noInput.err().strip().lines().filter(l -> l.startsWith("parley:")).count(), noInput.err());
  }

  private static Map<String, byte[]> parquetFiles(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
