package dev.parley.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import dev.parley.aggregate.Speakers;
import dev.parley.aggregate.Trends;
import dev.parley.stance.WatchList;
import dev.parley.api.Json;
import dev.parley.ingest.FileSummary;
import dev.parley.ingest.RejectReason;
import dev.parley.output.OutputSchema;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The Parley batch job: articles in, the Parquet tables of CONTRACT.md and {@code manifest.json}
 * out. Runs on any Spark master; the driver holds file names, counts and summaries only.
 */
public final class ParleyJob {
  private static final int ARTICLES_PER_FILE = 100_000;
  private static final int REJECTS_PER_FILE = 500_000;
  private static final int RECORDS_PER_SHUFFLE_PARTITION = 2_000;

  private final SparkSession spark;
  private final RunConfig config;
  private final ExtractorFactory extractors;
  private final SortedMap<String, Long> timings = new TreeMap<>();

  public ParleyJob(SparkSession spark, RunConfig config, ExtractorFactory extractors) {
    this.spark = spark;
    this.config = config;
    this.extractors = extractors;
  }

  public Manifest run() {
    String startedAt = Instant.now().toString();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    prepareOutput(hadoop);
    WatchList watch = watchList(hadoop);

    long t = System.nanoTime();
    InputLister.Listing listing = InputLister.list(config.inputs(), hadoop);
    Dataset<Row> ingested = ingest(listing.files());
    List<FileSummary> inputs = ingested.filter(col("kind").equalTo(IngestStage.KIND_FILE))
        .orderBy("file_index").collectAsList().stream().map(IngestStage::summary).toList();
    long recordsRead = inputs.stream().mapToLong(FileSummary::records).sum();
    t = lap("1_ingest", t);

    int partitions = shufflePartitions(recordsRead);
    spark.conf().set("spark.sql.shuffle.partitions", partitions);
    Dataset<Row> parsed = ingested.filter(col("kind").equalTo(IngestStage.KIND_ARTICLE))
        .withColumn("id_rank", row_number().over(Window.partitionBy("article_id").orderBy("file_index", "line")));
    Dataset<Row> duplicateIds = parsed.filter(col("id_rank").gt(1).and(col("id_given")));
    Dataset<Row> articles = markDuplicates(parsed.filter(col("id_rank").equalTo(1).or(col("id_given").equalTo(false))));

    Dataset<Row> extracted = articles
        .mapPartitions(ExtractStage.extractAll(extractors, watch, config.extractLimits()), Encoders.row(ExtractStage.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long articleCount = extracted.count();
    t = lap("2_extract", t);

    TableWriter writer = new TableWriter(config.out(), hadoop);
    writer.write(extracted, OutputSchema.ARTICLES, filesFor(articleCount, ARTICLES_PER_FILE), "article_id");
    Dataset<Row> rejects = rejects(ingested, duplicateIds).persist(StorageLevel.MEMORY_AND_DISK());
    long rejectCount = rejects.count();
    writer.write(rejects, OutputSchema.REJECTS, filesFor(rejectCount, REJECTS_PER_FILE), "source_file", "line");
    t = lap("3_write_articles_rejects", t);

    Dataset<Row> statements = extracted
        .select(explode(col(ExtractStage.STATEMENT_ROWS)).as("s"), col("published"))
        .select(col("s.*"), col("published"))
        .withColumn("period_date", coalesce(col("statement_date"), col("published")))
        .withColumn("year", year(col("period_date")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    writer.write(statements, OutputSchema.STATEMENTS, partitions, "year", "article_id", "seq");
    t = lap("4_write_statements", t);

    Dataset<Row> speakers = Speakers.compute(statements).persist(StorageLevel.MEMORY_AND_DISK());
    writer.write(speakers, OutputSchema.SPEAKERS, 1, "speaker");
    Dataset<Row> trends = trends(extracted, statements).persist(StorageLevel.MEMORY_AND_DISK());
    writer.write(trends, OutputSchema.TRENDS, partitions, "period_start", "speaker", "target", "stance", "watch");
    t = lap("5_aggregate", t);

    SortedMap<String, Long> counts = new TreeMap<>();
    counts.put("records_read", recordsRead);
    counts.put("articles", articleCount);
    counts.put("rejects", rejectCount);
    counts.put("duplicates", extracted.filter(col("duplicate_of").isNotNull()).count());
    counts.put("extract_errors", extracted.filter(col("extract_status").startsWith("error:")).count());
    counts.put("extract_timeouts", extracted.filter(col("extract_status").startsWith(TimedExtractor.TIMEOUT_PREFIX)).count());
    counts.put("statements_truncated", extracted.filter(col("extract_status").startsWith(ExtractStage.TRUNCATED)).count());
    counts.put("statements", statements.count());
    counts.put("statements_undated", statements.filter(col("period_date").isNull()).count());
    counts.put("speakers", speakers.count());
    counts.put("trend_rows", trends.count());
    SortedMap<String, Long> byReason = new TreeMap<>();
    for (Row r : rejects.groupBy("reason").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    lap("6_count", t);

    Manifest manifest = new Manifest(Versions.parley(), Versions.all(spark), configMap(partitions), inputs,
        listing.skipped(), counts, byReason, recordsRead == articleCount + rejectCount, timings, startedAt,
        Instant.now().toString());
    writeManifest(manifest, hadoop);
    for (Dataset<Row> d : List.of(ingested, extracted, rejects, statements, speakers, trends)) {
      d.unpersist();
    }
    return manifest;
  }

  private Dataset<Row> trends(Dataset<Row> extracted, Dataset<Row> statements) {
    Dataset<Row> stances = Trends.stances(statements);
    if (config.watchFile() == null) {
      return stances;
    }
    Dataset<Row> textHits = extracted
        .select(col("article_id"), col("published").as("period_date"), explode(col(ExtractStage.WATCH_HITS)).as("h"))
        .select(col("article_id"), col("period_date"), col("h.watch").as("watch"));
    Dataset<Row> statementHits = extracted
        .select(col("article_id"), explode(col(ExtractStage.STATEMENT_WATCH)).as("w"))
        .select(col("article_id"), col("w.seq").as("seq"), col("w.watch").as("watch"), col("w.mentions").as("mentions"))
        .join(statements, new String[] {"article_id", "seq"});
    return stances.unionByName(Trends.watches(textHits, statementHits, statements));
  }

  /** The analyst's watch list, read on the driver and shipped to the tasks with the function. */
  private WatchList watchList(Configuration hadoop) {
    if (config.watchFile() == null) {
      return null;
    }
    Path path = new Path(config.watchFile());
    try (Reader in = new InputStreamReader(path.getFileSystem(hadoop).open(path), StandardCharsets.UTF_8)) {
      return WatchList.parse(in, config.watchFile());
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("Watch list not found: " + config.watchFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read watch list " + config.watchFile() + ": " + e.getMessage(), e);
    }
  }

  private Dataset<Row> ingest(List<InputFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows = jsc.parallelize(files, slices)
        .mapPartitions(IngestStage.readFiles(config.limits(), config.publishedDefault()));
    Dataset<Row> ingested = spark.createDataFrame(rows, IngestStage.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    ingested.count();
    return ingested;
  }

  /**
   * Exact duplicates (same normalised text) keep their row with {@code duplicate_of} naming the
   * first record of that text in input order. An id derived from a repeated text gets a suffix.
   */
  private static Dataset<Row> markDuplicates(Dataset<Row> articles) {
    Dataset<Row> unique = articles.withColumn("article_id",
        when(col("id_rank").gt(1), concat(col("article_id"), lit("-"), col("id_rank").cast("string")))
            .otherwise(col("article_id")));
    Dataset<Row> withFirst = unique.withColumn("first_id",
        first(col("article_id")).over(Window.partitionBy("text_sha256").orderBy("file_index", "line")));
    return withFirst.withColumn("duplicate_of",
        when(col("first_id").notEqual(col("article_id")), col("first_id")));
  }

  private static Dataset<Row> rejects(Dataset<Row> ingested, Dataset<Row> duplicateIds) {
    Dataset<Row> parseRejects = ingested.filter(col("kind").equalTo(IngestStage.KIND_REJECT))
        .select(col("source_file"), col("line"), col("reason"), col("detail"), col("excerpt"));
    Dataset<Row> idRejects = duplicateIds.select(col("source_file"), col("line"),
        lit(RejectReason.DUPLICATE_ID.label()).as("reason"),
        concat(lit("id '"), col("article_id"), lit("' is already used by an earlier record")).as("detail"),
        substring(col("text"), 1, 500).as("excerpt"));
    return parseRejects.unionByName(idRejects);
  }

  private void prepareOutput(Configuration hadoop) {
    Path out = new Path(config.out());
    try {
      FileSystem fs = out.getFileSystem(hadoop);
      if (fs.exists(out)) {
        boolean empty = fs.getFileStatus(out).isDirectory() && fs.listStatus(out).length == 0;
        if (!empty && !config.overwrite()) {
          throw new IllegalArgumentException("Output " + out + " exists; pass --overwrite to replace it");
        }
        fs.delete(out, true);
      }
      fs.mkdirs(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare output " + out + ": " + e.getMessage(), e);
    }
  }

  private void writeManifest(Manifest manifest, Configuration hadoop) {
    Path path = new Path(config.out(), "manifest.json");
    try (OutputStream os = path.getFileSystem(hadoop).create(path, true)) {
      os.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      os.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private SortedMap<String, Object> configMap(int partitions) {
    SortedMap<String, Object> m = new TreeMap<>();
    m.put("inputs", new ArrayList<>(config.inputs()));
    m.put("out", config.out());
    m.put("published_default", config.publishedDefault() == null ? null : config.publishedDefault().toString());
    m.put("master", spark.sparkContext().master());
    m.put("max_article_chars", config.limits().maxArticleChars());
    m.put("max_line_bytes", config.limits().maxLineBytes());
    m.put("max_gzip_ratio", config.limits().maxGzipRatio());
    m.put("shuffle_partitions", partitions);
    m.put("watch", config.watchFile());
    m.put("max_statements_per_article", config.extractLimits().maxStatementsPerArticle());
    m.put("article_budget_ms", config.extractLimits().articleBudgetMillis());
    m.put("stage_budget_ms", config.extractLimits().stageBudgetMillis());
    return m;
  }

  private int shufflePartitions(long records) {
    int cores = JavaSparkContext.fromSparkContext(spark.sparkContext()).defaultParallelism();
    long byData = records / RECORDS_PER_SHUFFLE_PARTITION + 1;
    return (int) Math.max(cores, Math.min(2_000, byData));
  }

  private static int filesFor(long rows, int perFile) {
    return (int) Math.max(1, (rows + perFile - 1) / perFile);
  }

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    timings.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
