package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Weekdays, month-days and months resolved by the tense around them; sentences from TempEval-3 TBAQ-cleaned. */
class TenseReaderTest {
  private final DateTagger tagger = new DateTagger();

  private List<String> values(String text, LocalDate anchor) {
    return tagger.find(text, 0, text.length(), anchor).stream().map(DateMention::value).collect(Collectors.toList());
  }

  // XIE19990210.0079 (DCT 1999-02-10): "be held" is passive, not past.
  @Test
  void participleAfterBeIsNotPast() {
    assertEquals(List.of("1999-04-24", "1999-04-25"), values(
        "He added that a ceremonial accession would still be held at the NATO Washington summit on April 24 and 25.",
        LocalDate.of(1999, 2, 10)));
  }

  // APW20000405.0276 (DCT Wednesday 2000-04-05): "United" is a name, not a verb in -ed.
  @Test
  void capitalisedWordInEdIsNotAVerb() {
    assertEquals(List.of("2000-04-06"), values(
        "Gregory Craig announced in Washington that the father would be traveling to the United States Thursday "
            + "with his wife.", LocalDate.of(2000, 4, 5)).subList(0, 1));
  }

  // AP900816-0139 (DCT Thursday 1990-08-16), APW19980418.0210 (DCT 1998-04-18): a weak "by" gives way to the verb.
  @Test
  void weakByGivesWayToTheVerbBeforeIt() {
    assertEquals(List.of("1990-08-15"), values(
        "159 U.N. members had filed compliance reports by Wednesday, and all were honoring the sanctions.",
        LocalDate.of(1990, 8, 16)));
    assertEquals(List.of("1997-12"), values(
        "However, cited by District of Columbia traffic police in December for driving under the influence of "
            + "alcohol, Farkas was ordered home and retired.", LocalDate.of(1998, 4, 18)));
    // APW19980322.0749 (DCT 1998-03-22): "supposed to" looks ahead
    assertEquals(List.of("1998-05"), values(
        "The British and Irish governments, which cosponsor the multi-party talks that are supposed to conclude by "
            + "May, invited Sinn Fein to rejoin.", LocalDate.of(1998, 3, 22)));
  }

  // APW20000403.0057 (DCT Monday 2000-04-03): a sentence opened by "Before" takes the tense of its verb.
  @Test
  void openingBeforeTakesTheVerbAfter() {
    assertEquals(List.of("2000-04-02TNI"), values(
        "Before his Sunday night address, Castro played the affectionate grandfather to the 12 first-graders.",
        LocalDate.of(2000, 4, 3)));
  }

  // wsj_0533 (DCT Monday 1989-10-30): a plan in the past perfect is past.
  @Test
  void hadBeenDueIsPast() {
    assertEquals(List.of("1989-10-27TEV"), values("It had been due to expire Friday evening.", LocalDate.of(1989, 10, 30)));
    // and "extended its deadline until" still looks ahead (NYT20000403.0463, DCT Monday 2000-04-03)
    assertEquals(List.of("2000-04-04T09:00"), values(
        "INS extended its deadline until 9 a.m. EST Tuesday.", LocalDate.of(2000, 4, 3)));
  }

  // XIE19990227.0171 (DCT 1999-02-27), wsj_0073 (DCT 1989-11-02): a year written before is not taken
  // by a day in the future or the present tense.
  @Test
  void yearWrittenBeforeIsTakenOnlyForThePast() {
    assertEquals(List.of("1997-07", "1999-03-12"), values(
        "Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in July 1997, will "
            + "officially join NATO on March 12 in a ceremony in Independence, Missouri.", LocalDate.of(1999, 2, 27)));
    assertEquals(List.of("1993", "1989-11-21"), values(
        "Each right entitles the shareholder to buy $100 face amount of 13.5% bonds due 1993. The rights, which "
            + "expire Nov. 21, can be exercised for $100 each.", LocalDate.of(1989, 11, 2)));
  }

  // wsj_0527 (DCT 1989-10-30), APW20000401.0150 (DCT 2000-04-01), wsj_0810 (DCT 1989-10-27)
  @Test
  void infinitivesLookAheadAndIrregularPastLooksBack() {
    assertEquals(List.of("1989-11"), values(
        "He added that final guidelines to be published in early November will determine whether the bank is in "
            + "compliance.", LocalDate.of(1989, 10, 30)));
    assertEquals(List.of("1999-11"), values(
        "Elian's mother and 10 others perished when their boat sank off the coast of Florida in late November.",
        LocalDate.of(2000, 4, 1)));
    assertEquals(List.of("1989-10-31"), values(
        "The stock was suspended from trading in London and is to resume trading in Paris Tuesday.",
        LocalDate.of(1989, 10, 27)));
  }

  // KCNA 2011-12-10, a Saturday (kcna-2011-00238); KCNA 2011-05-12 (kcna-2011-07382)
  @Test
  void toBeLooksAheadUnlessAVerbOfTenseGovernsIt() {
    assertEquals(List.of("2011-12-10TNI"),
        values("A total lunar eclipse is to be seen from Korea Saturday night.", LocalDate.of(2011, 12, 10)));
    assertEquals(List.of("2011-03-25"), values(
        "According to the result, very small amounts of iodine-131 and cesium-137 began to be detected in the air "
            + "on around March 25.", LocalDate.of(2011, 5, 12)));
  }
}
