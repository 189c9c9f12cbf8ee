package dev.parley.cli;

import dev.parley.api.Json;
import dev.parley.bench.Bench;
import dev.parley.bench.CorpusBuilder;
import dev.parley.bench.ProfileSummary;
import dev.parley.bench.Sizes;
import dev.parley.bench.WordCountBaseline;
import dev.parley.job.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the full job against a word-count baseline on synthetic corpora of 10k, 100k, 1M articles "
        + "built from ../shared/eval; results to --results (JSON) and a table.",
        "Every run is a child JVM; corpora are cached under --work."},
    subcommands = {BenchCommand.Corpus.class, BenchCommand.Baseline.class, BenchCommand.Profile.class})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "LIST", description = "Corpus sizes, run in this order (default: ${DEFAULT-VALUE}).")
  String sizes = "10k,100k";

  @Option(names = "--work", paramLabel = "DIR", description = "Corpora, outputs and logs (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("target/bench");

  @Option(names = "--results", paramLabel = "FILE", description = "The results JSON (default: ${DEFAULT-VALUE}).")
  Path results = Path.of("bench/results.json");

  @Option(names = "--eval", paramLabel = "DIR", description = "The shared corpora (default: ${DEFAULT-VALUE}).")
  Path eval = Path.of("../shared/eval");

  @Option(names = "--source", paramLabel = "FILE", arity = "1..*",
      description = "JSONL corpora to build from instead of those of --eval.")
  List<Path> sources;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus builder (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--cluster", paramLabel = "KIND",
      description = "standalone (driver and executor in separate JVMs, started here) or local (one JVM) (default: ${DEFAULT-VALUE}).")
  String cluster = "standalone";

  @Option(names = "--java-opts", paramLabel = "OPTS",
      description = "Options of every driver JVM, full job and baselines alike (default: -Xmx1g on the standalone "
          + "cluster, where the executor has --executor-memory; -Xmx4g in local mode, as jobs/parley).")
  String javaOpts;

  @Option(names = "--executor-memory", paramLabel = "SIZE", description = "Executor heap on the standalone cluster (default: ${DEFAULT-VALUE}).")
  String executorMemory = "4g";

  @Option(names = "--executor-cores", paramLabel = "N", description = "Cores of the standalone worker (default: all of them).")
  int executorCores = Runtime.getRuntime().availableProcessors();

  @Option(names = "--tokenizers", paramLabel = "LIST",
      description = "Baselines: opennlp (Parley's own tokenisation), whitespace; 'none' for no baseline (default: ${DEFAULT-VALUE}).")
  String tokenizers = "opennlp,whitespace";

  @Option(names = "--jfr", description = "Record the full job with JDK Flight Recorder and print what dominates.")
  boolean jfr;

  @Option(names = "--sample-ms", paramLabel = "MS", description = "How often /proc is read for memory (default: ${DEFAULT-VALUE}).")
  long sampleMillis = 200;

  @Override
  public Integer call() {
    Bench.Options options;
    try {
      Bench.Cluster kind = switch (cluster.toLowerCase(Locale.ROOT)) {
        case "standalone" -> Bench.Cluster.STANDALONE;
        case "local" -> Bench.Cluster.LOCAL;
        default -> throw new IllegalArgumentException("Invalid --cluster: " + cluster + " (expected standalone or local)");
      };
      List<Path> from = sources == null ? CorpusBuilder.defaultSources(eval) : sources;
      options = new Bench.Options(Sizes.parseList(sizes), work, results, from, seed, kind,
          javaOptions(kind), executorMemory, executorCores,
          tokenizers(tokenizers), jfr, sampleMillis);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    new Bench(options, System.out).run();
    return 0;
  }

  private List<String> javaOptions(Bench.Cluster kind) {
    String opts = javaOpts != null ? javaOpts : kind == Bench.Cluster.STANDALONE ? "-Xmx1g" : "-Xmx4g";
    return Arrays.stream(opts.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  static List<WordCountBaseline.Tokenizer> tokenizers(String list) {
    List<WordCountBaseline.Tokenizer> out = new ArrayList<>();
    for (String t : list.split(",")) {
      String name = t.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("NONE")) {
        continue;
      }
      try {
        out.add(WordCountBaseline.Tokenizer.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Invalid tokenizer: " + t.strip() + " (expected opennlp, whitespace or none)");
      }
    }
    return out;
  }

  @Command(name = "corpus", mixinStandardHelpOptions = true,
      description = "Build (or reuse) one synthetic corpus and print its corpus.json.")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--size", required = true, paramLabel = "N", description = "Articles: 200, 10k, 1M.")
    String size;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where the corpus goes.")
    Path dir;

    @Option(names = "--eval", paramLabel = "DIR", description = "The shared corpora (default: ${DEFAULT-VALUE}).")
    Path eval = Path.of("../shared/eval");

    @Option(names = "--source", paramLabel = "FILE", arity = "1..*", description = "JSONL corpora instead of those of --eval.")
    List<Path> sources;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws IOException {
      List<Path> from = sources == null ? CorpusBuilder.defaultSources(eval) : sources;
      new CorpusBuilder(from, seed).build(Sizes.parse(size), dir);
      System.out.print(Files.readString(dir.resolve(CorpusBuilder.INFO_FILE)));
      return 0;
    }
  }

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = "The baseline Spark job: read the JSONL input, tokenise, count words (total, distinct, top 20).")
  static final class Baseline implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH", description = "JSONL files or folders.")
    List<String> inputs;

    @Option(names = "--tokenizer", paramLabel = "NAME", description = "opennlp or whitespace (default: ${DEFAULT-VALUE}).")
    String tokenizer = "opennlp";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: as for parley run).")
    String master;

    @Option(names = "--result", paramLabel = "FILE", description = "Write the result as JSON here (default: print it).")
    Path result;

    @Override
    public Integer call() throws IOException {
      List<WordCountBaseline.Tokenizer> t = tokenizers(tokenizer);
      if (t.size() != 1) {
        throw new IllegalArgumentException("Invalid --tokenizer: " + tokenizer + " (expected opennlp or whitespace)");
      }
      WordCountBaseline.Result r;
      try (SparkSessions.Lease lease = SparkSessions.lease(master, "parley bench baseline")) {
        r = WordCountBaseline.run(lease.session(), inputs, t.get(0));
      }
      String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n";
      if (result == null) {
        System.out.print(json);
      } else {
        Files.writeString(result, json);
        System.out.printf("parley bench baseline: %,d articles, %,d words (%,d distinct) in %.1f s%n", r.articles(),
            r.words(), r.distinctWords(), r.jobMillis() / 1000.0);
      }
      return 0;
    }
  }

  @Command(name = "profile", mixinStandardHelpOptions = true,
      description = "Summarise JDK Flight Recorder files: CPU samples by component and by top method.")
  static final class Profile implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JFR files (one run's, summed).")
    List<Path> files;

    @Override
    public Integer call() {
      System.out.print(ProfileSummary.format(ProfileSummary.of(files)));
      return 0;
    }
  }
}
