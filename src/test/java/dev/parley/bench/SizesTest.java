package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void parsesAndLabelsSizes() {
    assertEquals(List.of(10_000L, 100_000L, 1_000_000L, 200L, 2_500L), Sizes.parseList("10k,100k,1M, 200 ,2.5k"));
    assertEquals("10k", Sizes.label(10_000));
    assertEquals("1M", Sizes.label(1_000_000));
    assertEquals("2.5k", Sizes.label(2_500));
    assertEquals("1.5M", Sizes.label(1_500_000));
    assertEquals("200", Sizes.label(200));
    assertEquals("12345", Sizes.label(12_345));
  }

  @Test
  void rejectsWhatIsNotAWholeNumberOfArticles() {
    for (String bad : new String[] {"", "ten", "0", "-5k", "1.5", "2.0005k"}) {
      assertThrows(IllegalArgumentException.class, () -> Sizes.parseList(bad), bad);
    }
  }
}
