package dev.parley.score;

import java.io.IOException;
import java.nio.file.Path;

/** A gold or article line that cannot be read; the message names the file and the 1-based line. */
public final class GoldFormatException extends IOException {
  private final Path file;
  private final int line;

  public GoldFormatException(Path file, int line, String reason, Throwable cause) {
    super(file + " line " + line + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }
}
