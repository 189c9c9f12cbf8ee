package dev.parley.job;

import dev.parley.ingest.InputFormat;
import java.io.Serializable;

/** One file the run reads, in the order of the run (its index decides which duplicate comes first). */
public record InputFile(int index, String path, InputFormat format, long bytes) implements Serializable {}
