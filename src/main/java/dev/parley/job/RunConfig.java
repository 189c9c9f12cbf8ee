package dev.parley.job;

import dev.parley.ingest.IngestLimits;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a run depends on besides its input bytes; written to the manifest.
 *
 * @param inputs files, directories or globs
 * @param out the output directory
 * @param publishedDefault the publication date of inputs that give none, or null
 * @param master the Spark master URL, or null to take it from spark-submit (else local[*])
 * @param overwrite replace an existing output directory
 * @param limits bounds on one input record
 * @param watchFile an analyst's watch list (phrases or patterns to count), or null
 * @param extractLimits bounds on extracting one article
 */
public record RunConfig(
    List<String> inputs,
    String out,
    LocalDate publishedDefault,
    String master,
    boolean overwrite,
    IngestLimits limits,
    String watchFile,
    ExtractLimits extractLimits) {

  public RunConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("At least one --input is required");
    }
  }
}
