package dev.parley.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input forms of CONTRACT.md section 1, recognised by file name. */
public enum InputFormat {
  /** One JSON article per line. */
  JSONL(false),
  /** JSONL compressed with gzip. */
  JSONL_GZ(true),
  /** One article per file; title is the first non-empty line. */
  TXT(false),
  /** A header row naming at least {@code text}. */
  CSV(false);

  private final boolean gzip;

  InputFormat(boolean gzip) {
    this.gzip = gzip;
  }

  public boolean gzip() {
    return gzip;
  }

  /** The format of a file name, or empty when the name is not one Parley reads. */
  public static Optional<InputFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
      return Optional.of(JSONL_GZ);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(TXT);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
