package dev.parley.cli;

import dev.parley.ingest.IngestLimits;
import dev.parley.job.ExtractLimits;
import dev.parley.job.Manifest;
import dev.parley.job.NearDuplicateSettings;
import dev.parley.job.ParleyJob;
import dev.parley.job.RunConfig;
import dev.parley.job.SparkSessions;
import dev.parley.pipeline.StatementPipeline;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Read articles, extract attributed statements, and write the Parquet reports and manifest.json to --out.")
final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Input files, directories (read recursively) or globs: .jsonl, .jsonl.gz, .txt, .csv.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  String out;

  @Option(names = "--published-default", paramLabel = "DATE",
      description = "Publication date (ISO) of articles that give none; without it their relative dates stay unresolved.")
  LocalDate publishedDefault;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[2], spark://host:7077, ...). Default: the one spark-submit sets, else local[*].")
  String master;

  @Option(names = "--watch", paramLabel = "FILE",
      description = "Watch list: one phrase or pattern a line (optionally name<TAB>pattern); trends count their mentions per period and speaker.")
  String watch;

  @Option(names = "--overwrite", description = "Replace --out if it exists.")
  boolean overwrite;

  @Option(names = "--incremental",
      description = "Add to the run in --out: read only input files it has not read (those it read must be unchanged), "
          + "compare new articles with all earlier ones for duplicates, and rewrite speakers and trends over everything. "
          + "Without a run in --out, a full run.")
  boolean incremental;

  @Option(names = "--near-duplicate-jaccard", paramLabel = "J",
      description = "Least Jaccard similarity of two texts' 5-word shingle sets for the later to be a near duplicate "
          + "of the earlier (default: ${DEFAULT-VALUE}).")
  double nearDuplicateJaccard = NearDuplicateSettings.DEFAULT_MIN_JACCARD;

  @Option(names = "--no-near-duplicates", description = "Look for exact duplicates only.")
  boolean noNearDuplicates;

  @Option(names = "--max-article-chars", paramLabel = "N", description = "Longest article text accepted (default: ${DEFAULT-VALUE}).")
  int maxArticleChars = IngestLimits.DEFAULT.maxArticleChars();

  @Option(names = "--max-line-bytes", paramLabel = "N", description = "Longest input line read (default: ${DEFAULT-VALUE}).")
  int maxLineBytes = IngestLimits.DEFAULT.maxLineBytes();

  @Option(names = "--max-gzip-ratio", paramLabel = "N", description = "Largest decompressed/compressed ratio of a .gz input (default: ${DEFAULT-VALUE}).")
  int maxGzipRatio = IngestLimits.DEFAULT.maxGzipRatio();

  @Option(names = "--max-statements-per-article", paramLabel = "N",
      description = "Statements kept per article; the article is flagged truncated:statements (default: ${DEFAULT-VALUE}).")
  int maxStatements = ExtractLimits.DEFAULT.maxStatementsPerArticle();

  @Option(names = "--article-budget-ms", paramLabel = "MS",
      description = "Time one article may take to extract; past it, it is flagged timeout:extract (default: ${DEFAULT-VALUE}).")
  long articleBudgetMillis = ExtractLimits.DEFAULT.articleBudgetMillis();

  @Option(names = "--stage-budget-ms", paramLabel = "MS",
      description = "Time one article may spend in each extraction step (tokenize, attribution, dates, stance); "
          + "past it, it is flagged timeout:<step> (default: ${DEFAULT-VALUE}).")
  long stageBudgetMillis = ExtractLimits.DEFAULT.stageBudgetMillis();

  @Override
  public Integer call() {
    RunConfig config = new RunConfig(inputs, out, publishedDefault, master, overwrite,
        new IngestLimits(maxArticleChars, maxLineBytes, maxGzipRatio), watch,
        new ExtractLimits(maxStatements, articleBudgetMillis, stageBudgetMillis),
        new NearDuplicateSettings(!noNearDuplicates, nearDuplicateJaccard), incremental);
    try (SparkSessions.Lease lease = SparkSessions.lease(master, "parley run")) {
      SparkSession spark = lease.session();
      Manifest m = new ParleyJob(spark, config, StatementPipeline::new).run();
      var c = m.counts();
      if (m.incremental() != null) {
        System.out.printf("parley: incremental: %d new input files (%d records) added to %d read before%n",
            m.incremental().newInputs(), m.incremental().newRecords(), m.incremental().previousInputs());
      }
      System.out.printf("parley: read %d records: %d articles (%d duplicates: %d exact, %d near), %d rejects; "
              + "%d statements, %d speakers, %d trend rows%n",
          c.get("records_read"), c.get("articles"), c.get("duplicates"), c.get("exact_duplicates"),
          c.get("near_duplicates"), c.get("rejects"), c.get("statements"), c.get("speakers"), c.get("trend_rows"));
      System.out.println("parley: reports written to " + out);
      if (!m.reconciled()) {
        System.err.println("parley: counts do not reconcile (records_read != articles + rejects); see " + out + "/manifest.json");
        return 1;
      }
      return 0;
    }
  }
}
