package dev.parley.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import dev.parley.api.Json;
import dev.parley.ingest.FileSummary;
import dev.parley.ingest.TextFingerprint;
import dev.parley.output.OutputSchema;
import dev.parley.stance.WatchHit;
import dev.parley.stance.WatchList;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The run an incremental run extends: its manifest and tables, read back. Input files are taken
 * to be immutable once read: a file of the earlier run must be unchanged (same SHA-256) when it is
 * named again, and new files come after the earlier ones in the order that decides which copy of
 * a duplicate is the original.
 */
final class PreviousRun {
  /** Settings that change what a run writes; an incremental run must keep them. */
  static final List<String> FIXED_SETTINGS = List.of("published_default", "max_article_chars", "max_line_bytes",
      "max_gzip_ratio", "max_statements_per_article", "article_budget_ms", "watch_sha256",
      "near_duplicates", "near_duplicate_jaccard", "near_duplicate_method");

  private final SparkSession spark;
  private final String dir;
  private final Manifest manifest;

  private PreviousRun(SparkSession spark, String dir, Manifest manifest) {
    this.spark = spark;
    this.dir = dir;
    this.manifest = manifest;
  }

  /** The run in {@code dir}, or null when there is none yet (a missing or empty directory). */
  static PreviousRun load(SparkSession spark, String dir, Configuration hadoop) {
    Path path = new Path(dir, "manifest.json");
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      Path root = new Path(dir);
      if (!fs.exists(root) || (fs.getFileStatus(root).isDirectory() && fs.listStatus(root).length == 0)) {
        return null;
      }
      try (InputStream in = fs.open(path)) {
        Manifest m = Json.MAPPER.readValue(in, Manifest.class);
        if (m.config() == null || !m.config().containsKey("near_duplicate_method")) {
          throw new IllegalArgumentException("The run in " + dir
              + " was written by an earlier Parley without incremental support; run without --incremental");
        }
        if (!m.reconciled()) {
          throw new IllegalArgumentException("The run in " + dir + " does not reconcile; run without --incremental");
        }
        return new PreviousRun(spark, dir, m);
      }
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException(dir + " holds no manifest.json: it is not the output of 'parley run'");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  Manifest manifest() {
    return manifest;
  }

  List<FileSummary> inputs() {
    return manifest.inputs();
  }

  /** Fails unless this run's settings are those the earlier run was made with. */
  void checkSettings(SortedMap<String, Object> now) {
    List<String> changed = new ArrayList<>();
    for (String key : FIXED_SETTINGS) {
      Object before = manifest.config().get(key);
      Object after = now.get(key);
      if (!Objects.equals(String.valueOf(before), String.valueOf(after))) {
        changed.add(key + " was " + before + ", now " + after);
      }
    }
    String version = manifest.parleyVersion();
    if (!Versions.parley().equals(version)) {
      changed.add("parley version was " + version + ", now " + Versions.parley());
    }
    if (!changed.isEmpty()) {
      throw new IllegalArgumentException("An incremental run must keep the settings of the run in " + dir
          + " (" + String.join("; ", changed) + "); run without --incremental to start afresh");
    }
  }

  /**
   * The listed files this run has to read: those the earlier run did not, numbered after its
   * inputs in listing order. A file read before must be unchanged.
   */
  List<InputFile> newFiles(List<InputFile> listed, Configuration hadoop) {
    Map<String, FileSummary> known = new HashMap<>();
    for (FileSummary f : inputs()) {
      known.put(f.path(), f);
    }
    List<InputFile> fresh = new ArrayList<>();
    List<InputFile> seen = new ArrayList<>();
    for (InputFile f : listed) {
      (known.containsKey(f.path()) ? seen : fresh).add(f);
    }
    checkUnchanged(seen, known);
    List<InputFile> numbered = new ArrayList<>();
    for (InputFile f : fresh) {
      numbered.add(new InputFile(inputs().size() + numbered.size(), f.path(), f.format(), f.bytes()));
    }
    return numbered;
  }

  private void checkUnchanged(List<InputFile> seen, Map<String, FileSummary> known) {
    List<String> changed = new ArrayList<>();
    List<String> toHash = new ArrayList<>();
    for (InputFile f : seen) {
      if (f.bytes() != known.get(f.path()).bytes()) {
        changed.add(f.path());
      } else {
        toHash.add(f.path());
      }
    }
    if (!toHash.isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int slices = Math.max(1, Math.min(toHash.size(), jsc.defaultParallelism() * 4));
      List<String> hashed = jsc.parallelize(toHash, slices).map(PreviousRun::sha256Line).collect();
      for (String line : hashed) {
        int tab = line.indexOf('\t');
        String file = line.substring(tab + 1);
        if (!line.substring(0, tab).equals(known.get(file).sha256())) {
          changed.add(file);
        }
      }
    }
    if (!changed.isEmpty()) {
      throw new IllegalArgumentException("Input files changed since the run in " + dir + " read them: "
          + String.join(", ", changed.stream().sorted().toList())
          + "; an incremental run only adds new files (run without --incremental to read everything again)");
    }
  }

  private static String sha256Line(String file) throws IOException {
    Path path = new Path(file);
    MessageDigest digest = TextFingerprint.sha256();
    try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return java.util.HexFormat.of().formatHex(digest.digest()) + "\t" + file;
  }

  /** The earlier articles with {@code file_index} and {@code line}, in the columns of the articles table. */
  Dataset<Row> articles() {
    List<Row> index = new ArrayList<>();
    for (int i = 0; i < inputs().size(); i++) {
      index.add(RowFactory.create(inputs().get(i).path(), i));
    }
    StructType indexSchema = new StructType().add("source_file", DataTypes.StringType, false)
        .add("file_index", DataTypes.IntegerType, false);
    Dataset<Row> files = spark.createDataFrame(index, indexSchema);
    return read(OutputSchema.ARTICLES, OutputSchema.ARTICLES.schema())
        .join(files, "source_file")
        .withColumn("line", col("source_line"));
  }

  /**
   * How many earlier articles hold each id an article of the new input may take: its own given
   * id, or the id derived from its text (the first 16 hex digits of its SHA-256, with a "-n"
   * suffix from the second copy on).
   */
  Dataset<Row> idCounts() {
    Dataset<Row> a = read(OutputSchema.ARTICLES, OutputSchema.ARTICLES.schema());
    Dataset<Row> withBase = a.withColumn("base_id",
        when(regexp_extract(col("article_id"), "^([0-9a-f]{16})(-[0-9]+)?$", 1)
                .equalTo(substring(col("text_sha256"), 1, 16)),
            substring(col("text_sha256"), 1, 16))
            .otherwise(col("article_id")));
    return withBase.groupBy("base_id").agg(count(lit(1)).as("prior_ids"));
  }

  /** The earlier statements with {@code published}, {@code period_date} and {@code year}, as the extract stage gives them. */
  Dataset<Row> statements() {
    StructType schema = OutputSchema.STATEMENTS.schema().add("year", DataTypes.IntegerType, true);
    Dataset<Row> published = read(OutputSchema.ARTICLES, OutputSchema.ARTICLES.schema())
        .select("article_id", "published");
    return read(OutputSchema.STATEMENTS, schema)
        .join(published, "article_id")
        .withColumn("period_date", coalesce(col("statement_date"), col("published")));
  }

  Dataset<Row> rejects() {
    return read(OutputSchema.REJECTS, OutputSchema.REJECTS.schema());
  }

  /**
   * The watched phrases in the earlier articles that are not duplicates, as the extract stage
   * finds them: {@code article_id, period_date, watch, start, end}.
   */
  Dataset<Row> watchHits(WatchList watch) {
    StructType schema = new StructType()
        .add("article_id", DataTypes.StringType, false)
        .add("period_date", DataTypes.DateType, true)
        .add("watch", DataTypes.StringType, false)
        .add("start", DataTypes.IntegerType, false)
        .add("end", DataTypes.IntegerType, false);
    return read(OutputSchema.ARTICLES, OutputSchema.ARTICLES.schema())
        .filter(col("duplicate_of").isNull())
        .select("article_id", "published", "text")
        .flatMap(findWatched(watch), Encoders.row(schema));
  }

  private static FlatMapFunction<Row, Row> findWatched(WatchList watch) {
    return row -> {
      String text = row.getString(2);
      List<Row> out = new ArrayList<>();
      for (WatchHit h : watch.find(text, 0, text.length())) {
        out.add(RowFactory.create(row.get(0), row.get(1), h.name(), h.start(), h.end()));
      }
      Iterator<Row> it = out.iterator();
      return it;
    };
  }

  private Dataset<Row> read(OutputSchema table, StructType schema) {
    return spark.read().schema(schema).parquet(new Path(dir, table.directory()).toString());
  }
}
