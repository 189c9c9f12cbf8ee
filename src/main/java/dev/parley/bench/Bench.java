package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import dev.parley.job.Versions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark: for each size, build (or reuse) the synthetic corpus, run each word-count
 * baseline and then the full job ({@code parley run}) as child JVMs with the same options on the
 * same master, and write the results after each size. On a standalone cluster (the default) the
 * driver and the executor are separate processes; in local mode they are one.
 */
public final class Bench {
  public enum Cluster { LOCAL, STANDALONE }

  /**
   * @param sizes corpus sizes in articles, run in this order
   * @param work where corpora, outputs, logs and the cluster's folders go
   * @param results the JSON file written
   * @param sources the real corpora synthetic articles are made from
   * @param javaOptions options of the driver JVMs (full job and baselines alike)
   * @param executorMemory executor heap on a standalone cluster (Spark's form: 4g)
   * @param executorCores cores of the standalone worker
   * @param jfr record the full job with JDK Flight Recorder and summarise the profile
   */
  public record Options(List<Long> sizes, Path work, Path results, List<Path> sources, long seed, Cluster cluster,
      List<String> javaOptions, String executorMemory, int executorCores, List<WordCountBaseline.Tokenizer> tokenizers,
      boolean jfr, long sampleIntervalMillis) {

    public Options {
      sizes = List.copyOf(sizes);
      sources = List.copyOf(sources);
      javaOptions = List.copyOf(javaOptions);
      tokenizers = List.copyOf(tokenizers);
      work = work.toAbsolutePath().normalize();
      if (work.toString().contains(" ")) {
        throw new IllegalArgumentException("Invalid --work " + work + ": Spark's executor options cannot hold a path with spaces");
      }
    }
  }

  /** How the corpora are made, for the results file and the README. */
  public static final String CORPUS_METHOD = "Each synthetic article takes a real article (drawn uniformly, seeded, from "
      + "KCNA 2011-2012, KCNA 2023-2024, Reuters-21578 and the UN General Debate slice) as its template: title, paragraph "
      + "style and paragraph lengths. Each paragraph slot is filled with a real paragraph of about that length (-20%/+25%) "
      + "drawn from the same corpus, never two from one real article; slots are halved until there are at least 3 and "
      + "none is over 40% of the article. An article that would share over half of its paragraph text (or of an earlier "
      + "one's) with one earlier article is drawn again, so there are no exact or near duplicates. Publication dates "
      + "are drawn uniformly over 2000-01-01..2025-12-31. Gzip JSONL, 10,000 articles a file and at least 8 files; a "
      + "smaller corpus is a prefix of a larger one with the same seed.";

  private static final String MAIN = "dev.parley.cli.Main";

  private final Options options;
  private final PrintStream log;
  private final ChildJvm jvm;

  public Bench(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
    this.jvm = ChildJvm.current();
  }

  public BenchResults run() {
    String loadBefore = loadAverage();
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    List<BenchResults.SizeRun> sizes = new ArrayList<>();
    StandaloneCluster cluster = null;
    Thread cleanup = null;
    BenchResults results = null;
    try {
      if (options.cluster() == Cluster.STANDALONE) {
        log.printf("bench: starting a standalone cluster (master and worker, %d cores, executor %s)%n",
            options.executorCores(), options.executorMemory());
        cluster = StandaloneCluster.start(jvm, options.work().resolve("cluster"), options.executorCores(),
            options.executorMemory());
        StandaloneCluster c = cluster;
        cleanup = new Thread(c::close, "bench-cluster-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
      }
      for (long n : options.sizes()) {
        sizes.add(runSize(n, cluster));
        results = results(started, loadBefore, sizes);
        results.write(options.results());
      }
    } finally {
      if (cluster != null) {
        cluster.close();
        Runtime.getRuntime().removeShutdownHook(cleanup);
      }
    }
    results = results(started, loadBefore, sizes);
    results.write(options.results());
    log.print(SummaryTable.format(results));
    log.println("bench: results written to " + options.results());
    return results;
  }

  private BenchResults results(String started, String loadBefore, List<BenchResults.SizeRun> sizes) {
    BenchResults.Settings settings = new BenchResults.Settings(options.cluster().name().toLowerCase(Locale.ROOT),
        options.javaOptions(), options.cluster() == Cluster.STANDALONE ? options.executorMemory() : null,
        options.cluster() == Cluster.STANDALONE ? options.executorCores() : null, options.seed(),
        options.tokenizers().stream().map(WordCountBaseline.Tokenizer::label).toList(), options.jfr(),
        options.sampleIntervalMillis());
    return new BenchResults(BenchResults.FORMAT, started, git(), Versions.parley(), machine(loadBefore), settings,
        CORPUS_METHOD, List.copyOf(sizes), Checks.of(sizes, options.cluster() == Cluster.LOCAL));
  }

  private BenchResults.SizeRun runSize(long n, StandaloneCluster cluster) {
    String label = Sizes.label(n);
    Path corpusDir = options.work().resolve("corpus").resolve(label + "-s" + options.seed());
    log.printf("bench %s: corpus %s%n", label, corpusDir);
    CorpusInfo corpus = new CorpusBuilder(options.sources(), options.seed()).build(n, corpusDir);
    log.printf("bench %s: %,d articles, %,d files, %.1f MB gzip, %.1f MB JSON%n", label, corpus.articles(), corpus.files(),
        corpus.inputBytes() / 1e6, corpus.jsonBytes() / 1e6);
    Path input = corpusDir.resolve(CorpusBuilder.ARTICLES_DIR);
    String master = cluster == null ? "local[*]" : cluster.url();

    List<BenchResults.Run> baselines = new ArrayList<>();
    for (WordCountBaseline.Tokenizer t : options.tokenizers()) {
      Path dir = runDir(label, "baseline-" + t.label());
      Path result = dir.resolve("result.json");
      List<String> args = List.of("bench", "baseline", "--input", input.toString(), "--tokenizer", t.label(),
          "--master", master, "--result", result.toString());
      ChildJvm.Measured m = measure("baseline " + t.label(), label, args, dir, cluster, false);
      baselines.add(baselineRun(t, m, result));
    }

    Path dir = runDir(label, "parley");
    Path out = options.work().resolve("out").resolve(label);
    List<String> args = List.of("run", "--input", input.toString(), "--out", out.toString(), "--overwrite",
        "--master", master);
    ChildJvm.Measured m = measure("parley run", label, args, dir, cluster, options.jfr());
    BenchResults.Run full = fullRun(m, out.resolve("manifest.json"), n);

    SortedMap<String, Double> ratios = new TreeMap<>();
    for (BenchResults.Run b : baselines) {
      ratios.put(b.job(), b.articlesPerSecond() == 0 ? null : round(full.articlesPerSecond() / b.articlesPerSecond(), 3));
    }
    ProfileSummary.Summary profile = null;
    if (options.jfr()) {
      profile = ProfileSummary.of(jfrFiles(dir));
      log.print(ProfileSummary.format(profile));
    }
    return new BenchResults.SizeRun(label, corpus.articles(), BenchResults.CorpusSummary.of(corpusDir, corpus), full,
        baselines, ratios, profile);
  }

  private ChildJvm.Measured measure(String what, String label, List<String> args, Path dir, StandaloneCluster cluster,
      boolean jfr) {
    if (cluster != null) {
      cluster.awaitIdle(Duration.ofSeconds(60));
    }
    try {
      CorpusBuilder.deleteRecursively(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.printf("bench %s: %s ...%n", label, what);
    List<String> command = jvm.command(jvmOptions(dir, cluster != null, jfr), MAIN, args);
    ChildJvm.Measured m = ChildJvm.run(command, Map.of(), dir, cluster == null ? null : cluster.workerPid(),
        options.sampleIntervalMillis());
    if (m.exitCode() != 0) {
      throw new IllegalStateException(what + " on " + label + " failed with exit code " + m.exitCode() + "; see " + dir
          + "/stderr.log: " + ChildJvm.tail(dir, 5));
    }
    log.printf("bench %s: %s took %.1f s, driver peak RSS %.0f MB%s%n", label, what, m.wallSeconds(),
        m.driver().peakRssBytes() / 1e6,
        cluster == null ? "" : String.format(", executor peak RSS %.0f MB", m.executors().peakRssBytes() / 1e6));
    return m;
  }

  /** The driver's options: the user's, a GC log, and on a cluster the executor's memory, cores and GC log. */
  List<String> jvmOptions(Path dir, boolean standalone, boolean jfr) {
    List<String> o = new ArrayList<>(options.javaOptions());
    o.add("-Xlog:gc:file=" + dir.resolve("gc-driver.log"));
    o.add("-Dspark.ui.enabled=false");
    String recording = "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=";
    if (standalone) {
      o.add("-Dspark.executor.memory=" + options.executorMemory());
      o.add("-Dspark.executor.cores=" + options.executorCores());
      o.add("-Dspark.cores.max=" + options.executorCores());
      String executor = "-Xlog:gc:file=" + dir.resolve("gc-executor-%p.log");
      if (jfr) {
        executor += " " + recording + dir.resolve("executor.jfr");
      }
      o.add("-Dspark.executor.extraJavaOptions=" + executor);
    } else if (jfr) {
      o.add(recording + dir.resolve("driver.jfr"));
    }
    return o;
  }

  private BenchResults.Run fullRun(ChildJvm.Measured m, Path manifestFile, long articles) {
    JsonNode manifest;
    try {
      manifest = Json.MAPPER.readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + manifestFile + ": " + e.getMessage(), e);
    }
    SortedMap<String, Long> counts = longs(manifest.path("counts"));
    SortedMap<String, Long> stages = longs(manifest.path("timings_ms"));
    double jobSeconds = stages.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
    long read = counts.getOrDefault("records_read", articles);
    return run("parley", m, read, jobSeconds, stages, counts, null);
  }

  private BenchResults.Run baselineRun(WordCountBaseline.Tokenizer t, ChildJvm.Measured m, Path resultFile) {
    WordCountBaseline.Result r;
    try {
      r = Json.MAPPER.readValue(resultFile.toFile(), WordCountBaseline.Result.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resultFile + ": " + e.getMessage(), e);
    }
    SortedMap<String, Long> counts = new TreeMap<>(Map.of("articles", r.articles(), "words", r.words(),
        "distinct_words", r.distinctWords()));
    return run("baseline-" + t.label(), m, r.articles(), r.jobMillis() / 1000.0, null, counts, r.topWords());
  }

  private static BenchResults.Run run(String job, ChildJvm.Measured m, long articles, double jobSeconds,
      SortedMap<String, Long> stages, SortedMap<String, Long> counts, List<WordCountBaseline.WordCount> top) {
    boolean sameJvm = m.executors().processes() == 0;
    BenchResults.Memory driver = BenchResults.Memory.of(m.driver(), m.driverHeap());
    BenchResults.Memory executor = sameJvm ? driver : BenchResults.Memory.of(m.executors(), m.executorHeap());
    double cpu = round(m.driver().cpuSeconds() + (sameJvm ? 0 : m.executors().cpuSeconds()), 2);
    return new BenchResults.Run(job, m.exitCode(), m.wallSeconds(), perSecond(articles, m.wallSeconds()),
        round(jobSeconds, 2), perSecond(articles, jobSeconds), cpu, driver, executor, sameJvm, stages, counts, top,
        m.dir().toString());
  }

  private Path runDir(String label, String job) {
    return options.work().resolve("runs").resolve(label).resolve(job);
  }

  private static List<Path> jfrFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jfr")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SortedMap<String, Long> longs(JsonNode node) {
    SortedMap<String, Long> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getValue().isNumber()) {
        out.put(e.getKey(), e.getValue().asLong());
      }
    }
    return out;
  }

  static double perSecond(long articles, double seconds) {
    return seconds <= 0 ? 0 : round(articles / seconds, 1);
  }

  static double round(double x, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(x * scale) / scale;
  }

  private static BenchResults.Machine machine(String loadBefore) {
    return new BenchResults.Machine(Runtime.getRuntime().availableProcessors(), memTotal(), cpuModel(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        System.getProperty("java.version"), System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
        loadBefore, loadAverage());
  }

  private static long memTotal() {
    String info = readOrEmpty(Path.of("/proc/meminfo"));
    return ProcStats.kilobytes(info, "MemTotal:") * 1024;
  }

  private static String cpuModel() {
    for (String line : readOrEmpty(Path.of("/proc/cpuinfo")).split("\n")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return null;
  }

  static String loadAverage() {
    String[] f = readOrEmpty(Path.of("/proc/loadavg")).strip().split("\\s+");
    return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : null;
  }

  private static String readOrEmpty(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The commit of the working directory and whether tracked files changed; nulls outside git. */
  static BenchResults.Git git() {
    String commit = command("git", "rev-parse", "HEAD");
    if (commit == null) {
      return new BenchResults.Git(null, null);
    }
    String status = command("git", "status", "--porcelain", "--untracked-files=no");
    return new BenchResults.Git(commit, status == null ? null : !status.isEmpty());
  }

  private static String command(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
