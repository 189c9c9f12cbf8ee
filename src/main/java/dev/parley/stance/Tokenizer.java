package dev.parley.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lower-cased words for pattern matching. Words are runs of letters and digits;
 * an apostrophe between letters stays inside ("don't"), as does a period between letters
 * ("u.s"). Hyphens split words ("anti-DPRK" is "anti", "dprk"). One linear pass, no regex.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
  static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int clause = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i, to);
        tokens.add(new Token(normalize(text.substring(i, end)), i, end, sentence, clause));
        i = end;
        continue;
      }
      if (endsSentence(text, i, to, tokens)) {
        sentence++;
        clause++;
      } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—') {
        clause++;
      }
      i++;
    }
    return tokens;
  }

  /** The lower-cased words of a pattern or lexicon phrase. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (Token t : tokenize(phrase, 0, phrase.length())) {
      words.add(t.word());
    }
    return words;
  }

  private static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '.')
          && j + 1 < to
          && Character.isLetter(text.charAt(j + 1))
          && Character.isLetter(text.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * A '.', '?' or '!' ends a sentence, except the period after an abbreviation written with
   * periods ("U.S.") or a single letter ("S. Korea").
   */
  private static boolean endsSentence(String text, int i, int to, List<Token> tokens) {
    char c = text.charAt(i);
    if (c == '?' || c == '!') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i) {
      String last = tokens.get(tokens.size() - 1).word();
      if (last.length() == 1 || last.indexOf('.') >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String normalize(String word) {
    return word.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
  }
}
