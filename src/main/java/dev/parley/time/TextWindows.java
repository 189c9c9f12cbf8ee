package dev.parley.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Bounded looks around an offset: neighbouring words, the sentence and the paragraph. */
final class TextWindows {
  /** How far any look reaches, so work per expression stays constant on long texts. */
  static final int REACH = 400;

  private TextWindows() {}

  /** Up to n words before offset, in text order, stopping at a sentence end. */
  static List<String> wordsBefore(String text, int offset, int n) {
    List<String> out = new ArrayList<>();
    int i = offset;
    int limit = Math.max(0, offset - REACH);
    while (out.size() < n && i > limit) {
      int end = i;
      while (end > limit && !isWordChar(text.charAt(end - 1))) {
        char c = text.charAt(end - 1);
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') {
          if (!(c == '.' && end - 1 > 0 && abbreviation(text, end - 1))) {
            Collections.reverse(out);
            return out;
          }
        }
        end--;
      }
      int start = end;
      while (start > limit && isWordChar(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        break;
      }
      out.add(text.substring(start, end));
      i = start;
    }
    Collections.reverse(out);
    return out;
  }

  /** Up to n words after offset, stopping at a sentence end. */
  static List<String> wordsAfter(String text, int offset, int n) {
    List<String> out = new ArrayList<>();
    int i = offset;
    int limit = Math.min(text.length(), offset + REACH);
    while (out.size() < n && i < limit) {
      while (i < limit && !isWordChar(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';' || (c == '.' && !abbreviation(text, i))) {
          return out;
        }
        i++;
      }
      int start = i;
      while (i < limit && isWordChar(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && end > offset - 3 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 20 && (isWordChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    return text.substring(start, end);
  }

  static String wordAfter(String text, int offset) {
    int start = offset;
    while (start < text.length() && start < offset + 3 && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && end - start < 20 && isWordChar(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /**
   * Start of the paragraph holding offset: after a blank line, or after a line break that ends
   * a sentence or is followed by indentation (wire copy wraps lines inside paragraphs).
   */
  static int paragraphStart(String text, int offset) {
    int limit = Math.max(0, offset - REACH);
    for (int i = offset - 1; i > limit; i--) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      boolean indented = i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n');
      int p = i - 1;
      while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r')) {
        p--;
      }
      boolean endsSentence = p < 0 || ".!?\"\u201d:\n".indexOf(text.charAt(p)) >= 0;
      if (indented || endsSentence) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Bounds of the sentence around offset, found by punctuation (no model: a cheap look). */
  static int sentenceStart(String text, int offset) {
    int limit = Math.max(0, offset - REACH);
    for (int i = offset - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(String text, int offset) {
    int limit = Math.min(text.length(), offset + REACH);
    for (int i = offset; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
          || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** A period after a short capitalised word ("Oct.", "No.", "U.S.") does not end a sentence. */
  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && dot - s < 5 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    int len = dot - s;
    return len > 0 && len <= 4 && Character.isUpperCase(text.charAt(s))
        && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }
}
