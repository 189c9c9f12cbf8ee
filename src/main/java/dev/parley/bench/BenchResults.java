package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * A benchmark's results, as written to {@code bench/results.json}: where and how it ran, and per
 * corpus size the corpus, the full job's run and the baselines' runs.
 */
public record BenchResults(
    @JsonProperty("format") String format,
    @JsonProperty("date") String date,
    @JsonProperty("git") Git git,
    @JsonProperty("parley_version") String parleyVersion,
    @JsonProperty("machine") Machine machine,
    @JsonProperty("settings") Settings settings,
    @JsonProperty("corpus_method") String corpusMethod,
    @JsonProperty("sizes") List<SizeRun> sizes,
    @JsonProperty("checks") List<Check> checks) {

  public static final String FORMAT = "parley-bench-results/1";

  /** The commit benchmarked; {@code dirty} when the work tree had changes. Nulls outside git. */
  public record Git(@JsonProperty("commit") String commit, @JsonProperty("dirty") Boolean dirty) {}

  /** The machine, and its load average (1, 5, 15 minutes) before and after: a noisy run shows there. */
  public record Machine(
      @JsonProperty("cores") int cores,
      @JsonProperty("memory_bytes") long memoryBytes,
      @JsonProperty("cpu") String cpu,
      @JsonProperty("os") String os,
      @JsonProperty("java_version") String javaVersion,
      @JsonProperty("java_vm") String javaVm,
      @JsonProperty("load_average_before") String loadAverageBefore,
      @JsonProperty("load_average_after") String loadAverageAfter) {}

  /** How the runs were made; the same for the full job and the baselines. */
  public record Settings(
      @JsonProperty("cluster") String cluster,
      @JsonProperty("java_options") List<String> javaOptions,
      @JsonProperty("executor_memory") String executorMemory,
      @JsonProperty("executor_cores") Integer executorCores,
      @JsonProperty("seed") long seed,
      @JsonProperty("tokenizers") List<String> tokenizers,
      @JsonProperty("jfr") boolean jfr,
      @JsonProperty("sample_interval_ms") long sampleIntervalMillis) {}

  /** One corpus size: the corpus and every run on it. */
  public record SizeRun(
      @JsonProperty("label") String label,
      @JsonProperty("articles") long articles,
      @JsonProperty("corpus") CorpusSummary corpus,
      @JsonProperty("full") Run full,
      @JsonProperty("baselines") List<Run> baselines,
      @JsonProperty("full_to_baseline") SortedMap<String, Double> fullToBaseline,
      @JsonProperty("profile") ProfileSummary.Summary profile) {}

  /** The synthetic corpus of one size (see {@code corpus.json} beside it for all of it). */
  public record CorpusSummary(
      @JsonProperty("dir") String dir,
      @JsonProperty("files") int files,
      @JsonProperty("input_bytes") long inputBytes,
      @JsonProperty("json_bytes") long jsonBytes,
      @JsonProperty("text_chars") long textChars,
      @JsonProperty("length_chars") CorpusInfo.Quantiles lengthChars,
      @JsonProperty("template_length_chars") CorpusInfo.Quantiles templateLengthChars,
      @JsonProperty("by_source") SortedMap<String, Long> bySource,
      @JsonProperty("overlap") CorpusInfo.Overlap overlap,
      @JsonProperty("build_seconds") double buildSeconds) {

    static CorpusSummary of(Path dir, CorpusInfo c) {
      return new CorpusSummary(dir.toString(), c.files(), c.inputBytes(), c.jsonBytes(), c.textChars(), c.lengthChars(),
          c.templateLengthChars(), c.bySource(), c.overlap(), c.buildSeconds());
    }
  }

  /**
   * One measured child JVM run. {@code wall_seconds} is the process's whole life (JVM and Spark
   * start-up included); {@code job_seconds} is the job's own time as it reports it (the sum of the
   * manifest's stage times, or the baseline's timer). Articles per second are over each.
   * {@code cpu_seconds} is the CPU time of the driver and executor processes together, which a
   * busy machine inflates less than wall time.
   */
  public record Run(
      @JsonProperty("job") String job,
      @JsonProperty("exit_code") int exitCode,
      @JsonProperty("wall_seconds") double wallSeconds,
      @JsonProperty("articles_per_second") double articlesPerSecond,
      @JsonProperty("job_seconds") double jobSeconds,
      @JsonProperty("job_articles_per_second") double jobArticlesPerSecond,
      @JsonProperty("cpu_seconds") double cpuSeconds,
      @JsonProperty("driver") Memory driver,
      @JsonProperty("executor") Memory executor,
      @JsonProperty("same_jvm") boolean sameJvm,
      @JsonProperty("stage_ms") SortedMap<String, Long> stageMillis,
      @JsonProperty("counts") SortedMap<String, Long> counts,
      @JsonProperty("top_words") List<WordCountBaseline.WordCount> topWords,
      @JsonProperty("dir") String dir) {}

  /**
   * Memory and CPU of the processes of one role. {@code peak_rss_bytes} is the kernel's
   * high-water mark (VmHWM); heap figures come from the GC log. In local mode driver and executor
   * are one JVM ({@code same_jvm}) and both carry its figures.
   */
  public record Memory(
      @JsonProperty("peak_rss_bytes") long peakRssBytes,
      @JsonProperty("peak_heap_used_bytes") long peakHeapUsedBytes,
      @JsonProperty("max_heap_after_gc_bytes") long maxHeapAfterGcBytes,
      @JsonProperty("cpu_seconds") double cpuSeconds,
      @JsonProperty("processes") int processes) {

    static Memory of(ProcessSampler.Usage usage, GcLog heap) {
      return new Memory(usage.peakRssBytes(), heap.peakUsedBytes(), heap.maxAfterGcBytes(), usage.cpuSeconds(),
          usage.processes());
    }
  }

  /** One of the targets, checked on these figures; {@code met} is null where it cannot be. */
  public record Check(
      @JsonProperty("name") String name,
      @JsonProperty("target") String target,
      @JsonProperty("value") Double value,
      @JsonProperty("met") Boolean met,
      @JsonProperty("note") String note) {}

  public void write(Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.write(file, (Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n").getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static BenchResults read(Path file) {
    try {
      return Json.MAPPER.readValue(file.toFile(), BenchResults.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
