package dev.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Expressions that the words around them show are not temporal (nontimex.txt); TBAQ and KCNA sentences. */
class ContextFilterTest {
  private final DateTagger tagger = new DateTagger();

  private List<String> tag(String text, LocalDate anchor) {
    return tagger.find(text, 0, text.length(), anchor).stream()
        .map(m -> m.text() + "=" + m.value())
        .collect(Collectors.toList());
  }

  // wsj_0927 (DCT 1989-10-26)
  @Test
  void agesAreNotDurations() {
    assertEquals(List.of("Feb. 1=1990-02-01"),
        tag("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1.", LocalDate.of(1989, 10, 26)));
  }

  // wsj_0568, APW19980213.1320, NYT19980206.0460
  @Test
  void ratesAreNotDurations() {
    LocalDate dct = LocalDate.of(1989, 10, 26);
    assertEquals(List.of(), tag("Unisys said that should help it save $500 million a year in costs.", dct));
    assertEquals(List.of(), tag("This will add nearly 700 seats a week on the route.", dct));
    assertEquals(List.of("the last four months=P4M"),
        tag("The economy has been creating jobs at a rate of 358,000 a month for the last four months.", dct));
    // a span is still one
    assertEquals(List.of("a year=P1Y"), tag("The plant was closed for a year.", dct));
  }

  // AP900815-0044, wsj_0575
  @Test
  void sharesAreNotQuarters() {
    LocalDate dct = LocalDate.of(1990, 8, 15);
    assertEquals(List.of(), tag("Iraq imports about three-quarters of its foodstuffs.", dct));
    assertEquals(List.of("recently=PAST_REF", "several quarters=PXQ"),
        tag("it recently achieved profitability after several quarters of losses", dct));
  }

  // APW20000417.0031, WSJ900813-0157, VOA19980331.1700.1533
  @Test
  void capitalisedTimeWordsInsideASentenceAreNames() {
    LocalDate dct = LocalDate.of(2000, 4, 17);
    assertEquals(List.of(), tag("''This is child abuse,'' Gonzalez said on CBS's ''60 Minutes.''", dct));
    assertEquals(List.of(), tag("James Baker, speaking on ABC News' \"This Week,\" said the request gives the U.S. a mandate.", dct));
    assertEquals(List.of(), tag("This is VOA Today.", dct));
    // at the start of a sentence the capital is the sentence's
    assertEquals(List.of("Today=2000-04-17"), tag("He left. Today, hundreds of people began arriving.", dct));
  }

  // APW19990122.0193, APW20000115.0031
  @Test
  void marchesAreNotMonths() {
    LocalDate dct = LocalDate.of(1999, 1, 22);
    assertEquals(List.of(), tag("agents scanned the crowd of anti-abortion protesters at the annual March for Life on Capitol Hill", dct));
    assertEquals(List.of(), tag("Nelsy was at the head of the ``March of the Combatant Mothers,'' pushing a stroller.", dct));
    assertEquals(List.of("March=1999-03"), tag("The vote is set for March.", dct));
  }

  // NYT19980424.0421; KCNA 2012-07-25 (kcna-2012-05811), whose gold gives the statement no event date
  @Test
  void genericTodayIsThePresentWithoutADay() {
    assertEquals(List.of("today=PRESENT_REF"),
        tag("barriers only to fathers and not to mothers in today's world", LocalDate.of(1998, 4, 24)));
    String kcna = "Such method will never work in the bright world today.";
    assertEquals(List.of(), tagger.eventDates(kcna, new Span(0, kcna.length()), LocalDate.of(2012, 7, 25)));
    assertEquals(List.of("today=2012-07-25"), tag("The delegation arrived here today.", LocalDate.of(2012, 7, 25)));
  }
}
