package dev.parley.cli;

import dev.parley.score.PolnearConverter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Convert a PolNeAR split (text/ and attributions/) to articles.jsonl and gold.jsonl for 'parley run' and 'parley score --raw-speakers'.")
final class PolnearCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "DIR", description = "A PolNeAR split folder, e.g. ../shared/eval/polnear/dev.")
  Path in;

  @Option(names = "--metadata", paramLabel = "FILE", description = "PolNeAR's metadata.tsv, for publication dates (default: beside the split).")
  Path metadata;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write articles.jsonl and gold.jsonl.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path meta = metadata != null ? metadata : in.toAbsolutePath().resolveSibling("metadata.tsv");
    PolnearConverter.Result r = PolnearConverter.convert(in, meta.toFile().isFile() ? meta : null, out);
    System.out.printf("parley: %d articles, %d gold statements from the attributions with a source"
        + " (%d without a source left out) written to %s%n", r.articles(), r.statements(), r.withoutSource(), out);
    return 0;
  }
}
