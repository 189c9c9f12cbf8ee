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
    assertEquals(List.of("the 1980s=198X/DATE"), tag("Growth was strong in the 1980s.", monday));
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
}
