package dev.parley.cli;

import dev.parley.api.Article;
import dev.parley.ingest.ArticleValidator;
import dev.parley.ingest.IngestLimits;
import dev.parley.ingest.InputFormat;
import dev.parley.ingest.ParsedRecord;
import dev.parley.ingest.RecordReader;
import dev.parley.pipeline.AdversarialTexts;
import dev.parley.pipeline.StatementPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timings", mixinStandardHelpOptions = true,
    description = "Time the NLP core per article, on one core and without Spark: p50, p99 and max over JSONL files "
        + "and/or the built-in adversarial texts.")
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

  private record Timing(String name, long nanos) {}

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
      timings.forEach(t -> System.out.printf("  %-32s %8.1f ms%n", t.name(), t.nanos() / 1e6));
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
      long t0 = System.nanoTime();
      pipeline.extract(a);
      out.add(new Timing(a.id(), System.nanoTime() - t0));
    }
    return out;
  }

  private static void report(String what, List<Timing> timings) {
    long[] sorted = timings.stream().mapToLong(Timing::nanos).sorted().toArray();
    Timing max = timings.stream().max((x, y) -> Long.compare(x.nanos(), y.nanos())).orElseThrow();
    System.out.printf("%s: %d articles, per article p50 %.2f ms, p99 %.2f ms, max %.1f ms (%s)%n", what, sorted.length,
        percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, max.nanos() / 1e6, max.name());
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
