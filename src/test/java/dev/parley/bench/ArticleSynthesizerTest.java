package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The slot plan: how a template's paragraph lengths become the lengths of the paragraphs drawn. */
class ArticleSynthesizerTest {
  @Test
  void aTemplateWithEnoughEvenParagraphsKeepsThem() {
    assertArrayEquals(new int[] {200, 180, 150, 210}, ArticleSynthesizer.slots(new int[] {200, 180, 150, 210}, 5_000));
  }

  @Test
  void aOneParagraphTemplateGetsThreeSlotsOfTheSameTotalLength() {
    int[] slots = ArticleSynthesizer.slots(new int[] {1_000}, 5_000);
    assertTrue(slots.length >= ArticleSynthesizer.MIN_SLOTS, Arrays.toString(slots));
    assertEquals(1_000, Arrays.stream(slots).sum());
    assertTrue(Arrays.stream(slots).allMatch(s -> s <= 0.4 * 1_000), Arrays.toString(slots));
  }

  @Test
  void aDominantOrVeryLongParagraphIsSplit() {
    int[] slots = ArticleSynthesizer.slots(new int[] {9_000, 300, 300, 400}, 2_000);
    assertEquals(10_000, Arrays.stream(slots).sum());
    assertTrue(Arrays.stream(slots).allMatch(s -> s <= 2_000), Arrays.toString(slots));
    assertEquals(300, slots[slots.length - 3]);
  }

  @Test
  void tinyTemplatesStop() {
    assertEquals(1, Arrays.stream(ArticleSynthesizer.slots(new int[] {1}, 10)).sum());
    assertEquals(3, Arrays.stream(ArticleSynthesizer.slots(new int[] {3}, 10)).sum());
  }

  @Test
  void articleSeedsAreSpreadAndStable() {
    assertEquals(ArticleSynthesizer.mix(42, 7), ArticleSynthesizer.mix(42, 7));
    assertTrue(ArticleSynthesizer.mix(42, 7) != ArticleSynthesizer.mix(42, 8));
    assertTrue(ArticleSynthesizer.mix(42, 7) != ArticleSynthesizer.mix(43, 7));
  }
}
