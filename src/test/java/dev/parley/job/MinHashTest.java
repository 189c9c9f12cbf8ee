package dev.parley.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shingles, MinHash band keys and the threshold on real KCNA stories (fixtures/near/SOURCE.md):
 * edited re-runs score above {@link NearDuplicateSettings#DEFAULT_MIN_JACCARD}, distinct stories
 * written from one template below it.
 */
class MinHashTest {
  static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (String file : new String[] {"a.jsonl", "b.jsonl"}) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/fixtures/near", file))) {
        JsonNode node = Json.MAPPER.readTree(line);
        if (node.has("id")) {
          TEXTS.putIfAbsent(node.get("id").asText(), node.get("text").asText());
        }
      }
    }
  }

  static double jaccard(String a, String b) {
    return MinHash.jaccard(MinHash.shingles(TEXTS.get(a)), MinHash.shingles(TEXTS.get(b)));
  }

  @Test
  void editedRerunsOfOneStoryAreNearDuplicates() {
    double threshold = NearDuplicateSettings.DEFAULT_MIN_JACCARD;
    // "leader Kim Jong Il" became "General secretary Kim Jong Il" (KCNA, 2011-03-18)
    assertTrue(jaccard("kcna-2011-09505", "kcna-2011-09506") >= threshold);
    // a full title added to the first sentence (KCNA, 2011-04-24)
    assertTrue(jaccard("kcna-2011-08742", "kcna-2011-08754") >= threshold);
    // "posted ... on April 9" re-run as "posted the gist of ... on April 13" (KCNA, 2011-04-18/20)
    assertTrue(jaccard("kcna-2011-08542", "kcna-2011-08609") >= threshold);
  }

  @Test
  void storiesFromOneTemplateAreNot() {
    double threshold = NearDuplicateSettings.DEFAULT_MIN_JACCARD;
    // a South Korean delegation arrives / leaves (KCNA, 2011-09-21/24): 0.81, the closest look-alikes
    double arrivesLeaves = jaccard("kcna-2011-03750", "kcna-2011-03865");
    assertTrue(arrivesLeaves < threshold && arrivesLeaves > 0.75, "close but below: " + arrivesLeaves);
    assertTrue(jaccard("kcna24-01106", "kcna24-01543") < threshold);
    assertTrue(jaccard("kcna24-00435", "kcna24-00444") < threshold);
  }

  @Test
  void aDatelineMovedToAnotherDayChangesNothing() {
    String story = TEXTS.get("kcna24-01391");
    assertTrue(story.startsWith("Pyongyang, October 11 (KCNA) --"));
    String rerun = story.replace("October 11", "October 12");
    assertArrayEquals(MinHash.shingles(story), MinHash.shingles(rerun));
    assertArrayEquals(MinHash.bandKeys(MinHash.shingles(story)), MinHash.bandKeys(MinHash.shingles(rerun)));
    // a dateline is on the first line; the same words on a later line are content
    String moved = "A delegation arrived.\n" + story;
    assertFalse(MinHash.jaccard(MinHash.shingles(story), MinHash.shingles(moved)) == 1.0);
  }

  @Test
  void sharedBoilerplateAloneSharesNoBand() {
    long[] a = MinHash.bandKeys(MinHash.shingles(TEXTS.get("kcna24-00435")));
    long[] b = MinHash.bandKeys(MinHash.shingles(TEXTS.get("kcna24-00444")));
    int shared = 0;
    for (int i = 0; i < a.length; i++) {
      shared += a[i] == b[i] ? 1 : 0;
    }
    assertEquals(0, shared, "greetings received / sent share long titles but no band");
  }

  @Test
  void wordsAreLettersAndDigitsCaseFolded() {
    assertArrayEquals(MinHash.shingles("Talks resume on Oct. 5, the DPRK said."),
        MinHash.shingles("talks  RESUME on oct 5 -- the dprk said"));
    assertEquals(0, MinHash.shingles("-- ... --").length);
    assertEquals(1, MinHash.shingles("Too short").length, "fewer than five words are one shingle");
    assertEquals(2, MinHash.shingles("one two three four five six").length);
  }

  @Test
  void jaccardOfSortedSets() {
    assertEquals(0.5, MinHash.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}), 1e-9);
    assertEquals(1.0, MinHash.jaccard(new long[] {-5, 7}, new long[] {-5, 7}), 1e-9);
    assertEquals(0.0, MinHash.jaccard(new long[] {}, new long[] {}), 1e-9);
  }

  @Test
  void foldingModIsTheRemainder() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long v = random.nextLong() >>> 1;
      assertEquals(v % 2_147_483_647L, MinHash.modPrime(v), Long.toString(v));
    }
    assertEquals(0, MinHash.modPrime(2_147_483_647L));
    assertEquals(0, MinHash.modPrime(0));
  }
}
