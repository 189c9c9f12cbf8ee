package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations: pairs of straight ("...") or curly (“...”) double marks. Marks of the
 * other kind inside a quotation are nested quotes and are left inside it. A quotation still open at
 * a paragraph break ends there: news style reopens a long quote on each paragraph without closing.
 * One linear pass; no regular expressions.
 */
final class QuoteScanner {
  /** A quotation: {@code open} is the index of the opening mark, {@code close} of the closing one
   * (or the paragraph end when unclosed). */
  record Quote(int open, int close) {
    int innerStart() {
      return open + 1;
    }
  }

  private QuoteScanner() {}

  static List<Quote> scan(String text) {
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    char kind = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && isParagraphBreak(text, i)) {
        quotes.add(new Quote(open, i));
        open = -1;
      } else if (open < 0 && (c == '"' || c == '\u201C')) {
        open = i;
        kind = c;
      } else if (open >= 0 && ((kind == '"' && c == '"') || (kind == '\u201C' && c == '\u201D'))) {
        quotes.add(new Quote(open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      quotes.add(new Quote(open, text.length()));
    }
    return quotes;
  }

  /** A line break followed by a blank line or by an indented line. */
  static boolean isParagraphBreak(String text, int i) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    int j = i + 1;
    int spaces = 0;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
      spaces++;
    }
    return j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r' || spaces >= 2;
  }
}
