package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The TimeML values and types of the rules of timex.txt; sentences from TempEval-3 TBAQ-cleaned. */
class TimexRulesTest {
  private final DateTagger tagger = new DateTagger();

  /** "surface=value/TYPE" for each expression. */
  private List<String> tag(String text, LocalDate anchor) {
    return tagger.find(text, 0, text.length(), anchor).stream()
        .map(m -> m.text() + "=" + m.value() + "/" + m.type())
        .collect(Collectors.toList());
  }

  // ABC19980108.1830.0711 (DCT 1998-01-08)
  @Test
  void durationsWithCountsInWordsAndHyphens() {
    LocalDate dct = LocalDate.of(1998, 1, 8);
    assertEquals(List.of("the last twenty four hours=P1D/DURATION"),
        tag("In the last twenty four hours, the value of the Indonesian stock market has fallen.", dct));
    assertEquals(List.of("five year=P5Y/DURATION"), tag("In Singapore, stocks hit a five year low.", dct));
    assertEquals(List.of("two-year=P2Y/DURATION"), tag("They signed a two-year contract.", dct));
    assertEquals(List.of("16-hour=PT16H/DURATION"), tag("after a 16-hour flight", dct));
    assertEquals(List.of("several years=PXY/DURATION"), tag("It took several years to build.", dct));
  }

  @Test
  void vagueReferencesToNowAndThePast() {
    LocalDate dct = LocalDate.of(1998, 1, 8);
    assertEquals(List.of("Now=PRESENT_REF/DATE"), tag("Now with new construction under way, buyers backed out.", dct));
    assertEquals(List.of("currently=PRESENT_REF/DATE"), tag("The company currently employs 300 people.", dct));
    assertEquals(List.of("recently=PAST_REF/DATE"), tag("The plant was recently closed.", dct));
    assertEquals(List.of("the future=FUTURE_REF/DATE"), tag("We will see in the future.", dct));
  }

  // wsj_0127-like financial reports (DCT 1989-11-02)
  @Test
  void quartersAndAYearEarlierTakeTheQuarterNamedBefore() {
    LocalDate dct = LocalDate.of(1989, 11, 2);
    assertEquals(List.of("third-quarter=1989-Q3/DATE", "a year earlier=1988-Q3/DATE"),
        tag("The company posted third-quarter net of $5 million, up from $4 million a year earlier.", dct));
    // Without a quarter before it, "a year earlier" is the year before the anchor's.
    assertEquals(List.of("a year earlier=1988/DATE"), tag("Sales were higher a year earlier.", dct));
    assertEquals(List.of("the quarter=1989-Q3/DATE"), tag("Revenue for the quarter rose 5%.", dct));
    assertEquals(List.of("fiscal 1989=1989/DATE"), tag("Earnings for fiscal 1989 fell.", dct));
  }

  @Test
  void monthsAndSeasonsWithoutADayTakeTheYearByTense() {
    LocalDate dct = LocalDate.of(1998, 3, 4);
    assertEquals(List.of("December=1997-12/DATE"), tag("Prices fell sharply in December.", dct));
    assertEquals(List.of("June=1998-06/DATE"), tag("The plant will reopen in June.", dct));
    assertEquals(List.of("July last year=1997-07/DATE"), tag("It was signed in July last year.", dct));
    assertEquals(List.of("last fall=1997-FA/DATE"), tag("He resigned last fall.", dct));
    // "may" the modal and "march" the verb are not months
    assertTrue(tag("Troops may march on the capital.", dct).isEmpty());
  }

  @Test
  void setsWeekendsDecadesAndPartsOfADay() {
    LocalDate monday = LocalDate.of(1990, 8, 13);
    assertEquals(List.of("daily=P1D/SET"), tag("The paper is published daily.", monday));
    assertEquals(List.of("the weekend=1990-W32-WE/DATE"), tag("Talks went on over the weekend.", monday));
    assertEquals(List.of("the 1980s=198/DATE"), tag("Growth was strong in the 1980s.", monday));
    // APW19980821: "Friday morning" in a Friday article
    assertEquals(List.of("Friday morning=1998-08-21TMO/TIME"),
        tag("The bomb went off Friday morning.", LocalDate.of(1998, 8, 21)));
  }

  // Numbers that belong to no unit stay untagged; "a two-year" is two years, not three.
  @Test
  void countsAreNotAddedAcrossArticles() {
    LocalDate dct = LocalDate.of(1998, 12, 5);
    assertEquals(List.of("two-day=P2D/DURATION"), tag("a two-day visit", dct));
    assertTrue(tag("He bought two cars and three houses.", dct).isEmpty());
  }

  // ABC19980304.1830.1636 (DCT 1998-03-04): a month without tense is the anchor's year
  @Test
  void monthWithoutTenseIsTheAnchorsYearUnlessJustAcrossNewYear() {
    assertEquals(List.of("December=1998-12/DATE"),
        tag("He is the commander of the Space Shuttle Columbia for a mission in December.", LocalDate.of(1998, 3, 4)));
    // APW20000106.0064 (DCT 2000-01-06): two months back across the turn of the year
    assertEquals(List.of("late November=1999-11/DATE"),
        tag("The boy was rescued at sea in late November.", LocalDate.of(2000, 1, 6)));
    // wsj_0144-like (DCT 1989-11-02): past tense, a month after the anchor's is last year's
    assertEquals(List.of("March=1989-03/DATE"),
        tag("He stepped down as chairman in March for health reasons.", LocalDate.of(1989, 11, 2)));
  }

  // NYT19981025.0216, APW19980219.0476: TimeML writes a decade with three digits
  @Test
  void decadesAreThreeDigits() {
    LocalDate dct = LocalDate.of(1998, 2, 19);
    assertEquals(List.of("the late 1970s=197/DATE"), tag("It began in the late 1970s.", dct));
    // VOA19980303.1600.2745
    assertEquals(List.of("the nineties=199/DATE"), tag("Hate group numbers were dropping through the nineties.", dct));
  }

  // APW19980213.1380 (DCT 1998-02-13, a Friday)
  @Test
  void clockTimeOnAWeekdayIsOneTimeExpression() {
    LocalDate dct = LocalDate.of(1998, 2, 13);
    assertEquals(List.of("10 p.m. Wednesday=1998-02-11T22:00/TIME"),
        tag("He was kidnapped outside a store at 10 p.m. Wednesday, police said.", dct));
    assertEquals(List.of("noon Thursday=1998-02-12T12:00/TIME"),
        tag("Negotiations broke off at noon Thursday.", dct));
    // NYT20000403.0463 (DCT 2000-04-03, a Monday): a zone between; "until" points ahead
    assertEquals(List.of("9 a.m. EST Tuesday=2000-04-04T09:00/TIME"),
        tag("INS extended its deadline until 9 a.m. EST Tuesday.", LocalDate.of(2000, 4, 3)));
  }

  // APW20000107.0088 (DCT 2000-01-07, a Friday)
  @Test
  void possessiveWeekdayIsPastWhateverTheVerb() {
    assertEquals(List.of("Wednesday=2000-01-05/DATE"),
        tag("Relatives said they would look for ways to get around Wednesday's ruling.", LocalDate.of(2000, 1, 7)));
  }

  // wsj_0316, wsj_0122-like financial reports (DCT 1989-11-01)
  @Test
  void quarterOfAWrittenYearAndTheYearEnded() {
    LocalDate dct = LocalDate.of(1989, 11, 1);
    assertEquals(List.of("the 1988 second quarter=1988-Q2/DATE"), tag("Net rose from the 1988 second quarter.", dct));
    assertEquals(List.of("the 1989 period=1989-Q3/DATE"), tag("Sales in the 1989 period rose 4%.", dct));
    assertEquals(List.of("the third quarter of 1984=1984-Q3/DATE"), tag("It was the best since the third quarter of 1984.", dct));
    assertEquals(List.of("the year=P1Y/DURATION", "March 31=1989-03-31/DATE"),
        tag("Revenue was $76 million for the year ended March 31.", dct));
    assertEquals(List.of("the year=1989/DATE"), tag("The stock rose to a high for the year in June.", dct).subList(0, 1));
  }

  // APW19980811.0474 (DCT 1998-08-11), wsj_0781-like (DCT 1989-10-30)
  @Test
  void recentUnitsAreSpansAndCurrentIsNow() {
    LocalDate dct = LocalDate.of(1998, 8, 11);
    assertEquals(List.of("recent days=PXD/DURATION"),
        tag("We have been tightening security at our embassies in recent days.", dct));
    assertEquals(List.of("current=PRESENT_REF/DATE"),
        tag("The company said it was delaying construction because of current market conditions.", dct));
    // ABC19980304.1830.1636-like: the year in words
    assertEquals(List.of("the year two thousand=2000/DATE"), tag("He promised to halve it by the year two thousand.", dct));
  }

  // APW20000106.0064 (DCT 2000-01-06), NYT19981026.0446 (DCT 1998-10-26)
  @Test
  void holidaysCountedFromADayOfTheMonth() {
    assertEquals(List.of("Thanksgiving Day=1999-11-25/DATE"),
        tag("Elian was found Thanksgiving Day clinging to an inner tube at sea.", LocalDate.of(2000, 1, 6)));
    assertEquals(List.of("last Thanksgiving=1999-11-25/DATE"),
        tag("He was found in the Atlantic last Thanksgiving following a boat wreck.", LocalDate.of(2000, 4, 1)));
    assertEquals(List.of("Election Day=1998-11-03/DATE"),
        tag("It is going to be a major theme of our campaign until Election Day.", LocalDate.of(1998, 10, 26)));
  }

  // APW19980227.0468 (DCT 1998-02-27), APW19980817.1193; wsj_0781-like
  @Test
  void halvesAndEachUnitSets() {
    LocalDate dct = LocalDate.of(1998, 2, 27);
    assertEquals(List.of("2 1/2 years=P2Y6M/DURATION"), tag("They lived in U.N.-run refugee camps for 2 1/2 years.", dct));
    assertEquals(List.of("5 1/2 hours=PT5H30M/DURATION"), tag("She then spent about 5 1/2 hours in Nairobi.", dct));
    assertEquals(List.of("each year=P1Y/SET"), tag("Ten thousand patients wait for liver transplants each year.", dct));
    assertEquals(List.of("every quarter=P1Q/SET"), tag("Unisys must pay about $100 million in interest every quarter.", dct));
  }

  // APW20000115.0031-like (DCT 2000-01-15); APW19980418.0210 (DCT 1998-04-18)
  @Test
  void thatYearTakesTheLastYearWritten() {
    assertEquals(List.of("June 1998=1998-06/DATE", "later that year=1998/DATE"),
        tag("He fled to Florida in June 1998 and returned to Cuba later that year.", LocalDate.of(2000, 1, 15)));
    assertEquals(List.of("1995=1995/DATE", "the following year=1996/DATE"),
        tag("In 1995, he was made a general, and the following year he was appointed attache.", LocalDate.of(1998, 4, 18)));
  }

  // ABC19980108.1830.0711, ABC19980114.1830.0611, NYT20000601.0442, wsj_0585
  @Test
  void coupleMoreTradingAndHalfAfterTheUnit() {
    LocalDate dct = LocalDate.of(1998, 1, 8);
    assertEquals(List.of("a couple of years=P2Y/DURATION"),
        tag("I think it's not going to change for a couple of years.", dct));
    assertEquals(List.of("a minute and a half=PT1M30S/DURATION"),
        tag("But a minute and a half later, a pilot from a nearby flight calls in.", dct));
    assertEquals(List.of("two more weeks=P2W/DURATION"),
        tag("Elian Gonzalez will remain in the United States for at least two more weeks.", dct));
    assertEquals(List.of("Eight trading days=P8D/DURATION", "Oct. 12=1997-10-12/DATE"),
        tag("Eight trading days after Oct. 12, the index fell.", dct));
  }

  // wsj_1013 (DCT 1989-10-26)
  @Test
  void theQuarterAYearAgoIsTheQuarterOfTheYearBefore() {
    assertEquals(List.of("third-quarter=1989-Q3/DATE", "the quarter a year ago=1988-Q3/DATE"),
        tag("Columbia posted a third-quarter loss. For the quarter a year ago, Columbia reported earnings of $16.3 million.",
            LocalDate.of(1989, 10, 26)));
  }

  // APW19980213.1320 (DCT 1998-02-13), APW19980322.0749 (DCT 1998-03-22)
  @Test
  void eachWeekdayAndEachMonthAreSets() {
    assertEquals(List.of("March 30=1998-03-30/DATE", "each Thursday=XXXX-WXX-4/SET", "August 6=1998-08-06/DATE"),
        tag("flights would leave Bombay from March 30, with the third departing each Thursday from August 6.",
            LocalDate.of(1998, 2, 13)));
    assertEquals(List.of("each July=XXXX-07/SET"),
        tag("Orangemen march each July from their rural church back downtown.", LocalDate.of(1998, 3, 22)));
    assertEquals(List.of("Tuesday nights=XXXX-WXX-2TNI/SET"),
        tag("The shop stays open late on Tuesday nights.", LocalDate.of(1998, 3, 22)));
  }

  // CNN19980227.2130.0067, CNN19980223.1130.0960 (broadcast transcripts write years in words)
  @Test
  void yearsInWordsWithAMonthOrASeason() {
    LocalDate dct = LocalDate.of(1998, 2, 27);
    assertEquals(List.of("January nineteen ninety-seven=1997-01/DATE"), tag("January nineteen ninety-seven.", dct));
    assertEquals(List.of("the winter of nineteen ninety-four=1994-WI/DATE"),
        tag("that thirteen dollar a barrel level we saw in the winter of nineteen ninety-four.", dct));
  }

  // APW19980213.1310 (DCT 1998-02-13)
  @Test
  void uncountedSpanAgoIsThePast() {
    assertEquals(List.of("several years ago=PAST_REF/DATE", "this year=1998/DATE"),
        tag("support for a republic rose from about 35 percent several years ago to about 51 percent this year",
            LocalDate.of(1998, 2, 13)));
  }

  // wsj_0928, wsj_1003, wsj_0575, wsj_0950 (DCT 1989-10-26)
  @Test
  void seasonsWithTheAndYearEndWithoutHyphen() {
    LocalDate dct = LocalDate.of(1989, 10, 26);
    assertEquals(List.of("the summer=1989-SU/DATE"),
        tag("It was difficult for Sun to meet demand for its newest computers well into the summer.", dct));
    assertEquals(List.of("the early summer=1989-SU/DATE"),
        tag("order entry has increased from the low levels of the early summer", dct));
    assertEquals(List.of("this past spring=1989-SP/DATE"), tag("Control Data scrapped its supercomputer business this past spring.", dct));
    assertEquals(List.of("year end=1989/DATE"), tag("a plan to reduce employment by at least 6,000 people by year end.", dct));
    // "the fall of" is an event, not a season
    assertEquals(List.of(), tag("He never dreamed of the fall of communism.", dct));
  }

  // wsj_0585 (DCT 1989-10-30), APW199980817.1193 (DCT 1998-08-17)
  @Test
  void theDayBeforeAnEventIsNotTheDayBeforeTheAnchor() {
    assertEquals(List.of("Oct. 12=1989-10-12/DATE", "the day=1989-10-12/DATE"),
        tag("Eight trading days after Oct. 12, the day before the stock market plunge, the Nasdaq had fallen 4.3%.",
            LocalDate.of(1989, 10, 30)).subList(1, 3));
    assertEquals(List.of("the day=null/DATE"),
        tag("and then about five hours in Nairobi, later in the day before returning immediately home.",
            LocalDate.of(1998, 8, 17)).subList(1, 2));
    // at the end of a clause it is the day before the anchor's
    assertEquals(List.of("the day before=1998-08-16/DATE"),
        tag("The embassy had been warned the day before.", LocalDate.of(1998, 8, 17)));
  }

  // wsj_0695, wsj_0768 (DCT 1989-10-27)
  @Test
  void ordinalSecondAndThatDayOfNoTimeAreNotExpressions() {
    LocalDate dct = LocalDate.of(1989, 10, 27);
    assertEquals(List.of(), tag("A second group of three company directors also is seeking control of the chain.", dct));
    assertEquals(List.of("a second=PT1S/DURATION"), tag("The light flashed for a second or two.", dct));
    assertEquals(List.of("two days=P2D/DURATION"),
        tag("You get a news item, it hits, you have strong redemptions that day and for two days following.", dct));
  }

  // APW19980213.1310, APW19980219.0476
  @Test
  void centuriesAreTwoDigits() {
    LocalDate dct = LocalDate.of(1998, 2, 19);
    assertEquals(List.of("20th century=19/DATE"), tag("she is a 20th century democrat", dct));
    assertEquals(List.of("11th century=10/DATE"), tag("Angkor Wat, the fabled 11th century temple", dct));
  }

  // wsj_0152 (DCT 1989-11-02)
  @Test
  void clockTimeOnADayOfAMonthIsOneTimeExpression() {
    assertEquals(List.of("5 p.m. EST Nov. 9=1989-11-09T17:00/TIME"),
        tag("Dow Jones extended its offer for Telerate Inc. common stock until 5 p.m. EST Nov. 9.", LocalDate.of(1989, 11, 2)));
  }
}
