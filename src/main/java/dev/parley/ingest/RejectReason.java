package dev.parley.ingest;

import java.util.Locale;

/** Why an input record was not accepted; written in lower case in {@code rejects/}. */
public enum RejectReason {
  /** The line is not a JSON object. */
  BAD_JSON,
  /** A CSV row that does not parse against the header. */
  BAD_CSV,
  /** No {@code text} field, or only white space. */
  NO_TEXT,
  /** A field has the wrong type (text that is a number, an id that is an object). */
  BAD_FIELD,
  /** {@code published} or {@code date} does not parse as an ISO date or date-time. */
  BAD_DATE,
  /** Bytes that are not valid UTF-8. */
  BAD_ENCODING,
  /** NUL bytes or control characters: not text. */
  BINARY_CONTENT,
  /** Text longer than the article size limit. */
  TOO_LARGE,
  /** A line longer than the line length limit. */
  LINE_TOO_LONG,
  /** A .gz input that expands past the decompression ratio limit. */
  GZIP_BOMB,
  /** The file (or the rest of it) could not be read: permissions, a corrupt archive. */
  UNREADABLE,
  /** An {@code id} already given to an earlier record with another text. */
  DUPLICATE_ID;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
