package dev.parley.time.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document: its id, creation date (the DCT value, the anchor for relative expressions),
 * the plain text of its TEXT element and the gold TIMEX3 expressions in it.
 */
public record TimeMlDocument(String id, LocalDate dct, String text, List<Timex> timexes) {
  /** A TIMEX3 expression: [start, end) in the plain text, its TimeML type and value. */
  public record Timex(int start, int end, String type, String value) {}

  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }
}
