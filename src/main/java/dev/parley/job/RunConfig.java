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
 * @param nearDuplicates whether and how near duplicates are found
 * @param incremental add to the run already in {@code out}: read only inputs it has not read
 */
public record RunConfig(
    List<String> inputs,
    String out,
    LocalDate publishedDefault,
    String master,
    boolean overwrite,
    IngestLimits limits,
    String watchFile,
    ExtractLimits extractLimits,
    NearDuplicateSettings nearDuplicates,
    boolean incremental) {

  public RunConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("At least one --input is required");
    }
  }

  /** A full run with near duplicates found at the default threshold. */
  public RunConfig(List<String> inputs, String out, LocalDate publishedDefault, String master, boolean overwrite,
      IngestLimits limits, String watchFile, ExtractLimits extractLimits) {
    this(inputs, out, publishedDefault, master, overwrite, limits, watchFile, extractLimits,
        NearDuplicateSettings.DEFAULT, false);
  }
}
