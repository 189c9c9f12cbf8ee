package dev.parley.text;

/** A half-open character range {@code [start, end)} of a text, in UTF-16 code units. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Invalid span: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
