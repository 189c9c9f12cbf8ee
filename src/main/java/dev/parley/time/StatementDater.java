package dev.parley.time;

import dev.parley.api.DateBasis;
import dev.parley.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Decides the day a statement was made: a day written in its cue sentence, else the day of the
 * reporting occasion named in the article's lead ("issued a statement on Oct. 14 ... the
 * statement said"), else the dateline or publication date.
 */
final class StatementDater {
  /**
   * Only the lead (its first two sentences, at least LEAD and at most LEAD_MAX characters) names
   * the occasion for the article's statements: later days are mostly events the speakers talk
   * about, not days they spoke on.
   */
  static final int LEAD = 400;
  static final int LEAD_MAX = 800;
  /** An occasion verb must be this close to the day (characters before, after). */
  static final int OCCASION_BEFORE = 100;
  static final int OCCASION_AFTER = 50;

  private final Lexicon lex;
  private final DateTagger tagger;

  /** Expressions of the last text seen, so many statements of one article scan it once. */
  private String cachedText;
  private LocalDate cachedAnchor;
  private List<DateMention> cachedMentions;

  StatementDater(Lexicon lex, DateTagger tagger) {
    this.lex = lex;
    this.tagger = tagger;
  }

  StatementDate statementDate(String text, Span cue, Span content, LocalDate published) {
    LocalDate datelineDay = tagger.datelineDay(text, published);
    int datelineEnd = datelineDay == null ? -1 : tagger.datelineEnd(text);
    LocalDate anchor = datelineDay != null ? datelineDay : published;
    List<DateMention> mentions = mentions(text, anchor);

    StatementDate own = fromCueSentence(text, cue, content, datelineEnd, anchor, mentions);
    if (own != null) {
      return own;
    }
    StatementDate carried = fromOccasion(text, content, datelineEnd, anchor, mentions);
    if (carried != null) {
      return carried;
    }
    if (anchor == null) {
      return StatementDate.UNRESOLVED;
    }
    return new StatementDate(anchor, datelineDay != null ? DateBasis.EXPLICIT : DateBasis.PUBLISHED);
  }

  /** A day, or a vague earlier time, given in the cue sentence outside the content. */
  private StatementDate fromCueSentence(
      String text, Span cue, Span content, int datelineEnd, LocalDate anchor, List<DateMention> mentions) {
    for (DateMention m : mentions) {
      if (m.start() < cue.start() || m.end() > cue.end() || overlaps(m, content) || isDateline(m, datelineEnd)) {
        continue;
      }
      if (m.day() != null && (anchor == null || !m.day().isAfter(anchor))) {
        return new StatementDate(m.day(), basis(m));
      }
      if (m.day() == null && m.relative() && m.value() != null && isPastPeriod(m, anchor)) {
        return StatementDate.UNRESOLVED; // "last week": a day the text does not give
      }
    }
    if (vagueOutside(text, cue.start(), cue.end(), content)) {
      return StatementDate.UNRESOLVED;
    }
    return null;
  }

  /**
   * The day of the last reporting occasion named in the lead: a past full day near an occasion
   * word (statement, commentary, said ...; see occasion.txt), written as a date or a weekday, and
   * not inside the statement's own content. "Yesterday", "last night" and "today" in a lead are left out: wire copy uses them
   * for the news event, while its quotes are gathered on the day of the report.
   */
  private StatementDate fromOccasion(
      String text, Span content, int datelineEnd, LocalDate anchor, List<DateMention> mentions) {
    int leadEnd = leadEnd(text);
    DateMention best = null;
    for (DateMention m : mentions) {
      if (m.start() >= leadEnd) {
        break;
      }
      if (overlaps(m, content)) {
        continue; // a day the statement talks about is not the day it was made
      }
      if (m.day() != null && anchor != null && !m.day().isAfter(anchor) && !isDateline(m, datelineEnd)
          && (!m.relative() || weekdayOrDate(m)) && namesOccasion(text, m.start())) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    return new StatementDate(best.day(), basis(best));
  }

  /** End of the lead: the first two sentences, within [LEAD, LEAD_MAX] characters. */
  static int leadEnd(String text) {
    int first = TextWindows.sentenceEnd(text, 0);
    int second = first < text.length() ? TextWindows.sentenceEnd(text, first + 1) : first;
    return Math.max(Math.min(second, LEAD_MAX), Math.min(LEAD, text.length()));
  }

  private boolean namesOccasion(String text, int offset) {
    int s = TextWindows.sentenceStart(text, offset);
    int e = TextWindows.sentenceEnd(text, offset);
    if (lex.occasionNounPattern.matcher(text).region(s, e).find()) {
      return true;
    }
    int vs = Math.max(s, offset - OCCASION_BEFORE);
    int ve = Math.min(e, offset + OCCASION_AFTER);
    return lex.occasionVerbPattern.matcher(text).region(vs, ve).find();
  }

  private boolean vagueOutside(String text, int from, int to, Span content) {
    Matcher m = lex.vaguePattern.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() <= content.start() || m.start() >= content.end()) {
        return true;
      }
    }
    return false;
  }

  /** The dateline gives the anchor, not the day of the statement that follows it. */
  private static boolean isDateline(DateMention m, int datelineEnd) {
    return m.end() <= datelineEnd;
  }

  /** A written date or a weekday name, as opposed to "today", "yesterday", "last night". */
  private boolean weekdayOrDate(DateMention m) {
    String[] words = m.text().split("\\s+");
    return m.text().chars().anyMatch(Character::isDigit) || lex.weekdays.containsKey(words[words.length - 1]);
  }

  private static boolean isPastPeriod(DateMention m, LocalDate anchor) {
    String t = m.text().toLowerCase(java.util.Locale.ROOT);
    return anchor != null && (t.startsWith("last") || t.endsWith("ago"));
  }

  /** A written date is explicit even when its year was inferred; words and weekdays are relative. */
  private static DateBasis basis(DateMention m) {
    return m.text().chars().anyMatch(Character::isDigit) ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
  }

  private static boolean overlaps(DateMention m, Span s) {
    return m.start() < s.end() && s.start() < m.end();
  }

  private List<DateMention> mentions(String text, LocalDate anchor) {
    if (text != cachedText || !java.util.Objects.equals(anchor, cachedAnchor)) {
      cachedMentions = tagger.find(text, 0, text.length(), anchor);
      cachedText = text;
      cachedAnchor = anchor;
    }
    return cachedMentions;
  }
}
