package dev.parley.time;
// TEMPORARY STUB, replaced by feat/time
public final class DateTagger {
  public java.time.LocalDate anchor(String text, java.time.LocalDate p) { return p; }
  public StatementDate statementDate(String text, dev.parley.text.Span s, dev.parley.text.Span c, java.time.LocalDate p) { return new StatementDate(p, dev.parley.api.DateBasis.PUBLISHED); }
  public java.util.List<java.time.LocalDate> eventDates(String t, dev.parley.text.Span c, java.time.LocalDate a) { return java.util.List.of(); }
}
