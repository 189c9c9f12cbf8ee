package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerMatcherTest {

  @Test
  void wordOrderAndFunctionWordsDoNotMatter() {
    assertTrue(SpeakerMatcher.sameSpeaker("DPRK Foreign Ministry", "GOVERNMENT", "Foreign Ministry of the DPRK", "GOVERNMENT"));
    assertTrue(SpeakerMatcher.sameSpeaker("DPRK Foreign Ministry", "GOVERNMENT", "a spokesman for the DPRK Foreign Ministry", null));
    assertFalse(SpeakerMatcher.sameSpeaker("DPRK Foreign Ministry", "GOVERNMENT", "Foreign Ministry", "GOVERNMENT"));
  }

  @Test
  void punctuationIsDeletedNotSplit() {
    assertEquals(List.of("us", "state", "department"), SpeakerMatcher.words("U.S. State Department"));
    assertTrue(SpeakerMatcher.sameSpeaker("U.S. State Department", "GOVERNMENT", "US state department", "GOVERNMENT"));
    assertEquals(List.of("kim", "jongun"), SpeakerMatcher.words("Kim Jong-un"));
    assertFalse(SpeakerMatcher.sameSpeaker("Kim Jong Un", "PERSON", "Kim Jong-un", "PERSON"));
  }

  @Test
  void caseIsFolded() {
    assertTrue(SpeakerMatcher.sameSpeaker("KCNA", "MEDIA", "kcna", "MEDIA"));
  }

  @Test
  void koreanSurnameComesFirst() {
    assertTrue(SpeakerMatcher.sameSpeaker("Choe Son Hui", "PERSON", "Choe", "UNKNOWN"));
    assertTrue(SpeakerMatcher.sameSpeaker("Choe", null, "Choe Son Hui", "PERSON"), "either side may be the PERSON");
  }

  @Test
  void westernSurnameComesLast() {
    assertTrue(SpeakerMatcher.sameSpeaker("Stephen E. Biegun", "PERSON", "Biegun", "PERSON"));
  }

  @Test
  void surnameRuleNeedsAPersonAndASingleEdgeWord() {
    assertFalse(SpeakerMatcher.sameSpeaker("Choe Son Hui", "GOVERNMENT", "Choe", "GOVERNMENT"), "no PERSON side");
    assertFalse(SpeakerMatcher.sameSpeaker("Choe Son Hui", "PERSON", "Son", "PERSON"), "middle word");
    assertFalse(SpeakerMatcher.sameSpeaker("Choe Son Hui", "PERSON", "Choe Son", "PERSON"), "two words");
    assertFalse(SpeakerMatcher.sameSpeaker("Kim Jong Un", "PERSON", "Kim Yo Jong", "PERSON"), "same surname, other person");
    assertFalse(SpeakerMatcher.sameSpeaker("Choe Son Hui", "PERSON", "she", "PERSON"), "pronoun");
  }

  @Test
  void nullNameIsNeverRight() {
    assertFalse(SpeakerMatcher.sameSpeaker("KCNA", "MEDIA", null, null));
    assertFalse(SpeakerMatcher.sameSpeaker(null, null, "KCNA", "MEDIA"));
  }
}
