package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.DateBasis;
import dev.parley.api.Json;
import dev.parley.api.SpeakerType;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-scored example. Text: the opening of "North Korea: Working-Level Talks With US to Resume
 * October 5" (The Diplomat, 2019-10-01; ../shared/eval/parley-gold/articles.jsonl, seed-000).
 * The gold below is built for the test (one date set to null on purpose), not copied from dev.
 */
class ScorerTest {
  private static final double EPS = 1e-9;
  private static final LocalDate OCT1 = LocalDate.of(2019, 10, 1);
  private static final LocalDate OCT4 = LocalDate.of(2019, 10, 4);
  private static final LocalDate OCT5 = LocalDate.of(2019, 10, 5);

  static final String TEXT =
      "A senior North Korean official said Tuesday that working-level talks with the United States "
          + "will resume on Friday, October 5, according to a report published in state media.\n\n"
          + "Choe Son Hui, North Korea’s first vice minister of foreign affairs, said that the two sides "
          + "would make “preliminary contact on Oct. 4 and hold working-level negotiations on Oct. 5,” "
          + "according to the official Korean Central News Agency (KCNA), North Korea’s external-facing "
          + "news agency. No venue for the upcoming meeting was specified.\n\n"
          + "“The delegates of the DPRK side are ready to enter into the DPRK-U.S. working-level "
          + "negotiations,” Choe said. “It is my expectation that the working-level negotiations would "
          + "accelerate the positive development of the DPRK-U.S. relations,” she added.";

  static final String G0 = "working-level talks with the United States will resume on Friday, October 5";
  static final String G1 =
      "the two sides would make “preliminary contact on Oct. 4 and hold working-level negotiations on Oct. 5,”";
  static final String G2 = "The delegates of the DPRK side are ready to enter into the DPRK-U.S. working-level negotiations";
  static final String G3 =
      "It is my expectation that the working-level negotiations would accelerate the positive development of the DPRK-U.S. relations";

  static GoldStatement gold(String content, LocalDate date, List<LocalDate> events, String stance) {
    return new GoldStatement("Choe Son Hui", "PERSON", "Choe", content, false, date, events, stance, List.of());
  }

  static Statement pred(String article, String content, String extendedBy, String speaker, SpeakerType type,
      LocalDate date, List<LocalDate> events, Stance stance) {
    int start = TEXT.indexOf(content);
    assertTrue(start >= 0, content);
    int end = start + content.length() + extendedBy.length();
    return new Statement(article, 0, speaker, speaker, type, null, "said", TEXT.substring(start, end), start, end,
        false, date, DateBasis.EXPLICIT, events, stance, List.of(), null);
  }

  static List<GoldArticle> goldSet() {
    return List.of(new GoldArticle("a1", OCT1, List.of(
        gold(G0, OCT1, List.of(OCT5), "ENGAGE"),
        gold(G1, OCT1, List.of(OCT4, OCT5), "ENGAGE"),
        gold(G2, null, List.of(), "INTENT"),
        gold(G3, OCT1, List.of(), "INTENT"))));
  }

  static List<Statement> predictions() {
    List<Statement> p = new ArrayList<>();
    // Longer than G0 (runs on to the end of the sentence) but contains it: matches. Wrong speaker.
    p.add(pred("a1", G0, ", according to a report published in state media", "A senior North Korean official",
        SpeakerType.UNKNOWN, OCT1, List.of(OCT5), Stance.ENGAGE));
    // Surname: right speaker. Wrong date; one of two event dates; wrong stance.
    p.add(pred("a1", G1, "", "Choe", SpeakerType.PERSON, OCT1.minusDays(1), List.of(OCT4, OCT4), Stance.INTENT));
    // Right speaker; gold date null so the date is not scored; a spurious event date.
    p.add(pred("a1", G2, "", "Choe Son Hui", SpeakerType.PERSON, OCT1, List.of(OCT1), Stance.INTENT));
    // A pronoun is not the speaker; NONE misses INTENT.
    p.add(pred("a1", G3, "", "she", SpeakerType.PERSON, OCT1, List.of(), Stance.NONE));
    // Not in gold: unmatched, its REJECT is not a label of the matched statements.
    p.add(pred("a1", "No venue for the upcoming meeting was specified", "", "KCNA", SpeakerType.MEDIA, OCT1,
        List.of(OCT5), Stance.REJECT));
    // Another article: ignored entirely.
    p.add(pred("other", G0, "", "Choe Son Hui", SpeakerType.PERSON, OCT1, List.of(OCT5), Stance.ENGAGE));
    return p;
  }

  @Test
  void countsMatchedAndIgnored() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    assertEquals(new ScoreCounts(1, 4, 0, 5, 1, 4), r.counts());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void attributionCountsEveryPredictionAndEveryGold() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    // Right: P1 (surname) and P2. P = 2/5, R = 2/4, F1 = 2*0.4*0.5/0.9.
    assertEquals(new FMeasure(2, 5, 4), r.attribution());
    assertEquals(0.4, r.attribution().precision(), EPS);
    assertEquals(0.5, r.attribution().recall(), EPS);
    assertEquals(0.4 / 0.9, r.attribution().f1(), EPS);
  }

  @Test
  void statementDateIgnoresNullGoldDates() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    // G0 right, G1 wrong, G2 not scored (null), G3 right.
    assertEquals(new Accuracy(2, 3), r.statementDate());
  }

  @Test
  void eventDatesArePairsOverMatchedAndOverAll() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    // Matched: pred pairs {G0:5} {G1:4 (listed twice, one pair)} {G2:1} = 3, gold pairs 1+2 = 3, hits 2.
    assertEquals(new FMeasure(2, 3, 3), r.eventDates());
    // All: the unmatched prediction adds one pair; the other article is ignored.
    assertEquals(new FMeasure(2, 4, 3), r.eventDatesAll());
    assertEquals(0.5, r.eventDatesAll().precision(), EPS);
  }

  @Test
  void stanceMacroF1SkipsLabelsAbsentFromMatchedStatements() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    // ENGAGE: tp 1, pred 1, gold 2 -> F1 2/3. INTENT: tp 1, pred 2, gold 2 -> F1 1/2.
    // REJECT occurs only in an unmatched prediction: not averaged.
    assertEquals(List.of(Stance.ENGAGE, Stance.INTENT), r.stance().labelsInAverage());
    assertEquals(new FMeasure(1, 1, 2), r.stancePerLabel().get(Stance.ENGAGE));
    assertEquals(new FMeasure(1, 2, 2), r.stancePerLabel().get(Stance.INTENT));
    assertEquals((2.0 / 3 + 0.5) / 2, r.stanceMacroF1(), EPS);
    assertEquals(1, r.stance().count(Stance.INTENT, Stance.NONE));
    assertEquals(0, r.stance().predictedCount(Stance.REJECT));
  }

  @Test
  void goldContentNotInTextIsUnmatchedWithAWarning() {
    List<GoldArticle> gold = List.of(new GoldArticle("a1", OCT1, List.of(
        gold(G0, OCT1, List.of(), "ENGAGE"),
        gold("talks will never resume", OCT1, List.of(), "REJECT"))));
    ScoreReport r = Scorer.score(gold, Map.of("a1", TEXT), predictions().subList(0, 1));
    assertEquals(new ScoreCounts(1, 2, 1, 1, 0, 1), r.counts());
    assertEquals(new FMeasure(0, 1, 2), r.attribution());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("a1") && r.warnings().get(0).contains("not found"), r.warnings().get(0));
  }

  @Test
  void articleWithoutTextCountsAllItsGoldAsUnmatched() {
    ScoreReport r = Scorer.score(goldSet(), Map.of(), predictions());
    assertEquals(new ScoreCounts(1, 4, 4, 5, 1, 0), r.counts());
    assertEquals(1, r.warnings().size());
  }

  @Test
  void tableHasThreeDecimalsAndIsDeterministic() {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    String table = r.toTable();
    assertEquals(table, Scorer.score(goldSet(), Map.of("a1", TEXT), predictions()).toTable());
    assertTrue(table.contains("attribution (speaker)                    0.400   0.500   0.444       2       5       4"), table);
    assertTrue(table.contains("statement date accuracy                  0.667   (2 of 3"), table);
    assertTrue(table.contains("stance macro-F1                          0.583   (over 2 labels: ENGAGE INTENT)"), table);
    assertTrue(table.contains("REJECT (not in average)"), table);
    assertTrue(table.contains("event dates, all statements (strict)"), table);
  }

  @Test
  void jsonHasSortedKeysAndUnroundedFigures() throws Exception {
    ScoreReport r = Scorer.score(goldSet(), Map.of("a1", TEXT), predictions());
    JsonNode json = Json.MAPPER.readTree(r.toJson());
    assertSorted(json);
    assertEquals(0.4, json.at("/attribution/precision").asDouble(), EPS);
    assertEquals(7.0 / 12, json.at("/stance/macro_f1").asDouble(), EPS);
    assertEquals(1, json.at("/stance/confusion/rows_gold_columns_predicted/1/8").asInt(), "INTENT x NONE");
    assertEquals("HALT", json.at("/stance/confusion/labels/7").asText());
    assertEquals(2, json.at("/statement_date/correct").asInt());
  }

  private static void assertSorted(JsonNode node) {
    if (node.isObject()) {
      String previous = "";
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        assertTrue(previous.compareTo(name) < 0, previous + " before " + name);
        previous = name;
        assertSorted(node.get(name));
      }
    } else if (node.isArray()) {
      node.forEach(ScorerTest::assertSorted);
    }
  }
}
