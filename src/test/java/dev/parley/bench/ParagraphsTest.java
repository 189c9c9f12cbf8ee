package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph styles of the source corpora, on excerpts of their real articles. */
class ParagraphsTest {
  @Test
  void kcnaParagraphsAreSeparatedByBlankLines() {
    // KCNA 2011-2012, kcna-2011-00024 (first two paragraphs, shortened).
    String text = "Damage by radioactive contamination following the accident at the Fukushima Nuclear Power Plant is "
        + "increasing in Japan.\n\n1,050 becquerels of radioactive cesium at the maximum was detected in rice harvested at "
        + "three farms in Fukushima Prefecture, the prefectural authorities said on the same day.";
    assertEquals(Paragraphs.BLANK_LINE, Paragraphs.styleOf(text));
    assertEquals(2, Paragraphs.BLANK_LINE.split(text).size());
  }

  @Test
  void reutersParagraphsStartWithAnIndentAndKeepTheirWrappedLines() {
    // Reuters-21578, reuters-2.
    String text = "Standard Oil Co and BP North America\nInc said they plan to form a venture to manage the money market\n"
        + "borrowing and investment activities of both companies.\n    BP North America is a subsidiary of British "
        + "Petroleum Co\nPlc <BP>, which also owns a 55 pct interest in Standard Oil.";
    assertEquals(Paragraphs.INDENTED_LINE, Paragraphs.styleOf(text));
    List<String> parts = Paragraphs.INDENTED_LINE.split(text);
    assertEquals(2, parts.size());
    assertEquals("Standard Oil Co and BP North America\nInc said they plan to form a venture to manage the money market\n"
        + "borrowing and investment activities of both companies.", parts.get(0));
    assertEquals("BP North America is a subsidiary of British Petroleum Co\nPlc <BP>, which also owns a 55 pct interest in "
        + "Standard Oil.", parts.get(1));
  }

  @Test
  void recentKcnaParagraphsAreLines() {
    // KCNA 2023-2024, kcna24-00010 (shortened).
    String text = "Pyongyang, January 12 (KCNA) --Kim Jong Un received a message of greeting from the emir of the State "
        + "of Kuwait.\nThe emir in the message said that he was pleased to extend sincere greetings and good wishes.\n"
        + "He hoped that the new year would be a wonderful year. -0-";
    assertEquals(Paragraphs.LINE, Paragraphs.styleOf(text));
    assertEquals(3, Paragraphs.LINE.split(text).size());
  }

  @Test
  void normalisingFoldsCaseAndWhiteSpace() {
    assertEquals("the emir said so.", Paragraphs.normalise("  The emir\n  said   SO.  "));
  }
}
