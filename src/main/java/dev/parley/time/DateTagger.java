package dev.parley.time;

import dev.parley.text.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions and statement dates, by rules over the word lists in
 * src/main/resources/dev/parley/time. Not thread-safe (it remembers the last text's expressions);
 * create one per partition or thread.
 */
public final class DateTagger {
  /** A dateline is looked for only at the top of the text. */
  private static final int DATELINE_REACH = 400;

  /** How far before a day and its colon a word of the reporting occasion is looked for. */
  private static final int CUE_REACH = 60;
  /** How far before a content ", the date when" is looked for. */
  private static final int DESCRIBED_REACH = 140;
  /** The opening of a clause on the day written just before it: ", the date when". */
  private static final Pattern DESCRIBED =
      Pattern.compile(",\\s{0,3}the\\s{1,3}(?:day|date)\\s{1,3}(?:when|on\\s{1,3}which)\\b",
          Pattern.CASE_INSENSITIVE);

  private static volatile MentionFinder sharedFinder;
  private static volatile Pattern dateline;

  private final MentionFinder finder;
  private final StatementDater dater;

  /** Loads the resources once per JVM. */
  public DateTagger() {
    this.finder = finder();
    this.dater = new StatementDater(Lexicon.get(), this);
  }

  /**
   * Temporal expressions within text[from, to), resolved against anchor (may be null: relative
   * ones then have null day/value). Sorted by start. Words outside the range are still read as
   * context (tense, a year named earlier in the paragraph).
   */
  public List<DateMention> find(String text, int from, int to, LocalDate anchor) {
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "Invalid range [" + from + ", " + to + ") for a text of length " + text.length());
    }
    return finder.find(text, from, to, anchor);
  }

  /**
   * The reference date of an article: the dateline ("Pyongyang, October 20 (KCNA) --") if any,
   * its year taken from published (closest to it), else published. May return null.
   */
  public LocalDate anchor(String text, LocalDate published) {
    LocalDate fromDateline = datelineDay(text, published);
    return fromDateline != null ? fromDateline : published;
  }

  /** The day of the dateline, or null when there is none or no year can be given to it. */
  LocalDate datelineDay(String text, LocalDate published) {
    if (text == null || published == null) {
      return null;
    }
    Matcher m = datelinePattern().matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
    if (!m.find()) {
      return null;
    }
    int month = Lexicon.get().months.get(m.group(1).charAt(0) + m.group(1).substring(1).toLowerCase());
    int day = Integer.parseInt(m.group(2));
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      LocalDate c = Resolver.safeDate(y, month, day);
      if (c != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(published, c)) < Math.abs(ChronoUnit.DAYS.between(published, best)))) {
        best = c;
      }
    }
    return best;
  }

  /** End offset of the dateline, or -1. */
  int datelineEnd(String text) {
    Matcher m = datelinePattern().matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
    return m.find() ? m.end() : -1;
  }

  /** When the statement whose cue sentence is cueSentence was made. */
  public StatementDate statementDate(String text, Span cueSentence, Span content, LocalDate published) {
    return dater.statementDate(text, cueSentence, content, published);
  }

  /**
   * The full days the content refers to, distinct, in order of appearance; a content that is a
   * clause on a day written just before it ("before March 31, the date when <content>") refers
   * to that day first.
   */
  public List<LocalDate> eventDates(String text, Span content, LocalDate anchor) {
    Set<LocalDate> days = new LinkedHashSet<>();
    LocalDate described = describedDay(text, content.start(), anchor);
    if (described != null) {
      days.add(described);
    }
    for (DateMention m : find(text, content.start(), content.end(), anchor)) {
      if (m.day() != null && !datesTheCue(text, m)) {
        days.add(m.day());
      }
    }
    return new ArrayList<>(days);
  }

  /**
   * A day just before a colon, after a word of a reporting occasion ("issued the following
   * statement Monday:"), dates the statement that the colon opens, not what it says: a content
   * that starts before such a colon holds a piece of its cue.
   */
  private static boolean datesTheCue(String text, DateMention m) {
    int i = m.end();
    while (i < text.length() && i < m.end() + 3 && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ':') {
      return false;
    }
    Lexicon lex = Lexicon.get();
    int from = Math.max(TextWindows.sentenceStart(text, m.start()), m.start() - CUE_REACH);
    return lex.occasionNounPattern.matcher(text).region(from, m.start()).find()
        || lex.occasionVerbPattern.matcher(text).region(from, m.start()).find();
  }

  /**
   * The day d of "d, the date when [speaker cue]" when the content starts within that clause,
   * or null.
   */
  private LocalDate describedDay(String text, int start, LocalDate anchor) {
    int from = Math.max(0, start - DESCRIBED_REACH);
    Matcher m = DESCRIBED.matcher(text).region(from, start);
    int clause = -1;
    while (m.find()) {
      clause = m.start();
    }
    if (clause < 0 || text.substring(clause, start).matches("(?s).*[.;!?]\\s+\\p{Lu}.*")) {
      return null;
    }
    LocalDate day = null;
    for (DateMention d : find(text, from, clause, anchor)) {
      day = d.end() == clause ? d.day() : day;
    }
    return day;
  }

  private static MentionFinder finder() {
    if (sharedFinder == null) {
      synchronized (DateTagger.class) {
        if (sharedFinder == null) {
          sharedFinder = new MentionFinder(Lexicon.get());
        }
      }
    }
    return sharedFinder;
  }

  /** "Pyongyang, October 20 (KCNA) --", "TOKYO, March 3 -": a place, a month/day, a dash. */
  private static Pattern datelinePattern() {
    if (dateline == null) {
      synchronized (DateTagger.class) {
        if (dateline == null) {
          dateline =
              Pattern.compile(
                  "(?m)^[ \\t]{0,8}[A-Z][A-Za-z.'\\- ]{1,40},\\s{1,3}(" + Lexicon.get().monthAlt
                      + ")\\.?\\s{1,3}(\\d{1,2})\\b\\s{0,3}(?:\\([A-Za-z ]{2,20}\\))?\\s{0,3}(?:--|-|\u2014|\u2013)");
        }
      }
    }
    return dateline;
  }
}
