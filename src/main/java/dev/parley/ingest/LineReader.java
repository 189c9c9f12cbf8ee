package dev.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line without ever holding more than {@code maxBytes} of one line:
 * a longer line is skipped to its end, and only its first bytes are kept for the reject excerpt.
 */
final class LineReader {
  private static final int EXCERPT_BYTES = 2048;

  private final InputStream in;
  private final int maxBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long lineNumber;
  private boolean tooLong;
  private long lineLength;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its line break, or null at the end. Check {@link #tooLong()} after. */
  byte[] next() throws IOException {
    buffer.reset();
    tooLong = false;
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(chunk, 0, chunk.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && chunk[pos] != '\n') {
        pos++;
      }
      append(start, pos);
      if (pos < limit) {
        pos++; // the '\n'
        break;
      }
    }
    lineNumber++;
    byte[] line = buffer.toByteArray();
    int n = line.length;
    if (!tooLong && n > 0 && line[n - 1] == '\r') {
      return java.util.Arrays.copyOf(line, n - 1);
    }
    return line;
  }

  private void append(int from, int to) {
    int len = to - from;
    lineLength += len;
    if (tooLong) {
      return;
    }
    if (lineLength > maxBytes) {
      tooLong = true;
      int keep = Math.max(0, EXCERPT_BYTES - buffer.size());
      buffer.write(chunk, from, Math.min(keep, len));
      return;
    }
    buffer.write(chunk, from, len);
  }

  /** Whether the line just returned was over the limit (it holds only its first bytes). */
  boolean tooLong() {
    return tooLong;
  }

  /** The full length in bytes of the line just returned. */
  long lineLength() {
    return lineLength;
  }

  /** 1-based number of the line just returned. */
  long lineNumber() {
    return lineNumber;
  }
}
