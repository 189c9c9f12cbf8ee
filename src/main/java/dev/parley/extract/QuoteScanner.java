package dev.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations: pairs of straight ("..."), curly (“...”) or doubled-apostrophe
 * (''...'', the style of some US papers) marks. Marks of another kind inside a quotation are nested
 * quotes and are left inside it. A quotation still open at a paragraph break ends there: news style
 * reopens a long quote on each paragraph without closing. One linear pass; no regular expressions.
 */
final class QuoteScanner {
  /**
   * A quotation: {@code open} is the index of the opening mark, {@code close} of the closing one (or
   * the paragraph end when unclosed); {@code openLength}/{@code closeLength} are the marks' lengths
   * (0 for a missing closing mark).
   */
  record Quote(int open, int close, int openLength, int closeLength) {
    int innerStart() {
      return open + openLength;
    }

    /** The index just after the closing mark, or after the paragraph break of an unclosed quote. */
    int after() {
      return close + Math.max(closeLength, 1);
    }
  }

  private QuoteScanner() {}

  static List<Quote> scan(String text) {
    boolean everyLineAParagraph = !hasIndentedLine(text);
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    char kind = 0;
    int nested = 0; // curly quotes opened inside a curly quote and not yet closed: what he calls “hell”
    int straight = 0; // straight quotes opened inside a curly quote and not yet closed
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean doubled = isDoubledApostrophe(text, i);
      if (open >= 0 && isParagraphBreak(text, i, everyLineAParagraph)) {
        quotes.add(new Quote(open, i, kind == '\'' ? 2 : 1, 0));
        open = -1;
      } else if (open < 0 && (c == '"' || c == '\u201C' || doubled || c == '\u201D' && opensParagraph(text, i))) {
        open = i; // a paragraph cannot open with a closing mark: ”Fear. I am afraid.” opens a quote
        kind = c == '\u201D' ? '\u201C' : c;
        nested = 0;
        straight = 0;
        i += doubled ? 1 : 0;
      } else if (open >= 0 && kind == '\u201C' && c == '"' && !closingShaped(text, i)) {
        straight++; // a straight quote opened inside a curly one
      } else if (open >= 0 && kind == '\u201C' && c == '"' && straight > 0) {
        straight--;
      } else if (open >= 0 && kind == '\u201C' && c == '"' && nested == 0) {
        quotes.add(new Quote(open, i, 1, 1)); // \u201C...," mixed marks (politico copy): the straight one closes
        open = -1;
      } else if (open >= 0 && kind == '\u201C' && c == '\u201C') {
        nested++;
      } else if (open >= 0 && kind == '\u201C' && c == '\u201D' && nested > 0) {
        nested--;
      } else if (open >= 0 && ((kind == '"' && c == '"') || (kind == '\u201C' && c == '\u201D')
          || kind == '\'' && doubled)) {
        quotes.add(new Quote(open, i, doubled ? 2 : 1, doubled ? 2 : 1));
        open = -1;
        i += doubled ? 1 : 0;
      }
    }
    if (open >= 0) {
      quotes.add(new Quote(open, text.length(), kind == '\'' ? 2 : 1, 0));
    }
    return quotes;
  }

  /** A straight mark after a word or punctuation and before a space, a mark or the end: it closes. */
  private static boolean closingShaped(String text, int i) {
    boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean beforeGap = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return afterWord && beforeGap;
  }

  /** The mark at {@code i} is the first character of its paragraph (or the text) and a word follows it. */
  private static boolean opensParagraph(String text, int i) {
    if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
      return false;
    }
    for (int p = i - 1; p >= 0; p--) {
      char c = text.charAt(p);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Two apostrophes, not part of a longer run: a quotation mark of the ''...'' style. */
  static boolean isDoubledApostrophe(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
        && (i == 0 || text.charAt(i - 1) != '\'') && (i + 2 >= text.length() || text.charAt(i + 2) != '\'');
  }

  /** Whether {@code s} holds a double quotation mark of any style. */
  static boolean hasMark(String s) {
    return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0 || s.contains("''");
  }

  /**
   * Texts whose paragraphs open with an indent (wire copy) wrap their lines, so a single line break
   * is no paragraph end there; in other texts every line is a paragraph.
   */
  static boolean hasIndentedLine(String text) {
    for (int i = text.indexOf('\n'); i >= 0 && i + 2 < text.length(); i = text.indexOf('\n', i + 1)) {
      char a = text.charAt(i + 1);
      if (a == '\t' || a == ' ' && text.charAt(i + 2) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** A line break followed by a blank line or by an indented line. */
  static boolean isParagraphBreak(String text, int i) {
    return isParagraphBreak(text, i, false);
  }

  private static boolean isParagraphBreak(String text, int i, boolean everyLine) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    if (everyLine) {
      return true;
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
