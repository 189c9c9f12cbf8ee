package dev.parley.cli;

import dev.parley.api.Article;
import dev.parley.api.StageListener;
import dev.parley.ingest.ArticleValidator;
import dev.parley.ingest.IngestLimits;
import dev.parley.ingest.InputFormat;
import dev.parley.ingest.ParsedRecord;
import dev.parley.job.ExtractLimits;
import dev.parley.ingest.RecordReader;
import dev.parley.pipeline.AdversarialTexts;
import dev.parley.pipeline.StatementPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timings", mixinStandardHelpOptions = true,
    description = "Time the NLP core per article and per stage, on one core and without Spark: p50, p99 and max "
        + "over JSONL files and/or the built-in adversarial texts, with the job's default statement cap.")
final class TimingsCommand implements Callable<Integer> {
  @Option(names = "--input", arity = "1..*", paramLabel = "FILE", description = "JSONL files (.jsonl or .jsonl.gz).")
  List<Path> inputs = List.of();

  @Option(names = "--adversarial", description = "Also time the adversarial texts (unclosed quotes, 10,000 'said', ...).")
  boolean adversarial;

  @Option(names = "--write-adversarial", paramLabel = "FILE",
      description = "Write the adversarial texts as a JSONL file (for 'parley run') and stop.")
  Path writeAdversarial;

  @Option(names = "--warmup", paramLabel = "N", description = "Articles run first and not timed (default: ${DEFAULT-VALUE}).")
  int warmup = 500;

  /** One article's time in all, and per stage of the pipeline ({@link StatementPipeline#STAGES}). */
  private record Timing(String name, long nanos, Map<String, Long> stages) {}

  /** Adds up the time of each stage the pipeline reports. */
  private static final class StageTimes implements StageListener {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String stage;
    private long since;

    @Override
    public void enter(String next) {
      long now = System.nanoTime();
      stop(now);
      stage = next;
      since = now;
    }

    Map<String, Long> finish() {
      stop(System.nanoTime());
      return nanos;
    }

    private void stop(long now) {
      if (stage != null) {
        nanos.merge(stage, now - since, Long::sum);
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (writeAdversarial != null) {
      writeAdversarial(writeAdversarial);
      return 0;
    }
    if (inputs.isEmpty() && !adversarial) {
      throw new IllegalArgumentException("Give --input FILE... and/or --adversarial");
    }
    StatementPipeline pipeline = new StatementPipeline();
    for (Path input : inputs) {
      List<Article> articles = read(input);
      for (Article a : articles.subList(0, Math.min(warmup, articles.size()))) {
        pipeline.extract(a);
      }
      report(input.toString(), time(pipeline, articles));
    }
    if (adversarial) {
      List<Timing> timings = new ArrayList<>();
      for (Map.Entry<String, String> c : AdversarialTexts.all().entrySet()) {
        timings.addAll(time(pipeline, List.of(Article.of(c.getKey(), LocalDate.of(2024, 11, 8), c.getValue()))));
      }
      report("adversarial texts", timings);
      System.out.printf("  %-32s %9s", "", "total");
      StatementPipeline.STAGES.forEach(s -> System.out.printf(" %11s", s));
      System.out.println();
      for (Timing t : timings) {
        System.out.printf("  %-32s %6.1f ms", t.name(), t.nanos() / 1e6);
        StatementPipeline.STAGES.forEach(s -> System.out.printf(" %8.1f ms", t.stages().getOrDefault(s, 0L) / 1e6));
        System.out.println();
      }
    }
    return 0;
  }

  /** The adversarial texts as JSONL articles, one per line, ids adversarial-01 ... */
  private static void writeAdversarial(Path file) throws IOException {
    try (var out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      int n = 0;
      for (Map.Entry<String, String> c : AdversarialTexts.all().entrySet()) {
        var node = dev.parley.api.Json.MAPPER.createObjectNode()
            .put("id", String.format("adversarial-%02d", ++n)).put("published", "2024-11-08")
            .put("title", c.getKey()).put("text", c.getValue());
        // Escaped, so that the broken surrogates travel as \\uD800 and reach the reader as such.
        out.write(dev.parley.api.Json.MAPPER.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(node));
        out.newLine();
      }
    }
    System.out.println("parley: wrote " + AdversarialTexts.all().size() + " adversarial articles to " + file);
  }

  private static List<Timing> time(StatementPipeline pipeline, List<Article> articles) {
    List<Timing> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      StageTimes stages = new StageTimes();
      long t0 = System.nanoTime();
      pipeline.extract(a, stages, ExtractLimits.DEFAULT.maxStatementsPerArticle());
      long nanos = System.nanoTime() - t0;
      out.add(new Timing(a.id(), nanos, stages.finish()));
    }
    return out;
  }

  private static void report(String what, List<Timing> timings) {
    long[] sorted = timings.stream().mapToLong(Timing::nanos).sorted().toArray();
    Timing max = timings.stream().max((x, y) -> Long.compare(x.nanos(), y.nanos())).orElseThrow();
    System.out.printf("%s: %d articles, per article p50 %.2f ms, p99 %.2f ms, max %.1f ms (%s)%n", what, sorted.length,
        percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, max.nanos() / 1e6, max.name());
    StringBuilder stages = new StringBuilder("  slowest article per stage:");
    for (String stage : StatementPipeline.STAGES) {
      Timing slowest = timings.stream()
          .max((x, y) -> Long.compare(x.stages().getOrDefault(stage, 0L), y.stages().getOrDefault(stage, 0L))).orElseThrow();
      stages.append(String.format(" %s %.1f ms (%s);", stage, slowest.stages().getOrDefault(stage, 0L) / 1e6, slowest.name()));
    }
    System.out.println(stages.substring(0, stages.length() - 1));
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  private static List<Article> read(Path input) throws IOException {
    InputFormat format = InputFormat.of(input.getFileName().toString())
        .filter(f -> f == InputFormat.JSONL || f == InputFormat.JSONL_GZ)
        .orElseThrow(() -> new IllegalArgumentException("Not a .jsonl or .jsonl.gz file: " + input));
    List<Article> articles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(input);
        RecordReader reader = new RecordReader(input.toString(), format, Files.size(input), in,
            new ArticleValidator(IngestLimits.DEFAULT, null), IngestLimits.DEFAULT)) {
      while (reader.hasNext()) {
        ParsedRecord r = reader.next();
        if (r.article() != null) {
          articles.add(r.article());
        }
      }
    }
    return articles;
  }
}
