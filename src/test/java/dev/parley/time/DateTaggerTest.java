package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.DateBasis;
import dev.parley.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateTaggerTest {
  private final DateTagger tagger = new DateTagger();

  private List<LocalDate> days(String text, LocalDate anchor) {
    return tagger.find(text, 0, text.length(), anchor).stream()
        .map(DateMention::day)
        .filter(d -> d != null)
        .collect(Collectors.toList());
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    assertTrue(at >= 0, part);
    return new Span(at, at + part.length());
  }

  @Test
  void monthDayInJanuaryArticleIsThePreviousDecember() {
    String text = "The two sides held working-level contact on December 30, the ministry said.";
    assertEquals(List.of(LocalDate.of(2019, 12, 30)), days(text, LocalDate.of(2020, 1, 2)));
  }

  // The Diplomat, 2019-10-01 (seed-000): "on Oct. 5" in a 2019 article.
  @Test
  void abbreviatedMonthTakesTheArticleYear() {
    String text = "the two sides would make \u201cpreliminary contact on Oct. 4 and hold working-level negotiations on Oct. 5,\u201d";
    assertEquals(List.of(LocalDate.of(2019, 10, 4), LocalDate.of(2019, 10, 5)), days(text, LocalDate.of(2019, 10, 1)));
  }

  @Test
  void writtenDatesOfEveryForm() {
    LocalDate anchor = LocalDate.of(2019, 10, 1);
    assertEquals(List.of(LocalDate.of(2011, 6, 12)), days("in a statement issued on June 12, 2011.", anchor));
    assertEquals(List.of(LocalDate.of(2019, 10, 5)), days("They meet on 5 October in Stockholm.", anchor));
    assertEquals(List.of(LocalDate.of(2019, 10, 5)), days("Published 2019-10-05 in Seoul.", anchor));
    List<DateMention> m = tagger.find("talks will resume on Friday, October 5, 2019.", 0, 45, anchor);
    assertEquals(1, m.size());
    assertEquals("Friday, October 5, 2019", m.get(0).text());
    assertEquals("2019-10-05", m.get(0).value());
  }

  // Reuters-21578 (reuters-17070, 1987-04-24): an announced event goes to the future.
  @Test
  void futureTenseMovesMonthDayForward() {
    String text = "\"will hang on to the death\" at least until his term ends on October 30, Watanabe told Reuters.";
    assertEquals(List.of(LocalDate.of(1987, 10, 30)), days(text, LocalDate.of(1987, 4, 24)));
  }

  // KCNA 2011-12-09 (kcna-2011-00215): "said Tuesday" in a Friday article.
  @Test
  void pastWeekdayIsTheMostRecentOne() {
    String text = "There would be no peace negotiations with Israel, chief Palestinian negotiator Saeb Erekat said Tuesday.";
    assertEquals(List.of(LocalDate.of(2011, 12, 6)), days(text, LocalDate.of(2011, 12, 9)));
    // said Tuesday in a Tuesday article is that same day (seed-000, 2019-10-01)
    assertEquals(List.of(LocalDate.of(2019, 10, 1)), days("A senior official said Tuesday that", LocalDate.of(2019, 10, 1)));
  }

  @Test
  void futureWeekdayIsTheNextOne() {
    String text = "The delegations will meet on Friday in Stockholm.";
    assertEquals(List.of(LocalDate.of(2019, 10, 4)), days(text, LocalDate.of(2019, 10, 1)));
    // Reuters-21578 (reuters-4593, Thursday 1987-03-12): "by Monday" is the coming Monday
    String r = "Santana said if the Saudis do not accept Brazil's terms by Monday then Petrobras will negotiate elsewhere.";
    assertEquals(List.of(LocalDate.of(1987, 3, 16)), days(r, LocalDate.of(1987, 3, 12)));
  }

  @Test
  void relativeWords() {
    LocalDate anchor = LocalDate.of(1987, 3, 3);
    assertEquals(List.of(LocalDate.of(1987, 3, 3)), days("Crude oil prices rallied today, analysts said.", anchor));
    assertEquals(List.of(LocalDate.of(1987, 3, 2)), days("Both sides wrote to the minister yesterday.", anchor));
    assertEquals(List.of(LocalDate.of(1987, 3, 4)), days("They meet again tomorrow.", anchor));
    assertEquals(List.of(LocalDate.of(1987, 3, 1)), days("The offer was made two days ago.", anchor));
    List<DateMention> week = tagger.find("talks in Washington last week", 0, 29, anchor);
    assertEquals(1, week.size());
    assertNull(week.get(0).day());
    assertEquals("1987-W09", week.get(0).value());
    assertEquals("1987-02", tagger.find("last month", 0, 10, anchor).get(0).value());
  }

  @Test
  void withoutAnchorRelativeExpressionsStayOpen() {
    List<DateMention> m = tagger.find("He said Tuesday that talks resume on October 5.", 0, 47, null);
    assertEquals(2, m.size());
    assertNull(m.get(0).day());
    assertNull(m.get(0).value());
    assertEquals("XXXX-10-05", m.get(1).value());
  }

  @Test
  void numeralsThatAreNotDates() {
    LocalDate anchor = LocalDate.of(2017, 12, 23);
    String text = "troops north of the 38th parallel; Resolution 2397 and Resolution 2087; No. 1 priority; "
        + "1/8 of the budget; it stands to lose 15-20 mln dlrs; at 10:30 a.m.; 2000 tons of rice; "
        + "1,900 meat cutters; may 5 people march 3 km.";
    assertTrue(tagger.find(text, 0, text.length(), anchor).isEmpty(),
        () -> tagger.find(text, 0, text.length(), anchor).toString());
  }

  // KCNA 2011-01-01 (kcna-2011-10689), KCNA 2024-01-01 (kcna24-00002): December days in the first
  // dispatches of a year are the year before.
  @Test
  void decemberDaysInJanuaryDispatchesAreTheYearBefore() {
    assertEquals(List.of(LocalDate.of(2010, 12, 29)), days(
        "A friendship meeting was held at the DPRK embassy in Moscow on Dec. 29 on the occasion of the New Year.",
        LocalDate.of(2011, 1, 1)));
    assertEquals(List.of(LocalDate.of(2023, 12, 31)), days(
        "A volleyball game was held at the Pyongyang Indoor Stadium on December 31 last year.", LocalDate.of(2024, 1, 1)));
  }

  // KCNA kcna-2011-02504, kcna-2011-09514, kcna-2012-02443, kcna-2012-04906: a parallel and
  // resolution numbers are not dates; a year written with the day is taken as written.
  @Test
  void kcnaNumeralsThatAreNotDates() {
    LocalDate anchor = LocalDate.of(2012, 6, 25);
    assertEquals(List.of(), days("let \"enemy forces\" stage exercises of crossing the 38th parallel and the River Rakdong", anchor));
    assertTrue(tagger.find("a \"blatant violation of Lebanon's sovereignty, Security Council Resolution 1701, and the UN Charter.\"",
        0, 90, anchor).isEmpty());
    assertTrue(tagger.find("UNSC \"resolution 1874\" is a product of a despicable plot", 0, 30, anchor).isEmpty());
    assertEquals(List.of(LocalDate.of(1950, 6, 25)), days(
        "On June 25, 1950, the south Korean forces launched a surprise attack on the Democratic People's Republic of "
            + "Korea all along the 38th parallel.", anchor));
  }

  // KCNA (kcna-2011-08535, kcna-2011-04669): month-days naming an era, a document or a school.
  @Test
  void namedAnniversariesAreNotDays() {
    String text = "The joint conference is putting spurs to the June 15 era of reunification, like the "
        + "October 4 declaration and the Guinean Group for the Study of February 16 Art.";
    assertTrue(days(text, LocalDate.of(2011, 4, 18)).isEmpty());
  }

  @Test
  void yearNamedEarlierInTheParagraph() {
    String text = "North Korea fired several missiles in 2017. After the March 18 test, it announced more.";
    assertEquals(List.of(LocalDate.of(2017, 3, 18)), days(text, LocalDate.of(2019, 10, 1)));
    // the year of another paragraph does not carry over
    String other = "It was his second visit after one in November 2011.\n\nOn July 3 he toured the island.";
    assertEquals(List.of(LocalDate.of(2012, 7, 3)), days(other, LocalDate.of(2012, 7, 11)));
  }

  /** Ranges give both end days, not the days between (as the gold of kcna24-00063 does). */
  @Test
  void dateRangesGiveBothEnds() {
    LocalDate anchor = LocalDate.of(2019, 10, 1);
    assertEquals(List.of(LocalDate.of(2019, 10, 4), LocalDate.of(2019, 10, 6)),
        days("Talks are scheduled from October 4 to 6 in Stockholm.", anchor));
    assertEquals(List.of(LocalDate.of(2012, 5, 22), LocalDate.of(2012, 5, 23)),
        days("Peruvian organizations issued statements on May 22 and 23.", LocalDate.of(2012, 5, 31)));
    // KCNA 2024-06-02 (kcna24-00063)
    assertEquals(List.of(LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 2)),
        days("From the night of May 28 to the dawn of June 2, we scattered 15 tons of wastepaper", LocalDate.of(2024, 6, 2)));
  }

  @Test
  void thatDayIsTheDayNamedBefore() {
    // KCNA 2011-10-18 (kcna-2011-02693)
    String text = "A spokesman issued a commentary on Oct. 14 denouncing the visit.\n\n"
        + "The chief executive had a joint press conference with the U.S. chief executive that day, the commentary said.";
    Span content = span(text, "The chief executive had a joint press conference with the U.S. chief executive that day");
    assertEquals(List.of(LocalDate.of(2011, 10, 14)), tagger.eventDates(text, content, LocalDate.of(2011, 10, 18)));
  }

  @Test
  void datelineGivesTheAnchorWithYearFromPublished() {
    String text = "Pyongyang, December 30 (KCNA) -- The DPRK Foreign Ministry said the talks were over.";
    assertEquals(LocalDate.of(2011, 12, 30), tagger.anchor(text, LocalDate.of(2012, 1, 2)));
    assertEquals(LocalDate.of(2012, 1, 2), tagger.anchor("No dateline here. Pyongyang is calm.", LocalDate.of(2012, 1, 2)));
    assertNull(tagger.anchor("No dateline here.", null));
  }

  // A KCNA dispatch is dated in Pyongyang time, up to 14 hours ahead of a U.S. publication date: the
  // dateline's local day is the statement day, even when it is the day after "published".
  @Test
  void datelineDayAheadOfAnAmericanPublicationDateIsTheStatementDay() {
    String text = "Pyongyang, October 20 (KCNA) -- A spokesman for the DPRK Foreign Ministry said "
        + "the talks were over.";
    LocalDate published = LocalDate.of(2019, 10, 19);
    assertEquals(LocalDate.of(2019, 10, 20), tagger.anchor(text, published));
    assertEquals(new StatementDate(LocalDate.of(2019, 10, 20), DateBasis.EXPLICIT),
        tagger.statementDate(text, new Span(0, text.length()), span(text, "the talks were over"), published));
    // "tomorrow" in such a dispatch is counted from the dateline's day, not from "published"
    String t2 = "Pyongyang, October 20 (KCNA) -- The delegation will leave tomorrow, the ministry said.";
    assertEquals(List.of(LocalDate.of(2019, 10, 21)),
        tagger.eventDates(t2, span(t2, "The delegation will leave tomorrow"), tagger.anchor(t2, published)));
  }

  // A dispatch written late on December 31 and published on January 1: the dateline keeps the old year.
  @Test
  void datelineOfDecember31PublishedOnJanuary1KeepsTheOldYear() {
    String text = "SEOUL, Dec. 31 (Yonhap) -- The unification ministry said Tuesday the talks would resume in January.";
    LocalDate published = LocalDate.of(2020, 1, 1);
    assertEquals(LocalDate.of(2019, 12, 31), tagger.anchor(text, published));
    // "Tuesday" is the dateline's day itself (2019-12-31 was a Tuesday), not a week earlier
    StatementDate d = tagger.statementDate(text, new Span(0, text.length()), span(text, "the talks would resume in January"), published);
    assertEquals(LocalDate.of(2019, 12, 31), d.date());
    // and the other way: a January 1 dateline on a December 31 (U.S.) publication date
    assertEquals(LocalDate.of(2020, 1, 1),
        tagger.anchor("Pyongyang, January 1 (KCNA) -- Kim Jong Un delivered a New Year address.", LocalDate.of(2019, 12, 31)));
  }

  // KCNA 2012-07-16 (kcna-2012-05582): a content that starts inside its cue ("statement Monday:")
  // does not refer to the day of the statement.
  @Test
  void dayBeforeTheColonOfACueIsNotAnEventDate() {
    String text = "A spokesman for the Committee for the Peaceful Reunification of Korea issued the following "
        + "statement Monday:,  The south Korean puppet regime infiltrated defectors to the DPRK.";
    Span content = span(text, "statement Monday:,  The south Korean puppet regime infiltrated defectors to the DPRK");
    assertEquals(List.of(), tagger.eventDates(text, content, LocalDate.of(2012, 7, 16)));
    // a day before a colon without a reporting word is still one
    String plan = "The schedule is fixed. July 27: the delegations arrive in Pyongyang.";
    assertEquals(List.of(LocalDate.of(2012, 7, 27)), tagger.eventDates(plan, new Span(0, plan.length()), LocalDate.of(2012, 7, 16)));
  }

  // Reuters-21578 (reuters-9225, 1987-03-25): the content is a clause on the day written before it.
  @Test
  void contentInsideAClauseOnADayRefersToThatDay() {
    String text = "Gros told reporters not to expect any dramatic developments before March 31, the date when some U.S.\n"
        + "banks have said they will take a decision whether to put Brazil loans on a non-performing basis.";
    Span content = span(text, "they will take a decision whether to put Brazil loans on a non-performing basis");
    assertEquals(List.of(LocalDate.of(1987, 3, 31)), tagger.eventDates(text, content, LocalDate.of(1987, 3, 25)));
    // a sentence in between breaks the link
    String other = "Talks end on March 31, the date when the deadline falls. Banks said they will decide soon.";
    assertEquals(List.of(), tagger.eventDates(other, span(other, "they will decide soon"), LocalDate.of(1987, 3, 25)));
  }

  // KCNA 2012-10-20 (kcna-2012-08153): "that day" skips the dispatch's own day when another is named.
  @Test
  void thatDayPrefersADayOtherThanTheAnchors() {
    String text = "Lee appeared on Yonphyong Island all of a sudden on Oct. 18.\n\n"
        + "A spokesman gave the following answer to the question put by KCNA on Oct. 20 in this regard:\n\n"
        + "That day Lee blustered that the line must be defended.";
    Span content = span(text, "That day Lee blustered that the line must be defended.");
    assertEquals(List.of(LocalDate.of(2012, 10, 18)), tagger.eventDates(text, content, LocalDate.of(2012, 10, 20)));
  }

  @Test
  void statementDateFromTheCueSentence() {
    LocalDate published = LocalDate.of(2011, 11, 2);
    // KCNA 2011-11-02 (kcna-2011-01289)
    String text = "General Secretary Kim Jong Il's answers are creating a big stir in the world, said Cuautemoc "
        + "Amezcua Dromundo, chairman of the Socialist Popular Party of Mexico, in a statement on Oct. 23.";
    Span content = span(text, "General Secretary Kim Jong Il's answers are creating a big stir in the world");
    assertEquals(new StatementDate(LocalDate.of(2011, 10, 23), DateBasis.EXPLICIT),
        tagger.statementDate(text, new Span(0, text.length()), content, published));

    String weekday = "The minister said on Monday that the talks would resume.";
    Span c2 = span(weekday, "the talks would resume");
    assertEquals(new StatementDate(LocalDate.of(2011, 10, 31), DateBasis.RELATIVE),
        tagger.statementDate(weekday, new Span(0, weekday.length()), c2, published));
  }

  @Test
  void dateInsideTheContentIsNotTheStatementDate() {
    String text = "A senior official said that working-level talks will resume on October 5.";
    Span content = span(text, "working-level talks will resume on October 5");
    assertEquals(new StatementDate(LocalDate.of(2019, 10, 1), DateBasis.PUBLISHED),
        tagger.statementDate(text, new Span(0, text.length()), content, LocalDate.of(2019, 10, 1)));
  }

  // KCNA 2012-02-29 (kcna-2012-01628): a day the text does not give.
  @Test
  void vagueEarlierTimeLeavesTheDateUnknown() {
    String text = "Locklear, at a recent hearing of the Senate Armed Services Committee, made such reckless "
        + "remarks that he is greatly concerned about the possible provocation from the DPRK.";
    Span content = span(text, "he is greatly concerned about the possible provocation from the DPRK");
    assertEquals(new StatementDate(null, DateBasis.UNRESOLVED),
        tagger.statementDate(text, new Span(0, text.length()), content, LocalDate.of(2012, 2, 29)));
  }

  @Test
  void noAnchorNoDate() {
    String text = "The spokesman said the talks were over.";
    Span content = span(text, "the talks were over");
    assertEquals(new StatementDate(null, DateBasis.UNRESOLVED),
        tagger.statementDate(text, new Span(0, text.length()), content, null));
  }

  // KCNA 2024-11-02 (kcna24-01692): the dateline is the anchor; the cue's own weekday wins.
  @Test
  void datelineAnchorsAndCueWeekdayWins() {
    String text = "Pyongyang, November 2 (KCNA) -- Kim Yo Jong issued the following press statement on Friday:\n"
        + "I express my strong dissatisfaction.";
    Span content = span(text, "I express my strong dissatisfaction.");
    Span cue = span(text, "Pyongyang, November 2 (KCNA) -- Kim Yo Jong issued the following press statement on Friday:");
    assertEquals(new StatementDate(LocalDate.of(2024, 11, 1), DateBasis.RELATIVE),
        tagger.statementDate(text, cue, content, LocalDate.of(2024, 11, 2)));
    String plain = "Pyongyang, November 2 (KCNA) -- The spokesman said the talks were over.";
    assertEquals(new StatementDate(LocalDate.of(2024, 11, 2), DateBasis.EXPLICIT),
        tagger.statementDate(plain, new Span(0, plain.length()), span(plain, "the talks were over"), LocalDate.of(2024, 11, 3)));
  }

  // KCNA 2011-10-18 (kcna-2011-02693): the lead names the occasion, later cues inherit its day.
  @Test
  void laterStatementsInheritTheOccasionOfTheLead() {
    String text = "A spokesman for the Democratic Labor Party of south Korea issued a commentary on Oct. 14 "
        + "denouncing the visit.\n\nThere was no mention of apology at the conference, said the commentary.";
    Span content = span(text, "There was no mention of apology at the conference");
    Span cue = span(text, "There was no mention of apology at the conference, said the commentary.");
    assertEquals(new StatementDate(LocalDate.of(2011, 10, 14), DateBasis.EXPLICIT),
        tagger.statementDate(text, cue, content, LocalDate.of(2011, 10, 18)));
  }

  // Wire-style text (Reuters-21578 reuters-969 and KCNA kcna-2011-02693 excerpts) repeated to 1 MB.
  // KCNA 2011-08-15 (kcna-2011-04533): the lead's second sentence names the occasion of the first.
  @Test
  void leadOccasionAfterTheCueCountsToo() {
    String text = "Megawati Soekarnoputri congratulated the party, government and people of the DPRK on their "
        + "achievements. She said this when receiving DPRK Ambassador to Indonesia Ri Jong Ryul on August 10 "
        + "who paid a courtesy call on her.";
    Span content = span(text, "the party, government and people of the DPRK on their achievements");
    Span cue = span(text, "Megawati Soekarnoputri congratulated the party, government and people of the DPRK on their achievements.");
    assertEquals(new StatementDate(LocalDate.of(2011, 8, 10), DateBasis.EXPLICIT),
        tagger.statementDate(text, cue, content, LocalDate.of(2011, 8, 15)));
  }

  // Reuters-21578 (reuters-740, 1987-03-02): a day far from the reporting verb is an event.
  @Test
  void eventDayInTheLeadIsNotTheOccasion() {
    String text = "Talking to reporters, Funaro said this attitude would not help resolve the crisis started "
        + "when Brazil suspended indefinitely interest payments on 68 billion dlrs in external debt on "
        + "February 20.\n\n\"We are not going to go the IMF,\" he said.";
    Span content = span(text, "We are not going to go the IMF");
    Span cue = span(text, "\"We are not going to go the IMF,\" he said.");
    assertEquals(new StatementDate(LocalDate.of(1987, 3, 2), DateBasis.PUBLISHED),
        tagger.statementDate(text, cue, content, LocalDate.of(1987, 3, 2)));
  }

  @Test
  void longTextIsFast() {
    String para = "Employers and the port union, FNV, are to meet again this afternoon to attempt a settlement "
        + "of the six-week-old dispute in Rotterdam's general cargo sector, but neither side is optimistic. "
        + "The strikes began on January 19 in protest at plans for 800 redundancies from the sector's 4,000 "
        + "workforce starting with 350 this year. A spokesman issued a commentary on Oct. 14 denouncing the "
        + "visit; the chief executive held a joint press conference that day, the commentary said.\n\n";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append(para);
    }
    String text = sb.toString();
    LocalDate anchor = LocalDate.of(1987, 3, 3);
    tagger.find(text, 0, 100_000, anchor); // warm up the JIT
    // CPU time of this thread, not wall time: build machines are often shared and busy.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    List<DateMention> m = tagger.find(text, 0, text.length(), anchor);
    long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
    assertTrue(m.size() > 10_000, "mentions: " + m.size());
    // A guard against runaway matching (which takes minutes), not a benchmark: the limit is
    // generous so that a busy build machine does not fail it.
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }

  @Test
  void rejectsBadRange() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> tagger.find("abc", 2, 1, null));
  }
}
