package dev.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the expressions that the words around them show are not temporal (ages, rates, shares,
 * names of shows and marches; see nontimex.txt), and makes a generic "today" the present.
 */
final class ContextFilter {
  private static final Pattern RATE = Pattern.compile("(?i)(?:a|an|per)\\s{1,3}[a-z]{3,8}");
  /** "March of the Combatant Mothers", "the March for Life": a month that names an event. */
  private static final Pattern NAMED_AFTER_MONTH = Pattern.compile("\\s{1,3}(?:of\\s{1,3}the|for)\\s{1,3}\\p{Lu}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ORDINAL_UNIT = Pattern.compile("(?i)an?\\s{1,3}second");
  /** The counts of a share: "a quarter", "one quarter", "three-quarters" ("several quarters of losses" is a span). */
  private static final Pattern FRACTION_COUNT = Pattern.compile("(?i)\\b(?:a|one|three)[\\s-]{1,3}[a-z]{1,12}$");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

  private final Lexicon lex;
  private final Set<String> age;
  private final Set<String> fraction;
  private final Set<String> names;
  private final Set<String> generic;
  private final Set<String> quantity;
  private final Set<String> ordinalNot;

  ContextFilter(Lexicon lex) {
    this.lex = lex;
    this.age = kind(lex, "age");
    this.fraction = kind(lex, "fraction");
    this.names = kind(lex, "name");
    this.generic = kind(lex, "generic");
    this.quantity = kind(lex, "quantity");
    this.ordinalNot = kind(lex, "unit-after");
  }

  private static Set<String> kind(Lexicon lex, String kind) {
    Set<String> words = lex.nonTimex.get(kind);
    if (words == null) {
      throw new IllegalStateException("nontimex.txt has no line of kind " + kind);
    }
    return words;
  }

  List<DateMention> apply(String text, List<DateMention> mentions) {
    List<DateMention> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      if (isDuration(m) && (isAge(text, m) || isRate(text, m) || isFraction(text, m) || isOrdinal(text, m))) {
        continue;
      }
      if (isName(text, m) || isNamedEvent(text, m)) {
        continue;
      }
      out.add(isGenericToday(text, m)
          ? new DateMention(m.start(), m.end(), m.text(), "PRESENT_REF", null, true, "DATE") : m);
    }
    return out;
  }

  private static boolean isDuration(DateMention m) {
    return "DURATION".equals(m.type());
  }

  private boolean isAge(String text, DateMention m) {
    return age.contains(lower(TextWindows.wordAfter(text, m.end())));
  }

  /** "a second group", "a second betrayal": the ordinal, not the unit. */
  private boolean isOrdinal(String text, DateMention m) {
    if (!ORDINAL_UNIT.matcher(m.text()).matches()) {
      return false;
    }
    String next = TextWindows.wordAfter(text, m.end());
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !ordinalNot.contains(lower(next));
  }

  /** "a year" after an amount, or after a noun counted by one ("700 seats a week"). */
  private boolean isRate(String text, DateMention m) {
    if (!RATE.matcher(m.text()).matches()) {
      return false;
    }
    List<String> before = TextWindows.wordsBefore(text, m.start(), 2);
    if (before.isEmpty()) {
      return false;
    }
    String previous = before.get(before.size() - 1);
    if (isAmount(previous)) {
      return true;
    }
    return before.size() == 2 && isAmount(before.get(0)) && Character.isLowerCase(previous.charAt(0));
  }

  private boolean isAmount(String word) {
    String w = lower(word);
    return word.chars().anyMatch(Character::isDigit) || quantity.contains(w)
        || lex.numbers.containsKey(w) && !w.equals("a") && !w.equals("an");
  }

  /** "three-quarters of its food": a share, unless a year follows ("two quarters of 1990"). */
  private boolean isFraction(String text, DateMention m) {
    String[] words = lower(m.text()).split("[\\s-]+");
    if (!fraction.contains(words[words.length - 1]) || !FRACTION_COUNT.matcher(m.text()).find()) {
      return false;
    }
    List<String> after = TextWindows.wordsAfter(text, m.end(), 3);
    if (after.isEmpty() || !lower(after.get(0)).equals("of")) {
      return false;
    }
    for (String w : after.subList(1, after.size())) {
      String l = lower(w);
      if (YEAR.matcher(w).matches() || l.equals("fiscal") || l.equals("year")) {
        return false;
      }
    }
    return true;
  }

  /** A time word written with a capital where a sentence does not start: "60 Minutes", "VOA Today". */
  private boolean isName(String text, DateMention m) {
    String[] words = m.text().split("[\\s-]+");
    if (m.text().equals(m.text().toUpperCase(Locale.ROOT))) {
      return false; // a headline in capitals
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !names.contains(lower(w))) {
        continue;
      }
      if (i > 0 || !opensSentence(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  private boolean isNamedEvent(String text, DateMention m) {
    return m.value() != null && MONTH_VALUE.matcher(m.value()).matches() && lex.months.containsKey(m.text())
        && NAMED_AFTER_MONTH.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt();
  }

  private boolean isGenericToday(String text, DateMention m) {
    if (!lower(m.text()).equals("today")) {
      return false;
    }
    if (text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end())) {
      return generic.contains(lower(TextWindows.wordAfter(text, m.end() + 2)));
    }
    return generic.contains(lower(TextWindows.wordBefore(text, m.start())));
  }

  /** Nothing but opening punctuation between the last sentence end (or the text start) and offset. */
  private static boolean opensSentence(String text, int offset) {
    for (int i = offset - 1; i >= 0 && i >= offset - 20; i--) {
      char c = text.charAt(i);
      if (".!?:\n".indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"'`\u201c\u2018(-_".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
