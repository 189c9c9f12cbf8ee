package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.text.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

  @Test
  void overlapOfExactlyHalfTheShorterSpanMatches() {
    Span gold = new Span(0, 10);
    assertTrue(SpanMatcher.overlapsEnough(gold, new Span(5, 25)), "5 of 10 is half");
    assertFalse(SpanMatcher.overlapsEnough(gold, new Span(6, 26)), "4 of 10 is less than half");
  }

  @Test
  void halfOfAnOddLengthIsNotRoundedDown() {
    Span gold = new Span(0, 9);
    assertFalse(SpanMatcher.overlapsEnough(gold, new Span(5, 20)), "4 < 4.5");
    assertTrue(SpanMatcher.overlapsEnough(gold, new Span(4, 20)), "5 >= 4.5");
  }

  @Test
  void touchingAndEmptySpansNeverMatch() {
    assertFalse(SpanMatcher.overlapsEnough(new Span(0, 10), new Span(10, 20)));
    assertFalse(SpanMatcher.overlapsEnough(new Span(0, 10), new Span(3, 3)));
  }

  @Test
  void containedShortSpanMatchesTheLongOne() {
    // Short prediction inside a long gold block: overlap = whole short span.
    assertTrue(SpanMatcher.overlapsEnough(new Span(0, 1000), new Span(500, 520)));
  }

  @Test
  void largestOverlapIsTakenFirstNotGoldOrder() {
    // P0 overlaps G0 by 15 and G1 by 20: greedy gives P0 to G1, and G0 stays unmatched,
    // though G0 comes first in the list.
    List<Span> gold = List.of(new Span(0, 40), new Span(30, 50));
    List<Span> pred = List.of(new Span(25, 50));
    assertEquals(List.of(new SpanMatch(1, 0, 20)), SpanMatcher.match(gold, pred));
  }

  @Test
  void equalOverlapGoesToTheEarlierGoldStart() {
    // P0 overlaps both golds by 20; the earlier gold G0 wins, and G1 takes P1 (15 of 15).
    List<Span> gold = List.of(new Span(30, 60), new Span(0, 30));
    List<Span> pred = List.of(new Span(10, 50), new Span(45, 60));
    assertEquals(
        List.of(new SpanMatch(0, 1, 15), new SpanMatch(1, 0, 20)), SpanMatcher.match(gold, pred));
  }

  @Test
  void equalOverlapGoesToTheEarlierPredictionStart() {
    List<Span> gold = List.of(new Span(10, 30));
    List<Span> pred = List.of(new Span(12, 40), new Span(0, 28));
    // Both overlap by 18; P1 starts earlier.
    assertEquals(List.of(new SpanMatch(0, 1, 18)), SpanMatcher.match(gold, pred));
  }

  @Test
  void eachGoldAndEachPredictionIsUsedOnce() {
    List<Span> gold = List.of(new Span(0, 20), new Span(0, 20));
    List<Span> pred = List.of(new Span(0, 20), new Span(0, 20), new Span(0, 20));
    // Identical spans: list order decides, G0-P0 then G1-P1; P2 stays unmatched.
    assertEquals(
        List.of(new SpanMatch(0, 0, 20), new SpanMatch(1, 1, 20)), SpanMatcher.match(gold, pred));
  }

  @Test
  void nullSpansTakePartInNoPair() {
    List<Span> gold = Arrays.asList(null, new Span(0, 10));
    List<Span> pred = Arrays.asList(new Span(0, 10), null);
    assertEquals(List.of(new SpanMatch(1, 0, 10)), SpanMatcher.match(gold, pred));
  }
}
