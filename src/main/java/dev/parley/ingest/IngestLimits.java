package dev.parley.ingest;

import java.io.Serializable;

/**
 * Bounds on what one input record may cost. A record over a bound becomes a reject naming the
 * bound; the run goes on.
 *
 * @param maxArticleChars longest article text accepted, in characters
 * @param maxLineBytes longest input line read (JSONL, CSV), in bytes; a longer line is skipped
 *     without being held in memory
 * @param maxGzipRatio largest decompressed-to-compressed size ratio of a .gz input before it is
 *     treated as a decompression bomb
 */
public record IngestLimits(int maxArticleChars, int maxLineBytes, int maxGzipRatio) implements Serializable {
  public static final IngestLimits DEFAULT = new IngestLimits(1_000_000, 8 * 1024 * 1024, 200);

  public IngestLimits {
    if (maxArticleChars <= 0 || maxLineBytes <= 0 || maxGzipRatio <= 0) {
      throw new IllegalArgumentException("Ingest limits must be positive: " + maxArticleChars + ", " + maxLineBytes + ", " + maxGzipRatio);
    }
  }
}
