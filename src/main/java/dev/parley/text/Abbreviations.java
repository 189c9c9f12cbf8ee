package dev.parley.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Abbreviations the sentence model takes for a sentence end ("Sen.", "Oct.", "Md."), from the
 * resource {@code abbreviations.txt}; loaded once per JVM.
 */
public final class Abbreviations {
  private enum Kind { TITLE, BEFORE_NUMBER, NAME_END }

  private static volatile Abbreviations instance;

  private final Map<String, Kind> kinds = new HashMap<>();

  static Abbreviations get() {
    if (instance == null) {
      synchronized (Abbreviations.class) {
        if (instance == null) {
          instance = new Abbreviations();
        }
      }
    }
    return instance;
  }

  private Abbreviations() {
    try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt")) {
      if (in == null) {
        throw new IOException("Resource dev/parley/text/abbreviations.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.strip().split("\t");
          kinds.put(f[0], Kind.valueOf(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dev/parley/text/abbreviations.txt", e);
    }
  }

  /**
   * Whether {@code word} (no final period; a party prefix "R-" allowed) ends a place or company name: "Va",
   * "R-Ky", "Inc".
   */
  public static boolean isNameEnd(String word) {
    String w = word.length() > 2 && word.charAt(1) == '-' ? word.substring(2) : word;
    return get().kinds.get(w) == Kind.NAME_END;
  }

  /**
   * Whether the sentence the model ended at {@code end} (just after a period) goes on at {@code next}:
   * the period closes an abbreviation that does not end a sentence before the word at {@code next}.
   */
  boolean continuesAfter(String text, int end, int next) {
    if (closesShortBracket(text, end) && next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return true; // "Rep. Gwen Moore (D-Wis.) said": a party and state tag, not a sentence end
    }
    if (end < 2 || text.charAt(end - 1) != '.' || next >= text.length()) {
      return false;
    }
    int start = end - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    char c = text.charAt(next);
    boolean lower = Character.isLowerCase(c);
    boolean digit = Character.isDigit(c);
    if (start > 0 && text.charAt(start - 1) == '.' && start > 1 && Character.isLetter(text.charAt(start - 2))) {
      // "F.A.A. records show": a dotted form before a lower-case word; "Chairman G.K. Butterfield": initials
      return lower || Character.isUpperCase(c) && areInitials(text, start, end) && isNameBefore(text, dottedStart(text, start));
    }
    if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '('
        && text.charAt(start - 1) != '-') {
      return false;
    }
    String word = text.substring(start, end - 1);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return Character.isUpperCase(c) && isNameBefore(text, start) && !opensSentence(text, next); // "Dennis B. Ross"
    }
    Kind kind = kinds.get(word);
    if (kind == null) {
      return false;
    }
    return switch (kind) {
      case TITLE -> Character.isUpperCase(c) || digit || lower;
      case BEFORE_NUMBER -> digit;
      case NAME_END -> lower || digit;
    };
  }

  /** The text before {@code end} is ".)" closing a bracket opened at most 12 characters before ("(R-Ga.)"). */
  private static boolean closesShortBracket(String text, int end) {
    if (end < 3 || text.charAt(end - 1) != ')' || text.charAt(end - 2) != '.') {
      return false;
    }
    for (int p = end - 3; p >= 0 && end - p <= 12; p--) {
      char c = text.charAt(p);
      if (c == '(') {
        return true;
      }
      if (Character.isWhitespace(c) || c == ')') {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "It", "He",
      "She", "They", "We", "I", "But", "And", "Then", "In", "On", "This", "That", "There", "His", "Her", "Their");

  /** A word that opens sentences far more often than it follows an initial ("Plan B. Then ..."). */
  private static boolean opensSentence(String text, int next) {
    int e = next;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return SENTENCE_OPENERS.contains(text.substring(next, e));
  }

  /** Where the dotted form whose last letters start at {@code start} begins ("G.K." from "K"). */
  private static int dottedStart(String text, int start) {
    int p = start;
    while (p > 0 && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '.')) {
      p--;
    }
    return p;
  }

  /** The dotted form ending at {@code end} is single capital letters, each with its period ("G.K."). */
  private static boolean areInitials(String text, int start, int end) {
    int p = dottedStart(text, start);
    for (int i = p; i < end; i += 2) {
      if (!Character.isUpperCase(text.charAt(i)) || i + 1 >= end || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word right before the initial at {@code start} ("Dennis B."). */
  private static boolean isNameBefore(String text, int start) {
    int p = start - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    int e = p + 1;
    while (p >= 0 && Character.isLetter(text.charAt(p))) {
      p--;
    }
    return e - (p + 1) >= 2 && Character.isUpperCase(text.charAt(p + 1));
  }
}
