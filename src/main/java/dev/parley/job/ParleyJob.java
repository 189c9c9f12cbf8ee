package dev.parley.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
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
import dev.parley.ingest.TextFingerprint;
import dev.parley.output.OutputSchema;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Parley batch job: articles in, the Parquet tables of CONTRACT.md and {@code manifest.json}
 * out. Runs on any Spark master; the driver holds file names, counts and summaries only.
 */
public final class ParleyJob {
  private static final int ARTICLES_PER_FILE = 25_000;
  private static final int MAX_INGEST_TASKS = 1_000;
  /**
   * Datasets that carry article texts are cached on local disk only: kept on the heap, a million
   * articles' texts leave too little room for the sorts and aggregations that follow (the 1M
   * benchmark ran out of memory that way), and reading them back costs little next to extraction.
   */
  private static final StorageLevel TEXT_STORAGE = StorageLevel.DISK_ONLY();
  private static final int REJECTS_PER_FILE = 500_000;
  private static final int RECORDS_PER_SHUFFLE_PARTITION = 2_000;
  private static final String STAGING_SUFFIX = ".incremental";
  static final String EXACT = "exact";
  static final String NEAR = "near";
  /** A record whose given id an earlier record has: a reject, never an article. */
  private static final Column TAKEN_ID = col("id_rank").gt(1).and(col("id_given"));
  /** A record that is an article: the first with its id, or one whose id was derived from its text. */
  private static final Column KEPT = col("id_rank").equalTo(1).or(col("id_given").equalTo(false));

  private final SparkSession spark;
  private final RunConfig config;
  private final ExtractorFactory extractors;
  private final SortedMap<String, Long> timings = new TreeMap<>();
  private String watchSha256;

  public ParleyJob(SparkSession spark, RunConfig config, ExtractorFactory extractors) {
    this.spark = spark;
    this.config = config;
    this.extractors = extractors;
  }

  public Manifest run() {
    String startedAt = Instant.now().toString();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    PreviousRun previous = config.incremental() ? PreviousRun.load(spark, config.out(), hadoop) : null;
    WatchList watch = watchList(hadoop);
    String target = previous == null ? config.out() : config.out() + STAGING_SUFFIX;
    if (previous != null) {
      previous.checkSettings(configMap(0));
    }
    long t = System.nanoTime();
    InputLister.Listing listing = InputLister.list(config.inputs(), hadoop);
    List<InputFile> toRead = previous == null ? listing.files() : previous.newFiles(listing.files(), hadoop);
    prepareOutput(target, previous != null || config.incremental(), hadoop);
    Dataset<Row> ingested = ingest(toRead);
    List<FileSummary> read = ingested.filter(col("kind").equalTo(IngestStage.KIND_FILE))
        .orderBy("file_index").collectAsList().stream().map(IngestStage::summary).toList();
    List<FileSummary> inputs = new ArrayList<>(previous == null ? List.of() : previous.inputs());
    inputs.addAll(read);
    long recordsRead = inputs.stream().mapToLong(FileSummary::records).sum();
    t = lap("1_ingest", t);

    int partitions = shufflePartitions(recordsRead);
    spark.conf().set("spark.sql.shuffle.partitions", partitions);
    Dataset<Row> parsed = rankIds(ingested.filter(col("kind").equalTo(IngestStage.KIND_ARTICLE)), previous);
    // One pass marks both the records whose given id is taken and the copies among the rest, so
    // the rejects need not rank the ids (a shuffle of every text) a second time.
    Dataset<Row> marked = markExactDuplicates(parsed, previous).persist(TEXT_STORAGE);
    Dataset<Row> duplicateIds = marked.filter(TAKEN_ID);
    Dataset<Row> exact = marked.filter(KEPT);
    NearDuplicates.Result near = findNearDuplicates(exact, previous);
    Dataset<Row> articles = near == null ? exact : withNearRoots(exact, near.roots());
    t = lap("1b_duplicates", t);

    Dataset<Row> extracted = articles
        .mapPartitions(ExtractStage.extractAll(extractors, watch, config.extractLimits()), Encoders.row(ExtractStage.SCHEMA))
        .persist(TEXT_STORAGE);
    long newArticles = extracted.count();
    t = lap("2_extract", t);

    TableWriter writer = new TableWriter(target, hadoop);
    // Not persisted: a copy of the extracted rows (texts and all) would only be read back once more.
    Dataset<Row> allArticles = withPrevious(extracted.select(OutputSchema.ARTICLES.columns().stream()
        .map(c -> col(c)).toArray(Column[]::new)), previous == null ? null : previous.articles());
    long articleCount = newArticles + (previous == null ? 0 : previous.manifest().counts().get("articles"));
    long articlesWritten = writer.write(allArticles, OutputSchema.ARTICLES, filesFor(articleCount, ARTICLES_PER_FILE),
        "article_id");
    if (articlesWritten != articleCount) {
      throw new IllegalStateException("Wrote " + articlesWritten + " articles, expected " + articleCount);
    }
    Dataset<Row> rejects = withPrevious(rejects(ingested, duplicateIds), previous == null ? null : previous.rejects())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long rejectCount = rejects.count();
    writer.write(rejects, OutputSchema.REJECTS, filesFor(rejectCount, REJECTS_PER_FILE), "source_file", "line");
    t = lap("3_write_articles_rejects", t);

    Dataset<Row> newStatements = extracted
        .select(explode(col(ExtractStage.STATEMENT_ROWS)).as("s"), col("published"))
        .select(col("s.*"), col("published"))
        .withColumn("period_date", coalesce(col("statement_date"), col("published")))
        .withColumn("year", year(col("period_date")));
    Dataset<Row> statements = withPrevious(newStatements, previous == null ? null : previous.statements())
        .persist(StorageLevel.MEMORY_AND_DISK());
    writer.write(statements, OutputSchema.STATEMENTS, partitions, "year", "article_id", "seq");
    t = lap("4_write_statements", t);

    // Written once and counted from the files' footers: persisting them only to count them cost
    // more than computing them.
    long speakerCount = writer.write(Speakers.compute(statements), OutputSchema.SPEAKERS, 1, "speaker");
    long trendCount = writer.write(trends(extracted, statements, watch, previous), OutputSchema.TRENDS, partitions,
        "period_start", "speaker", "target", "stance", "watch");
    t = lap("5_aggregate", t);

    SortedMap<String, Long> counts = new TreeMap<>();
    counts.put("records_read", recordsRead);
    counts.put("articles", articleCount);
    counts.put("rejects", rejectCount);
    Row a = allArticles.agg(
        count(when(col("duplicate_of").isNotNull(), 1)),
        count(when(col("duplicate_kind").equalTo(EXACT), 1)),
        count(when(col("duplicate_kind").equalTo(NEAR), 1)),
        count(when(col("extract_status").startsWith("error:"), 1)),
        count(when(col("extract_status").startsWith(TimedExtractor.TIMEOUT_PREFIX), 1)),
        count(when(col("extract_status").startsWith(ExtractStage.TRUNCATED), 1))).first();
    counts.put("duplicates", a.getLong(0));
    counts.put("exact_duplicates", a.getLong(1));
    counts.put("near_duplicates", a.getLong(2));
    if (near != null) {
      counts.put("near_duplicate_candidate_pairs", near.candidatePairs());
      counts.put("near_duplicate_confirmed_pairs", near.confirmedPairs());
      counts.put("near_duplicate_largest_bucket", near.largestBucket());
      counts.put("near_duplicate_capped_buckets", near.cappedBuckets());
    }
    counts.put("extract_errors", a.getLong(3));
    counts.put("extract_timeouts", a.getLong(4));
    counts.put("statements_truncated", a.getLong(5));
    Row s = statements.agg(count(lit(1)), count(when(col("period_date").isNull(), 1))).first();
    counts.put("statements", s.getLong(0));
    counts.put("statements_undated", s.getLong(1));
    counts.put("speakers", speakerCount);
    counts.put("trend_rows", trendCount);
    SortedMap<String, Long> byReason = new TreeMap<>();
    for (Row r : rejects.groupBy("reason").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    lap("6_count", t);

    Manifest.Incremental added = previous == null ? null : new Manifest.Incremental(previous.inputs().size(),
        read.size(), read.stream().mapToLong(FileSummary::records).sum(), previous.manifest().startedAt());
    Manifest manifest = new Manifest(Versions.parley(), Versions.all(spark), configMap(partitions), inputs,
        listing.skipped(), counts, byReason, recordsRead == articleCount + rejectCount, timings, startedAt,
        Instant.now().toString(), added);
    writeManifest(manifest, target, hadoop);
    for (Dataset<Row> d : List.of(ingested, marked, extracted, rejects, statements)) {
      d.unpersist();
    }
    if (previous != null) {
      replaceOutput(target, hadoop);
    }
    return manifest;
  }

  /**
   * Rows of a table: this run's, and in an incremental run the earlier run's as well, given the
   * column types of this run's rows (read back from Parquet every column is nullable; written
   * with other nullability the files would differ from a full run's).
   */
  private Dataset<Row> withPrevious(Dataset<Row> rows, Dataset<Row> earlier) {
    if (earlier == null) {
      return rows;
    }
    Column[] columns = Arrays.stream(rows.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> conformed = spark.createDataFrame(earlier.select(columns).javaRDD(), rows.schema());
    return rows.unionByName(conformed);
  }

  private Dataset<Row> trends(Dataset<Row> extracted, Dataset<Row> statements, WatchList watch, PreviousRun previous) {
    Dataset<Row> stances = Trends.stances(statements);
    if (watch == null) {
      return stances;
    }
    Dataset<Row> textHits = extracted
        .select(col("article_id"), col("published").as("period_date"), explode(col(ExtractStage.WATCH_HITS)).as("h"))
        .select(col("article_id"), col("period_date"), col("h.watch").as("watch"));
    Dataset<Row> mentions = extracted
        .select(col("article_id"), explode(col(ExtractStage.STATEMENT_WATCH)).as("w"))
        .select(col("article_id"), col("w.seq").as("seq"), col("w.watch").as("watch"), col("w.mentions").as("mentions"));
    if (previous != null) {
      Dataset<Row> earlierHits = previous.watchHits(watch).persist(StorageLevel.MEMORY_AND_DISK());
      textHits = textHits.unionByName(earlierHits.select("article_id", "period_date", "watch"));
      mentions = mentions.unionByName(statementMentions(earlierHits, previous.statements()));
    }
    Dataset<Row> statementHits = mentions.join(statements, new String[] {"article_id", "seq"});
    return stances.unionByName(Trends.watches(textHits, statementHits, statements));
  }

  /** Watched phrases inside a statement's content count for it, as {@link ExtractStage} counts them. */
  private static Dataset<Row> statementMentions(Dataset<Row> hits, Dataset<Row> statements) {
    Dataset<Row> spans = statements.select(col("article_id").as("s_article"), col("seq"), col("char_start"), col("char_end"));
    return hits.join(spans, hits.col("article_id").equalTo(spans.col("s_article"))
            .and(hits.col("start").geq(spans.col("char_start")))
            .and(hits.col("end").leq(spans.col("char_end"))))
        .groupBy(col("article_id"), col("seq"), col("watch"))
        .agg(count(lit(1)).cast("int").as("mentions"))
        .select("article_id", "seq", "watch", "mentions");
  }

  /** The analyst's watch list, read on the driver and shipped to the tasks with the function. */
  private WatchList watchList(Configuration hadoop) {
    if (config.watchFile() == null) {
      return null;
    }
    Path path = new Path(config.watchFile());
    try (InputStream raw = path.getFileSystem(hadoop).open(path)) {
      byte[] bytes = raw.readAllBytes();
      watchSha256 = TextFingerprint.sha256Hex(bytes);
      return WatchList.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
          config.watchFile());
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("Watch list not found: " + config.watchFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read watch list " + config.watchFile() + ": " + e.getMessage(), e);
    }
  }

  private Dataset<Row> ingest(List<InputFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // One file per task up to MAX_INGEST_TASKS: a task's share grows with the corpus only past that.
    int slices = Math.max(1, Math.min(files.size(), Math.max(jsc.defaultParallelism() * 4, MAX_INGEST_TASKS)));
    JavaRDD<Row> rows = jsc.parallelize(files, slices)
        .mapPartitions(IngestStage.readFiles(config.limits(), config.publishedDefault()));
    Dataset<Row> ingested = spark.createDataFrame(rows, IngestStage.SCHEMA).persist(TEXT_STORAGE);
    ingested.count();
    return ingested;
  }

  /**
   * Numbers the records that share an id in input order ({@code id_rank}), counting the earlier
   * run's articles first in an incremental run. A repeated given id is a reject; an id derived
   * from a repeated text gets a suffix ({@link #markExactDuplicates}).
   */
  private static Dataset<Row> rankIds(Dataset<Row> parsed, PreviousRun previous) {
    Column rank = row_number().over(Window.partitionBy("article_id").orderBy("file_index", "line"));
    if (previous == null) {
      return parsed.withColumn("id_rank", rank);
    }
    Dataset<Row> prior = previous.idCounts();
    return parsed.join(prior, parsed.col("article_id").equalTo(prior.col("base_id")), "left")
        .withColumn("id_rank", rank.plus(coalesce(col("prior_ids"), lit(0L))))
        .drop("base_id", "prior_ids");
  }

  /**
   * Exact duplicates (same normalised text) keep their row with {@code duplicate_of} naming the
   * first record of that text in input order (in an incremental run, possibly an earlier run's
   * article, or the root that article is a near duplicate of). An id derived from a repeated text
   * gets a suffix. Records with a taken id ({@link #TAKEN_ID}) keep their id and are never anyone's
   * first copy; whatever marks they get mean nothing, as the caller splits them off as rejects.
   */
  private static Dataset<Row> markExactDuplicates(Dataset<Row> articles, PreviousRun previous) {
    Column suffixed = concat(col("article_id"), lit("-"), col("id_rank").cast("string"));
    Dataset<Row> unique = articles.withColumn("article_id",
        when(col("id_rank").gt(1).and(not(TAKEN_ID)), suffixed).otherwise(col("article_id")));
    Column firstKept = first(when(KEPT, col("article_id")), true);
    Dataset<Row> withFirst = unique.withColumn("first_id",
        firstKept.over(Window.partitionBy("text_sha256").orderBy("file_index", "line")));
    if (previous != null) {
      Dataset<Row> earlier = previous.articles()
          .filter(col("duplicate_kind").isNull().or(col("duplicate_kind").equalTo(NEAR)))
          .select(col("text_sha256").as("earlier_sha"),
              coalesce(col("duplicate_of"), col("article_id")).as("earlier_root"));
      withFirst = withFirst.join(earlier, withFirst.col("text_sha256").equalTo(earlier.col("earlier_sha")), "left")
          .withColumn("first_id", coalesce(col("earlier_root"), col("first_id")))
          .drop("earlier_sha", "earlier_root");
    }
    return withFirst
        .withColumn("duplicate_of", when(col("first_id").notEqual(col("article_id")), col("first_id")))
        .withColumn("duplicate_kind", when(col("duplicate_of").isNotNull(), lit(EXACT)))
        .drop("first_id");
  }

  /**
   * Compares the articles that are not exact duplicates with each other and, in an incremental
   * run, with the earlier run's; null when near duplicates are not looked for.
   */
  private NearDuplicates.Result findNearDuplicates(Dataset<Row> articles, PreviousRun previous) {
    if (!config.nearDuplicates().enabled()) {
      return null;
    }
    Dataset<Row> pool = articles.filter(col("duplicate_of").isNull())
        .select(col("article_id"), col("file_index"), col("line"), col("text"), lit(true).as("is_new"));
    StructType rootSchema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("near_root", DataTypes.StringType, true);
    Dataset<Row> knownRoots = spark.createDataFrame(List.of(), rootSchema);
    if (previous != null) {
      Dataset<Row> earlier = previous.articles().filter(col("duplicate_kind").isNull().or(col("duplicate_kind").equalTo(NEAR)));
      pool = pool.unionByName(earlier.select(col("article_id"), col("file_index"), col("line"), col("text"),
          lit(false).as("is_new")));
      knownRoots = earlier.filter(col("duplicate_kind").equalTo(NEAR))
          .select(col("article_id"), col("duplicate_of").as("near_root"));
    }
    return NearDuplicates.find(pool, knownRoots, config.nearDuplicates());
  }

  /**
   * Marks the near duplicates, and points the exact copies of a near duplicate to its root too, so
   * that {@code duplicate_of} always names an article that is no duplicate.
   */
  private static Dataset<Row> withNearRoots(Dataset<Row> articles, Dataset<Row> roots) {
    Dataset<Row> ofCopies = roots.select(col("article_id").as("copy_of"), col("near_root").as("copy_root"));
    return articles.join(roots, "article_id", "left")
        .join(ofCopies, articles.col("duplicate_of").equalTo(ofCopies.col("copy_of")), "left")
        .withColumn("duplicate_kind", when(col("near_root").isNotNull(), lit(NEAR)).otherwise(col("duplicate_kind")))
        .withColumn("duplicate_of", coalesce(col("near_root"), col("copy_root"), col("duplicate_of")))
        .drop("near_root", "copy_of", "copy_root");
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

  /**
   * Makes {@code dir} an empty directory. An existing output is replaced only with --overwrite; an
   * incremental run writes to a staging directory beside its output and replaces the output
   * when all is written ({@link #replaceOutput}), so a failed run leaves the earlier one whole.
   */
  private void prepareOutput(String dir, boolean incremental, Configuration hadoop) {
    Path out = new Path(dir);
    try {
      FileSystem fs = out.getFileSystem(hadoop);
      if (fs.exists(out)) {
        boolean empty = fs.getFileStatus(out).isDirectory() && fs.listStatus(out).length == 0;
        if (!empty && !config.overwrite() && !incremental) {
          throw new IllegalArgumentException("Output " + out + " exists; pass --overwrite to replace it");
        }
        fs.delete(out, true);
      }
      fs.mkdirs(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare output " + out + ": " + e.getMessage(), e);
    }
  }

  private void replaceOutput(String staging, Configuration hadoop) {
    Path out = new Path(config.out());
    Path old = new Path(config.out() + ".previous");
    try {
      FileSystem fs = out.getFileSystem(hadoop);
      fs.delete(old, true);
      if (!fs.rename(out, old) || !fs.rename(new Path(staging), out)) {
        throw new IOException("rename failed");
      }
      fs.delete(old, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + staging + " to " + out + ": " + e.getMessage(), e);
    }
  }

  private void writeManifest(Manifest manifest, String dir, Configuration hadoop) {
    Path path = new Path(dir, "manifest.json");
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
    m.put("watch_sha256", watchSha256);
    m.put("near_duplicates", config.nearDuplicates().enabled());
    m.put("near_duplicate_jaccard", config.nearDuplicates().minJaccard());
    m.put("near_duplicate_method", String.format(Locale.ROOT,
        "minhash-lsh shingle_words=%d bands=%d rows=%d bucket_window=%d seed=%d", MinHash.SHINGLE_WORDS,
        MinHash.BANDS, MinHash.ROWS, NearDuplicates.BUCKET_WINDOW, MinHash.SEED));
    m.put("incremental", config.incremental());
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
