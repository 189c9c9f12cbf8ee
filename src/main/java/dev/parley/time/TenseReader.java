package dev.parley.time;

import dev.parley.time.Lexicon.Tense;
import java.util.List;
import java.util.Locale;

/**
 * Reads whether the words around an expression point to the past or the future of the anchor,
 * by the nearest word of tense.txt (up to 8 words back within the sentence, else 4 words on).
 */
final class TenseReader {
  private static final int BACK = 8;
  private static final int ON = 4;
  /** How far a weak word ("by", "until") looks for the verb that governs it. */
  private static final int GOVERNOR = 3;

  private final Lexicon lex;

  TenseReader(Lexicon lex) {
    this.lex = lex;
  }

  Tense tense(String text, int start, int end) {
    List<String> before = TextWindows.wordsBefore(text, start, BACK);
    for (int i = before.size() - 1; i >= 0; i--) {
      Tense t = tenseAt(before, i);
      if (t == Tense.NONE) {
        continue;
      }
      int weak = weakStart(before, i);
      if (weak < 0) {
        return t;
      }
      Tense governor = governor(text, start, before, weak, end);
      return governor != Tense.NONE ? governor : t;
    }
    List<String> after = TextWindows.wordsAfter(text, end, ON);
    for (int i = 0; i < after.size(); i++) {
      Tense t = tenseAt(after, i);
      if (t != Tense.NONE) {
        return t;
      }
    }
    return Tense.NONE;
  }

  /**
   * A weak word such as "by" or "to be" gives way to a verb of tense just before it ("had filed
   * reports by Wednesday", "believed to be carried out Tuesday") or, when it opens the sentence,
   * just after the expression ("Before his Sunday night address, Castro played").
   */
  private Tense governor(String text, int start, List<String> before, int weak, int end) {
    for (int j = weak - 1; j >= Math.max(0, weak - GOVERNOR); j--) {
      Tense t = tenseAt(before, j);
      if (t != Tense.NONE && weakStart(before, j) < 0) {
        return t;
      }
    }
    if (weak == 0 && before.size() < BACK && opensSentence(text, start, before.size())) {
      List<String> after = TextWindows.wordsAfter(text, end, GOVERNOR);
      for (int j = 0; j < Math.min(after.size(), GOVERNOR); j++) {
        Tense t = tenseAt(after, j);
        if (t != Tense.NONE && weakStart(after, j) < 0) {
          return t;
        }
      }
    }
    return Tense.NONE;
  }

  /**
   * Where the weak word or pair of words read at words[i] starts ("by" at i, "to be" at i - 1),
   * or -1 when the word there is not weak.
   */
  private int weakStart(List<String> words, int i) {
    if (i > 0 && lex.tenseWords.containsKey(lower(words.get(i - 1)) + " " + lower(words.get(i)))) {
      return lex.weakTenseWords.contains(lower(words.get(i - 1)) + " " + lower(words.get(i))) ? i - 1 : -1;
    }
    return lex.weakTenseWords.contains(lower(words.get(i))) ? i : -1;
  }

  /** True when the n words before start are all the sentence has before it. */
  private static boolean opensSentence(String text, int start, int n) {
    return TextWindows.wordsBefore(text, start, n + 1).size() == n;
  }

  /**
   * The tense a word gives in its place: a word of tense.txt, or a lower-case word in -ed
   * ("United" is a name, "succeed" a present). A past participle after "be" or "being" is passive, not past ("will
   * be held on Monday"); any tense word after "had been" is past ("had been scheduled to expire
   * Friday").
   */
  private Tense tenseAt(List<String> words, int i) {
    String word = words.get(i);
    String w = lower(word);
    Tense t = i > 0 ? lex.tenseWords.get(lower(words.get(i - 1)) + " " + w) : null;
    if (t != null) {
      return t; // a pair of words: "set to", "is to"
    }
    t = lex.tenseWords.get(w);
    if (t == null) {
      t = w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && Character.isLowerCase(word.charAt(0))
          ? Tense.PAST : Tense.NONE;
    }
    if (t == Tense.NONE || i == 0) {
      return t;
    }
    String previous = lower(words.get(i - 1));
    if (previous.equals("been") && i >= 2 && lower(words.get(i - 2)).equals("had")) {
      return Tense.PAST;
    }
    if (t == Tense.PAST && (previous.equals("be") || previous.equals("being"))) {
      return Tense.NONE;
    }
    return t;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
