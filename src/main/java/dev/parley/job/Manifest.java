package dev.parley.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.ingest.FileSummary;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code manifest.json}: what a run read, what it wrote, how long each stage took and with which
 * versions. The only file of a run that holds wall-clock times.
 */
public record Manifest(
    @JsonProperty("parley_version") String parleyVersion,
    @JsonProperty("versions") SortedMap<String, String> versions,
    @JsonProperty("config") SortedMap<String, Object> config,
    @JsonProperty("inputs") List<FileSummary> inputs,
    @JsonProperty("skipped_inputs") List<String> skippedInputs,
    @JsonProperty("counts") SortedMap<String, Long> counts,
    @JsonProperty("rejects_by_reason") SortedMap<String, Long> rejectsByReason,
    @JsonProperty("reconciled") boolean reconciled,
    @JsonProperty("timings_ms") SortedMap<String, Long> timingsMs,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("finished_at") String finishedAt,
    @JsonProperty("incremental") Incremental incremental) {

  /**
   * What an incremental run added to the run it extended (null for a full run); everything else
   * in the manifest covers all inputs read so far.
   *
   * @param previousInputs inputs the earlier runs had read (kept, not read again)
   * @param newInputs inputs this run read
   * @param newRecords records read from them
   * @param previousStartedAt when the run this one extends started
   */
  public record Incremental(
      @JsonProperty("previous_inputs") int previousInputs,
      @JsonProperty("new_inputs") int newInputs,
      @JsonProperty("new_records") long newRecords,
      @JsonProperty("previous_started_at") String previousStartedAt) {}
}
