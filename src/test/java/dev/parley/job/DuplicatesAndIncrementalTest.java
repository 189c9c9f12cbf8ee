package dev.parley.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.ingest.IngestLimits;
import dev.parley.output.OutputSchema;
import dev.parley.output.Tables;
import dev.parley.pipeline.StatementPipeline;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact and near duplicates through the whole job, and incremental runs: fixtures/near holds two
 * deliveries of KCNA stories (SOURCE.md there); the second brings edited re-runs of stories of
 * the first, copies, a reused id and look-alike stories that are not duplicates. A full run over
 * both must equal a run over the first followed by an incremental run that adds the second.
 */
class DuplicatesAndIncrementalTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/near");
  static final String WATCH = "src/test/resources/fixtures/watch.txt";

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path full;
  static Path incremental;
  static Path inputs;
  static Manifest fullManifest;
  static Manifest incrementalManifest;

  @BeforeAll
  static void runBothWays() throws IOException {
    spark = SparkSessions.create("local[2]", "parley-test");
    full = tmp.resolve("full");
    fullManifest = run(List.of(FIXTURE.toString()), full, false, NearDuplicateSettings.DEFAULT);

    inputs = Files.createDirectories(tmp.resolve("inputs"));
    Files.copy(FIXTURE.resolve("a.jsonl"), inputs.resolve("a.jsonl"));
    incremental = tmp.resolve("incremental");
    Manifest first = run(List.of(inputs.toString()), incremental, true, NearDuplicateSettings.DEFAULT);
    assertNull(first.incremental(), "--incremental without an earlier run is a full run");
    Files.copy(FIXTURE.resolve("b.jsonl"), inputs.resolve("b.jsonl"));
    incrementalManifest = run(List.of(inputs.toString()), incremental, true, NearDuplicateSettings.DEFAULT);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Manifest run(List<String> in, Path out, boolean incremental, NearDuplicateSettings near) {
    RunConfig config = new RunConfig(in, out.toString(), null, null, false, IngestLimits.DEFAULT, WATCH,
        ExtractLimits.DEFAULT, near, incremental);
    return new ParleyJob(spark, config, StatementPipeline::new).run();
  }

  static Map<String, Row> articles(Path out) {
    return Tables.read(spark, out.toString(), OutputSchema.ARTICLES).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("article_id"), r -> r));
  }

  @Test
  void editedRerunsPointToTheEarliestStory() {
    Map<String, Row> a = articles(full);
    assertDuplicate(a, "kcna-2011-09506", "kcna-2011-09505", "near");
    assertDuplicate(a, "kcna-2011-08754", "kcna-2011-08742", "near");
    assertDuplicate(a, "kcna-2011-08609", "kcna-2011-08542", "near");
    assertDuplicate(a, "kcna24-01391-rerun", "kcna24-01391", "near");
    // an exact copy of a near duplicate names the root of its group
    assertDuplicate(a, "kcna-2011-09506-copy", "kcna-2011-09505", "exact");
    assertDuplicate(a, "kcna24-00902-again", "kcna24-00902", "exact");
    String derived = a.keySet().stream().filter(id -> id.matches("[0-9a-f]{16}")).findFirst().orElseThrow();
    assertDuplicate(a, derived + "-2", derived, "exact");
  }

  @Test
  void lookAlikeStoriesAreKept() {
    Map<String, Row> a = articles(full);
    for (String id : List.of("kcna-2011-03750", "kcna-2011-03865", "kcna24-01106", "kcna24-01543", "kcna24-00435",
        "kcna24-00444", "kcna24-01747", "kcna-2011-09505", "kcna24-01391")) {
      assertNull(a.get(id).getAs("duplicate_of"), id);
      assertNull(a.get(id).getAs("duplicate_kind"), id);
    }
  }

  @Test
  void countsSayWhatWasFound() {
    Map<String, Long> c = fullManifest.counts();
    assertEquals(21L, c.get("records_read"));
    assertEquals(1L, c.get("rejects"), "the reused id");
    assertEquals(4L, c.get("near_duplicates"));
    assertEquals(3L, c.get("exact_duplicates"));
    assertEquals(7L, c.get("duplicates"));
    assertTrue(c.get("near_duplicate_candidate_pairs") >= c.get("near_duplicate_confirmed_pairs"));
    assertEquals(0L, c.get("near_duplicate_capped_buckets"));
    assertTrue(fullManifest.reconciled());
  }

  @Test
  void duplicatesAreNotExtractedNorCounted() {
    Set<String> duplicates = articles(full).values().stream().filter(r -> r.getAs("duplicate_of") != null)
        .map(r -> r.<String>getAs("article_id")).collect(Collectors.toSet());
    List<Row> statements = Tables.read(spark, full.toString(), OutputSchema.STATEMENTS).collectAsList();
    assertFalse(statements.isEmpty());
    for (Row s : statements) {
      assertFalse(duplicates.contains(s.<String>getAs("article_id")), s.toString());
    }
    long counted = Tables.read(spark, full.toString(), OutputSchema.TRENDS)
        .filter(col("granularity").equalTo("year").and(col("speaker").equalTo("*")).and(col("target").equalTo("*"))
            .and(col("watch").isNull()))
        .collectAsList().stream().mapToLong(r -> r.<Long>getAs("statements")).sum();
    assertEquals(statements.stream().filter(r -> r.getAs("statement_date") != null).count(), counted);
  }

  @Test
  void withoutNearDuplicatesOnlyExactCopiesAreMarked() {
    Manifest m = run(List.of(FIXTURE.resolve("b.jsonl").toString()), tmp.resolve("exact-only"), false,
        NearDuplicateSettings.OFF);
    assertEquals(0L, m.counts().get("near_duplicates"));
    assertEquals(1L, m.counts().get("exact_duplicates"), "the id-less record has no copy inside b.jsonl; 09506 has");
    assertNull(m.counts().get("near_duplicate_candidate_pairs"));
  }

  @Test
  void incrementalRunWritesWhatAFullRunWrites() throws IOException {
    for (OutputSchema t : List.of(OutputSchema.TRENDS, OutputSchema.SPEAKERS, OutputSchema.STATEMENTS,
        OutputSchema.ARTICLES, OutputSchema.REJECTS)) {
      assertEquals(rows(full, t), rows(incremental, t).stream()
          .map(r -> r.replace(inputs.toUri().getPath(), FIXTURE.toAbsolutePath() + "/")).toList(), t.directory());
    }
    for (String table : List.of("trends", "speakers", "statements")) {
      Map<String, byte[]> a = parquetFiles(full.resolve(table));
      Map<String, byte[]> b = parquetFiles(incremental.resolve(table));
      assertEquals(a.keySet(), b.keySet(), table);
      for (String name : a.keySet()) {
        assertArrayEquals(a.get(name), b.get(name), table + "/" + name);
      }
    }
    Map<String, Long> expected = new TreeMap<>(fullManifest.counts());
    Map<String, Long> actual = new TreeMap<>(incrementalManifest.counts());
    for (String runOnly : List.of("near_duplicate_candidate_pairs", "near_duplicate_confirmed_pairs",
        "near_duplicate_largest_bucket", "near_duplicate_capped_buckets")) {
      expected.remove(runOnly);
      actual.remove(runOnly);
    }
    assertEquals(expected, actual);
    assertEquals(fullManifest.rejectsByReason(), incrementalManifest.rejectsByReason());
    assertEquals(new Manifest.Incremental(1, 1, 12, incrementalManifest.incremental().previousStartedAt()),
        incrementalManifest.incremental());
    assertEquals(2, incrementalManifest.inputs().size());
    assertTrue(incrementalManifest.reconciled());
    assertFalse(Files.exists(Path.of(incremental + ".incremental")), "the staging directory is gone");
  }

  @Test
  void anIncrementalRunKeepsTheSettingsOfTheRunItExtends() {
    var e = assertThrows(IllegalArgumentException.class, () -> run(List.of(inputs.toString()), incremental, true,
        new NearDuplicateSettings(true, 0.9)));
    assertTrue(e.getMessage().contains("near_duplicate_jaccard was 0.85, now 0.9"), e.getMessage());
  }

  @Test
  void anInputChangedSinceItWasReadIsRefused() throws IOException {
    Path copy = Files.createDirectories(tmp.resolve("changed"));
    Path earlier = tmp.resolve("changed-out");
    copyTree(incremental, earlier);
    Files.copy(inputs.resolve("a.jsonl"), copy.resolve("a.jsonl"));
    // the run in `earlier` read inputs/a.jsonl; flip one byte of it, keeping its size
    Path original = inputs.resolve("a.jsonl");
    byte[] before = Files.readAllBytes(original);
    try (RandomAccessFile f = new RandomAccessFile(original.toFile(), "rw")) {
      f.seek(20);
      f.write(before[20] == 'x' ? 'y' : 'x');
    }
    try {
      var e = assertThrows(IllegalArgumentException.class, () -> run(List.of(inputs.toString()), earlier, true,
          NearDuplicateSettings.DEFAULT));
      assertTrue(e.getMessage().contains("changed") && e.getMessage().contains("a.jsonl"), e.getMessage());
    } finally {
      Files.write(original, before);
    }
  }

  @Test
  void chainsOfPointersEndAtTheirRoot() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("near_root", DataTypes.StringType, true);
    Dataset<Row> pointers = spark.createDataFrame(List.of(RowFactory.create("d", "c"), RowFactory.create("c", "b"),
        RowFactory.create("b", "a"), RowFactory.create("e", "a"), RowFactory.create("g", "f")), schema);
    Map<String, String> roots = new HashMap<>();
    for (Row r : NearDuplicates.resolveRoots(pointers).collectAsList()) {
      roots.put(r.getString(0), r.getString(1));
    }
    assertEquals(Map.of("b", "a", "c", "a", "d", "a", "e", "a", "g", "f"), roots);
  }

  @Test
  void aBucketOfHundredsOfCopiesCostsLinearWork() {
    // 300 re-runs of one long story (kcna-2011-08742), each with its own closing line: every
    // band puts them in one bucket, where each is compared with the 50 before it only.
    String text = articles(full).get("kcna-2011-08742").getAs("text");
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(RowFactory.create("copy-" + (1000 + i), 0, (long) i, text + "\nRe-run number " + i + ".", true));
    }
    StructType schema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("file_index", DataTypes.IntegerType, false).add("line", DataTypes.LongType, false)
        .add("text", DataTypes.StringType, false).add("is_new", DataTypes.BooleanType, false);
    StructType rootSchema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("near_root", DataTypes.StringType, true);
    NearDuplicates.Result r = NearDuplicates.find(spark.createDataFrame(rows, schema),
        spark.createDataFrame(List.of(), rootSchema), NearDuplicateSettings.DEFAULT);
    assertEquals(300, r.largestBucket());
    assertEquals(MinHash.BANDS, r.cappedBuckets());
    long window = NearDuplicates.BUCKET_WINDOW;
    // one window over the 300 gives 13,725 pairs; bands that leave a copy out shift the windows a little
    long oneWindow = window * (window - 1) / 2 + (300 - window) * window;
    assertTrue(r.candidatePairs() >= oneWindow && r.candidatePairs() < 300 * 299 / 2 / 2,
        r.candidatePairs() + " candidate pairs, not the 44,850 of all pairs");
    List<Row> roots = r.roots().collectAsList();
    assertEquals(299, roots.size());
    for (Row root : roots) {
      assertEquals("copy-1000", root.getAs("near_root"), root.toString());
    }
  }

  private static void assertDuplicate(Map<String, Row> articles, String id, String of, String kind) {
    Row r = articles.get(id);
    assertNotNull(r, id);
    assertEquals(of, r.getAs("duplicate_of"), id);
    assertEquals(kind, r.getAs("duplicate_kind"), id);
    assertEquals(0, r.<Integer>getAs("statements"), id + " is not extracted");
  }

  private static List<String> rows(Path out, OutputSchema table) {
    return Tables.read(spark, out.toString(), table).collectAsList().stream().map(Row::toString).toList();
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

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
