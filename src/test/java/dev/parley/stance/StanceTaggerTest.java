package dev.parley.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Stance;
import dev.parley.text.Span;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real sentences from ../shared/eval (the corpus is named at each test). The content is the
 * part after the cue, as the extractor passes it; the cue sentence is the whole sentence.
 */
class StanceTaggerTest {
  private static final StanceTagger TAGGER = new StanceTagger();

  /** Classifies {@code content} (a substring of {@code sentence}) with the sentence as context. */
  private static StanceResult classify(StanceTagger tagger, String sentence, String content) {
    int start = sentence.indexOf(content);
    assertTrue(start >= 0, "content not in sentence: " + content);
    return tagger.classify(sentence, new Span(start, start + content.length()), null,
        new Span(0, sentence.length()));
  }

  private static StanceResult classify(String sentence, String content) {
    return classify(TAGGER, sentence, content);
  }

  private static StanceTagger patterns(String text) {
    return StanceTagger.fromPatterns(new StringReader(text));
  }

  private static void assertCuesInText(String text, StanceResult r) {
    for (String cue : r.cues()) {
      assertTrue(text.contains(cue), "cue '" + cue + "' is not a substring of the text");
    }
  }

  // ---------------------------------------------------------------- one test per label

  // The Diplomat, 2019-10-01 (parley-gold seed-000).
  @Test
  void engageWhenTalksWillResume() {
    String s = "A senior North Korean official said Tuesday that working-level talks with the United "
        + "States will resume on Friday, October 5, according to a report published in state media.";
    StanceResult r = classify(s, "working-level talks with the United States will resume on Friday, October 5");
    assertEquals(Stance.ENGAGE, r.stance());
    assertEquals(List.of("working-level talks with the United States will resume"), r.cues());
    assertEquals("USA", r.target());
  }

  // The Diplomat, 2019-10-01 (parley-gold seed-000).
  @Test
  void intentWhenReadyToEnterNegotiations() {
    String s = "“The delegates of the DPRK side are ready to enter into the DPRK-U.S. working-level "
        + "negotiations,” Choe said.";
    StanceResult r = classify(s, "The delegates of the DPRK side are ready to enter into the DPRK-U.S. "
        + "working-level negotiations");
    assertEquals(Stance.INTENT, r.stance());
    assertEquals(List.of("ready to"), r.cues());
  }

  // KCNA 2011 (kcna-2011-2012), commentary on the SOFA.
  @Test
  void appealWhenUrgedToRevise() {
    String s = "It urged the U.S. to revise the SOFA if it fears south Koreans' mounting anti-American sentiment.";
    StanceResult r = classify(s, "the U.S. to revise the SOFA if it fears south Koreans' mounting anti-American sentiment");
    assertEquals(Stance.APPEAL, r.stance());
    assertEquals(List.of("urged the U.S. to"), r.cues());
    assertEquals("USA", r.target());
  }

  // KCNA 2011 (kcna-2011-2012), Movement for Peace and Socialism of Italy: a demand wins over the
  // loaded words that describe what is to stop.
  @Test
  void demandWhenShouldStopOutweighsLoadedWords() {
    String s = "The U.S. should stop the anachronistic and reckless hostile policy towards the DPRK and "
        + "the war provocation moves, resume the six-party talks without precondition.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.DEMAND, r.stance());
    assertEquals(List.of("should stop"), r.cues());
    assertEquals("USA", r.target());
  }

  // KCNA 2011-12-03 (kcna-2011-00077), "Nicaragua Censures U.S. Interference": the cue verb sits
  // in the cue sentence, before the content.
  @Test
  void criticizeFromCueVerbInCueSentence() {
    String s = "The Nicaraguan ambassador to the Organization of American States recently denounced the "
        + "U.S. for its interference aimed to create instability in his country.";
    StanceResult r = classify(s, "the U.S. for its interference aimed to create instability in his country");
    assertEquals(Stance.CRITICIZE, r.stance());
    assertEquals(List.of("denounced"), r.cues());
    assertEquals("USA", r.target());
  }

  // KCNA 2011 (kcna-2011-2012) on the south Korean authorities.
  @Test
  void rejectWhenNotInterestedInDialogue() {
    String s = "It has become clearer that the south Korean authorities are not interested in dialogue "
        + "but keen on stoking confrontation only.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals(List.of("not interested in dialogue"), r.cues());
    assertEquals("KOR", r.target());
  }

  // KCNA 2012-08-27 (kcna-2011-2012), KPA statement.
  @Test
  void threatenWhenWillPayDearly() {
    String s = "The U.S. and the Lee group of traitors will pay dearly for their reckless moves.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.THREATEN, r.stance(), "an explicit threat wins over 'traitors', 'reckless'");
    assertEquals(List.of("pay dearly"), r.cues());
    assertEquals("USA", r.target());
  }

  // Reuters-21578, 1987 (Rotterdam port dispute).
  @Test
  void haltWhenUnionWalkedOut() {
    String s = "Talks broke down Thursday when the union walked out after employers tabled their final "
        + "offer to end the strikes which started January 19 in protest at planned redundancies of 800 "
        + "from the sector's 4,000 workforce, a union spokesman said.";
    StanceResult r = classify(s, s.substring(0, s.indexOf(", a union spokesman")));
    assertEquals(Stance.HALT, r.stance());
    // The walk-out sits in the "when" clause: scene-setting, so only the main clause is a cue.
    assertEquals(List.of("Talks broke down"), r.cues());
  }

  // KCNA 2012 (parley-gold dev): plain praise of one's own leader has no stance.
  @Test
  void noneWithNoCuesWhenNothingFires() {
    String s = "Kim Il Sung is, indeed, a gifted strategist, he added.";
    StanceResult r = classify(s, "Kim Il Sung is, indeed, a gifted strategist");
    assertEquals(Stance.NONE, r.stance());
    assertEquals(List.of(), r.cues());
    assertNull(r.target());
  }

  // ---------------------------------------------------------------- scope: negation, questions, conditions

  // KCNA 2011 (kcna-2011-2012): with only an ENGAGE pattern, the negator turns it into REJECT.
  @Test
  void negatedEngageBecomesReject() {
    StanceTagger engageOnly = patterns("ENGAGE\tresum* ...3 negotiat*\n");
    String s = "The Palestinian National Authority will not resume direct negotiations with Israel unless "
        + "preconditions are met, he said.";
    StanceResult r = classify(engageOnly, s, s.substring(0, s.indexOf(", he said")));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals(List.of("not resume direct negotiations"), r.cues());
    assertEquals("ISR", r.target());
  }

  // KCNA 2011 (kcna-2011-2012), on the Mt. Kumgang tour: "no intention to resume" refuses, even
  // beside criticism ("puppet", "sinister") of the same party.
  @Test
  void noIntentionToResumeIsRejectDespiteCriticism() {
    String s = "Through the August 19 contact the DPRK side finally confirmed that the puppet group has no "
        + "intention to resume the tour of Mt. Kumgang and respond to the adjustment of properties but is "
        + "keen to realize its sinister intention to use noble tourism for the purpose of confrontation.";
    StanceResult r = classify(s, s.substring(s.indexOf("the puppet group"), s.length() - 1));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals("KOR", r.target());
    assertTrue(r.cues().get(0).startsWith("no intention"), "cues: " + r.cues());
  }

  // Reuters-21578, 1987 (American Soybean Association): "would not hesitate to retaliate" is a
  // threat; the double negation does not void it.
  @Test
  void doubleNegationKeepsThreat() {
    String s = "Wayne Bennett, the American Soybean Association's first vice president, told a news "
        + "conference the U.S. Administration would not hesitate to retaliate, but both producers and "
        + "processors were trying to solve the issue through negotiation.";
    StanceResult r = classify(s, s.substring(s.indexOf("the U.S. Administration"), s.length() - 1));
    assertEquals(Stance.THREATEN, r.stance());
    assertEquals(List.of("retaliate"), r.cues());
  }

  // Reuters-21578, 1987 (Soviet trade official on the grains agreement): readiness asked as a
  // rhetorical question is a refusal.
  @Test
  void rhetoricalQuestionTurnsIntentIntoReject() {
    String s = "\"How can I tell that we are ready to fulfill the agreement if the United States does "
        + "not want to offer us grain at competitive prices?\" said Albert Melnikov.";
    StanceResult r = classify(s, s.substring(1, s.indexOf("?")));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals(List.of("ready to"), r.cues());
  }

  // KCNA 2011 (kcna-2011-2012): what follows "if" is a condition, not a stance; the main
  // clause's readiness is.
  @Test
  void conditionIsNotTheStance() {
    String s = "We are ready to meet anyone anytime and anywhere, letting bygones be bygones, if he or "
        + "she is willing to go hands in hands with us.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.INTENT, r.stance());
    assertEquals(List.of("ready to"), r.cues(), "'willing to' is inside the condition");
  }

  // The examples of the stance issue itself: a question about dialogue is a refusal in context;
  // readiness under a condition is still readiness, and the hostility named in the condition
  // does not turn it into criticism.
  @Test
  void issueExamplesQuestionAndCondition() {
    String q = "Is it possible to hold dialogue with the U.S. that keeps up its hostile policy?";
    assertEquals(Stance.REJECT, classify(q, q).stance());
    String c = "If the U.S. drops its hostile policy, we are ready to talk.";
    StanceResult r = classify(c, c.substring(0, c.length() - 1));
    assertEquals(Stance.INTENT, r.stance(), "cues: " + r.cues());
    assertEquals(List.of("ready to"), r.cues());
  }

  // KCNA 2011 (kcna-2011-2012): a pattern that only fires inside the condition gives NONE.
  @Test
  void patternInsideConditionOnlyGivesNone() {
    StanceTagger intentOnly = patterns("INTENT\twant ...3 relations\n");
    String s = "If the U.S. and the south Korean authorities truly want the improved relations with the "
        + "DPRK, they should stop putting up their unreasonable pre-conditions.";
    assertEquals(Stance.NONE, classify(intentOnly, s, s.substring(0, s.length() - 1)).stance());
    String main = "They truly want the improved relations with the DPRK.";
    assertEquals(Stance.INTENT, classify(intentOnly, main, main.substring(0, main.length() - 1)).stance());
  }

  // KCNA 2011 (kcna-2011-2012), Cuban ambassador: cooperation with one party is the main clause,
  // the criticism of another ("imperialists' aggression") rides along.
  @Test
  void criticisingOnePartyWhileEngagingAnother() {
    String s = "The Cuban people will as ever strengthen solidarity and cooperation with the Korean "
        + "people, smashing the imperialists' aggression and provocative moves, the ambassador said.";
    StanceResult r = classify(s, s.substring(0, s.indexOf(", the ambassador")));
    assertEquals(Stance.INTENT, r.stance(), "a pledge outweighs loaded words; cues: " + r.cues());
    assertEquals(List.of("will as ever strengthen solidarity and cooperation"), r.cues());
  }

  // ---------------------------------------------------------------- blockers and background

  // KCNA 2012 (kcna-2011-2012, kcna-2012-08970): "the suspended tour" names the tour, it does not
  // suspend it; the statement criticises.
  @Test
  void haltVerbUsedAsAdjectiveIsNoHalt() {
    String s = "The Lee Myung Bak regime of south Korea has gone sordid in its moves to shift the "
        + "responsibility for the suspended tour of Mt. Kumgang on to the DPRK.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.CRITICIZE, r.stance(), "cues: " + r.cues());
    assertEquals(List.of("sordid"), r.cues());
  }

  // KCNA 2024 (kcna-2023-2024, kcna24-01315): refusing an attack is no refusal of talks.
  @Test
  void negatedHostilityIsNoRefusal() {
    String s = "To be honest, we have no intention of attacking the Republic of Korea.";
    assertEquals(Stance.NONE, classify(s, s.substring(0, s.length() - 1)).stance());
    String refusal = "To be honest, we have no intention of talking to the Republic of Korea.";
    assertEquals(Stance.REJECT, classify(refusal, refusal.substring(0, refusal.length() - 1)).stance(),
        "the blocker must not swallow a refusal of talks");
  }

  // Reuters 1987 (reuters21578, reuters-765): the suspension is the scene ("the crisis started
  // when Brazil suspended ..."), the statement's stance is the criticism.
  @Test
  void haltInTemporalClauseIsBackground() {
    String s = "Talking to reporters, Funaro said this attitude would not help resolve the crisis "
        + "started when Brazil suspended indefinitely interest payments on 68 billion dlrs in "
        + "external debt on February 20.";
    StanceResult r = classify(s, s.substring(s.indexOf("this attitude"), s.length() - 1));
    assertEquals(Stance.CRITICIZE, r.stance(), "cues: " + r.cues());
  }

  // Reuters 1987 (reuters21578, reuters-9225): "shortly after announced" is no temporal clause
  // over the content that follows.
  @Test
  void temporalWordBeforeContentDoesNotReachIntoIt() {
    String s = "Brazil suspended interest payments on February 20 and shortly after announced it was "
        + "freezing some 16 billion dlrs in short-term credit lines.";
    StanceResult r = classify(s, s.substring(s.indexOf("it was"), s.length() - 1));
    assertEquals(Stance.HALT, r.stance());
  }

  // KCNA 2012 (kcna-2011-2012, kcna-2012-07394): the clause after the content is a second act
  // with its own cue; its "calling on" is not this statement's stance.
  @Test
  void followingActDoesNotBleedIntoContent() {
    String s = "He said that enterprises play very important roles in building an economic power and "
        + "improving the people's standard of living, calling on the workers to take the lead in the "
        + "on-going advance for great surge.";
    StanceResult r = classify(s, s.substring(s.indexOf("enterprises"), s.indexOf(", calling")));
    assertEquals(Stance.NONE, r.stance(), "cues: " + r.cues());
    StanceResult second = classify(s, s.substring(s.indexOf("the workers"), s.length() - 1));
    assertEquals(Stance.APPEAL, second.stance());
  }

  // KCNA 2011 (kcna-2011-2012, kcna-2011-01253): a short cue clause ending the sentence is the
  // content's own cue.
  @Test
  void trailingCueClauseCounts() {
    String s = "This act followed the \"Grand National Party's\" defeat in the recent Seoul mayoral "
        + "election, the statement charged.";
    StanceResult r = classify(s, s.substring(0, s.indexOf(", the statement")));
    assertEquals(Stance.CRITICIZE, r.stance());
    assertEquals(List.of("charged"), r.cues());
  }

  // ---------------------------------------------------------------- wordings of disputes

  // KCNA 2011 (kcna-2011-2012, kcna-2011-06490): obstruction attributed to the other side.
  @Test
  void tryingToBlockIsCriticism() {
    String s = "The advance of the June 15 era can never be stopped no matter how desperately the "
        + "reactionaries at home and abroad are trying to block.";
    StanceResult r = classify(s, s.substring(0, s.length() - 1));
    assertEquals(Stance.CRITICIZE, r.stance());
    assertEquals(List.of("trying to block"), r.cues());
  }

  // Reuters 1987 (reuters21578, reuters-4689; a second wire of a story in the dev gold): laying
  // conditions on the other side of a trade dispute.
  @Test
  void imposingConditionsIsCriticism() {
    String s = "Export director Carlos Santana told reporters the Saudis were the first suppliers of oil "
        + "to impose such conditions after Brazil's decision to halt interest payment of its commercial "
        + "debts last month.";
    StanceResult r = classify(s, s.substring(s.indexOf("the Saudis"), s.length() - 1));
    assertEquals(Stance.CRITICIZE, r.stance(), "cues: " + r.cues());
    assertEquals(List.of("impose such conditions"), r.cues());
  }

  // Reuters 1987 (reuters21578, reuters-17701): refusing to renew a bid, under a condition.
  @Test
  void notRenewingIsAThreat() {
    String s = "British press magnate Robert Maxwell said his British Printing and Communication Corp "
        + "Plc would not renew its bid for Harcourt Brace Jovanovich Inc <HBJ> if the lawsuit filed "
        + "against Harcourt in New York today fails.";
    StanceResult r = classify(s, s.substring(s.indexOf("his British"), s.length() - 1));
    assertEquals(Stance.THREATEN, r.stance());
    assertEquals(List.of("would not renew its bid"), r.cues());
  }

  // KCNA 2011 (kcna-2011-2012, kcna-2011-07601): a pledge of no concession refuses the demand.
  @Test
  void noConcessionIsRejection() {
    String s = "Palestinian National Authority President Mahmoud Abbas on Saturday promised not to make "
        + "any concession on the Palestinian refugees' right of return.";
    StanceResult r = classify(s, s.substring(s.indexOf("not to make"), s.length() - 1));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals(List.of("not to make any concession"), r.cues());
  }

  // KCNA 2024 (kcna-2023-2024, kcna24-00111): asking for an issue to be discussed.
  @Test
  void issueShouldBeDiscussedIsAppeal() {
    String s = "The President said that the school construction issue should be discussed before the "
        + "consultative meeting.";
    StanceResult r = classify(s, s.substring(s.indexOf("the school"), s.length() - 1));
    assertEquals(Stance.APPEAL, r.stance());
    assertEquals(List.of("issue should be discussed"), r.cues());
  }

  @Test
  void analystBlockerVoidsShorterMatch() {
    StanceTagger t = patterns("HALT\tsuspended ...3 talks\t3\nNONE\tthe suspended talks\n");
    String s = "they called for the resumption of the suspended talks";
    assertEquals(Stance.NONE, classify(t, s, s).stance());
    String h = "they suspended the talks";
    assertEquals(Stance.HALT, classify(t, h, h).stance());
  }

  // ---------------------------------------------------------------- cues and patterns

  // The Diplomat, 2020-07-07 (parley-gold seed-004): cues keep the text's case and line breaks.
  @Test
  void cuesAreExactSubstringsInOrder() {
    String s = "Choe specifically ruled out the notion of an “October surprise”—a last-minute\n"
        + "U.S.-North Korea deal before the election.";
    StanceResult r = classify(s, s.substring(s.indexOf("the notion"), s.length() - 1));
    assertEquals(Stance.REJECT, r.stance());
    assertEquals(List.of("ruled out"), r.cues());
    assertCuesInText(s, r);
    String k = "The U.S. and the Lee group of traitors will pay dearly for their reckless moves.";
    assertCuesInText(k, classify(k, k));
  }

  @Test
  void analystPatternsAreParsedAndChecked() {
    StanceTagger t = patterns("# mine\nHALT\t(walked|walks) out\t3\n");
    String s = "mill workers walked out in protest at new contract manning levels";
    assertEquals(Stance.HALT, classify(t, s, s).stance());
    assertThrows(IllegalArgumentException.class, () -> patterns("HALT\t... out\n"));
    assertThrows(IllegalArgumentException.class, () -> patterns("HALT\t(walked out\n"));
    assertThrows(IllegalArgumentException.class, () -> patterns("NOPE\tsaid\n"));
    assertThrows(IllegalArgumentException.class, () -> patterns("@background NONE\n"));
    assertThrows(IllegalArgumentException.class, () -> patterns("HALT walked\n"));
  }

  // A long input stays fast: gaps are bounded, nothing backtracks without limit.
  @Test
  void megabyteOfTextIsQuick() {
    String unit = "The U.S. should stop the reckless hostile policy and resume talks, he said, "
        + "urging the south Korean puppets to drop their confrontation moves without delay. ";
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append(unit);
    }
    String text = b.toString();
    long t0 = System.nanoTime();
    StanceResult r = TAGGER.classify(text, new Span(0, text.length()), null, null);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(Stance.DEMAND, r.stance());
    // A guard against runaway matching (which takes minutes), not a benchmark: the limit is
    // generous so that a busy build machine does not fail it.
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }
}
