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
    @JsonProperty("finished_at") String finishedAt) {}
