package dev.parley.ingest;

import dev.parley.api.Article;

/**
 * One input record after parsing: an accepted article or a reject, with where it came from.
 *
 * @param sourceFile the input file as given to the run
 * @param line 1-based line of the record in its file (1 for a .txt file; the first line of a CSV
 *     row); 0 when the record stands for a whole unreadable file
 * @param article the accepted article, null for a reject
 * @param idGiven whether the input named an id (otherwise it was derived from the text)
 * @param reason why it was rejected, null for an article
 * @param detail a one-line explanation for a person
 * @param excerpt the first characters of the raw record
 */
public record ParsedRecord(
    String sourceFile,
    long line,
    Article article,
    boolean idGiven,
    RejectReason reason,
    String detail,
    String excerpt) {

  public static final int EXCERPT_CHARS = 500;

  public static ParsedRecord accepted(String sourceFile, long line, Article article, boolean idGiven) {
    return new ParsedRecord(sourceFile, line, article, idGiven, null, null, null);
  }

  public static ParsedRecord rejected(String sourceFile, long line, RejectReason reason, String detail, String raw) {
    return new ParsedRecord(sourceFile, line, null, false, reason, detail, excerpt(raw));
  }

  public boolean isRejected() {
    return reason != null;
  }

  /** The first {@value #EXCERPT_CHARS} characters, never splitting a surrogate pair. */
  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() <= EXCERPT_CHARS) {
      return raw;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }
}
