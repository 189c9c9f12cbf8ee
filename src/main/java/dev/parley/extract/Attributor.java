package dev.parley.extract;

import dev.parley.text.AnalyzedText;
import dev.parley.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Resolves the speakers of found statements in text order and builds the attributions. */
final class Attributor {
  /**
   * A statement found by its shape: content, cue and the speaker mention as written. speaker: the mention that
   * names the speaker ("Simmons"); mention: that mention with the description written with it, as it is output
   * ("Simmons, an Obama supporter"); groupAntecedent: for "they"/"some", a plural subject just before;
   * salient: later pronouns may point to it.
   */
  record Found(Span content, boolean direct, Span cue, int sentence, Span speaker, Span mention,
      Span groupAntecedent, boolean salient) {}

  private final AnalyzedText at;
  private final String text;
  private final SpeakerResolver resolver;
  private final Lexicon lex = Lexicon.get();

  private final List<Span> sentences;

  Attributor(AnalyzedText at, List<Span> sentences) {
    this.at = at;
    this.sentences = sentences;
    this.text = at.text();
    this.resolver = new SpeakerResolver(text);
  }

  List<Attribution> attribute(List<Found> found, List<Span> documentAuthors) {
    List<Attribution> out = new ArrayList<>();
    int nextAuthor = 0;
    for (Found f : found) {
      while (nextAuthor < documentAuthors.size() && documentAuthors.get(nextAuthor).start() <= f.cue().start()) {
        noteAuthor(documentAuthors.get(nextAuthor++));
      }
      String raw = f.speaker().of(text);
      if (!canSpeak(raw)) {
        continue;
      }
      Speaker speaker = !f.salient() && lex.is(raw.strip(), "PRONOUN_PERSON")
          ? resolver.lastNamedSubject(f.speaker().start()) : null;
      boolean they = raw.strip().equalsIgnoreCase("they");
      if (speaker == null && they) {
        // inside a statement's own text "they" are others, never its author
        speaker = resolver.resolveExcluding(raw, f.speaker().start(), f.sentence(), enclosingSpeaker(out, f.cue().start()));
        int antecedent = f.groupAntecedent() == null ? -1 : sentenceOf(f.groupAntecedent().start());
        if (antecedent > resolver.lastPronounSentence() && f.sentence() - antecedent <= 1) {
          // a group named as subject after the last group that spoke: "Three non-governmental businessmen ...
          // could not express their views. They only complained ..."
          speaker = resolver.resolve(f.groupAntecedent().of(text), f.groupAntecedent().start(), f.sentence());
        }
      }
      if (speaker == null && !they) {
        speaker = resolver.resolve(raw, f.speaker().start(), f.sentence());
      }
      if (f.groupAntecedent() != null && isQuantifier(raw)) {
        speaker = quantified(raw, resolver.resolve(f.groupAntecedent().of(text), f.groupAntecedent().start(),
            f.sentence()), speaker);
      }
      if (speaker == null && f.groupAntecedent() != null) {
        // "they" with no earlier group speaker: the plural subject of a sentence just before
        speaker = resolver.resolve(f.groupAntecedent().of(text), f.groupAntecedent().start(), f.sentence());
      }
      if (speaker == null || speaker.name() == null || speaker.name().isBlank()) {
        continue;
      }
      speaker = resolver.withStatePrefix(speaker);
      if (f.salient()) {
        resolver.remember(raw, speaker, f.sentence());
      }
      if (f.salient() && mentionsDocument(f.sentence()) && !isPronounOrDocument(raw)) {
        resolver.documentAuthor(f.cue().start(), speaker);
      }
      String country = speaker.country() != null ? speaker.country() : resolver.countryOf(raw);
      out.add(new Attribution(f.content(), f.direct(), f.cue().of(text), f.cue(), f.mention().of(text), f.mention(),
          speaker.name(), speaker.type(), country));
    }
    out.sort(Comparator.comparingInt((Attribution a) -> a.content().start()).thenComparingInt(a -> a.content().end()));
    return dedupe(out);
  }

  /** The speaker of the latest statement found whose content holds {@code offset}, or null. */
  private static String enclosingSpeaker(List<Attribution> sofar, int offset) {
    for (int i = sofar.size() - 1; i >= 0; i--) {
      Attribution a = sofar.get(i);
      if (a.content().start() <= offset && offset < a.content().end()) {
        return a.speaker();
      }
    }
    return null;
  }

  private int sentenceOf(int offset) {
    int s = 0;
    while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= offset) {
      s++;
    }
    return s;
  }

  /**
   * A mention opening with a lower-case participle or preposition ("keeping the businessmen", "among NATO
   * members") is a clause or phrase the mention reader ran into, never who spoke.
   */
  private static boolean canSpeak(String raw) {
    String[] words = raw.strip().split("\\s+");
    String first = words[0];
    if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
      return true;
    }
    // "keeping the businessmen" is a clause; "banking analysts" a group with its modifier
    boolean clause = first.endsWith("ing") && first.length() > 4 && (words.length == 1 || OBJECT_OPENERS.contains(words[1]));
    return !clause && !NOT_AGENT_OPENERS.contains(first);
  }

  private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("the", "a", "an", "his", "her", "their",
      "its", "them", "him", "it", "this", "that", "these", "those", "our", "my", "your", "up", "out", "off", "down");

  private static final java.util.Set<String> NOT_AGENT_OPENERS = java.util.Set.of("among", "in", "on", "at",
      "for", "from", "with", "by", "to", "into", "of", "about", "over", "under", "after", "before");

  private boolean isQuantifier(String raw) {
    String[] words = raw.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return lex.is(words[words.length - 1], "QUANTIFIER");
  }

  /** "Some" of the group just named is that group; "others" are its other members. */
  private static Speaker quantified(String raw, Speaker group, Speaker fallback) {
    if (group == null) {
      return fallback;
    }
    boolean others = raw.strip().toLowerCase(Locale.ROOT).endsWith("others");
    return others ? new Speaker("other " + group.name(), group.type(), group.country()) : group;
  }

  private void noteAuthor(Span mention) {
    String raw = mention.of(text);
    if (isPronounOrDocument(raw)) {
      return;
    }
    int sentence = 0;
    while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).start() <= mention.start()) {
      sentence++;
    }
    Speaker s = resolver.resolve(raw, mention.start(), sentence);
    if (s != null) {
      resolver.documentAuthor(mention.start(), s);
    }
  }

  private boolean isPronounOrDocument(String raw) {
    String[] words = raw.strip().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    String cls = lex.wordClass.get(last);
    return cls != null && (cls.startsWith("PRONOUN") || cls.equals("DOCUMENT"));
  }

  private boolean mentionsDocument(int sentence) {
    if (sentence < 0) {
      return false;
    }
    for (String w : sentences.get(sentence).of(text).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (lex.is(w, "DOCUMENT")) {
        return true;
      }
    }
    return false;
  }

  /** Two cues may claim the same content (a quote between two cues); keep the first. */
  private static List<Attribution> dedupe(List<Attribution> sorted) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).content().equals(a.content())) {
        continue;
      }
      out.add(a);
    }
    return out;
  }
}
