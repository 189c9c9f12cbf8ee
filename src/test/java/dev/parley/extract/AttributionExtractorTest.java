package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.SpeakerType;
import dev.parley.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

  private static List<Attribution> find(String text) {
    List<Attribution> found = EXTRACTOR.find(ANALYZER.analyze(text));
    for (Attribution a : found) {
      assertTrue(a.content().end() <= text.length());
    }
    return found;
  }

  private static Attribution withContent(List<Attribution> found, String text, String content) {
    for (Attribution a : found) {
      if (a.content().of(text).equals(content)) {
        return a;
      }
    }
    throw new AssertionError("No statement with content [" + content + "] in " + found);
  }

  private static Attribution withContentFrom(List<Attribution> found, String text, String start) {
    for (Attribution a : found) {
      if (a.content().of(text).startsWith(start)) {
        return a;
      }
    }
    throw new AssertionError("No statement with content starting [" + start + "] in " + found);
  }

  // The Diplomat, 2019-10-01 (seed-000): curly quotes, surname and pronoun speakers.
  private static final String SEED =
      "Choe Son Hui, North Korea’s first vice minister of foreign affairs, said that the two sides would"
          + " meet soon.\n\n“The delegates of the DPRK side are ready to enter into the DPRK-U.S. working-level"
          + " negotiations,” Choe said. “It is my expectation that the working-level negotiations would accelerate"
          + " the positive development of the DPRK-U.S. relations,” she added.";

  @Test
  void directQuoteWithSurnameCueAfter() {
    Attribution a = withContent(find(SEED), SEED,
        "The delegates of the DPRK side are ready to enter into the DPRK-U.S. working-level negotiations");
    assertTrue(a.isDirect());
    assertEquals("Choe", a.speakerRaw());
    assertEquals("Choe Son Hui", a.speaker());
    assertEquals(SpeakerType.PERSON, a.speakerType());
  }

  @Test
  void interruptedQuotesAreTwoStatementsAndPronounResolves() {
    List<Attribution> found = find(SEED);
    Attribution second = withContent(found, SEED, "It is my expectation that the working-level negotiations"
        + " would accelerate the positive development of the DPRK-U.S. relations");
    assertEquals("she", second.speakerRaw());
    assertEquals("Choe Son Hui", second.speaker());
  }

  @Test
  void indirectSaidThatWithAppositive() {
    Attribution a = withContent(find(SEED), SEED, "the two sides would meet soon");
    assertFalse(a.isDirect());
    assertEquals("Choe Son Hui", a.speaker());
    assertEquals("said", a.cue());
  }

  @Test
  void invertedIndirectSpeech() {
    // Reuters-21578, reuters-6493
    String text = "Many dealers were sidelined coming into the negotiations and have remained so, traders said.";
    Attribution a = withContent(find(text), text,
        "Many dealers were sidelined coming into the negotiations and have remained so");
    assertEquals("traders", a.speaker());
    assertEquals(SpeakerType.UNKNOWN, a.speakerType());
  }

  @Test
  void saidBeforeSpeakerAndQuoteContinuedAfterCue() {
    // Reuters-21578, reuters-6493
    String text = "    \"I would be extremely cautious to go either long or short at this point,\" said Jack Ward,"
        + " president of the cocoa trading firm Barretto Peat. \"If and when a final position comes out one will"
        + " still have time to put on positions.\"";
    List<Attribution> found = find(text);
    assertEquals("Jack Ward", withContent(found, text,
        "I would be extremely cautious to go either long or short at this point").speaker());
    assertEquals("Jack Ward", withContent(found, text,
        "If and when a final position comes out one will still have time to put on positions.").speaker());
  }

  @Test
  void accordingToOpeningTheSentence() {
    // KCNA 2012 (kcna-2012-05582)
    String text = "According to a relevant institution, it detected and arrested those who were going to destroy"
        + " statues and monuments in the DPRK.";
    Attribution a = withContent(find(text), text,
        "it detected and arrested those who were going to destroy statues and monuments in the DPRK");
    assertEquals("according to", a.cue().toLowerCase());
    assertEquals("relevant institution", a.speaker());
  }

  @Test
  void colonCueBlockRunsToNextCue() {
    // KCNA 2011 (kcna-2011-04290), shortened
    String text = "A deputy spokesman for the Democratic Labor Party of south Korea in a commentary on August 3"
        + " accused the police of shutting their eyes to the violence.\n\nThe commentary said:\n\nA group of a"
        + " conservative organization resorted to violence against him.\n\nWhat should not be overlooked is"
        + " that police remained a passive onlooker.\n\nThe commentary demanded the police authorities make an"
        + " apology.";
    List<Attribution> found = find(text);
    Attribution block = withContent(found, text, "A group of a conservative organization resorted to violence"
        + " against him.\n\nWhat should not be overlooked is that police remained a passive onlooker");
    assertEquals("Democratic Labor Party of south Korea", block.speaker());
    assertEquals("KOR", block.speakerCountry());
  }

  @Test
  void quoteWithoutSpeakerInventsNone() {
    // KCNA 2012 (kcna-2012-06463): scare quotes and an unattributed quote
    String text = "Traitor Lee Myung Bak of south Korea made an \"address in celebration of August 15\" on"
        + " Wednesday.\n\n\"This is a sleight of hand of the confrontation maniac.\"";
    assertEquals(List.of(), find(text));
  }

  @Test
  void nestedQuoteStaysInsideTheOuterQuote() {
    // KCNA 2011 (kcna-2011-02843), put in curly marks around a straight inner quote
    String text = "“He kept his principle that \"he doesn't want to ask apology from Japan\" after all,” Kim"
        + " said.";
    List<Attribution> found = find(text);
    assertEquals(1, found.size());
    assertEquals("He kept his principle that \"he doesn't want to ask apology from Japan\" after all",
        found.get(0).content().of(text));
  }

  @Test
  void pronounTwoSentencesBack() {
    // Reuters-21578 (reuters-17070), shortened
    String text = "Masamichi Inoki, a senior fellow at the Institute of Peace and Security, said he did not think"
        + " Nakasone had suffered damage.\n\nThe current session finishes on May 27. The next session opens in"
        + " June.\n\nHe said the issue would be resurrected.";
    Attribution a = withContent(find(text), text, "the issue would be resurrected");
    assertEquals("Masamichi Inoki", a.speaker());
  }

  @Test
  void twoSpeakersInOneParagraph() {
    // Reuters-21578 (reuters-6493)
    String text = "\"Market sentiment has reflected optimism,\" Ward said. \"The dealers have got historically"
        + " small positions in outright terms,\" one trader said.";
    List<Attribution> found = find(text);
    assertEquals("Ward", withContent(found, text, "Market sentiment has reflected optimism").speaker());
    assertEquals("one trader", withContent(found, text,
        "The dealers have got historically small positions in outright terms").speaker());
  }

  @Test
  void headlineLikeFirstLineIsNoStatement() {
    // The Diplomat 2019-10-01 (seed-000): the headline repeated on the first line
    String text = "\"Talks With US to Resume October 5\"\n\nWorking-level talks are set to resume.";
    assertEquals(List.of(), find(text));
  }

  @Test
  void statementOfForeignMinistrySpokesman() {
    // KCNA 2012 (kcna-2012-07896), shortened
    String text = "A spokesman of the Ministry of Foreign Affairs of the DPRK said that the U.S. opened the way"
        + " for south Korea to develop missiles.";
    Attribution a = withContent(find(text), text, "the U.S. opened the way for south Korea to develop missiles");
    assertEquals("DPRK Foreign Ministry", a.speaker());
    assertEquals(SpeakerType.GOVERNMENT, a.speakerType());
    assertEquals("PRK", a.speakerCountry());
  }

  @Test
  void participleCueSharesTheSubjectAndEndsTheFirstContent() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String text = "The north side reminded the attendants that the DPRK suffered big losses due to the suspension"
        + " of tour, demanding the authorities of the south side compensate for this.";
    List<Attribution> found = find(text);
    assertEquals("DPRK", withContent(found, text, "the DPRK suffered big losses due to the suspension of tour")
        .speaker());
    Attribution demand = withContent(found, text, "the authorities of the south side compensate for this");
    assertEquals("demanding", demand.cue());
    assertEquals("DPRK", demand.speaker());
  }

  @Test
  void cueRightAfterCommaWithSpeakerAfterIt() {
    // KCNA 2012 (kcna-2012-00286)
    String text = "Turkey condemned the Jewish settlements, the Turkish Foreign Ministry said in an official"
        + " statement.\n\nThe settlements were in open violation of international laws, said the statement,"
        + " adding that Israel's attitude posed a serious risk to the two-state solution.";
    List<Attribution> found = find(text);
    assertEquals("Turkish Foreign Ministry", withContent(found, text,
        "Turkey condemned the Jewish settlements").speaker());
    assertEquals("the statement", withContent(found, text,
        "The settlements were in open violation of international laws").speakerRaw());
    assertEquals("the statement", withContent(found, text,
        "Israel's attitude posed a serious risk to the two-state solution").speakerRaw());
    assertEquals(3, found.size(), "the nested 'condemned' is part of the ministry's statement: " + found);
  }

  @Test
  void participleOpeningTheSentence() {
    // KCNA 2011 (kcna-2011-05521)
    String text = "Strongly accusing those concerned of the authorities of the south side of their reckless"
        + " attitude, the north side said that it would have another round of negotiations.";
    List<Attribution> found = find(text);
    Attribution a = withContent(found, text,
        "those concerned of the authorities of the south side of their reckless attitude");
    assertEquals("DPRK", a.speaker());
    assertEquals("DPRK", withContent(found, text, "it would have another round of negotiations").speaker());
  }

  @Test
  void passiveAndMannerPhrasesAreNoCues() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String text = "They insisted that Hyundai monopoly and the north-south agreement should be observed, and that"
        + " the proposal on readjusting the real estates according to it is a breach of the contract.";
    for (Attribution a : find(text)) {
      assertFalse(a.cue().equals("observed") || a.cue().equalsIgnoreCase("according to"), a.toString());
    }
  }

  @Test
  void nameAfterTitleOrRoleIsThePerson() {
    // KCNA 2011 (kcna-2011-10106) and Reuters-21578 (reuters-12143)
    String kcna = "Vice-Minister of Chemical Industry Pak Chol, 52, said that the preliminary talks came to a"
        + " rupture due to the south Korean military's plan.";
    assertEquals("Pak Chol", withContent(find(kcna), kcna,
        "the preliminary talks came to a rupture due to the south Korean military's plan").speaker());
    String reuters = "White House spokesman Marlin Fitzwater said that the sanctions would probably stay.";
    assertEquals("Marlin Fitzwater", withContent(find(reuters), reuters,
        "the sanctions would probably stay").speaker());
  }

  @Test
  void organisationNameEndingInCapitalsIsNoPerson() {
    // KCNA 2012 (kcna-2012-05919), shortened
    String text = "The Ethiopian Youth Study Group of the Juche Idea said that the DPRK will demonstrate its might.";
    Attribution a = withContent(find(text), text, "the DPRK will demonstrate its might");
    assertFalse(a.speaker().equals("Juche Idea"), a.toString());
  }

  @Test
  void quoteAfterParagraphsJoinedByPeriodComma() {
    // KCNA 2012 (kcna-2012-01815): this feed joins paragraphs with ".,"
    String text = "Turkey's Deputy Prime Minister Ali Babacan on Friday expressed opposition to any military"
        + " intervention aimed at forcing Iran to halt its nuclear program., \"The problem over Iran's nuclear"
        + " issue has to be resolved through diplomacy,\" Babacan said during the conference.";
    List<Attribution> found = find(text);
    assertEquals("Ali Babacan", withContent(found, text,
        "The problem over Iran's nuclear issue has to be resolved through diplomacy").speaker());
    assertEquals("Ali Babacan", withContent(found, text,
        "opposition to any military intervention aimed at forcing Iran to halt its nuclear program").speaker());
  }

  @Test
  void secondCueJoinedByAndOpensAColonBlock() {
    // KCNA 2012 (kcna-2012-05619), shortened
    String text = "Minju Joson says this in a bylined commentary.\n\nThis is no more than sophism that a wolf"
        + " protected sheepcote, the commentary notes, and goes on:\n\nImpudent is the group's remark on"
        + " relations last year.";
    List<Attribution> found = find(text);
    assertEquals("Minju Joson", withContent(found, text,
        "This is no more than sophism that a wolf protected sheepcote").speaker());
    assertEquals("Minju Joson", withContent(found, text,
        "Impudent is the group's remark on relations last year").speaker());
  }

  @Test
  void surnameWithParticleResolvesToTheFullNameFirstGiven() {
    // Reuters-21578 (reuters-19211), shortened
    String text = "Secretary of State for the Economy, Guillermo De la Dehesa, told Reuters in an interview that a"
        + " new tariff mechanism would guarantee the sector's future.\n\nDe la Dehesa said that FECSA was a"
        + " special case.";
    List<Attribution> found = find(text);
    assertEquals("Guillermo De la Dehesa", withContent(found, text,
        "a new tariff mechanism would guarantee the sector's future").speaker());
    assertEquals("Guillermo De la Dehesa", withContent(found, text, "FECSA was a special case").speaker());
  }

  @Test
  void andInsideAnOrganisationNameKeepsTheWholeName() {
    // KCNA 2011 (kcna-2011-09383), shortened
    String text = "The Peruvian Committee for Supporting the Independent and Peaceful Reunification of Korea"
        + " denounced the U.S.-south Korea joint military exercises against the DPRK.";
    Attribution a = withContent(find(text), text, "the U.S.-south Korea joint military exercises against the DPRK");
    assertEquals("Peruvian Committee for Supporting the Independent and Peaceful Reunification of Korea",
        a.speaker());
  }

  @Test
  void pronounAfterAnUncuedOpeningFindsTheSentenceSubject() {
    // KCNA 2011 (kcna-2011-04533), shortened
    String text = "Megawati Soekarnoputri, general chairwoman of the Indonesian Democratic Party of Struggle, congratulated"
        + " the people of the DPRK on their achievements. She said this when receiving DPRK Ambassador Ri Jong Ryul on August 10. She"
        + " noted her party would always support the struggle of the people of the DPRK.";
    List<Attribution> found = find(text);
    assertEquals("Megawati Soekarnoputri", withContent(found, text,
        "her party would always support the struggle of the people of the DPRK").speaker());
    assertEquals("Megawati Soekarnoputri", withContent(found, text, "the people of the DPRK on their achievements")
        .speaker());
    assertFalse(found.stream().anyMatch(a -> a.cue().equals("said")), "'said this' points back at a cued sentence");
  }

  @Test
  void saysThisPointsBackAtTheOpeningParagraph() {
    // KCNA 2012 (kcna-2012-05619), shortened
    String text = "The \"2012 white paper on diplomacy\" made public by the south Korean group is a product of its"
        + " sinister scenario.\n\nMinju Joson says this in a bylined commentary.";
    Attribution a = withContent(find(text), text, "The \"2012 white paper on diplomacy\" made public by the south"
        + " Korean group is a product of its sinister scenario");
    assertEquals("Minju Joson", a.speaker());
  }

  @Test
  void announcedStatementRunsToItsInvertedCueAcrossJoinedParagraphs() {
    // KCNA 2011 (kcna-2011-09383), shortened; the feed joins paragraphs with ".,"
    String text = "The Peruvian Committee for Supporting the Independent and Peaceful Reunification of Korea denounced"
        + " the joint military exercises against the DPRK. It made public a statement on March 6.,  Through the"
        + " exercises the warlike forces seek to stifle the DPRK. They also aim to plunge mankind into a nuclear"
        + " holocaust, the statement noted.";
    Attribution a = withContent(find(text), text, "Through the exercises the warlike forces seek to stifle the"
        + " DPRK. They also aim to plunge mankind into a nuclear holocaust");
    assertEquals("Peruvian Committee for Supporting the Independent and Peaceful Reunification of Korea",
        a.speaker());
  }

  @Test
  void theStatementSpeaksForWhoIssuedItNotForTheSubjectOfItsContent() {
    // KCNA 2012 (kcna-2012-00286), shortened
    String text = "Turkey condemned the Jewish settlements, the Turkish Foreign Ministry said in an official"
        + " statement.\n\nTurkey strongly condemned Jewish settlement activities in East Jerusalem, the statement"
        + " said.";
    Attribution a = withContent(find(text), text, "Turkey strongly condemned Jewish settlement activities in East"
        + " Jerusalem");
    assertEquals("Turkish Foreign Ministry", a.speaker());
  }

  @Test
  void quoteEndingItsSentenceIsNotClaimedByTheNextParagraphsCue() {
    // Reuters-21578 (reuters-20231), shortened
    String text = "Agriculture Secretary Richard Lyng spoke to Reuters.\n\n    When asked if a subsidy would be"
        + " offered at a summit, Lyng said, \"No, I don't think so. I don't think that.\"\n\n    The Agriculture"
        + " Secretary said a wheat subsidy deal would not be the kind of topic appropriate for a summit.";
    List<Attribution> found = find(text);
    Attribution quote = withContent(found, text, "No, I don't think so. I don't think that.");
    assertEquals("Lyng", quote.speakerRaw());
    Attribution next = withContent(found, text,
        "a wheat subsidy deal would not be the kind of topic appropriate for a summit");
    assertEquals("Richard Lyng", next.speaker(), "a title-only mention is the person introduced with it");
  }

  @Test
  void capitalisedParticipleOpeningTheSentence() {
    // Reuters-21578 (reuters-740)
    String text = "Stressing there was no binding time schedule for Brazil's debt problem to be resolved, Funaro"
        + " said Brazil had not come to Europe with specific proposals.";
    List<Attribution> found = find(text);
    Attribution a = withContent(found, text,
        "there was no binding time schedule for Brazil's debt problem to be resolved");
    assertEquals("Funaro", a.speakerRaw());
    assertEquals("Brazil had not come to Europe with specific proposals", withContent(found, text,
        "Brazil had not come to Europe with specific proposals").content().of(text));
  }

  @Test
  void cueAfterAndSharesTheClauseSubject() {
    // KCNA 2024 (kcna24-00926), shortened
    String text = "While seeing Sergei Shoigu off, Kim Jong Un exchanged warm farewells with him and asked him to"
        + " convey his greetings to the Russian people.";
    Attribution a = withContent(find(text), text, "him to convey his greetings to the Russian people");
    assertEquals("Kim Jong Un", a.speaker());
  }

  @Test
  void callingUponAsAParticipleCue() {
    // KCNA 2012 (kcna-2012-05811), shortened
    String text = "Genba talked about dialogue at the forum, calling upon the DPRK to \"take specific action\".";
    Attribution a = withContent(find(text), text, "the DPRK to \"take specific action\"");
    assertEquals("calling upon", a.cue());
    assertEquals("Genba", a.speaker());
  }

  @Test
  void reiteratedAndDeniedAreCues() {
    // KCNA 2012 (kcna-2012-02321) and Reuters-21578 (reuters-9996)
    String kcna = "Bolivia reiterated Tuesday that a Summit of the Americas without Cuba is not a true regional summit.";
    assertEquals("Bolivia", withContent(find(kcna), kcna,
        "a Summit of the Americas without Cuba is not a true regional summit").speaker());
    String reuters = "Funaro denied rumours that he had offered his resignation to President Jose Sarney.";
    assertEquals("denied", withContent(find(reuters), reuters,
        "rumours that he had offered his resignation to President Jose Sarney").cue());
  }

  @Test
  void theFirmSpeaksForTheLastCompanyNamed() {
    // Reuters-21578 (reuters-3284), shortened
    String text = "McDonnell Douglas Corp said recent talks with Airbus Industries have been very informal.\n\n"
        + "    The firm said Airbus is engaging in \"predatory practices\" with prices below cost.";
    Attribution a = withContent(find(text), text,
        "Airbus is engaging in \"predatory practices\" with prices below cost");
    assertEquals("McDonnell Douglas Corp", a.speaker());
    assertEquals(SpeakerType.ORGANIZATION, a.speakerType());
  }

  @Test
  void aSourceAtTheCompanySpeaksForTheCompany() {
    // Reuters-21578 (reuters-3284), shortened
    String text = "McDonnell Douglas Corp said recent talks with Airbus Industries have been very informal.\n\n"
        + "    \"If there have been talks, they were casual at best,\" said a source at the company.";
    Attribution a = withContent(find(text), text, "If there have been talks, they were casual at best");
    assertEquals("a source at the company", a.speakerRaw());
    assertEquals("McDonnell Douglas Corp", a.speaker());
  }

  @Test
  void thoseConcernedOfABodySpeakForTheBody() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String text = "Nevertheless, those concerned of the authorities of the south side insisted that the"
        + " agreement should be observed.";
    Attribution a = withContent(find(text), text, "the agreement should be observed");
    assertEquals("South Korean government", a.speaker());
    assertEquals(SpeakerType.GOVERNMENT, a.speakerType());
  }

  @Test
  void aCountryBeforeANameIsNotPartOfTheName() {
    // KCNA 2012 (kcna-2012-02321), shortened
    String text = "Deputy Foreign Minister of Bolivia Juan Carlos Alurralde said that Cuba has to be present.";
    Attribution a = withContent(find(text), text, "Cuba has to be present");
    assertEquals("Juan Carlos Alurralde", a.speaker());
    assertEquals(SpeakerType.PERSON, a.speakerType());
  }

  @Test
  void aDemonymRoleSpeaksForTheCountry() {
    // KCNA 2012 (kcna-2012-01970), reworded around its subject
    String text = "The Cuban ambassador said that Cuba supports the denuclearization of the peninsula.";
    Attribution a = withContent(find(text), text, "Cuba supports the denuclearization of the peninsula");
    assertEquals("Cuba", a.speaker());
  }

  @Test
  void aBylinedCommentaryOfANamedPaperSpeaksForThePaper() {
    // KCNA 2011 (kcna-2011-02767)
    String text = "A bylined commentary of a DPRK major newspaper Minju Joson Thursday terms it sophism to justify"
        + " his criminal acts.";
    Attribution a = withContent(find(text), text, "sophism to justify his criminal acts");
    assertEquals("terms it", a.cue());
    assertEquals("Minju Joson", a.speaker());
    assertEquals(SpeakerType.MEDIA, a.speakerType());
  }

  @Test
  void blusteredQuestionedDescribedAreCues() {
    // KCNA 2012 (kcna-2012-08153), Reuters-21578 (reuters-20231), KCNA 2024 (kcna24-00069), shortened
    String kcna = "That day Lee blustered that \"it is necessary to defend the line\" and more.";
    Attribution lee = find(kcna).stream().filter(x -> x.cue().equals("blustered")).findFirst().orElseThrow();
    assertEquals("Lee", lee.speaker());
    assertTrue(lee.content().of(kcna).contains("it is necessary to defend the line"));
    String reuters = "Lyng said so, but the Agriculture Secretary questioned the benefits of the agreement.";
    assertEquals("questioned", withContent(find(reuters), reuters, "the benefits of the agreement").cue());
    String media = "Even media of the host country described the \"peace summit\" as a \"merrymaking\".";
    Attribution a = withContent(find(media), media, "the \"peace summit\" as a \"merrymaking\"");
    assertEquals("media of the host country", a.speaker());
  }

  @Test
  void aBracketedShortNameBeforeTheCueKeepsTheSubject() {
    // KCNA 2012 (kcna-2012-01970), shortened
    String text = "The Cuban ambassador to the International Atomic Energy Agency (IAEA) expressed support for the"
        + " denuclearization of the Korean Peninsula.\n\nHe noted that Cuba welcomes any measure for progress.";
    List<Attribution> found = find(text);
    assertEquals("Cuba", withContent(found, text, "support for the denuclearization of the Korean Peninsula").speaker());
    assertEquals("Cuba", withContent(found, text, "Cuba welcomes any measure for progress").speaker());
  }

  @Test
  void theMessageSpeaksForItsSender() {
    // KCNA 2012 (kcna-2012-03242), shortened
    String text = "Kim Jong Un on April 13 received a congratulatory message from S. Batbold, chairman of the"
        + " Mongolian People's Party.\n\nThe message said:\n\nI extend warm heartfelt congratulations to you.";
    Attribution a = withContent(find(text), text, "I extend warm heartfelt congratulations to you");
    assertEquals("S. Batbold", a.speaker());
  }

  @Test
  void theyWithNoEarlierSpeakerIsThePluralSubjectBefore() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String text = "Those concerned of the authorities of the south side barred the businessmen from saying any words."
        + " They insisted that the north-south agreement should be observed.";
    Attribution a = withContent(find(text), text, "the north-south agreement should be observed");
    assertEquals("They", a.speakerRaw());
    assertEquals("South Korean government", a.speaker());
  }

  @Test
  void groupsSpeakAsWrittenAndSomeOrOthersPointBack() {
    // KCNA 2011 (kcna-2011-03772), Reuters-21578 (reuters-1306, reuters-9225), shortened
    String kcna = "Speakers at the ceremony accused the party of bringing up the motion.";
    assertEquals("speakers at the ceremony", withContent(find(kcna), kcna, "the party of bringing up the motion")
        .speaker().toLowerCase(java.util.Locale.ROOT));
    String oil = "Analysts have mixed opinions about the rally. Some believe prices can continue to rise.\n"
        + "    But others said that there were still several fundamental factors.";
    List<Attribution> found = find(oil);
    assertEquals("Analysts", withContent(found, oil, "prices can continue to rise").speaker());
    assertEquals("other Analysts", withContent(found, oil, "there were still several fundamental factors").speaker());
    String banks = "Bankers leaving the meeting declined to discuss details, though some expressed satisfaction"
        + " that Brazil had agreed.";
    assertEquals("Bankers", withContent(find(banks), banks, "satisfaction that Brazil had agreed").speaker());
  }

  @Test
  void aCommonNounBeforeAPaperNameIsDropped() {
    // Reuters-21578 (reuters-17070), shortened
    String text = "The newspaper Tokyo Shimbun said that Nakasone might well get another year.";
    Attribution a = withContent(find(text), text, "Nakasone might well get another year");
    assertEquals("Tokyo Shimbun", a.speaker());
    assertEquals(SpeakerType.MEDIA, a.speakerType());
  }

  @Test
  void aFrontedTimePhraseIsNotTheSubject() {
    // Reuters-21578 (reuters-969), shortened
    String text = "Late last month Social Affairs minister Louw de Graaf said unless the dispute was settled he would"
        + " withdraw the subsidy.";
    Attribution a = withContent(find(text), text, "unless the dispute was settled he would withdraw the subsidy");
    assertEquals("Louw de Graaf", a.speaker());
  }

  @Test
  void aPossessorsReportThatIsANestedStatement() {
    // KCNA 2011 (kcna-2011-02843), shortened
    String text = "The Council issued a statement on Monday. Referring to a Japanese newspaper's report that this"
        + " issue was not brought up at the talks, it said the ruler is a traitor.";
    List<Attribution> found = find(text);
    Attribution nested = withContent(found, text, "this issue was not brought up at the talks");
    assertEquals("Japanese newspaper", nested.speaker());
    assertEquals("report that", nested.cue());
    // the possessor is named in passing: "it" still speaks for the statement's author
    assertFalse(withContent(found, text, "the ruler is a traitor").speaker().contains("newspaper"));
  }

  @Test
  void theGroupIsTheGovernmentOfTheCountryNamedWithIt() {
    // KCNA 2012 (kcna-2012-05619), shortened
    String text = "The white paper made public by the south Korean Lee Myung Bak group of traitors is a product of"
        + " its sinister scenario.\n\nImpudent is the group's remark that south Korea made \"efforts\" last year.";
    Attribution a = withContent(find(text), text, "south Korea made \"efforts\" last year");
    assertEquals("South Korean government", a.speaker());
    assertEquals(SpeakerType.GOVERNMENT, a.speakerType());
  }

  @Test
  void asHeClarifiedAttributesTheMainClauseToThePersonTalkedAbout() {
    // KCNA 2011 (kcna-2011-01289), shortened
    String text = "Kim Jong Il's answers are creating a big stir, said Cuautemoc Amezcua Dromundo, chairman of the"
        + " party, in a statement.\n\nKim Jong Il in his answers made clear the prospect of the relations, the"
        + " statement said, and went on:\n\nAs he clarified, any hostility by the U.S. can never work on the"
        + " Korean people.";
    Attribution a = withContent(find(text), text, "any hostility by the U.S. can never work on the Korean people");
    assertEquals("clarified", a.cue());
    assertEquals("Kim Jong Il", a.speaker());
  }

  @Test
  void wentTheLengthsOfIsACue() {
    // KCNA 2012 (kcna-2012-08153), shortened
    String text = "That day Lee went the lengths of crying out for \"a hundred and thousand-fold punishment\".";
    Attribution a = find(text).stream().filter(x -> x.cue().equals("went the lengths of")).findFirst().orElseThrow();
    assertEquals("Lee", a.speaker());
    assertTrue(a.content().of(text).contains("a hundred and thousand-fold punishment"));
  }

  @Test
  void toldWithAColonKeepsTheSubjectNotTheListener() {
    // KCNA 2012 (kcna-2012-06556), shortened
    String text = "The people have prepared themselves.  Jo Hyok Bong, an officer of the Worker-Peasant Red Guards,"
        + " told KCNA:  \"In defiance of our peace-loving efforts, the U.S. kicked off the exercises.\"";
    Attribution a = withContent(find(text), text,
        "In defiance of our peace-loving efforts, the U.S. kicked off the exercises.");
    assertEquals("Jo Hyok Bong", a.speaker());
  }

  @Test
  void aLowerCaseRoleAfterACommaNamesTheHolderBeforeIt() {
    // Reuters-21578 (reuters-17424)
    String text = "    \"Members rejected the latest offer by a 2 to 1 margin,\" Bob Wilson, executive officer of"
        + " local 174 said.";
    Attribution a = withContent(find(text), text, "Members rejected the latest offer by a 2 to 1 margin");
    assertEquals("Bob Wilson", a.speaker());
  }

  @Test
  void aRelativeClauseWithItsOwnCueEndsTheContent() {
    // The Diplomat, 2019-10-01 (seed-000)
    String text = "Since then, North Korea has conducted multiple rounds of short-range ballistic missile tests and"
        + " lashed out at the United States and South Korea for conducting military exercises, which Pyongyang said"
        + " was a violation of a promise Trump had made to Kim at the June 30 encounter.";
    List<Attribution> found = find(text);
    assertEquals("North Korea", withContent(found, text,
        "the United States and South Korea for conducting military exercises").speaker());
    assertEquals("North Korea", withContent(found, text,
        "was a violation of a promise Trump had made to Kim at the June 30 encounter").speaker());
  }

  @Test
  void twoCuesJoinedByAndMakeOneStatement() {
    // KCNA 2011 (kcna-2011-00280), shortened
    String text = "The DPRK opposes and rejects the U.S. attempt to abuse the nuclear issue.";
    List<Attribution> found = find(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("rejects", found.get(0).cue());
    assertEquals("DPRK", found.get(0).speaker());
  }

  @Test
  void predictedProtestedAdvocatedAreCues() {
    // Reuters-21578 (reuters-12143), KCNA 2011 (kcna-2011-07220), shortened
    String reuters = "Baldrige predicted the dispute would be resolved. Britain has also protested the Japanese limitations.";
    List<Attribution> found = find(reuters);
    assertEquals("predicted", withContent(found, reuters, "the dispute would be resolved").cue());
    assertEquals("Britain", withContent(found, reuters, "the Japanese limitations").speaker());
    String kcna = "The authorities advocated \"no nuke, opening and 3000 dollars\" right after they took office.";
    assertTrue(find(kcna).stream().anyMatch(a -> a.cue().equals("advocated")));
  }

  @Test
  void aBodyOfAStateTakesTheStateAbbreviationAsPrefix() {
    // KCNA 2012 (kcna-2012-06556), shortened
    String text = "A spokesman for the Panmunjom Mission of the Korean People's Army stated that the war will not end"
        + " in armistice.";
    Attribution a = withContent(find(text), text, "the war will not end in armistice");
    assertEquals("KPA Panmunjom Mission", a.speaker());
    assertEquals(SpeakerType.GOVERNMENT, a.speakerType());
  }

  @Test
  void aDescriptionEndingInACompanyKeepsThePersonAsSpeaker() {
    // Reuters-21578 (reuters-1306), shortened
    String text = "    Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said, \"both markets have been"
        + " oversold.\"\n    He believes an Iranian trade mission brought Japanese refiners into the market.";
    List<Attribution> found = find(text);
    assertEquals("Daniel McKinley", withContent(found, text, "both markets have been oversold.").speaker());
    assertEquals("Daniel McKinley", withContent(found, text,
        "an Iranian trade mission brought Japanese refiners into the market").speaker());
  }

  @Test
  void madePublicTheFollowingAfterADatelineSpeaksForThePerson() {
    // KCNA 2024 (kcna24-00063), shortened
    String text = "Pyongyang, June 2 (KCNA) -- Kim Kang Il, vice-minister of National Defence of the Democratic"
        + " People's Republic of Korea, made public the following press statement on Sunday:\nFrom the night of"
        + " May 28 to the dawn of June 2, we scattered 15 tons of wastepaper.";
    Attribution a = withContent(find(text), text,
        "From the night of May 28 to the dawn of June 2, we scattered 15 tons of wastepaper");
    assertEquals("made public the following", a.cue());
    assertEquals("Kim Kang Il", a.speaker());
  }

  @Test
  void aParticipleOrPrepositionalPhraseNeverSpeaks() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String text = "Nevertheless, they went on, keeping the non-governmental businessmen from expressing their will.";
    assertTrue(find(text).stream().noneMatch(a -> a.speakerRaw().startsWith("keeping")));
    // KCNA 2024 (kcna24-00069), shortened
    String nato = "There is a consensus among NATO member states through international cooperation.";
    assertTrue(find(nato).stream().noneMatch(a -> a.speakerRaw().startsWith("among")));
  }

  @Test
  void aCompanyNamedWithoutItsSuffixIsTheCompany() {
    // Reuters-21578 (reuters-3284), shortened
    String text = "McDonnell Douglas Corp said recent talks with Airbus Industries have been very informal.\n\n"
        + "    McDonnell Douglas last month claimed Airbus tried to overturn pledges made by airlines.";
    Attribution a = withContent(find(text), text, "Airbus tried to overturn pledges made by airlines");
    assertEquals("McDonnell Douglas Corp", a.speaker());
    assertEquals(SpeakerType.ORGANIZATION, a.speakerType());
  }

  @Test
  void aCountryTakesTheNameTheArticleUsesMost() {
    // The Diplomat 2020 (seed-004), shortened: the article says "North Korea" more than "DPRK"
    String text = "North Korea has been quiet. North Korea wants relief. The DPRK-U.S. talks stalled.\n\n"
        + "Senior North Korean officials said they perceive the benefits of talks to be political.";
    Attribution a = withContent(find(text), text, "they perceive the benefits of talks to be political");
    assertEquals("North Korea", a.speaker());
    String kcna = "The DPRK will never talk. The DPRK said so. North Korean officials said the DPRK is firm.";
    assertEquals("DPRK", withContent(find(kcna), kcna, "the DPRK is firm").speaker());
  }

  @Test
  void longInputsStayLinear() {
    var manySaid = ANALYZER.analyze("Ward said the talks would resume. ".repeat(10_000));
    var megabyte = ANALYZER.analyze("He said \"no\". ".repeat(10_000) + "word ".repeat(200_000));
    long t0 = System.nanoTime();
    EXTRACTOR.find(manySaid);
    EXTRACTOR.find(megabyte);
    // A guard against runaway matching, not a benchmark: generous for busy build machines.
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "took " + (System.nanoTime() - t0) / 1e6 + " ms");
  }

  @Test
  void cuePhraseTakesModifiersInItsSlot() {
    // KCNA 2012 (kcna-2012-01628), shortened: "made such reckless remarks that" is a reporting act
    String t = "Locklear, at a recent hearing of the Senate Armed Services Committee, made such reckless remarks"
        + " that he is greatly concerned about the possible provocation from the DPRK.";
    Attribution a = withContent(find(t), t, "he is greatly concerned about the possible provocation from the DPRK");
    assertEquals("Locklear", a.speakerRaw());
    assertEquals("made such reckless remarks that", a.cue());
  }

  @Test
  void cueSlotTakesNoCapitalisedOrLongRuns() {
    // The same sentence with more than three modifiers, and with a name in the slot: no cue.
    String longRun = "Locklear made such very very reckless and silly remarks that he is greatly concerned.";
    String named = "Locklear made such DPRK remarks that he is greatly concerned.";
    assertTrue(find(longRun).isEmpty());
    assertTrue(find(named).isEmpty());
  }

  @Test
  void passiveAsWasClarifiedByIsASource() {
    // KCNA 2012 (kcna-2012-07896)
    String t = "As was clarified by the revolutionary armed forces of the DPRK, the Korean People's Army is keeping"
        + " within the scope of strike not only the U.S. military bases in south Korea and its vicinity but also"
        + " the U.S. mainland.";
    Attribution a = withContent(find(t), t, "the Korean People's Army is keeping within the scope of strike not only"
        + " the U.S. military bases in south Korea and its vicinity but also the U.S. mainland");
    assertEquals("the revolutionary armed forces of the DPRK", a.speakerRaw());
    assertFalse(a.isDirect());
  }

  @Test
  void ageAppositiveClosesAPersonAfterATitleWithACommaInIt() {
    // KCNA 2011 (kcna-2011-10106), shortened
    String t = "Vice-Chairman of the C.C., the Union of Agricultural Workers of Korea Han Kyong Song, 55, accused the"
        + " south side of unilaterally insisting on its stand on the level of the heads of the delegations.\n\n"
        + "Vice-Minister of Chemical Industry Pak Chol, 52, said the talks failed.";
    List<Attribution> found = find(t);
    Attribution han = withContent(found, t,
        "the south side of unilaterally insisting on its stand on the level of the heads of the delegations");
    assertEquals("Han Kyong Song", han.speaker());
    assertEquals(SpeakerType.PERSON, han.speakerType());
    assertEquals("Pak Chol", withContent(found, t, "the talks failed").speaker());
  }

  @Test
  void toldListenerIsLeftOutAndAppositiveRelativeEndsTheContent() {
    // Reuters-21578 (reuters-9225), shortened
    String t = "At the same time, Gros told reporters not to expect any dramatic developments before March 31, the"
        + " date when some U.S. banks have said they will take a decision whether to put Brazil loans on a"
        + " non-performing basis.";
    List<Attribution> found = find(t);
    assertEquals("Gros", withContent(found, t, "not to expect any dramatic developments before March 31").speakerRaw());
    withContent(found, t, "they will take a decision whether to put Brazil loans on a non-performing basis");
  }

  @Test
  void toldWithAClauseKeepsItsSubject() {
    // A subject pronoun before "to" means the content is a clause, not an order to the listener.
    String t = "Gros told reporters he wanted to wait.";
    List<Attribution> found = find(t);
    assertEquals(1, found.size());
    assertTrue(found.get(0).content().of(t).endsWith("he wanted to wait"), found.toString());
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    // PolNeAR train (nyt 2016, golf courses), shortened: the ''...'' style of some US papers
    String t = "''Revenues are up a little bit, and so are rounds,'' said Mr. Ekovich, who noted that prices had"
        + " ''cratered'' to about half.";
    Attribution a = withContent(find(t), t, "Revenues are up a little bit, and so are rounds");
    assertTrue(a.isDirect());
    assertEquals("Mr. Ekovich", a.speakerRaw());
  }

  @Test
  void aQuoteOpeningAParagraphAfterAnotherQuoteIsAStatement() {
    // PolNeAR dev (nyt 2016-09-25, museum opening), shortened
    String t = "Donna Sampson Rawlings said she had toured the museum last week. ''I had to step back and think.''\n\n"
        + "''If you're 80 years old, you went through so much of this,'' she added.\n\n"
        + "''These are the stories that we talk about that nobody knows,'' she said.";
    List<Attribution> found = find(t);
    assertEquals("added", withContent(found, t, "If you're 80 years old, you went through so much of this").cue());
    assertEquals("said", withContent(found, t, "These are the stories that we talk about that nobody knows").cue());
  }

  @Test
  void anUnclosedQuoteEndsAtALineBreakWhenLinesAreParagraphs() {
    // KCNA 2024 (kcna24-00179: one paragraph a line, a quote never closed); the second line is ours
    String t = "This is well evidenced by the remarks of the defense minister of the puppet ROK that \"the U.S., Japan"
        + " and ROK security cooperation continues whether the regime is replaced.\n"
        + "\"The U.S. will pay dearly for it,\" the spokesman stressed.";
    assertEquals("stressed", withContent(find(t), t, "The U.S. will pay dearly for it").cue());
  }

  @Test
  void aClauseAfterTheCueIsContentNotATail() {
    // PolNeAR train (nyt 2016, Putin interview): "there was ..." is what was said, not a tail like "there"
    String t = "Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence of Mr. Putin's involvement.";
    Attribution a = withContent(find(t), t, "there was no direct evidence of Mr. Putin's involvement");
    assertEquals("Mr. Trump", a.speakerRaw());
  }

  @Test
  void aPronounClauseAfterTheCueIsNoInvertedSpeaker() {
    // PolNeAR train (politico 2016, teachers' union), shortened
    String t = "Weingarten, who has visited several states ahead of the primaries, said she sees teachers lining up"
        + " behind Clinton.";
    Attribution a = withContent(find(t), t, "she sees teachers lining up behind Clinton");
    assertEquals("Weingarten", a.speaker());
  }

  @Test
  void theSpeakerMentionKeepsItsAppositiveAndBracket() {
    // PolNeAR train (politico 2016 and nyt 2016), shortened
    String t = "Simmons, an Obama supporter, said he saw the 2008 shift in attitude in his own Detroit family.\n\n"
        + "''Obviously, you make your focus Fox News,'' said Alex Conant, a founding partner at Firehouse Strategies,"
        + " a Republican consulting firm.\n\nRep. Jim Jordan (R-Ohio), an oversight panel member, said the deal was"
        + " wrong.";
    List<Attribution> found = find(t);
    Attribution simmons = withContent(found, t, "he saw the 2008 shift in attitude in his own Detroit family");
    assertEquals("Simmons, an Obama supporter", simmons.speakerRaw());
    assertEquals("Simmons", simmons.speaker());
    assertEquals("Alex Conant, a founding partner at Firehouse Strategies, a Republican consulting firm",
        withContent(found, t, "Obviously, you make your focus Fox News").speakerRaw());
    assertEquals("Rep. Jim Jordan (R-Ohio), an oversight panel member",
        withContent(found, t, "the deal was wrong").speakerRaw());
  }

  @Test
  void aPhraseOfTimeAfterTheNameIsNoDescription() {
    // KCNA 2012 (kcna-2012-05479), shortened
    String t = "Medvedev, during his recent visit, pointed out that he would not concede an inch of the territory.";
    assertEquals("Medvedev", withContent(find(t), t, "he would not concede an inch of the territory").speakerRaw());
  }

  @Test
  void anActVerbWithItsPrepositionReportsNothing() {
    // KCNA 2011 (kcna-2011-02767) and Reuters-21578 (reuters-969), shortened
    String t = "The south Korean authorities responded to the DPRK's sincere efforts with war drills.\n\n"
        + "Both sides wrote to the minister yesterday setting out their cases, but Schoufour said he did not"
        + " expect to hear from him before Wednesday.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.cue().equals("responded") || a.cue().equals("wrote")), found.toString());
    assertEquals("Schoufour", withContent(found, t, "he did not expect to hear from him before Wednesday").speaker());
  }

  @Test
  void aGerundAfterForNamesAnAct() {
    // KCNA 2011 (kcna-2011-03772), shortened
    String t = "37 organizations of south Korea held a ceremony for declaring actions to hold in check the FTA.";
    assertTrue(find(t).isEmpty());
  }

  @Test
  void saidWithAMannerPhraseStillReports() {
    // KCNA 2012 (kcna-2012-05479), shortened
    String t = "Dmitry Medvedev visited the island.\n\nHe said with irony that he had no interest in the response.";
    assertEquals("Dmitry Medvedev", withContent(find(t), t, "he had no interest in the response").speaker());
  }

  @Test
  void writtenAndPostedWordsAreStatements() {
    // PolNeAR train (wash-post 2016, breitbart 2016), shortened
    String t = "Trump tweeted that the debate was rigged.\n\nNate Silver writes that the polls have tightened.";
    List<Attribution> found = find(t);
    assertEquals("Trump", withContent(found, t, "the debate was rigged").speakerRaw());
    assertEquals("Nate Silver", withContent(found, t, "the polls have tightened").speakerRaw());
  }

  @Test
  void anInvertedObjectCueAndAParticipleColonBlockShareTheOutlet() {
    // KCNA 2011 (kcna-2011-11141), shortened: the feed joins paragraphs with ", , "
    String t = "The south Korean authorities should stop at once mud-slinging and provocative acts, urged Rodong Sinmun"
        + " Thursday in a bylined article. ,  This has been a main cause of deteriorating north-south relations, the"
        + " article said, adding:, ,  One party's accusations have seriously harmed the national reconciliation.";
    List<Attribution> found = find(t);
    assertEquals("Rodong Sinmun", withContent(found, t,
        "The south Korean authorities should stop at once mud-slinging and provocative acts").speaker());
    assertEquals("Rodong Sinmun", withContent(found, t,
        "This has been a main cause of deteriorating north-south relations").speaker());
    assertEquals("Rodong Sinmun", withContent(found, t,
        "One party's accusations have seriously harmed the national reconciliation").speaker());
  }

  @Test
  void aNameWithItsDescriptionBeforeAnObjectCueIsTheSubject() {
    // KCNA 2011 (kcna-2011-04533), shortened
    String t = "Megawati Soekarnoputri, general chairwoman of the Indonesian Democratic Party of Struggle, congratulated"
        + " the party, government and people of the DPRK on the achievements made in building an economic power.";
    Attribution a = withContent(find(t), t, "the party, government and people of the DPRK on the achievements made in"
        + " building an economic power");
    assertEquals("Megawati Soekarnoputri", a.speaker());
  }

  @Test
  void aBodyAnnouncingADocumentSpeaksForItAndItsPronoun() {
    // KCNA 2011 (kcna-2011-08535), shortened
    String t = "The North, South and Overseas Headquarters of the Pan-national Alliance for Korea's Reunification"
        + " (Pomminryon) made public a joint statement on Monday.,  The statement recalled that the joint conference"
        + " dealt a heavy blow to the south Korean authorities.\n\nThe joint conference is putting spurs to the June"
        + " 15 era of reunification, it said, and went on:\n\nDialogue should be resumed in the direction of"
        + " implementing the June 15 joint declaration.\n\nThe statement called on all the Koreans to pool efforts.";
    List<Attribution> found = find(t);
    for (String content : List.of("the joint conference dealt a heavy blow to the south Korean authorities",
        "The joint conference is putting spurs to the June 15 era of reunification", "all the Koreans to pool efforts")) {
      assertEquals("Pan-national Alliance for Korea's Reunification", withContent(found, t, content).speaker());
    }
  }

  @Test
  void aCueJoinedByButSharesTheSubjectAndEndsTheFirstContent() {
    // Reuters-21578 (reuters-12143, reuters-9996), shortened
    String t = "Baldrige predicted the dispute would be resolved, but said the sanctions would go in first.\n\n"
        + "He declined to give details of the statement, but said Francisco Gros was seeking an extension.\n\n"
        + "Japanese firms this week announced plans to cut chip output, but U.S. officials said the move was too late.";
    List<Attribution> found = find(t);
    assertEquals("Baldrige", withContent(found, t, "the dispute would be resolved").speakerRaw());
    assertEquals("Baldrige", withContent(found, t, "the sanctions would go in first").speakerRaw());
    assertEquals("He", withContent(found, t, "Francisco Gros was seeking an extension").speakerRaw());
    assertEquals("Japanese firms", withContent(found, t, "plans to cut chip output").speakerRaw());
    assertEquals("U.S. officials", withContent(found, t, "the move was too late").speakerRaw());
  }

  @Test
  void anInvertedCueEndsBeforeButAndANewClause() {
    // Reuters-21578 (reuters-20231), shortened
    String t = "The future of the grains agreement will be discussed next year, Lyng said, but the Agriculture"
        + " Secretary questioned the benefits of the agreement.\n    \"We've had three years in a row of failure.\"";
    List<Attribution> found = find(t);
    assertEquals("Lyng", withContent(found, t, "The future of the grains agreement will be discussed next year")
        .speakerRaw());
    assertEquals("questioned", withContent(found, t, "the benefits of the agreement").cue());
  }

  @Test
  void aFrontedAdverbialIsNoSubjectForASecondCue() {
    // The Diplomat, 2019 (seed-000), shortened
    String t = "Since taking a number of unilateral steps last year, including the dismantlement of its test site and"
        + " announcing a moratorium on missile tests, North Korea has signaled that it expects some concession.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.cue().equals("announcing")), found.toString());
    assertEquals("North Korea", withContent(found, t, "it expects some concession").speakerRaw());
  }

  @Test
  void mentionsReadAsNewsWritesThem() {
    // PolNeAR train (usa-today, wash-post, politico 2016), shortened
    String t = "A majority of voters looking for an outsider said they backed Trump.\n\n"
        + "The retired neurosurgeon acknowledged that the campaign had stalled.\n\n"
        + "Even Rendell said the party would unite.\n\n"
        + "NEW YORK - Republican presidential candidate Donald Trump tweeted that the debate was rigged.\n\n"
        + "Richards and Menendez both stressed that the vote mattered.\n\n"
        + "Abortion rights advocates said the ruling was a victory.";
    List<Attribution> found = find(t);
    assertEquals("A majority of voters looking for an outsider", withContent(found, t, "they backed Trump").speakerRaw());
    assertEquals("The retired neurosurgeon", withContent(found, t, "the campaign had stalled").speakerRaw());
    assertEquals("Rendell", withContent(found, t, "the party would unite").speakerRaw());
    assertEquals("Republican presidential candidate Donald Trump", withContent(found, t, "the debate was rigged")
        .speakerRaw());
    assertEquals("Richards and Menendez", withContent(found, t, "the vote mattered").speakerRaw());
    assertEquals("Abortion rights advocates", withContent(found, t, "the ruling was a victory").speakerRaw());
  }

  @Test
  void aRoleSetOffBeforeTheNameBelongsToTheMention() {
    // PolNeAR train (politico 2016), shortened
    String t = "The group's executive director, Betty Bradley, said the ads would run in October.\n\n"
        + "The latest test, North Korea said, was its biggest yet.\n\n"
        + "\"We are ready,\" said Rep. Elijah Cummings, the top Democrat on the Oversight Committee, in a statement.";
    List<Attribution> found = find(t);
    assertEquals("The group's executive director, Betty Bradley",
        withContent(found, t, "the ads would run in October").speakerRaw());
    assertEquals("Rep. Elijah Cummings, the top Democrat on the Oversight Committee",
        withContent(found, t, "We are ready").speakerRaw());
    assertTrue(found.stream().noneMatch(a -> a.speakerRaw().startsWith("The latest test")), found.toString());
  }

  @Test
  void theyInsideAStatementAreOthersNamedBefore() {
    // KCNA 2011 (kcna-2011-07220), shortened
    String t = "A spokesman for the Disarmament and Peace Institute of the DPRK Foreign Ministry Friday issued the"
        + " following statement:,  The south Korean authorities have recently taken an ill-boding move.\n\n"
        + "It is well known that the present authorities of south Korea adopted \"unification through absorption\""
        + " as a state policy.\n\nThey advocated \"no nuke, opening and 3000 dollars\" right after they took office,"
        + " called for instituting \"unification tax\" last year.";
    List<Attribution> found = find(t);
    Attribution a = found.stream().filter(x -> x.cue().equals("called for")).findFirst().orElseThrow();
    assertEquals("They", a.speakerRaw());
    assertEquals("South Korean government", a.speaker());
  }

  @Test
  void theyAfterAGroupNamedAsSubjectIsThatGroup() {
    // KCNA 2011 (kcna-2011-05521), shortened
    String t = "Those concerned of the authorities of the south side barred the businessmen from saying any words."
        + " They insisted that Hyundai monopoly should be observed.\n\nThree non-governmental businessmen of the south"
        + " side could not properly express their views. They only complained of their embarrassing position.";
    List<Attribution> found = find(t);
    assertEquals("South Korean government", withContent(found, t, "Hyundai monopoly should be observed").speaker());
    assertEquals("non-governmental businessmen of the south side", withContent(found, t, "their embarrassing position")
        .speaker());
  }

  @Test
  void quotedFragmentsJoinedByAndAreOneStatementEach() {
    // KCNA 2012 (kcna-2012-06463), shortened
    String t = "Traitor Lee Myung Bak of south Korea made an address on Wednesday. He ridiculously tried to admonish the"
        + " DPRK, calling for \"facing up to the situation\" and \"changes\".\n\nRodong Sinmun Sunday in a bylined"
        + " commentary brands the address as the last-ditch effort of one in the tightest corner.\n\nThe commentary"
        + " says:\n\n"
        + "Lee Myung Bak let loose such disgusting words as \"door of dialogue\" and \"preparedness for"
        + " cooperation\", while pleased over the north-south ties that have faced a tragic phase. This is a sleight"
        + " of hand.";
    List<Attribution> found = find(t);
    for (String fragment : List.of("facing up to the situation", "changes", "door of dialogue",
        "preparedness for cooperation")) {
      Attribution a = withContent(found, t, fragment);
      assertTrue(a.isDirect());
      assertEquals("Lee Myung Bak", a.speaker());
    }
    Attribution block = found.stream().filter(a -> a.cue().equals("says")).findFirst().orElseThrow();
    assertTrue(block.content().of(t).startsWith("Lee Myung Bak let loose"), block.toString());
    assertEquals("Rodong Sinmun", block.speaker());
  }

  @Test
  void lodgingAProtestIsAStatement() {
    // KCNA 2012 (kcna-2012-05479), shortened
    String t = "The Japan Foreign Ministry summoned the Russian ambassador in Tokyo to lodge protest against it.";
    assertEquals("The Japan Foreign Ministry", withContent(find(t), t, "protest against it").speakerRaw());
  }

  @Test
  void aRelativeClauseBetweenSubjectAndCueLeavesTheSubject() {
    // Reuters-21578 (reuters-19211), shortened
    String t = "    The General Manager of the Madrid branch of a U.S. Bank which has lent money to FECSA said there"
        + " would be little progress in the rescheduling talks.";
    Attribution a = withContent(find(t), t, "there would be little progress in the rescheduling talks");
    assertEquals("U.S. Bank", a.speaker());
  }

  @Test
  void namedPeopleOfOneBodySpeakForIt() {
    // KCNA 2011 (kcna-2011-02843), shortened
    String t = "Permanent representative Yun Mi Hyang and co-representative Han Kuk Yom of the Council for the Solution"
        + " of the Issue of the Volunteers Corps in south Korea released a joint statement on Thursday to accuse the"
        + " chief executive of downplaying the issue.\n\nAt the talks the chief executive made no mention of the"
        + " issue, the statement charged.";
    List<Attribution> found = find(t);
    String body = "Council for the Solution of the Issue of the Volunteers Corps in south Korea";
    assertEquals(body, withContent(found, t, "the chief executive of downplaying the issue").speaker());
    assertEquals(body, withContent(found, t, "At the talks the chief executive made no mention of the issue").speaker());
  }

  @Test
  void aTitleWithAPeriodIsNoSentenceEndBetweenQuoteAndCue() {
    // PolNeAR dev (nyt 2016-09-08, climate), shortened
    String t = "\"The White House wanted 60 votes on climate,\" Mr. Alexander said. \"That is not the way.\"";
    List<Attribution> found = find(t);
    Attribution a = withContent(found, t, "The White House wanted 60 votes on climate");
    assertEquals("Mr. Alexander", a.speakerRaw());
    assertEquals(SpeakerType.PERSON, a.speakerType());
    assertEquals("said", withContent(found, t, "That is not the way.").cue());
  }

  @Test
  void aQuoteAfterAnInvertedIndirectStatementContinuesIt() {
    // KCNA 2011 (kcna-2011-00244), shortened: GUIDE "a sentence that continues a statement ... is not a separate statement"
    String t = "A senior official of the Palestinian Liberation Organization spoke on Tuesday.\n\nThe Palestinian"
        + " National Authority will not resume direct negotiations with Israel, he said. \"We will continue to pursue"
        + " membership.\"";
    List<Attribution> found = find(t);
    assertEquals(1, found.size(), found.toString());
    assertEquals("The Palestinian National Authority will not resume direct negotiations with Israel",
        found.get(0).content().of(t));
  }

  @Test
  void aColonCueIntroducesAQuoteInTheNextParagraph() {
    // KCNA 2012 (kcna-2012-06556), shortened: an ideographic space opens the paragraph
    String t = "Jo Hyok Bong, an officer of the Worker-Peasant Red Guards, told KCNA:\n\n\u3000\"In defiance of our"
        + " peace-loving efforts, the U.S. kicked off the exercises.\"";
    assertEquals("Jo Hyok Bong", withContent(find(t), t,
        "In defiance of our peace-loving efforts, the U.S. kicked off the exercises.").speaker());
  }

  @Test
  void aGroupWithAnIngModifierSpeaks() {
    // Reuters-21578 (reuters-4), shortened
    String t = "BankAmerica Corp is not under pressure to act quickly on its proposed equity offering, banking analysts"
        + " said.";
    assertEquals("banking analysts", withContent(find(t), t,
        "BankAmerica Corp is not under pressure to act quickly on its proposed equity offering").speaker());
  }

  @Test
  void anOutletNamedAfterItsDescriptionIsThatName() {
    // Reuters-21578 (reuters-19560), shortened
    String t = "Iraq has rejected its new OPEC production quota, the official Iraqi news agency INA reported.";
    assertEquals("INA", withContent(find(t), t, "Iraq has rejected its new OPEC production quota").speaker());
  }

  @Test
  void anInvertedCueWithThePeriodStuckToItEndsTheSentence() {
    // KCNA 2011 (kcna-2011-10789), shortened: the feed joins paragraphs with ".,"
    String t = "A spokesman of the Committee for the Peaceful Reunification of Korea issued a statement Friday.\n\n"
        + "The south Korean authorities should discard any unnecessary misgiving, it urged., \r, \r";
    assertEquals("Committee for the Peaceful Reunification of Korea", withContent(find(t), t,
        "The south Korean authorities should discard any unnecessary misgiving").speaker());
  }

  @Test
  void passivesRefusalsAndNounsReportNothing() {
    // Reuters-21578 (reuters-9996, reuters-9225) and KCNA (kcna-2011-07220, kcna24-01692, kcna-2012-05619), shortened
    String t = "Funaro said, however, he was told creditors understand Brazil's position.\n\n"
        + "Brazil and its bank creditors failed to achieve any breakthrough after Brazil refused to say when it would"
        + " resume interest payments.\n\nThey should pay attention to the proposal already solemnly clarified"
        + " internally and externally by the June 15 joint declaration.\n\nIt is our just exercise of the right for"
        + " sending a clear warning to the outside forces.\n\nIt is a cock-and-bull story told by the idiots.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.cue().equals("told") || a.cue().equals("say")
        || a.cue().equals("clarified") || a.cue().equals("warning")), found.toString());
  }

  @Test
  void aParticipleAfterAClauseSharesItsSubject() {
    // KCNA 2011 (kcna-2011-00280), shortened
    String t = "In response to the West moves, Iran has taken tougher policy, asserting it would not rule out military"
        + " showdown.";
    assertEquals("Iran", withContent(find(t), t, "it would not rule out military showdown").speaker());
  }

  @Test
  void aSubjectSetOffByAsidesBeforeItsVerbSpeaks() {
    // KCNA 2012 (kcna-2012-05479), shortened
    String t = "Russia held the islands. And Japan, in September 1951 officially declared at San Francisco conference"
        + " that it gives up dominium over the archipelago.\n\nJapan, however, denying this historical fact, has"
        + " persistently claimed the Kurils raising unreasonable allegations that the archipelago did not include the"
        + " islands.";
    List<Attribution> found = find(t);
    assertEquals("Japan", withContent(found, t, "it gives up dominium over the archipelago").speaker());
    assertEquals("Japan", withContent(found, t, "the archipelago did not include the islands").speaker());
  }

  @Test
  void secondVerbsAfterWhileAdverbsAndParticiplesShareTheSubject() {
    // KCNA 2012 (kcna-2012-07896, kcna-2012-05479), KCNA 2024 (kcna24-00069), Reuters-21578 (reuters-9225), shortened
    String t = "The U.S. has stepped up sanctions against the DPRK, calling for preventing its satellite launch while"
        + " claiming that satellite also uses the ballistic missile technology.\n\nAnd it declared that it has no"
        + " intention to take part in any event, strongly demanding that the agenda item be set right.\n\n"
        + "Brazil suspended interest payments on February 20 and shortly after announced it was freezing credit"
        + " lines.\n\nMedvedev pointed out that he will not concede an inch, reaffirming his will to keep the islands.";
    List<Attribution> found = find(t);
    assertEquals("The U.S.", withContent(found, t, "satellite also uses the ballistic missile technology").speakerRaw());
    assertEquals("preventing its satellite launch", withContent(found, t, "preventing its satellite launch")
        .content().of(t));
    assertEquals("it", withContent(found, t, "the agenda item be set right").speakerRaw());
    assertEquals("Brazil", withContent(found, t, "it was freezing credit lines").speakerRaw());
    assertEquals("Medvedev", withContent(found, t, "he will not concede an inch").speakerRaw());
    assertEquals("reaffirming", withContent(found, t, "his will to keep the islands").cue());
  }

  @Test
  void aTrailingAsClauseAttributesWhatComesBefore() {
    // KCNA 2024 (kcna24-00069), shortened
    String t = "Its agenda is intolerable since it reminds of a \"surrender document imposed on defeated Russia\", as"
        + " Western countries themselves have admitted.";
    Attribution a = withContent(find(t), t,
        "Its agenda is intolerable since it reminds of a \"surrender document imposed on defeated Russia\"");
    assertEquals("Western countries", a.speaker());
  }

  @Test
  void aSubjectOfTwoPhrasesJoinedByAndIsOneSpeaker() {
    // Reuters-21578 (reuters-3284, reuters-19211) and PolNeAR dev (wash-post 2016), shortened
    String t = "U.S. government and aerospace industry officials say Airbus gets government subsidies.\n\n"
        + "FECSA's debt crisis has caused concern among foreign and Spanish bankers who expressed fears that other"
        + " utility companies may default.\n\nRT and its defenders say the ban is unfair.";
    List<Attribution> found = find(t);
    assertEquals("U.S. government and aerospace industry officials",
        withContent(found, t, "Airbus gets government subsidies").speaker());
    assertEquals("foreign and Spanish bankers", withContent(found, t,
        "fears that other utility companies may default").speaker());
    assertEquals("RT and its defenders", withContent(found, t, "the ban is unfair").speakerRaw());
  }

  @Test
  void aColonBlockRunsOverStatementsItReportsAndEndsAtANewFrame() {
    // KCNA 2012 (kcna-2012-08153) and KCNA 2011 (kcna-2011-04669), shortened
    String t = "A spokesman for the Policy Department of the National Defence Commission of the DPRK gave the following"
        + " answer to the question put by KCNA on Oct. 20 in this regard:\n\nIt is disgusting to talk about traitor"
        + " Lee.\n\nThat day Lee blustered that \"it is necessary to defend the line\".\n\nAs domestic and foreign"
        + " public chided, Lee's five years of office were a period of collapse.\n\nEddie Kekana, chairman of the"
        + " South African Group, noted that the Japanese imperialists sustained a shameful defeat.";
    List<Attribution> found = find(t);
    Attribution block = found.stream().filter(a -> a.cue().equals("gave the following")).findFirst().orElseThrow();
    assertTrue(block.content().of(t).startsWith("It is disgusting"));
    assertTrue(block.content().of(t).endsWith("a period of collapse"), block.content().of(t));
    assertEquals("DPRK Policy Department of the National Defence Commission", block.speaker());
    assertEquals("domestic and foreign public", withContent(found, t,
        "Lee's five years of office were a period of collapse").speaker());
    assertEquals("Eddie Kekana", withContent(found, t, "the Japanese imperialists sustained a shameful defeat")
        .speaker());
  }

  @Test
  void aQuoteSignedWithADashAndANameIsThatPersons() {
    // PolNeAR dev (huff-post 2016, readers' reactions), shortened
    String t = "\u201cHe is ignorant of our culture and lives.\u201d \u2015 Pamela Padilla  \u201cI am so ashamed to be an"
        + " American.\u201d \u2015 Jacklyn Ashley\n\nWASHINGTON \u2015 Donald Trump said the birther issue was over.";
    List<Attribution> found = find(t);
    assertEquals("Pamela Padilla", withContent(found, t, "He is ignorant of our culture and lives.").speaker());
    assertEquals("Jacklyn Ashley", withContent(found, t, "I am so ashamed to be an American.").speaker());
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void aMentionEndsWhereItsSubjectDoes() {
    // PolNeAR dev (huff-post, nyt, breitbart, usa-today 2016), shortened
    String t = "Wells Fargo just this month announced it would get rid of these incentives.\n\n"
        + "Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.\n\n"
        + "Clinton now says she opposes the deal.\n\n"
        + "If, as I've suggested, he and other real estate developers benefit from their ability to deduct losses,"
        + " the returns would show it.\n\n"
        + "Donald Trump isn't saying much about debate preparation, with one notable exception.";
    List<Attribution> found = find(t);
    assertEquals("Wells Fargo", withContent(found, t, "it would get rid of these incentives").speakerRaw());
    assertEquals("Mr. Obama", withContent(found, t, "is the greatest long-term threat facing the world").speakerRaw());
    assertEquals("Clinton", withContent(found, t, "she opposes the deal").speakerRaw());
    Attribution suggested = found.stream().filter(a -> a.cue().equals("suggested")).findFirst().orElseThrow();
    assertTrue(suggested.content().of(t).startsWith("he and other real estate developers benefit"));
    assertEquals("I", suggested.speakerRaw());
    assertEquals("Donald Trump", found.stream().filter(a -> a.cue().equals("saying")).findFirst().orElseThrow()
        .speakerRaw());
  }

  @Test
  void aCueInsideTheSubjectsRelativeClauseEndsAtItsComma() {
    // Reuters-21578 (1987), shortened; the second and third sentences are made up to show where it stops
    String t = "The series of strikes, which employers say has cost them seven mln guilders, began on January 19.\n\n"
        + "The minister opened the plant, which analysts say shows growth, jobs and trade.\n\n"
        + "Pyongyang, which officials said was ready for talks, and Seoul met.";
    List<String> contents = find(t).stream().map(a -> a.content().of(t)).toList();
    assertTrue(contents.contains("has cost them seven mln guilders"), contents::toString);
    assertTrue(contents.contains("shows growth, jobs and trade"), contents::toString);
    assertTrue(contents.contains("was ready for talks"), contents::toString);
  }

  @Test
  void aSpeakerMentionKeepsItsNameAndItsModifiers() {
    // PolNeAR dev (2016 news: reuters, breitbart, nyt, washington post), shortened
    String t = "British Prime Minister Theresa May said this week that the country would leave.\n\n"
        + "Nearly eight of 10 voters say they plan to tune in.\n\n"
        + "A chorus of prominent Republicans has said the same thing.\n\n"
        + "In her favor, all the experts I interviewed said her proposals were more detailed.\n\n"
        + "Voting rights advocates have expressed deep concern about the policy.\n\n"
        + "''I have never been edited,'' Mr. King, 82, told me.";
    List<Attribution> found = find(t);
    assertEquals("British Prime Minister Theresa May", withContent(found, t, "the country would leave").speakerRaw());
    assertEquals("Nearly eight of 10 voters", withContent(found, t, "they plan to tune in").speakerRaw());
    assertEquals("A chorus of prominent Republicans", withContent(found, t, "the same thing").speakerRaw());
    assertEquals("all the experts I interviewed", withContent(found, t, "her proposals were more detailed").speakerRaw());
    assertEquals("Voting rights advocates", withContent(found, t, "deep concern about the policy").speakerRaw());
    assertEquals("Mr. King, 82", withContent(found, t, "I have never been edited").speakerRaw());
  }

  @Test
  void aMentionLeavesOutWhatIsNoPartOfItsName() {
    // Made up in the manner of KCNA: a weekday after a paper's name; a declaration is not its signers
    String t = "Rodong Sinmun Sunday said the drills are a rehearsal for war.\n\n"
        + "A declaration of youth stressed that the drills must stop.\n\n"
        // PolNeAR dev (washington post, 2016), shortened: a gerund after a preposition takes the clause's subject
        + "McAuliffe has said 20 people are interested, but he refuses to discuss appointees, aside from saying he wants a"
        + " diverse delegation.";
    List<Attribution> found = find(t);
    assertEquals("Rodong Sinmun", withContent(found, t, "the drills are a rehearsal for war").speakerRaw());
    assertEquals("A declaration", withContent(found, t, "the drills must stop").speakerRaw());
    assertEquals("McAuliffe", withContent(found, t, "he wants a diverse delegation").speakerRaw());
  }

  @Test
  void aTextEndingWithItsCueIsNoError() {
    // Cut-off feed items of the benchmark corpus (KCNA 2011 and Reuters-21578 paragraphs): the text ends
    // right after the cue, with nothing to attribute after it.
    for (String t : List.of("Typhoon recently swept Guangxi.\n\nA department director, Kim Kyong Suk, said",
        "8-1/4 pct and 101-3/8 has been increased to 75 mln dlrs, said", "said")) {
      assertTrue(find(t).stream().allMatch(a -> a.content().end() <= t.length()), t);
    }
  }

  @Test
  void aMentionEndsBeforeAVerbThatIsNoCue() {
    // KCNA 2011 and 2012: the subject of a later cue ends before the clause's own verb ("met", "took")
    String t = "Chinese Foreign Minister Yang Jiechi met with the U.S. secretary of State in New York on Sept. 26 and"
        + " demanded the U.S. immediately cancel the plan to sell arms to Taiwan.\n\n"
        + "Hundreds of demonstrators took to the streets in the capital city in Malaysia on Feb. 24, denouncing the"
        + " U.S. troops in Afghanistan for killing Muslims and desecrating Islam.\n\n"
        // KCNA 2011: a verb form joined to a name by a hyphen is part of the mention
        + "Two International Security Assistance Force (ISAF) service members were killed by an improvised explosive"
        + " device attack in southern Afghanistan on Thursday, the NATO-led ISAF said in a statement.\n\n"
        // PolNeAR dev (breitbart, 2016): an adverb that is no -ly word ends it too
        + "World leaders and diplomats almost universally expressed outrage over North Korea's latest gambit.";
    List<Attribution> found = find(t);
    assertEquals("Chinese Foreign Minister Yang Jiechi",
        withContentFrom(found, t, "the U.S. immediately cancel the plan").speakerRaw());
    assertEquals("Hundreds of demonstrators", withContentFrom(found, t, "the U.S. troops in Afghanistan").speakerRaw());
    assertEquals("the NATO-led ISAF", withContentFrom(found, t, "Two International Security").speakerRaw());
    assertEquals("World leaders and diplomats", withContentFrom(found, t, "outrage over North Korea").speakerRaw());
  }

  @Test
  void aParticipleAfterARecordingOfANameIsThatPersons() {
    // PolNeAR dev (breitbart, 2016): the footage shows Trump speaking; the "when" clause after the quote has its
    // own subject and cue, which do not take the quote
    String t = "The spot concludes with footage of Trump saying during the debate last week, \u201cThat makes me"
        + " smart,\u201d when Clinton blasted him for not paying income tax.\n\n"
        // KCNA 2023: inhabitants are no recording; the speakers are the inhabitants, not their city
        + "The pleasure, shown by inhabitants of Samjiyon City saying they came to know the meaning of a great"
        + " change, is a general appraisal of the city construction, he said.";
    List<Attribution> found = find(t);
    assertEquals("Trump", withContent(found, t, "That makes me smart").speakerRaw());
    assertTrue(found.stream().noneMatch(a -> a.speakerRaw().equals("Samjiyon City")), found::toString);
  }

  @Test
  void aSubjectPronounRightBeforeTheCueIsItsSubject() {
    // PolNeAR dev (huffington post and usa today, 2016): whatever opens the clause, the pronoun is the subject
    String t = "Donald Trump spoke in Ohio on Monday. A few days ago in an interview with Russia\u2019s network RT he"
        + " blasted the American media for being \u201cunbelievably dishonest.\u201d\n\n"
        + "My mother has softened with age, but even now at 86 she still says things such as, \"We're not all meant"
        + " to be equal, you know.\"";
    List<Attribution> found = find(t);
    Attribution blasted = withContentFrom(found, t, "the American media");
    assertEquals("he", blasted.speakerRaw().toLowerCase(java.util.Locale.ROOT));
    assertEquals("Donald Trump", blasted.speaker());
    assertEquals("she", withContentFrom(found, t, "We're not all meant").speakerRaw());
  }

  @Test
  void aClauseOpenedByAWhWordOrASpacedDashHasItsOwnSubject() {
    // PolNeAR dev (politico and new york times, 2016)
    String t = "That sort of sharp difference between what Trump says his tax plan would do and how experts say it"
        + " would shape tax law has endured.\n\n"
        + "The debate over coal on the campaign trail is also predictable - Donald J. Trump has vowed to bring back"
        + " lost mining jobs.\n\n"
        // made up in the manner of KCNA's press reviews: a list item's dash does not open the clause
        + "Rodong Sinmun\n- An article says the drills are a rehearsal for war.";
    List<Attribution> found = find(t);
    assertEquals("Trump", withContentFrom(found, t, "his tax plan would do").speakerRaw());
    assertEquals("experts", withContentFrom(found, t, "it would shape tax law").speakerRaw());
    assertEquals("Donald J. Trump", withContentFrom(found, t, "to bring back lost mining jobs").speakerRaw());
    assertEquals("Rodong Sinmun", withContent(found, t, "the drills are a rehearsal for war").speaker());
  }

  @Test
  void aParticipleTakesNoSpeakerAfterItAndLooksPastAnOpeningPhrase() {
    // New York Times and Politico, 2016 (PolNeAR dev): "a threat" is what the court cited, not who spoke
    String t = "In 1986, the Supreme Court blocked a New Jersey company from abandoning its oil waste processing"
        + " plants in bankruptcy, citing a threat to public health and safety.\n\n"
        + "Chastened by the analyses, as well as complaints over the plan\u2019s costs, Trump revised his plan,"
        + " promising to focus more of its benefits on average Americans.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.speakerRaw().equals("a threat")), found::toString);
    assertEquals("Trump", withContentFrom(found, t, "to focus more of its benefits").speakerRaw());
  }

  @Test
  void idiomsAndNounsThatLookLikeCuesReportNothing() {
    // Breitbart and New York Times, 2016 (PolNeAR dev); KCNA 2011 for the silence observed
    String t = "Trump has responded with attacks on Machado, including Friday\u2019s tweets.\n\n"
        + "Having said that, there are some economists who argue that corporate taxes should be very little.\n\n"
        + "That said, the ministry will keep the plan.\n\n"
        + "The delegation laid a wreath and observed a moment's silence.\n\n"
        + "Much of the impetus came from China and the United States, the world's two biggest polluters, which"
        + " together vowed to stave off the worst effects of climate change.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.cue().equals("tweets") || a.cue().equals("said")
        || a.cue().equals("observed")), found::toString);
    assertEquals("the world's two biggest polluters", withContentFrom(found, t, "to stave off").speakerRaw());
  }

  @Test
  void namesWithATagAnAgeOrADescriptionBeforeThemSpeak() {
    // PolNeAR dev (huffington post, washington post, western journal, 2016), shortened
    String t = "\u201cIt\u2019s a dog whistle to all Americans,\u201d Rep. Gwen Moore (D-Wis.) said Friday.\n\n"
        + "Sen. David Perdue (R-Ga.) said he didn't believe those characterizations did Romney in.\n\n"
        + "\"They're trying to slap us in the face,\" Quina Jones, 25, said as she moved through the city.\n\n"
        + "\u201cThey are 100 percent wrong,\u201d said 9/11 widow Terry Strada.";
    List<Attribution> found = find(t);
    assertEquals("Gwen Moore", withContentFrom(found, t, "It\u2019s a dog whistle").speaker());
    assertEquals("David Perdue", withContentFrom(found, t, "he didn't believe").speaker());
    assertEquals("Quina Jones", withContentFrom(found, t, "They're trying").speaker());
    assertEquals("9/11 widow Terry Strada", withContentFrom(found, t, "They are 100 percent wrong").speakerRaw());
  }

  @Test
  void aThatAfterTheContentsOwnVerbDoesNotStartTheContent() {
    // PolNeAR dev (washington post, 2016): "that" belongs to "demands"; "protests" before it is a noun
    String t = "House Speaker Paul D. Ryan said the recent spate of police shootings and protests demands that all"
        + " Americans engage in more listening.\n\n"
        // Reuters-21578: a cue word after a preposition is a noun
        + "Subroto said OPEC output was below its quota but gave no details against claims it was a million barrels"
        + " above that level.\n\n"
        // made up: a speech verb before a noun that is a cue word elsewhere still reports
        + "Trump says reports of his illness are false and misleading.";
    List<Attribution> found = find(t);
    assertEquals("says", withContentFrom(found, t, "reports of his illness").cue());
    assertEquals("the recent spate of police shootings and protests demands that all Americans engage in more listening",
        withContentFrom(found, t, "the recent spate").content().of(t));
    assertTrue(found.stream().noneMatch(a -> a.cue().equals("protests") || a.cue().equals("claims")), found::toString);
  }

  @Test
  void aSingleNameAfterAPersonsRoleIsAPersonAndAnOutletAMedium() {
    // KCNA 2012 and Reuters-21578, shortened; made up for the outlet and the group
    String t = "Japanese Foreign Minister Genba said the talks would resume soon.\n\n"
        + "Indonesian oil minister Subroto said OPEC output was below its quota.\n\n"
        + "The news agency Xinhua said the talks would resume soon.\n\n"
        + "The militant group Hamas said the talks would fail.\n\n"
        // Reuters-21578: a company and a bank after words that are roles elsewhere
        + "General Motors said car sales fell in March.\n\n"
        + "The bank is raising 150 mln marks through a private placement, said lead manager Postipankki.";
    List<Attribution> found = find(t);
    assertNotEquals(SpeakerType.PERSON, withContentFrom(found, t, "car sales fell").speakerType());
    assertNotEquals(SpeakerType.PERSON, withContentFrom(found, t, "The bank is raising").speakerType());
    Attribution genba = withContentFrom(found, t, "the talks would resume soon");
    assertEquals("Genba", genba.speaker());
    assertEquals(SpeakerType.PERSON, genba.speakerType());
    assertEquals("Subroto", withContentFrom(found, t, "OPEC output").speaker());
    Attribution xinhua = found.stream().filter(a -> a.speakerRaw().contains("Xinhua")).findFirst().orElseThrow();
    assertEquals(SpeakerType.MEDIA, xinhua.speakerType());
    assertNotEquals(SpeakerType.PERSON, withContentFrom(found, t, "the talks would fail").speakerType());
  }

  @Test
  void aSpeakersDescriptionEndsWithItsFirstAppositive() {
    // PolNeAR dev (huffington post, 2016), shortened: the relative clause is about the union, not the speaker
    String t = "Michael Mulgrew, president of the United Federation of Teachers, which represents New York City"
        + " educators, said the plan would fail.\n\n"
        // made up: an age is no appositive of its own
        + "Maria Lopez, 44, a home-care aide, said she would vote.";
    List<Attribution> found = find(t);
    assertEquals("Michael Mulgrew, president of the United Federation of Teachers",
        withContent(found, t, "the plan would fail").speakerRaw());
    assertEquals("Maria Lopez, 44, a home-care aide", withContent(found, t, "she would vote").speakerRaw());
  }

  @Test
  void signedQuotesWithAGluedDashAReversedOpenerOrANestedQuoteKeepTheirSigners() {
    // PolNeAR dev (huffington post, 2016), shortened: readers' quotes signed with a dash
    String t = "\u201cHe is ignorant of our culture and lives.\u201d\u2015 Pamela Padilla\n\n"
        + "\u201dFear. I am truly afraid that Donald Trump will win.\u201d \u2015 Edwin G. Monroy\n\n"
        + "\u201cI would rather live in what he calls \u201chell\u201d than live in a world where he is president.\u201d"
        + " \u2015 Adriana Rodarte";
    List<Attribution> found = find(t);
    assertEquals("Pamela Padilla", withContentFrom(found, t, "He is ignorant").speakerRaw());
    assertEquals("Edwin G. Monroy", withContentFrom(found, t, "Fear. I am truly afraid").speakerRaw());
    Attribution rodarte = withContentFrom(found, t, "I would rather live");
    assertEquals("Adriana Rodarte", rodarte.speakerRaw());
    assertTrue(rodarte.content().of(t).endsWith("where he is president."), rodarte.content().of(t));
  }

  @Test
  void aChainOfTheyLeadsBackToTheGroupThatOpenedIt() {
    // KCNA 2011 (May Day), shortened: four sentences of "They ..." after the group is named
    String t = "Senior party and state officials celebrated May Day with working people across the country.\n\n"
        + "They laid bouquets before the statues.\n\n"
        + "They went round revolutionary museums.\n\n"
        + "They met and conversed with labor innovators.\n\n"
        + "They joined working people playing sports and games.\n\n"
        + "They expressed belief that all the working people would make great innovations.";
    assertEquals("Senior party and state officials",
        withContentFrom(find(t), t, "belief that all the working people").speaker());
  }
  @Test
  void findingsOfPollsAndStudiesAreTheirs() {
    // PolNeAR dev (west journal and nyt, 2016): "shows/found that" report what a poll or a study found
    String t = "A new poll shows that Republican presidential candidate Donald Trump remains in a tight race with"
        + " Democrat Hillary Clinton after the first presidential debate.\n\n"
        + "A 2014 study that appeared in the British Medical Journal found that medical research either didn\u2019t"
        + " support or flatly contradicted half of Oz\u2019s TV recommendations.\n\n"
        // Reuters-21578: an act, not a finding
        + "The company found a buyer for the plant last week.";
    List<Attribution> found = find(t);
    assertEquals("A new poll", withContentFrom(found, t, "Republican presidential candidate").speakerRaw());
    // the subject of a relative clause ("that appeared in ...") is no speaker: the study is
    assertEquals("A 2014 study", withContentFrom(found, t, "medical research either").speakerRaw());
    assertEquals(2, found.size(), found::toString);
  }

  @Test
  void aRefusalIsAStatementButARefusalToCommentIsNot() {
    // parley-gold dev article text (Reuters-21578, 1987) and PolNeAR dev (politico, 2016)
    String t = "Most foreign banks are refusing to extend fresh loans to the mainly privately-owned sector.\n\n"
        + "Brazil and its bank creditors refused to say when it would resume interest payments.\n\n"
        + "Asked about the report, he declined to comment.";
    List<Attribution> found = find(t);
    assertEquals("Most foreign banks", withContentFrom(found, t, "to extend fresh loans").speakerRaw());
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void aWeakCueInsideAContentNeitherEndsItNorReportsApart() {
    // parley-gold dev article text (KCNA, speaker named here): "welcomes" belongs to what he noted; "praised ...
    // as" is passive
    String t = "Fidel Castro noted that Cuba supports the denuclearization of the peninsula and welcomes any"
        + " measure for substantial progress.\n\n"
        + "The life of Kim Jong Suk praised as the mother of Korea was the life of an outstanding woman activist.\n\n"
        + "Sen. Ted Cruz thanked Trump on Twitter for backing his top legislative priority.";
    List<Attribution> found = find(t);
    assertEquals("Cuba supports the denuclearization of the peninsula and welcomes any measure for substantial"
        + " progress", withContentFrom(found, t, "Cuba supports").content().of(t));
    assertEquals("Sen. Ted Cruz", withContentFrom(found, t, "Trump on Twitter").speakerRaw());
    assertEquals(2, found.size(), found::toString);
  }

  @Test
  void aBodyNamedAfterAndIsNoJointBodyOfPeople() {
    // PolNeAR dev (washington post, 2016), cue changed to "said": "the University of California" is a name,
    // not "people of California" (GUIDE convention 7 is for named people of one body)
    String t = "Officials and the University of California at Berkeley said that poor children in Charlotte have"
        + " the worst odds of those in any big city.";
    assertTrue(find(t).stream().noneMatch(a -> a.speakerRaw().equals("California")), () -> find(t).toString());
  }
  @Test
  void callingSomethingAQuotedNameIsAStatement() {
    // PolNeAR dev (nyt, 2016) and Reuters-21578 (1987): "called X \u201CY\u201D" reports words of the subject
    String t = "Ohio Democratic Party Chairman David Pepper called Friday's decision a \"huge win for Ohio"
        + " voters.\"\n\n"
        + "Linda Kristiansen of Paine Webber Inc called the numbers \"impressive,\" and said she looks for a"
        + " full-year sales gain.\n\n"
        // KCNA and Reuters-21578: a meeting called, a term named, a name given: no statement
        + "Personages of different circles in south Korea called a press conference on Jan. 5.\n\n"
        + "He spoke against what he called \"dangerous, protectionist trade legislation.\"\n\n"
        + "There is a large pleasure resort called a \"canal park\" along the Pothong River.\n\n"
        + "It is a society of horror and pain called the \"stay period of execution of death penalty.\"";
    List<Attribution> found = find(t);
    assertEquals("Ohio Democratic Party Chairman David Pepper",
        withContentFrom(found, t, "Friday's decision").speakerRaw());
    assertEquals("Linda Kristiansen of Paine Webber Inc", withContentFrom(found, t, "the numbers").speakerRaw());
    assertEquals(3, found.size(), found::toString);
  }
  @Test
  void aQuoteIsSignedByANameWithADescriptionOrAfterAQuestionMark() {
    // PolNeAR dev (nyt, west journal, breitbart, 2016), shortened
    String t = "\"Absolutely hate this framing,\" Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.\n\n"
        + "\u201cOur assumption is that the veto will be overridden,\u201d Senate Majority Leader Mitch McConnell,"
        + " R-Ky., said Tuesday.\n\n"
        + "\u201cWho would have believed that we would have received almost 14 million votes?\u201d Trump said,"
        + " looking out on the cheering crowd.";
    List<Attribution> found = find(t);
    assertEquals("Vann R. Newkirk II", withContent(found, t, "Absolutely hate this framing").speaker());
    assertEquals("Mitch McConnell", withContent(found, t, "Our assumption is that the veto will be overridden")
        .speaker());
    assertEquals("Trump", withContentFrom(found, t, "Who would have believed").speakerRaw());
    assertTrue(found.stream().noneMatch(a -> a.content().of(t).startsWith("looking out")), found::toString);
    // a question followed by a sentence with content of its own is not signed by it
    String question = "\"Why not?\" The minister said that the plan was dead.";
    assertTrue(find(question).stream().noneMatch(a -> a.content().of(question).startsWith("Why not")),
        () -> find(question).toString());
  }
  @Test
  void aTrailingAdverbialClauseLeavesTheCueInvertedAndAnAdjectiveOpensTheMention() {
    // PolNeAR dev (huffington post and usa today, 2016), shortened
    String t = "Trump's obsession with Obama's birth is an insult to all African-Americans, top black lawmakers said"
        + " Friday afternoon, as they bristled at his refusal to apologize.\n\n"
        + "Clinton is the only candidate that has the experience, retired Air Force general Lloyd Newton said.";
    List<Attribution> found = find(t);
    assertEquals("top black lawmakers", withContentFrom(found, t, "Trump's obsession").speakerRaw());
    assertEquals("Lloyd Newton", withContentFrom(found, t, "Clinton is the only").speaker());
    assertEquals(2, found.size(), found::toString);
  }
  @Test
  void mixedQuoteMarksDashedAsidesAndStateAbbreviationsKeepTheirSpeaker() {
    // PolNeAR dev (politico, usa today, nyt, 2016), shortened: a curly quote closed by a straight mark, an aside
    // between dashes, a place with a state abbreviation before the cue
    String t = "\u201cImmunity deals should not be a requirement for cooperating with the FBI,\" Oversight Chairman"
        + " Jason Chaffetz said in a statement.\n\n"
        + "Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances at GOP primary debates --"
        + " said the candidate tended to make announcements at those encounters.\n\n"
        + "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.\n\n"
        // a straight quote opened inside a curly one is nested
        + "\u201cHe called it \"a hoax\" and left,\u201d Chaffetz said.";
    List<Attribution> found = find(t);
    assertEquals("Jason Chaffetz", withContent(found, t,
        "Immunity deals should not be a requirement for cooperating with the FBI").speaker());
    assertEquals("Kall", withContentFrom(found, t, "the candidate tended").speakerRaw());
    assertEquals("Johnnie Wilson", withContentFrom(found, t, "he had fought").speaker());
    assertEquals("Jason Chaffetz", withContent(found, t, "He called it \"a hoax\" and left").speaker());
  }
  @Test
  void aRecordShowsWithoutThatAndAnAsideLeavesTheCallerTheSubject() {
    // PolNeAR dev (politico and nyt, 2016), shortened
    String t = "POLITICO's Battleground States average shows Clinton likewise ahead by 3.7 percentage points.\n\n"
        + "Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama's remarks on Saturday \"a true"
        + " wake-up call\" to his coalition of supporters.\n\n"
        // Reuters-21578 style: acts, not findings
        + "The company found a buyer for the plant last week. The army showed restraint during the protests.";
    List<Attribution> found = find(t);
    assertEquals("POLITICO's Battleground States average", withContentFrom(found, t, "Clinton likewise").speakerRaw());
    assertEquals("Minyon Moore", withContentFrom(found, t, "Mr. Obama's remarks").speaker());
    assertEquals(2, found.size(), found::toString);
  }
  @Test
  void anAdverbOrAnExistentialThereIsNoSpeaker() {
    // PolNeAR dev (nyt and breitbart, 2016), shortened; "Finally" opening a sentence is no part of its subject
    String t = "There are those who argue that corporate taxes should be very little or nothing at all.\n\n"
        + "Finally Trump said that he would win.";
    List<Attribution> found = find(t);
    assertTrue(found.stream().noneMatch(a -> a.speakerRaw().equalsIgnoreCase("there")), found::toString);
    assertEquals("Trump", withContentFrom(found, t, "he would win").speakerRaw());
  }
  @Test
  void anAgreementToActIsAStatementButAQuotaAgreedToIsNot() {
    // parley-gold dev article text (Reuters-21578, 1987) and KCNA 2011 (Xinhua item), shortened
    String t = "The two sides reached a stopgap arrangement on the credit lines, whereby the committee agreed to"
        + " transmit a Brazilian request to extend the lines for 60 days.\n\n"
        + "China and Laos agreed to strengthen bilateral friendship and develop military exchanges.\n\n"
        + "OPEC production was below the 15.8 mln bpd quota agreed to last december.";
    List<Attribution> found = find(t);
    assertEquals("the committee", withContentFrom(found, t, "transmit a").speakerRaw());
    assertEquals("China and Laos", withContentFrom(found, t, "strengthen bilateral").speakerRaw());
    assertEquals(2, found.size(), found::toString);
  }
  @Test
  void aDefiniteDescriptionNamesTheEarlierSpeakerWithItsHead() {
    // Reuters-21578 style (after the parley-gold dev article on Brazil's bank talks), made up around its phrases;
    // "the south side" is not "businessmen of the south side" (KCNA): the head comes before "of"
    String t = "The bank advisory committee urged Brazil to make at least a token payment of interest.\n\n"
        + "But the committee agreed to transmit a Brazilian request to extend the lines.\n\n"
        + "Non-governmental businessmen of the south side said they would go back.\n\n"
        + "The south side said it would not allow the visit.";
    List<Attribution> found = find(t);
    assertEquals("bank advisory committee", withContentFrom(found, t, "transmit a Brazilian").speaker());
    assertEquals("South Korean government", withContentFrom(found, t, "it would not allow").speaker());
  }
}
