package dev.parley.extract;

import dev.parley.extract.Lexicon.CueKind;
import dev.parley.text.AnalyzedText;
import dev.parley.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The attribution pass over one text: finds cues and quotes, pairs them, resolves speakers. */
final class ArticlePass {
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", "--", "\u2014", "\u2013",
      "\"", "\u201C", "\u201D", "(", ")", "that", "which", "because", "while", "when", "if",
      "although", "whereas", "but", "where", "whereby", "whereupon", "and", ".", "?", "!");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his",
      "her", "of", "these", "those", "this", "our", "so", "above", "aforesaid", "so-");
  /** Articles and possessives after which an -ed word is an adjective. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "this", "that", "these", "those", "his", "her",
      "its", "their", "our");
  /** Words of quantity that keep a mention going over "of": "a majority of voters", "27 percent of those". */
  private static final Set<String> QUANTITIES = Set.of("majority", "minority", "half", "third", "thirds", "quarter",
      "percent", "most", "many", "some", "none", "all", "each", "one", "two", "three", "several", "both", "any",
      "number", "plurality", "share", "handful", "dozens", "hundreds", "thousands", "millions", "members", "rest",
      "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were");
  /** Words that may open the short tail of an inverted cue: "..., X said [in a statement on Monday]". */
  private static final Set<String> TAIL_OPENERS = Set.of("in", "on", "at", "during", "after", "before",
      "when", "while", "today", "yesterday", "tonight", "last", "this", "earlier", "later", "recently", "also",
      "here", "there", "through", "via", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** Lower-case time nouns that may close a fronted time phrase ("That day", "The same morning"). */
  private static final Set<String> TIME_NOUNS = Set.of("day", "week", "month", "year", "morning", "evening",
      "afternoon", "night", "weekend");
  /** Longest stretch (chars) between a quote and the cue that claims it. */
  private static final int QUOTE_CUE_GAP = 100;
  private static final int MAX_MENTION_TOKENS = 30;
  /** Longest noun phrase taken for a sentence's subject when looking for the comma that closes its clause. */
  private static final int MAX_SUBJECT_TOKENS = 12;
  /**
   * Later cues of a sentence looked at when deciding where a statement ends. Real sentences hold a
   * handful; a page of repeated "said" would otherwise cost the square of its length.
   */
  private static final int MAX_LATER_CUES = 20;

  private record CueHit(int first, int end, CueKind kind, int sentence, boolean weak, boolean quoted,
      boolean evidence) {}

  private record Candidate(Span content, boolean direct, CueHit cue, Span speaker) {}

  private final Lexicon lex = Lexicon.get();
  private final AnalyzedText at;
  /** The analyser's sentences, also split where a feed joined paragraphs with ".," ("on March 6., Through"). */
  private final List<Span> sentences;
  private final String text;
  private final List<Span> tokens;
  private final String[] lower;
  private final int[] sentenceOf;
  private final int[] quoteAt;
  private final List<QuoteScanner.Quote> quotes;
  private final List<CueHit> cues = new ArrayList<>();
  private final boolean[] consumed;
  /** Cue indexes by sentence, so per-cue look-ups stay within the sentence (linear on long texts). */
  private final java.util.Map<Integer, List<CueHit>> cuesInSentence = new java.util.HashMap<>();

  ArticlePass(AnalyzedText at) {
    this.at = at;
    this.text = at.text();
    this.tokens = at.tokens();
    this.sentences = splitJoinedParagraphs(at.sentences(), text);
    this.lower = new String[tokens.size()];
    this.sentenceOf = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      lower[i] = tokens.get(i).of(text).toLowerCase(Locale.ROOT);
      sentenceOf[i] = sentenceAt(tokens.get(i).start());
    }
    this.quotes = QuoteScanner.scan(text);
    this.quoteAt = new int[text.length() + 1];
    java.util.Arrays.fill(quoteAt, -1);
    for (int q = 0; q < quotes.size(); q++) {
      for (int c = quotes.get(q).open(); c < Math.min(quotes.get(q).after(), text.length()); c++) {
        quoteAt[c] = q;
      }
    }
    findCues();
    indexCues();
    // an evidence cue without "that" reports only after a record: "found a buyer", "showed deep care" are acts
    if (cues.removeIf(c -> c.evidence() && !(c.end() < tokens.size() && lower[c.end()].equals("that"))
        && !isRecord(mentionBefore(c.first())))) {
      indexCues();
    }
    this.consumed = new boolean[cues.size()];
  }

  private void indexCues() {
    cuesInSentence.clear();
    for (CueHit c : cues) {
      cuesInSentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
    }
  }

  List<Attribution> run() {
    List<Candidate> found = new ArrayList<>();
    found.addAll(directQuotes());
    found.addAll(indirect());
    found.addAll(possessiveReports());
    found.removeIf(c -> c.cue().weak() && insideOtherContent(c, found));
    found.sort(Comparator.comparingInt((Candidate c) -> c.cue().first()).thenComparingInt(c -> c.content().start()));
    found.replaceAll(c -> new Candidate(c.content(), c.direct(), c.cue(), trimMention(c.speaker())));
    return new Attributor(at, sentences).attribute(found.stream()
        .map(c -> new Attributor.Found(c.content(), c.direct(), cueSpan(c.cue()), c.cue().sentence(), c.speaker(),
            describedMention(c.speaker(), c.cue(), c.content()), groupAntecedent(c.speaker(), c.cue().sentence()), !isPossessiveCue(c.cue())))
        .toList(), documentSentences());
  }

  /**
   * A weak cue inside the content of a statement of a strong cue is part of that content ("noted A and welcomes
   * B").
   */
  private boolean insideOtherContent(Candidate c, List<Candidate> all) {
    int at = tokens.get(c.cue().first()).start();
    for (Candidate o : all) {
      if (!o.cue().weak() && o.content().start() <= at && at < o.content().end()) {
        return true;
      }
    }
    return false;
  }

  /** Subject pronouns: a mention that opens with one is that one word ("I [hope]", "They [sent a letter]"). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they", "you");
  /** Adverbs between a subject and its verb that do not end in -ly ("Wells Fargo [just] said"). */
  private static final Set<String> TRAILING_ADVERBS = Set.of("just", "often", "now", "already", "always", "still",
      "also", "never", "again", "only", "once");

  /**
   * A speaker mention without what follows its noun phrase: a clitic or negated auxiliary ("He['s]",
   * "I['ve]", "Donald Trump [isn't]"), an adverb before the verb ("Mr. Obama [often]"), or anything
   * after a subject pronoun. Whatever path found the subject, the mention ends where the subject
   * does. A mention ending inside a token, or one that would be emptied, stays as it is.
   */
  private Span trimMention(Span speaker) {
    int first = firstToken(speaker.start());
    if (first < 0 || tokens.get(first).start() != speaker.start()) {
      return speaker;
    }
    int e = first;
    while (e < tokens.size() && tokens.get(e).end() <= speaker.end()) {
      e++;
    }
    if (e == first || tokens.get(e - 1).end() != speaker.end()) {
      return speaker;
    }
    int end = e;
    String firstStem = beforeClitic(first);
    if (SUBJECT_PRONOUNS.contains(lower[first]) || firstStem != null && SUBJECT_PRONOUNS.contains(firstStem)) {
      end = first + 1;
    }
    while (end - 1 > first && (isClitic(end - 1) || TRAILING_ADVERBS.contains(tokens.get(end - 1).of(text)))) {
      end--;
    }
    int cut = tokens.get(end - 1).end();
    String stem = beforeClitic(end - 1);
    if (stem != null && !stem.isEmpty()) {
      cut = tokens.get(end - 1).start() + stem.length(); // "I've", "He’s": one token, the clitic attached
    }
    return cut == speaker.end() ? speaker : new Span(speaker.start(), cut);
  }

  private static final Pattern ATTACHED_CLITIC = Pattern.compile("(.+?)(?:['\u2019](?:s|ve|re|d|ll|m)|n['\u2019]t)");

  /** The word before an attached clitic ("i" of "I've"), or null when the token has none. */
  private String beforeClitic(int i) {
    Matcher m = ATTACHED_CLITIC.matcher(lower[i]);
    return m.matches() ? m.group(1) : null;
  }

  private static final Pattern CLITIC = Pattern.compile("['\u2019](?:s|ve|re|d|ll|m)|[a-z]*n['\u2019]t");

  /** "'s", "’ve", "n't", "isn’t", "haven't": a clitic or a negated auxiliary, written with either apostrophe. */
  private boolean isClitic(int i) {
    return CLITIC.matcher(lower[i]).matches();
  }

  /** Longest description (tokens) taken into a speaker's mention. */
  private static final int MAX_DESCRIPTION_TOKENS = 40;

  /**
   * The speaker mention with the description written with it, as news text names a source: a bracketed
   * party or state ("Rep. Jim Jordan (R-Ohio)") and an appositive between commas before the cue ("Simmons,
   * an Obama supporter, said") or closing the sentence after it ("said Alex Conant, a founding partner at
   * Firehouse Strategies"). A relative clause ("X, who ..., said") is left out: it is as often incidental
   * as identifying. The plain mention when nothing is written with it.
   */
  private Span describedMention(Span speaker, CueHit cue, Span content) {
    int first = firstToken(speaker.start());
    if (first < 0) {
      return speaker;
    }
    int e = first;
    while (e < tokens.size() && tokens.get(e).end() <= speaker.end()) {
      e++;
    }
    if (e == first) {
      return speaker; // a mention ending inside a token ("the group's" before "remark")
    }
    int end = e;
    if (e < tokens.size() && lower[e].equals("(") && sentenceOf[e] == sentenceOf[first]) {
      int close = e + 1;
      while (close < tokens.size() && close - e <= 6 && !lower[close].equals(")") && sentenceOf[close] == sentenceOf[e]) {
        close++;
      }
      if (close < tokens.size() && lower[close].equals(")") && close - e <= 6) {
        end = close + 1; // "Rep. Jim Jordan (R-Ohio)"
      }
    }
    boolean before = speaker.end() <= tokens.get(cue.first()).start();
    int stop = before ? firstAppositiveEnd(end + 1, cue.first() - 1) : descriptionEnd(end);
    boolean closed = !before || stop > end && stop < tokens.size() && lower[stop].equals(",");
    boolean comma = end < tokens.size() && lower[end].equals(",");
    if (comma && closed && (isDescription(end + 1, stop, content) || isName(end + 1, stop))) {
      end = stop; // "Simmons, an Obama supporter", "Clinton's husband, Bill"
    }
    int start = first;
    if (before && (end == cue.first() || end == cue.first() - 1 && lower[end].equals(","))) {
      start = roleBeforeName(first); // "The group's executive director, Betty Bradley, said"
    }
    return new Span(tokens.get(start).start(), Math.max(speaker.end(), tokens.get(end - 1).end()));
  }

  /**
   * Where the first appositive after a name ends, between {@code from} and the comma before the cue at
   * {@code stop}: at its own comma, so that a relative clause or a second appositive about something in it
   * ("president of the teachers' union, which represents city educators,") is left out; an age is no
   * appositive of its own ("44, a home-care aide,").
   */
  private int firstAppositiveEnd(int from, int stop) {
    boolean age = from < stop && lower[from].matches("[0-9]{1,3}") && from + 1 < stop && lower[from + 1].equals(",");
    for (int k = age ? from + 2 : from; k < stop; k++) {
      if (lower[k].equals(",") && k + 1 < stop && !capitalised(k + 1)) {
        return k; // a comma inside a name goes on: "oil analyst with Smith Barney, Upham Harris and Co"
      }
    }
    return stop;
  }

  /** Where a description after an inverted speaker ends: the sentence end, a relative "which", or a comma
   * before a tail ("said X, a Y, in a statement"). */
  private int descriptionEnd(int from) {
    int end = sentenceEndToken(Math.max(from - 1, 0));
    for (int k = from; k < end; k++) {
      if (lower[k].equals("which")
          || lower[k].equals(",") && k + 1 < end && TAIL_OPENERS.contains(lower[k + 1])) {
        return k;
      }
    }
    return end;
  }

  /** Tokens [from, to) are one to four capitalised words: a name. */
  private boolean isName(int from, int to) {
    if (to <= from || to - from > 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!capitalised(k) || lex.isNameStop(tokens.get(k).of(text)) || cueStartsAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first token of a role phrase opening the sentence and set off by a comma before the name at
   * {@code name} ("The group's executive director, [Betty Bradley]"), else {@code name}.
   */
  private int roleBeforeName(int name) {
    if (name < 2 || !lower[name - 1].equals(",") || !capitalised(name)) {
      return name;
    }
    int s = afterDateline(firstToken(sentences.get(sentenceOf[name]).start()));
    if (s < 0 || s >= name - 1 || name - 1 - s > 8 || capitalised(s) && isName(s, name - 1)) {
      return name;
    }
    boolean role = false;
    for (int k = s; k < name - 1; k++) {
      boolean participle = k == s && (lower[k].endsWith("ed") || lower[k].endsWith("ing"));
      if (CLAUSE_BOUNDARIES.contains(lower[k]) || CLAUSE_WORDS.contains(lower[k]) || AUXILIARIES.contains(lower[k])
          || quoteAt[tokens.get(k).start()] >= 0 || cueStartsAt(k) || ADVERBIAL_OPENERS.contains(lower[k]) && k == s
          || participle || lower[k].equals("by")) {
        return name; // "Pressed by Mr. Stephanopoulos, Mr. Trump said": a fronted phrase, not a role
      }
      role |= lex.isRole(lower[k]) || lex.isTitle(tokens.get(k).of(text))
          || k > s && (lower[k - 1].endsWith("'s") || lower[k - 1].endsWith("\u2019s")) && !capitalised(k);
    }
    return role ? s : name;
  }

  /** The token that ends the sentence of token {@code i}: its final period, or the sentence's last token + 1. */
  private int sentenceEndToken(int i) {
    int j = i;
    while (j + 1 < tokens.size() && sentenceOf[j + 1] == sentenceOf[i]) {
      j++;
    }
    return lower[j].equals(".") || lower[j].equals("!") || lower[j].equals("?") ? j : j + 1;
  }

  /**
   * Tokens [from, to) read as a description of a person: a short phrase opening with an article, a number or
   * a lower-case word ("an Obama supporter", "44, a home-care aide", "legal director for ..."), holding no
   * quotation, no cue and no part of the content.
   */
  private boolean isDescription(int from, int to, Span content) {
    if (to - from > MAX_DESCRIPTION_TOKENS || to <= from) {
      return false;
    }
    String opener = tokens.get(from).of(text);
    boolean opens = opener.equals(lower[from]) && !opener.equals("who") && !opener.equals("which")
        && !opener.equals("whose") && !opener.equals("that") && !opener.equals("and") && !opener.equals("but")
        || Character.isDigit(opener.charAt(0)) || opener.equals("The") && from > 0 && lower[from - 1].equals(",");
    if (!opens || CLAUSE_WORDS.contains(lower[from]) || AUXILIARIES.contains(lower[from])
        || lex.mentionStops.contains(lower[from]) || lower[from].endsWith("ly") || lower[from].endsWith("ing")) {
      return false; // "Medvedev, during his recent visit, pointed out": a phrase of time or manner
    }
    for (int i = from; i < to; i++) {
      int at = tokens.get(i).start();
      if (quoteAt[at] >= 0 || cueStartsAt(i) || at >= content.start() && at < content.end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a "they" speaker, the plural subject of the nearest of the three sentences before
   * ("Those concerned of the authorities of the south side barred ... They insisted that ..."), else null.
   */
  private Span groupAntecedent(Span speaker, int sentence) {
    if (speaker == null || !isGroupReference(speaker)) {
      return null;
    }
    int window = 3;
    for (int s = sentence; s >= 0 && sentence - s <= window; s--) {
      int first = firstToken(sentences.get(s).start());
      if (first < 0 || sentenceOf[first] != s || tokens.get(first).start() >= speaker.start()) {
        continue;
      }
      if (s < sentence && lower[first].equals("they") && window < MAX_THEY_CHAIN) {
        window++; // "They joined working people ... They expressed belief ...": a chain of "they" goes back further
      }
      Span found = null;
      // the sentence's subject, or the subject of a "that" clause in it ("It is well known that the present
      // authorities of south Korea adopted ..."), the later one first
      for (int i = first; i < tokens.size() && sentenceOf[i] == s && tokens.get(i).start() < speaker.start(); i++) {
        if (i != first && !(lower[i - 1].equals("that") && i - 1 > first && s < sentence)) {
          continue;
        }
        Span m = mentionFrom(i, Math.min(tokens.size(), i + MAX_MENTION_TOKENS));
        if (m != null && m.end() <= speaker.start() && sentenceOf[firstToken(m.start())] == s && isPluralGroup(m)
            && !isGroupReference(m)) {
          found = m;
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** How far back, in sentences, a chain of sentences opening with "they" lets a group antecedent be. */
  private static final int MAX_THEY_CHAIN = 8;

  /** "they", or a quantifier standing alone ("some", "though some", "others"). */
  private boolean isGroupReference(Span speaker) {
    String[] words = speaker.of(text).toLowerCase(Locale.ROOT).strip().split("\\s+");
    String last = words[words.length - 1];
    return words.length <= 2 && (last.equals("they") || lex.is(last, "QUANTIFIER"));
  }

  /** A mention with a lower-case plural word in it ("those concerned", "the participants"), not a pronoun. */
  private boolean isPluralGroup(Span m) {
    int a = firstToken(m.start());
    if (lex.wordClass.getOrDefault(lower[a], "").startsWith("PRONOUN")) {
      return false;
    }
    for (int i = a; i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
      String w = tokens.get(i).of(text);
      boolean plural = lex.is(lower[i], "GROUP") || w.equals(lower[i]) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
          && !w.endsWith("'s") && !w.endsWith("ous") && !w.endsWith("us") && !w.endsWith("is")
          || w.equals(lower[i]) && w.length() > 5 && w.endsWith("men"); // "businessmen", "congressmen"
      if (plural || lower[i].equals("those")) {
        return true;
      }
    }
    return false;
  }

  static List<Span> splitJoinedParagraphs(List<Span> sentences, String text) {
    List<Span> out = new ArrayList<>();
    for (Span sp : sentences) {
      int start = sp.start();
      for (int i = sp.start(); i + 2 < sp.end(); i++) {
        boolean wordEnd = i - 1 > sp.start() && (Character.isLowerCase(text.charAt(i - 1))
            || Character.isDigit(text.charAt(i - 1))); // not "C.C.,": an abbreviation before a comma
        if (wordEnd && text.charAt(i) == '.' && text.charAt(i + 1) == ',' && Character.isWhitespace(text.charAt(i + 2))
            && !placeAbbreviationBefore(text, sp.start(), i)) {
          out.add(new Span(start, i + 1));
          start = i + 2;
        }
      }
      out.add(new Span(start, sp.end()));
    }
    return out;
  }

  /**
   * The word ending at {@code dot} abbreviates a place ("of Springfield, Va., said", "McConnell, R-Ky., said"),
   * it is not the last word of a paragraph run into the next.
   */
  private static boolean placeAbbreviationBefore(String text, int from, int dot) {
    int w = dot;
    while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    return dev.parley.text.Abbreviations.isNameEnd(text.substring(w, dot));
  }

  private int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  // ---- cues ----

  private void findCues() {
    for (int i = 0; i < tokens.size(); i++) {
      List<Lexicon.Cue> options = lex.cuesByFirstWord.get(lower[i]);
      if (options == null || quoteAt[tokens.get(i).start()] >= 0) {
        continue;
      }
      for (Lexicon.Cue cue : options) {
        int end = matchEnd(cue, i);
        if (end > i && isReporting(cue, i, end)) {
          cues.add(new CueHit(i, end, cue.kind(), sentenceOf[i], cue.weak(), cue.quoted(), cue.evidence()));
          i = end - 1;
          break;
        }
      }
    }
  }

  /** Most modifier words a {@code *} slot of a cue phrase takes ("made such [reckless] remarks that"). */
  private static final int MAX_SLOT_WORDS = 3;

  /** The token after the cue when cue {@code cue} is written at token {@code i}, else -1. */
  private int matchEnd(Lexicon.Cue cue, int i) {
    int j = i;
    for (String word : cue.words()) {
      if (word.equals("*")) {
        j = slotEnd(j, cue.words());
        continue;
      }
      if (j >= tokens.size() || !lower[j].equals(word)) {
        return -1;
      }
      j++;
    }
    String written = tokens.get(i).of(text);
    boolean openingParticiple = lower[i].endsWith("ing") && (i == 0 || sentenceOf[i - 1] != sentenceOf[i]);
    return cue.kind() == CueKind.ACCORDING || written.equals(lower[i]) || openingParticiple ? j : -1;
  }

  /** Skips up to MAX_SLOT_WORDS lower-case words that are not themselves words of the cue. */
  private int slotEnd(int j, List<String> cueWords) {
    int limit = Math.min(tokens.size(), j + MAX_SLOT_WORDS);
    while (j < limit && !cueWords.contains(lower[j]) && lower[j].chars().allMatch(Character::isLetter)
        && tokens.get(j).of(text).equals(lower[j]) && sentenceOf[j] == sentenceOf[j - 1]) {
      j++;
    }
    return j;
  }

  /** Leaves out nouns and adjectives that look like cues ("the said meeting", "charged with"). */
  private boolean isReporting(Lexicon.Cue cue, int i, int next) {
    if (cue.kind() == CueKind.DASH) {
      // '"He is ignorant of our culture." ― Pamela Padilla': a dash between a closing quote and a name
      return i > 0 && isQuoteEnd(i - 1) && next < tokens.size() && capitalised(next) && sentenceOf[next] == sentenceOf[i];
    }
    int start = tokens.get(i).start();
    if (start > 0 && text.charAt(start - 1) == '-') {
      return false;
    }
    if (i > 0 && DETERMINERS.contains(lower[i - 1])) {
      return false;
    }
    if (i > 0 && !lower[i].endsWith("ing") && NOUN_PREPOSITIONS.contains(lower[i - 1])) {
      return false; // "against claims it was more", "amid calls for": a noun after a preposition
    }
    if (i > 0 && lower[i].endsWith("s") && cue.words().size() == 1 && isPossessiveMark(i - 1)) {
      return false; // "Friday's tweets", "the minister's remarks": a noun after a possessive
    }
    if (isSaidThatIdiom(i, next)) {
      return false; // "Having said that, ...", "That said, ...": a hedge, no words reported
    }
    boolean participle = lower[i].endsWith("ed") || IRREGULAR_PARTICIPLES.contains(lower[i]);
    if (i > 0 && AUXILIARIES.contains(lower[i - 1]) && participle) {
      return false; // a passive ("should be observed", "was charged", "he was told") reports nothing
    }
    if (i > 1 && lower[i - 1].equals("to") && WITHHOLDING.contains(lower[i - 2])) {
      return false; // "Brazil refused to say when ...": nothing was said
    }
    if (WITHHOLDING.contains(lower[i]) && next + 1 < tokens.size() && lower[next].equals("to")
        && (startsSpeechCue(next + 1) || WITHHELD.contains(lower[next + 1]))) {
      return false; // "refused to say", "declined to comment": the refusal is no statement either
    }
    if (i > 1 && (lower[i].equals("warning") || lower[i].equals("saying")) && ARTICLES.contains(lower[i - 2])
        && !lower[i - 1].endsWith("ly") && !CLAUSE_BOUNDARIES.contains(lower[i - 1]) && !lex.is(lower[i - 1], "DOCUMENT")) {
      return false; // "a clear warning to ...": a noun ("a statement warning" still reports)
    }
    if (!cue.reportsBefore(next < tokens.size() && sentenceOf[next] == sentenceOf[i] ? lower[next] : null)) {
      return false; // "responded to the efforts", "wrote to the minister": an act, not words reported
    }
    boolean coordinatedNoun = i > 0 && (lower[i - 1].equals("and") || lower[i - 1].equals("or"))
        && lower[i].endsWith("s") && next < tokens.size() && lex.strongCueWords.contains(lower[next])
        && tokens.get(next).of(text).equals(lower[next]);
    if (next < tokens.size() && cue.words().size() == 1 && (startsSpeechCue(next) || coordinatedNoun)) {
      return false; // "abortion rights advocates said", "shootings and protests demands": a noun before the verb
    }
    if (cue.words().size() == 1 && pluralBeforeAuxiliary(i)) {
      return false; // "rights advocates have expressed", "the claims were": a plural noun, its verb follows
    }
    if (i > 0 && lower[i].endsWith("ing") && (lower[i - 1].equals("for") || lower[i - 1].equals("of"))) {
      return false; // "a ceremony for declaring actions": a gerund naming an act
    }
    if (cue.quoted() && !quotationFollows(i, next)) {
      return false; // "called a press conference", "what he called a statement": no words of his quoted
    }
    if (cue.kind() == CueKind.ACCORDING && !opensClause(i)) {
      return false; // "the proposal according to it": a manner phrase, not a source
    }
    if (next >= tokens.size() || cue.kind() == CueKind.ACCORDING) {
      return true;
    }
    // "charged with", "the plan announced by X": an object cue with "with"/"by", or a passive participle;
    // "said with irony that" still reports
    int by = next;
    while (by < tokens.size() && by - next < 4 && (lower[by].endsWith("ly") || lower[by].equals("and"))) {
      by++; // "clarified internally and externally by the declaration"
    }
    boolean passive = by < tokens.size() && lower[by].equals("by") && participle;
    return !passive && !(cue.kind() == CueKind.OBJECT && (lower[next].equals("with") || lower[next].equals("by")));
  }

  /** Words that end the head of a record's mention: "A USA TODAY [analysis] of super PACs that ...". */
  private static final Set<String> HEAD_ENDS = Set.of("of", "by", "from", "in", "on", "that", "which", "released",
      "published", "taken", ",", "(", "--", "\u2014", "\u2013");

  /** Mention {@code m} is a record that shows something: its head is an EVIDENCE or DOCUMENT noun. */
  private boolean isRecord(Span m) {
    if (m == null) {
      return false;
    }
    int first = firstToken(m.start());
    int k = first;
    while (k < tokens.size() && tokens.get(k).end() <= m.end() && !HEAD_ENDS.contains(lower[k])) {
      k++;
    }
    return k > first && (lex.is(lower[k - 1], "EVIDENCE") || lex.is(lower[k - 1], "DOCUMENT"));
  }

  /**
   * Mention {@code m} is the subject written right before {@code cue} and opens its clause: the sentence, or
   * after a comma, a semicolon, "that" or "but" ("In a statement, the union called ..."; not "horror and pain
   * called ...", where the cue names a term).
   */
  private boolean subjectRightBefore(Span m, CueHit cue) {
    if (m == null || m.end() != tokens.get(cue.first() - 1).end()) {
      return false;
    }
    int first = firstToken(m.start());
    return first >= 0 && (opensClause(first) || Set.of(";", "that", "but").contains(lower[first - 1]));
  }

  /** Most tokens between a {@code quoted} cue and its quotation ("called [half of Trump's supporters] \u201C"). */
  private static final int MAX_QUOTED_OBJECT = 10;

  /**
   * Whether the quoted cue at token {@code i} (next token {@code next}) is followed in its clause by a quotation
   * and is not the verb of a "what/which ..." clause naming a term ("what he called a \u201Crant\u201D").
   */
  private boolean quotationFollows(int i, int next) {
    for (int k = i - 1; k >= 0 && k >= i - 4 && sentenceOf[k] == sentenceOf[i]; k--) {
      if (lower[k].equals("what") || lower[k].equals("which")) {
        return false;
      }
    }
    for (int k = next; k < tokens.size() && k - next <= MAX_QUOTED_OBJECT && sentenceOf[k] == sentenceOf[i]; k++) {
      if (quoteAt[tokens.get(k).start()] >= 0) {
        return k > next; // the object comes first: "called \u201CX\u201D" names a term
      }
      if (CLAUSE_BOUNDARIES.contains(lower[k]) && !lower[k].equals("and")) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions after which a cue word is a noun (a gerund after them still reports: "without saying"). */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("against", "despite", "amid", "amidst", "over", "about",
      "among", "of", "with", "upon", "under", "following", "behind", "beyond");

  /** Token {@code k} is a possessive "'s" (split off or still attached: "Friday's"). */
  private boolean isPossessiveMark(int k) {
    String w = lower[k];
    return w.equals("'s") || w.equals("\u2019s") || w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  /** "Having said that," or "That said," opening a clause: the idioms concede a point and report nothing. */
  private boolean isSaidThatIdiom(int i, int next) {
    if (!lower[i].equals("said")) {
      return false;
    }
    boolean having = i > 0 && lower[i - 1].equals("having") && next + 1 < tokens.size()
        && (lower[next].equals("that") || lower[next].equals("this")) && lower[next + 1].equals(",");
    boolean thatSaid = i > 0 && (lower[i - 1].equals("that") || lower[i - 1].equals("this")) && opensClause(i - 1)
        && next < tokens.size() && lower[next].equals(",");
    return having || thatSaid;
  }

  /** Auxiliaries that take a plural subject: a one-word "-s" cue right before one is a noun. */
  private static final Set<String> PLURAL_AUXILIARIES = Set.of("have", "are", "were", "do", "will", "would", "could",
      "should", "can", "may", "might", "must");

  /** An "-s" word right before an auxiliary of a plural subject: a noun ("advocates [have]"), not a verb. */
  private boolean pluralBeforeAuxiliary(int i) {
    return i + 1 < tokens.size() && lower[i].endsWith("s") && !lower[i].endsWith("ss")
        && sentenceOf[i + 1] == sentenceOf[i] && PLURAL_AUXILIARIES.contains(lower[i + 1]);
  }

  /** Past participles not ending in -ed that cues take ("he was told", "as said by"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("told", "said", "written", "shown", "known", "seen",
      "heard", "thought", "given", "made");
  /** Verbs before "to" that withhold the words: "refused to say", "declined to comment". */
  private static final Set<String> WITHHOLDING = Set.of("refused", "refuses", "refusing", "declined", "declines",
      "declining", "unwilling", "reluctant");
  /** What is withheld after "refused to": words, not an act ("refused to comment", not "refused to attend"). */
  private static final Set<String> WITHHELD = Set.of("comment", "elaborate", "discuss", "disclose", "answer",
      "specify", "identify", "respond", "give", "provide", "name", "reveal", "speculate", "explain");

  /** A one-word speech cue written in lower case at token {@code i} ("said", "say"). */
  private boolean startsSpeechCue(int i) {
    List<Lexicon.Cue> options = lex.cuesByFirstWord.get(lower[i]);
    if (options == null || !tokens.get(i).of(text).equals(lower[i])) {
      return false;
    }
    return options.stream().anyMatch(c -> c.kind() == CueKind.SPEECH && c.words().size() == 1 && !c.weak());
  }

  /** Token {@code i} starts its sentence or follows a comma, dash or parenthesis. */
  private boolean opensClause(int i) {
    return i == 0 || sentenceOf[i - 1] != sentenceOf[i] || lower[i - 1].equals(",") || lower[i - 1].equals("(")
        || lower[i - 1].equals("--") || lower[i - 1].equals("\u2014");
  }

  private Span cueSpan(CueHit c) {
    return new Span(tokens.get(c.first()).start(), tokens.get(c.end() - 1).end());
  }

  // ---- speaker mentions ----

  /** The mention written just before the cue, in its clause: "[Choe] said", "[the statement] charged". */
  private Span mentionBefore(int cueToken) {
    Span shown = nameBeforeParticiple(cueToken);
    if (shown != null) {
      return shown;
    }
    Span pronoun = pronounBefore(cueToken);
    if (pronoun != null) {
      return pronoun;
    }
    Span aged = agedAfterQuote(cueToken);
    if (aged != null) {
      return aged;
    }
    int sentence = sentenceOf[cueToken];
    int a = cueToken;
    int limit = cueToken;
    int open = bracketedBefore(cueToken);
    if (open >= 0) {
      a = open; // "the ambassador to the IAEA (IAEA) expressed": the bracketed short name belongs to the mention
      limit = open;
    }
    while (a - 1 >= 0 && sentenceOf[a - 1] == sentence && cueToken - a < MAX_MENTION_TOKENS
        && (!CLAUSE_BOUNDARIES.contains(lower[a - 1]) || insideName(a - 1)) && quoteAt[tokens.get(a - 1).start()] < 0
        && !WH_WORDS.contains(lower[a - 1]) && !isSpacedHyphen(a - 1)) {
      a--; // "between what [Trump] says", "predictable - [Donald J. Trump] has vowed": the clause starts after
    }
    if (a < limit && lower[a].equals("as") && a > 0 && lower[a - 1].equals(",")) {
      a++; // "..., as Western countries themselves have admitted"
    }
    if (opensSubjectRelative(a, limit)) {
      Span antecedent = relativeAntecedent(a, cueToken);
      if (antecedent != null) {
        return antecedent; // "A 2014 study that appeared in the journal found": the study, not "appeared"
      }
    }
    Span m = mentionFrom(a, limit);
    if (m == null) {
      return relativeAntecedent(a, cueToken);
    }
    Span body = jointBody(m);
    if (body != m) {
      return body;
    }
    Span joined = coordinated(a, m);
    if (joined != null) {
      return joined;
    }
    Span named = nameBeforeRole(a, m);
    if (named == null) {
      named = appositiveSubject(a, cueToken);
    }
    return named != null ? named : jointBody(m);
  }

  /** Words opening an embedded clause whose subject follows them. */
  private static final Set<String> WH_WORDS = Set.of("what", "how", "why", "whether");

  /** A hyphen standing alone between spaces, written for a dash. */
  private boolean isSpacedHyphen(int k) {
    Span t = tokens.get(k);
    return lower[k].equals("-") && t.start() > 0 && t.end() < text.length()
        && text.charAt(t.start() - 1) == ' ' && Character.isWhitespace(text.charAt(t.end())); // not a list item's dash
  }

  /**
   * "A few days ago in an interview with RT [he] blasted": a subject pronoun right before the cue, maybe with
   * adverbs between, is its subject whatever opens the clause. Null otherwise.
   */
  private Span pronounBefore(int cueToken) {
    int p = cueToken - 1;
    while (p >= 0 && cueToken - p <= 2 && sentenceOf[p] == sentenceOf[cueToken]
        && (TRAILING_ADVERBS.contains(lower[p]) || lower[p].endsWith("ly") && lower[p].length() > 3)) {
      p--;
    }
    boolean subject = p >= 0 && sentenceOf[p] == sentenceOf[cueToken] && SUBJECT_PRONOUNS.contains(lower[p])
        && quoteAt[tokens.get(p).start()] < 0;
    return subject ? new Span(tokens.get(p).start(), tokens.get(p).end()) : null;
  }

  /**
   * "footage of Trump saying", "the video shows Clinton telling": a participle cue right after a name that
   * follows "of" or "shows" is that person's; the clause's subject only shows them. Null otherwise.
   */
  private Span nameBeforeParticiple(int cueToken) {
    if (!lower[cueToken].endsWith("ing")) {
      return null;
    }
    int b = cueToken;
    while (b - 1 >= 0 && cueToken - b < 4 && sentenceOf[b - 1] == sentenceOf[cueToken] && capitalised(b - 1)
        && Character.isLetter(text.charAt(tokens.get(b - 1).start())) && !lex.isNameStop(tokens.get(b - 1).of(text))) {
      b--;
    }
    boolean shows = b > 0 && b < cueToken && sentenceOf[b - 1] == sentenceOf[cueToken]
        && SHOWING.contains(lower[b - 1]) && tokens.get(b - 1).of(text).equals(lower[b - 1]);
    if (shows && lower[b - 1].equals("of")) {
      int head = b - 2; // "footage of Trump saying"; not "inhabitants of Samjiyon City saying"
      shows = head >= 0 && sentenceOf[head] == sentenceOf[cueToken] && RECORDINGS.contains(lower[head]);
    }
    return shows ? new Span(tokens.get(b).start(), tokens.get(cueToken - 1).end()) : null;
  }

  /** Words after which a name and a participle cue show that person speaking. */
  private static final Set<String> SHOWING = Set.of("of", "shows", "showed", "showing", "show");
  /** Nouns of a recording, whose "of NAME" shows who speaks in it. */
  private static final Set<String> RECORDINGS = Set.of("footage", "video", "videos", "clip", "clips", "recording",
      "recordings", "tape", "tapes", "audio", "film", "image", "images", "photo", "photos", "picture", "pictures");

  /**
   * "foreign and Spanish bankers said", "RT and its defenders say": a subject of two noun phrases joined by
   * "and" opening its clause, read as one mention when it runs on unbroken to the end of {@code m}. Null otherwise.
   */
  private Span coordinated(int a, Span m) {
    if (a < 2 || !lower[a - 1].equals("and") || sentenceOf[a - 2] != sentenceOf[a]) {
      return null;
    }
    int b = a - 1;
    while (b - 1 >= 0 && sentenceOf[b - 1] == sentenceOf[a] && a - b < 8 && !CLAUSE_BOUNDARIES.contains(lower[b - 1])
        && !lex.mentionStops.contains(lower[b - 1]) && quoteAt[tokens.get(b - 1).start()] < 0) {
      b--;
    }
    int after = firstToken(m.end());
    boolean relative = after >= 0 && (lower[after].equals("who") || lower[after].equals("which"));
    boolean opens = b == 0 || sentenceOf[b - 1] != sentenceOf[a] || lower[b - 1].equals(",") && isQuoteEnd(b - 2)
        || lower[b - 1].equals("that") || relative && !CLAUSE_BOUNDARIES.contains(lower[b - 1]); // "among foreign and
    // Spanish bankers who expressed fears"
    if (!opens || b >= a - 1) {
      return null;
    }
    Span whole = mentionFrom(b, firstToken(m.end()) >= 0 ? firstToken(m.end()) : tokens.size());
    return whole != null && whole.end() == m.end() && whole.start() < m.start() && firstToken(whole.start()) < a - 1
        ? whole : null;
  }

  /** Token {@code k} closes a quotation. */
  private boolean isQuoteEnd(int k) {
    return k >= 0 && (lower[k].equals("\"") || lower[k].equals("\u201D") || lower[k].equals("''"));
  }

  /**
   * "The General Manager of the Madrid branch of a U.S. Bank which has lent money to FECSA said": a relative
   * clause ({@code which}/{@code that} at {@code a - 1}) between the subject and the cue; the subject is the
   * noun phrase just before it. Null when there is none or the clause holds a cue.
   */
  /** Auxiliaries that open a subject relative clause ("a poll that has tracked ...", "which was released"). */
  private static final Set<String> RELATIVE_AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were",
      "will", "would", "can", "could", "may", "might");

  /**
   * Token {@code a} opens a subject relative clause right after "that" or "which" ("that [appeared] in"): a
   * finite verb in lower case. An object relative ("that the ministry released") or a complement clause ("warned
   * that the ministry said") has a subject of its own there.
   */
  private boolean opensSubjectRelative(int a, int limit) {
    if (a < 2 || a >= limit || sentenceOf[a - 1] != sentenceOf[a]
        || !(lower[a - 1].equals("that") || lower[a - 1].equals("which")) || !tokens.get(a).of(text).equals(lower[a])) {
      return false;
    }
    String w = lower[a];
    boolean verb = RELATIVE_AUXILIARIES.contains(w) || lex.verbForms.contains(w)
        || w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed");
    return verb && !startsSpeechCue(a - 2) && !lex.verbForms.contains(lower[a - 2]);
  }

  private Span relativeAntecedent(int a, int cueToken) {
    int rel = a - 1;
    if (rel < 1 || sentenceOf[rel] != sentenceOf[cueToken] || !(lower[rel].equals("which") || lower[rel].equals("that"))
        || cueToken - rel > 12 || lower[rel - 1].equals(",") && lower[rel].equals("that")) {
      return null;
    }
    for (int k = rel + 1; k < cueToken; k++) {
      if (cueStartsAt(k) || quoteAt[tokens.get(k).start()] >= 0) {
        return null;
      }
    }
    int end = lower[rel - 1].equals(",") ? rel - 1 : rel;
    int b = end;
    while (b - 1 >= 0 && sentenceOf[b - 1] == sentenceOf[rel] && end - b < MAX_MENTION_TOKENS
        && (!CLAUSE_BOUNDARIES.contains(lower[b - 1]) || insideName(b - 1)) && quoteAt[tokens.get(b - 1).start()] < 0) {
      b--;
    }
    Span m = b < end ? mentionFrom(b, end) : null;
    boolean opens = b == 0 || sentenceOf[b - 1] != sentenceOf[rel] || lower[b - 1].equals(",");
    return m != null && opens && m.start() == tokens.get(b).start() ? m : null;
  }

  /**
   * "Permanent representative Yun Mi Hyang and co-representative Han Kuk Yom of the Council for the Solution
   * of the Issue of the Volunteers Corps": named people of one body joined by "and" speak for the body (GUIDE
   * convention 7). The mention itself otherwise.
   */
  private Span jointBody(Span m) {
    int first = firstToken(m.start());
    if (first < 2 || !lower[first - 1].equals("and") || !capitalised(first - 2)
        || sentenceOf[first - 2] != sentenceOf[first] || lower[first].equals("the")) {
      return m; // "Harvard and the University of California": a body's own name, not people of a body
    }
    for (int k = first + 1; k + 1 < tokens.size() && tokens.get(k).end() <= m.end(); k++) {
      if (lower[k].equals("of") && capitalised(k - 1)) {
        int body = lower[k + 1].equals("the") ? k + 2 : k + 1;
        return body < tokens.size() && capitalised(body) && tokens.get(body).start() < m.end()
            ? new Span(tokens.get(body).start(), m.end()) : m;
      }
    }
    return m;
  }

  /**
   * "Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said": the mention before the cue
   * ends a description of the person named at the start of the sentence, who is the speaker.
   */
  private Span appositiveSubject(int a, int cueToken) {
    if (a < 4 || !lower[a - 1].equals(",")) {
      return null;
    }
    int s = afterDateline(firstToken(sentences.get(sentenceOf[a]).start()));
    int e = s;
    while (e < a && e - s < 4 && capitalised(e) && !lex.isNameStop(tokens.get(e).of(text))) {
      e++;
    }
    if (e - s < 2 || e >= a - 1 || !lower[e].equals(",") || isCountryTerm(s, e)) {
      return null;
    }
    String opener = lower[e + 1];
    boolean description = !capitalised(e + 1) && !opener.equals("the") || opener.equals("a") || opener.equals("an");
    for (int k = e + 1; k < cueToken; k++) {
      if (cueStartsAt(k) || quoteAt[tokens.get(k).start()] >= 0) {
        return null;
      }
    }
    return description ? new Span(tokens.get(s).start(), tokens.get(e - 1).end()) : null;
  }

  /** Past a dateline opening the sentence ("Pyongyang, June 2 (KCNA) --"): where its subject starts. */
  private int afterDateline(int first) {
    if (first < 0) {
      return first;
    }
    for (int k = first; k + 1 < tokens.size() && k - first < 10 && sentenceOf[k] == sentenceOf[first]; k++) {
      if (lower[k].equals(")") && (lower[k + 1].equals("--") || lower[k + 1].equals("\u2014"))) {
        return k + 2 < tokens.size() && sentenceOf[k + 2] == sentenceOf[first] ? k + 2 : first;
      }
    }
    return first;
  }

  private boolean isCountryTerm(int s, int e) {
    String words = text.substring(tokens.get(s).start(), tokens.get(e - 1).end());
    return lex.countries.stream().anyMatch(c -> c.term().equals(words));
  }

  /**
   * "Bob Wilson, executive officer of local 174 said": a lower-case role phrase right after a comma names
   * its holder just before that comma (2-4 capitalised words opening the clause).
   */
  private Span nameBeforeRole(int a, Span mention) {
    if (a < 3 || !lower[a - 1].equals(",") || !Character.isLowerCase(text.charAt(mention.start()))
        || DETERMINERS.contains(lower[a]) || lex.wordClass.getOrDefault(lower[a], "").startsWith("PRONOUN")) {
      return null;
    }
    int e = a - 1;
    int b = e;
    while (b - 1 >= 0 && sentenceOf[b - 1] == sentenceOf[a] && e - b < 4 && capitalised(b - 1)
        && !lex.isNameStop(tokens.get(b - 1).of(text)) && Character.isLetter(text.charAt(tokens.get(b - 1).start()))) {
      b--;
    }
    boolean opens = b == 0 || sentenceOf[b - 1] != sentenceOf[a] || lower[b - 1].equals(",")
        || quoteAt[tokens.get(b - 1).start()] >= 0;
    return e - b >= 2 && opens ? new Span(tokens.get(b).start(), tokens.get(e - 1).end()) : null;
  }

  /** The "(" of a short bracketed name ending right before {@code i} ("(IAEA)"), or -1. */
  private int bracketedBefore(int i) {
    if (i < 3 || !lower[i - 1].equals(")")) {
      return -1;
    }
    for (int k = i - 2; k >= 0 && i - k <= 7 && sentenceOf[k] == sentenceOf[i]; k--) {
      if (lower[k].equals("(")) {
        return k;
      }
      if (!capitalised(k) && !lower[k].chars().allMatch(c -> c == '.' || c == '-')) {
        return -1; // "(IAEA)", "(R-Ga.)"
      }
    }
    return -1;
  }

  /** The mention read forwards from token {@code a}, ending at a stop word, a verb or {@code limit}. */
  private Span mentionFrom(int a, int limit) {
    while (a < limit && (LEADING_NON_MENTION.contains(lower[a]) || TIME_NOUNS.contains(tokens.get(a).of(text))
        || QUOTE_MARKS.matcher(lower[a]).matches() || isAdverb(a))) {
      a++; // "That [day] Lee blustered", "[Even] Rendell said", "['']Mr. King told", "[egregiously] labelled":
      // no part of the subject
    }
    a = afterCapitalDateline(a, limit);
    a = afterTimePhrase(a, limit);
    int e = a;
    while (e < limit && (!endsMention(e) || e == a && leadingAdjective(a, limit))) {
      e++;
    }
    while (e - 1 > a && (e == limit || lower[e - 1].endsWith("self") || lower[e - 1].endsWith("selves"))
        && FLOATING.contains(lower[e - 1])) {
      e--; // "Richards and Menendez [both] stressed", "Western countries [themselves] have admitted"
    }
    if (e == a || e == a + 1 && lower[a].equals("there")) {
      return null; // "There are those who argue": "there" is nobody
    }
    return new Span(tokens.get(a).start(), tokens.get(e - 1).end());
  }

  /**
   * A lower-case "-ed" word opening a mention before a name or a role is an adjective ("[retired] Air Force
   * general Lloyd Newton", "[embattled] Mayor X"), not the clause's verb.
   */
  private boolean leadingAdjective(int a, int limit) {
    String w = lower[a];
    return a + 1 < limit && w.length() > 4 && w.endsWith("ed") && tokens.get(a).of(text).equals(w)
        && !lex.strongCueWords.contains(w) && (capitalised(a + 1) || lex.isRole(lower[a + 1]));
  }

  /**
   * An "-ly" adverb ("egregiously", "Finally"), written in lower case or opening its sentence; not "family",
   * "Assembly" or "supply".
   */
  private boolean isAdverb(int i) {
    String w = lower[i];
    boolean plain = tokens.get(i).of(text).equals(w) || i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    boolean beforeNumber = i + 1 < tokens.size() && (Character.isDigit(lower[i + 1].charAt(0))
        || NUMBER_WORDS.contains(lower[i + 1])); // "[Nearly] eight of 10 voters" keeps its adverb
    return plain && !beforeNumber && w.length() > 5 && w.endsWith("ly") && !w.endsWith("ily") && !w.endsWith("bly")
        && !w.endsWith("ply");
  }

  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "a", "half", "all", "every", "dozens", "hundreds", "thousands", "millions");

  /**
   * Doubled apostrophes or backticks written as quote marks ("''I have never been edited,'' Mr. King told"):
   * the quote scanner marks real quote marks, so a mention never starts at those; these it may miss.
   */
  private static final Pattern QUOTE_MARKS = Pattern.compile("''|``");

  /** Quantifiers floating between a subject and its verb. */
  private static final Set<String> FLOATING = Set.of("both", "all", "each", "themselves", "himself", "herself",
      "itself");
  /** Words before a subject that are no part of it. */
  private static final Set<String> LEADING_NON_MENTION = Set.of("and", "but", "so", "even", "though", "although",
      "yet", "still", "plus", "meanwhile", "how", "why", "what", "whether", "together");

  /** Past a dateline in capitals opening a sentence ("NEW YORK - Republican ..."): where the subject starts. */
  private int afterCapitalDateline(int a, int limit) {
    if (a >= limit) {
      return a; // nothing after the cue: a text that ends with "said"
    }
    int i = a;
    while (i < limit && i - a < 4 && tokens.get(i).of(text).chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
        && tokens.get(i).length() > 1) {
      i++;
    }
    boolean opens = a == 0 || sentenceOf[a - 1] != sentenceOf[a];
    boolean dash = i < limit && i > a && (lower[i].equals("-") || lower[i].equals("--") || lower[i].equals("\u2014")
        || lower[i].equals("\u2015"));
    return opens && dash ? i + 1 : a;
  }

  /** Past a fronted time phrase ("Late last month", "Early this week", "Last year"): where the subject starts. */
  private int afterTimePhrase(int a, int limit) {
    int i = a;
    if (i < limit && (lower[i].equals("late") || lower[i].equals("early"))) {
      i++;
    }
    if (i < limit && (lower[i].equals("last") || lower[i].equals("this") || lower[i].equals("next"))) {
      i++;
    }
    if (i > a && i < limit && TIME_NOUNS.contains(lower[i])) {
      return i + 1 < limit && lower[i + 1].equals(",") ? i + 2 : i + 1;
    }
    return a;
  }

  /** "and" or "in" between capitalised words inside a name: "Independent and Peaceful", "Action in Asia". */
  private boolean insideName(int i) {
    if (i <= 0 || i + 1 >= tokens.size() || sentenceOf[i - 1] != sentenceOf[i + 1] || !capitalised(i - 1)) {
      return false;
    }
    boolean country = lower[i].equals("in") && (lower[i + 1].equals("south") || lower[i + 1].equals("north"))
        && i + 2 < tokens.size() && capitalised(i + 2); // "... the Volunteers Corps in south Korea"
    return (lower[i].equals("and") || lower[i].equals("in")) && capitalised(i + 1) || country;
  }

  private boolean capitalised(int i) {
    return Character.isUpperCase(text.charAt(tokens.get(i).start()));
  }

  private boolean endsMention(int i) {
    String w = lower[i];
    if (insideName(i)) {
      return false;
    }
    if (continuesRole(i)) {
      return false; // "a source [at] the company", "those [concerned] of the authorities"
    }
    boolean nounBeforeVerb = i + 1 < tokens.size() && startsSpeechCue(i + 1) // "rights [advocates] said"
        || pluralBeforeAuxiliary(i); // "rights [advocates] have expressed"
    if (lex.mentionStops.contains(w) && !namePart(i) || CLAUSE_BOUNDARIES.contains(w) && !w.equals("and")
        || lex.strongCueWords.contains(w) && tokens.get(i).of(text).equals(w) && !nounBeforeVerb) {
      return true;
    }
    if (w.equals("of") && i > 0 && lex.is(lower[i - 1], "DOCUMENT") && i + 1 < tokens.size()
        && (lower[i + 1].equals("a") || lower[i + 1].equals("an"))) {
      return false; // "a commentary of a DPRK newspaper Minju Joson": the document's outlet follows
    }
    if (w.equals("of") && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).of(text);
      boolean quantity = i > 0 && (QUANTITIES.contains(lower[i - 1]) || lex.isRole(lower[i - 1])
          || Character.isDigit(lower[i - 1].charAt(0)) || indefiniteHead(i - 1)); // "eight of 10 voters"
      boolean named = (next.equals("a") || next.equals("an")) && i + 2 < tokens.size() && capitalised(i + 2);
      return !(next.equals("the") || next.equals("south") || next.equals("north") || named // "of a U.S. Bank"
          || Character.isUpperCase(next.charAt(0)) || quantity && Character.isLetterOrDigit(next.charAt(0)));
    }
    if (i > 0 && ARTICLES.contains(lower[i - 1]) && sentenceOf[i - 1] == sentenceOf[i]) {
      return false; // "a bylined commentary", "the retired neurosurgeon": an -ed word after an article is an adjective
    }
    boolean lowerCase = tokens.get(i).of(text).equals(w);
    boolean compound = i > 0 && tokens.get(i - 1).end() == tokens.get(i).start() && lower[i - 1].endsWith("-");
    if (lowerCase && lex.verbForms.contains(w) && !compound) {
      return true; // "Trump [took] to Twitter to accuse"; not "the NATO-[led] force"
    }
    boolean lowerWord = lowerCase && w.length() > 3;
    return lowerWord && (w.endsWith("ly") || w.endsWith("ed") && !w.endsWith("eed") && !inContactClause(i));
  }

  /**
   * A capitalised word inside a name that would end a mention in lower case: "Theresa [May]", "Kim [Will]".
   * It follows a capitalised word of the same sentence; a weekday or a month before a number is a date
   * ("Rodong Sinmun [Sunday]", "[May] 3").
   */
  private boolean namePart(int i) {
    boolean date = WEEKDAYS.contains(lower[i]) || i + 1 < tokens.size() && Character.isDigit(lower[i + 1].charAt(0));
    return i > 0 && sentenceOf[i - 1] == sentenceOf[i] && capitalised(i) && capitalised(i - 1) && !date
        && Character.isLetter(text.charAt(tokens.get(i - 1).start()));
  }

  /**
   * A verb of a relative clause written without "that", between a noun and the cue: "all the experts I
   * [interviewed] said", "everyone we [contacted] agreed". The word before is a subject pronoun after a noun.
   */
  private boolean inContactClause(int i) {
    return i >= 2 && sentenceOf[i - 2] == sentenceOf[i] && SUBJECT_PRONOUNS.contains(lower[i - 1])
        && Character.isLetter(lower[i - 2].charAt(0)) && !lex.mentionStops.contains(lower[i - 2])
        && !SUBJECT_PRONOUNS.contains(lower[i - 2]) && i + 1 < tokens.size() && cueStartsAt(i + 1);
  }

  /**
   * "A [chorus] of ...", "a [coalition] of ...": one noun after an indefinite article heads a group. Not a
   * document: "a declaration of youth and students" is issued by them, they do not speak as it.
   */
  private boolean indefiniteHead(int i) {
    return i >= 1 && (lower[i - 1].equals("a") || lower[i - 1].equals("an")) && sentenceOf[i - 1] == sentenceOf[i]
        && Character.isLetter(lower[i].charAt(0)) && !lex.is(lower[i], "DOCUMENT");
  }

  /**
   * A word that keeps a mention going after a role noun: "at"/"of"/"for" right after a role ("a
   * source at the company") and the adjective of a group head ("those concerned of ...").
   */
  private boolean continuesRole(int i) {
    if (i == 0 || sentenceOf[i - 1] != sentenceOf[i] || i + 1 >= tokens.size()) {
      return false;
    }
    String prev = lower[i - 1];
    boolean prep = lower[i].equals("at") || lower[i].equals("of") || lower[i].equals("for");
    if (prep && (lex.isRole(prev) || lex.is(prev, "HEAD_OF") || lex.is(prev, "GROUP"))) {
      return lower[i + 1].equals("the") || capitalised(i + 1);
    }
    return lex.is(lower[i], "HEAD_OF") && lower[i].endsWith("ed") && lower[i + 1].equals("of");
  }

  /** The mention after the cue: "said [Jack Ward], president of ...". */
  private Span mentionAfter(CueHit cue) {
    if (isParticiple(cue) && cue.kind() != CueKind.ACCORDING
        && tokens.get(cue.first()).of(text).equals(lower[cue.first()])) {
      return null; // "citing a threat", "suggesting a few questions": what follows a participle is its object
    }
    int limit = cue.end();
    while (limit < tokens.size() && sentenceOf[limit] == cue.sentence() && limit - cue.end() < 15) {
      limit++;
    }
    Span s = mentionFrom(cue.end(), limit);
    if (s == null) {
      return null;
    }
    char first = text.charAt(s.start());
    boolean looksLikeMention = Character.isUpperCase(first) || s.of(text).toLowerCase(Locale.ROOT).matches(
        "(the|a|an|one|another|he|she|they|it|some|several|most|other|others|traders|analysts)\\b.{0,200}");
    return looksLikeMention || describesName(s) ? s : null;
  }

  /**
   * "widow Terry Strada", "former senator John Warner": up to three lower-case or numeric words describing the
   * capitalised name that ends the mention.
   */
  private boolean describesName(Span m) {
    int first = firstToken(m.start());
    int k = first;
    while (k < tokens.size() && tokens.get(k).end() <= m.end() && k - first < 3 && !capitalised(k)) {
      k++;
    }
    if (k == first || k >= tokens.size() || tokens.get(k).end() > m.end() || !capitalised(k)) {
      return false;
    }
    for (int j = k; j < tokens.size() && tokens.get(j).end() <= m.end(); j++) {
      if (!capitalised(j) && !lower[j].equals(".")) {
        return false;
      }
    }
    return true;
  }

  // ---- direct quotes ----

  private List<Candidate> directQuotes() {
    List<Candidate> out = new ArrayList<>();
    for (QuoteScanner.Quote q : quotes) {
      Span content = quoteContent(q);
      if (content == null) {
        continue;
      }
      int cueIndex = cueAfter(q);
      boolean signed = cueIndex >= 0 && cues.get(cueIndex).kind() == CueKind.DASH;
      if (!signed && !atClauseStart(q)) {
        continue; // a scare-quoted term mid-clause; a quote signed with a dash and a name stands alone
      }
      if (cueIndex < 0) {
        cueIndex = cueBefore(q);
      }
      if (cueIndex < 0) {
        continue; // no speaker written: never invent one
      }
      CueHit cue = cues.get(cueIndex);
      Span speaker = speakerOf(cue);
      if (speaker == null && tokens.get(cue.first()).start() >= q.after()) {
        speaker = subjectBeforeAppositive(cue, tokenAfterQuote(q)); // '"...," Vann Newkirk, a writer, said'
      }
      if (speaker == null) {
        continue;
      }
      consumed[cueIndex] = true;
      out.add(new Candidate(content, true, cue, speaker));
    }
    return out;
  }

  /** The first token after quote {@code q} and the commas that follow it, or -1. */
  private int tokenAfterQuote(QuoteScanner.Quote q) {
    int k = firstToken(q.after());
    while (k >= 0 && k < tokens.size() && lower[k].equals(",")) {
      k++;
    }
    return k < tokens.size() ? k : -1;
  }

  private Span quoteContent(QuoteScanner.Quote q) {
    int s = q.innerStart();
    int e = q.close();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  /** A quote opening a sentence or following a colon, comma or period; not a scare-term mid-clause. */
  private boolean atClauseStart(QuoteScanner.Quote q) {
    int p = q.open() - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      if (text.charAt(p) == '\n') {
        return true; // a quote opening a paragraph
      }
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    if (isClosingMark(p) && p > 0 && ".?!".indexOf(text.charAt(p - (text.charAt(p) == '\'' ? 2 : 1))) >= 0) {
      return true; // after a quote that ended its sentence: ... she said. ''It's more.'' ''And more.''
    }
    if (c == ',' && p > 0 && text.charAt(p - 1) == '.') {
      return true; // paragraphs joined by ", " in some feeds: "... program., \"The problem ..."
    }
    return c == '.' || c == '?' || c == '!' || c == ':' || c == ',' && cueEndingAt(p) >= 0;
  }

  /** The last character of a closing quotation mark: '"', '”' or the second of "''". */
  private boolean isClosingMark(int p) {
    char c = text.charAt(p);
    return c == '"' || c == '\u201D' || c == '\'' && p >= 2 && QuoteScanner.isDoubledApostrophe(text, p - 1);
  }

  private int cueEndingAt(int p) {
    for (int k = cues.size() - 1; k >= 0; k--) {
      int end = tokens.get(cues.get(k).end() - 1).end();
      if (end <= p && p - end <= 40) {
        return k;
      }
    }
    return -1;
  }

  private int cueAfter(QuoteScanner.Quote q) {
    for (int k = 0; k < cues.size(); k++) {
      int start = tokens.get(cues.get(k).first()).start();
      if (start < q.after()) {
        continue;
      }
      if (start - q.close() > QUOTE_CUE_GAP) {
        return -1;
      }
      String gap = text.substring(q.after(), start);
      // '"He's tough," but "will hang on to the death" ..., Watanabe told Reuters': a quoted phrase inside the
      // clause after the quote does not stop the cue of the same sentence
      boolean quotedPhrase = QuoteScanner.hasMark(gap) && sentenceAt(q.close()) == cues.get(k).sentence()
          && gap.strip().startsWith("but") && !gap.contains("\n\n");
      boolean signed = cues.get(k).kind() == CueKind.DASH && gap.isBlank(); // '"..." ― Pamela Padilla'
      if (signed) {
        return k;
      }
      if (opensOwnClause(gap)) {
        return -1; // '"That makes me smart," when Clinton blasted him': the cue has a clause and a subject of its own
      }
      boolean sameSentence = sentenceAt(start) == sentenceAt(q.after() - 1) || signsQuestion(q, cues.get(k), gap);
      if (sameSentence && (!QuoteScanner.hasMark(gap) || quotedPhrase)
          && !closesSentence(q, gap)
          && cues.get(k).kind() != CueKind.ACCORDING) {
        return k;
      }
      return -1;
    }
    return -1;
  }

  /** Most characters of a name between a question in quotes and the cue that signs it ('"Why?" Trump said'). */
  private static final int MAX_SIGNATURE_GAP = 60;

  /**
   * A quote ending in "?" or "!" is a sentence of its own to the sentence model, so a short sentence right after
   * it that is only a name and a cue ('"Will we win?" Trump said.', '"...!" said Choe.') signs it.
   */
  private boolean signsQuestion(QuoteScanner.Quote q, CueHit cue, String gap) {
    char last = text.charAt(Math.max(q.innerStart(), q.close() - 1));
    if (last != '?' && last != '!' || gap.indexOf('\n') >= 0 || gap.length() > MAX_SIGNATURE_GAP
        || sentenceAt(tokens.get(cue.first()).start()) != sentenceAt(q.after() - 1) + 1) {
      return false;
    }
    int next = cue.end();
    return next >= tokens.size() || sentenceOf[next] != cue.sentence() || lower[next].equals(",")
        || lower[next].equals(".") || capitalised(next) || WEEKDAYS.contains(lower[next])
        || TAIL_OPENERS.contains(lower[next]);
  }

  /** Subordinators that open a clause of its own between a quote and a later cue. */
  private static final Set<String> QUOTE_GAP_SUBORDINATORS = Set.of("when", "while", "after", "before", "because",
      "since", "until", "although", "though", "if", "whereas");

  /**
   * The text between a quote and a cue opens a subordinate clause that holds the cue's subject ("when Clinton
   * blasted"); not when a comma closes the clause before the cue ("when asked, he said").
   */
  private static boolean opensOwnClause(String gap) {
    String g = gap.strip();
    if (g.startsWith(",")) {
      g = g.substring(1).strip();
    }
    int space = g.indexOf(' ');
    return space > 0 && QUOTE_GAP_SUBORDINATORS.contains(g.substring(0, space).toLowerCase(java.util.Locale.ROOT))
        && g.indexOf(',') < 0;
  }

  /**
   * A quote ending its sentence inside the marks ("... I don't think that.") followed by a new sentence or
   * paragraph: a cue after it belongs to the next sentence, not to the quote.
   */
  private boolean closesSentence(QuoteScanner.Quote q, String gap) {
    if (gap.indexOf('\n') >= 0 && gap.strip().length() > 0 && gap.contains("\n\n")) {
      return true;
    }
    char last = text.charAt(Math.max(q.innerStart(), q.close() - 1));
    String g = gap.strip();
    return (last == '.' || last == '!') && !g.isEmpty() && Character.isUpperCase(g.charAt(0))
        && gap.chars().filter(c -> c == '\n').count() > 0;
  }

  private int cueBefore(QuoteScanner.Quote q) {
    for (int k = cues.size() - 1; k >= 0; k--) {
      int end = tokens.get(cues.get(k).end() - 1).end();
      if (end > q.open()) {
        continue;
      }
      if (q.open() - end > QUOTE_CUE_GAP) {
        return -1;
      }
      String gap = text.substring(end, q.open()).strip();
      // "he said. \"...\"" introduces the quote; "X questioned the benefits. \"...\"" has said its piece
      // consumed: "\"A,\" said X, ... \"B\"" is two statements; "Y, he said. \"B\"" continues Y (no statement)
      boolean shortEnd = gap.endsWith(".") && (consumed[k] || gap.length() <= 30 && !reportsBefore(cues.get(k)))
          && cues.get(k).kind() == CueKind.SPEECH && !gap.contains("that");
      boolean introduced = gap.isEmpty() || gap.endsWith(":") || gap.endsWith(",") || gap.endsWith(";") || shortEnd;
      // at most the sentence end that closes the gap ("he said. \"...\""): the analyser's sentences, which know
      // "Mr." and "Sen." end none
      int crossed = sentenceAt(q.open()) - sentenceAt(end - 1);
      boolean clean = !QuoteScanner.hasMark(gap) && (crossed == 0 || crossed == 1 && (gap.endsWith(".") || gap.endsWith(":")));
      return introduced && clean && cues.get(k).kind() != CueKind.ACCORDING ? k : -1;
    }
    return -1;
  }

  /** Words of the cue's own sentence stand before its speaker: "The Authority will not resume talks, he said." */
  private boolean reportsBefore(CueHit cue) {
    Span m = mentionBefore(cue.first());
    int from = m != null ? m.start() : tokens.get(cue.first()).start();
    return !text.substring(sentences.get(cue.sentence()).start(), from).strip().isEmpty();
  }

  private Span speakerOf(CueHit cue) {
    Span before = mentionBefore(cue.first());
    if (before == null && (lower[cue.first()].equals("told") || lower[cue.first()].equals("tells"))) {
      return sharedSubject(cue); // "Jo Hyok Bong, an officer of ..., told KCNA:": KCNA only listens
    }
    return before != null ? before : mentionAfter(cue);
  }

  // ---- indirect speech ----

  private List<Candidate> indirect() {
    List<Candidate> out = new ArrayList<>();
    for (int k = 0; k < cues.size(); k++) {
      if (consumed[k]) {
        continue;
      }
      CueHit cue = cues.get(k);
      if (cue.kind() == CueKind.DASH) {
        continue; // a dash only signs the quote before it
      }
      Candidate c = cue.kind() == CueKind.ACCORDING ? according(cue) : speech(k, cue);
      if (c != null && !overlapsDirect(c, out)) {
        out.addAll(quotedFragments(c));
      }
    }
    return out;
  }

  /**
   * Content made only of quoted fragments joined by "and" or commas ('calling for "facing up to the situation"
   * and "changes"') is one statement a fragment (GUIDE convention 4), each direct; other content stays whole.
   */
  private List<Candidate> quotedFragments(Candidate c) {
    List<Candidate> parts = new ArrayList<>();
    int at = c.content().start();
    int q = quoteAt[at];
    while (q >= 0 && quotes.get(q).open() == at && quotes.get(q).closeLength() > 0) {
      Span inner = quoteContent(quotes.get(q));
      if (inner == null) {
        return List.of(c);
      }
      parts.add(new Candidate(inner, true, c.cue(), c.speaker()));
      int next = quotes.get(q).after();
      String gap = text.substring(Math.min(next, c.content().end()), c.content().end()).strip();
      if (gap.isEmpty() || gap.equals(".") || parts.size() > 1 && gap.startsWith(",") && !gap.startsWith(", and")) {
        // '... as "door of dialogue" and "preparedness for cooperation", while pleased over ...': the fragments
        return parts.size() > 1 ? parts : List.of(c);
      }
      int p = next;
      while (p < c.content().end() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == ',')) {
        p++;
      }
      if (text.startsWith("and", p)) {
        p += 3;
      }
      while (p < c.content().end() && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (p == next || p >= c.content().end()) {
        return List.of(c);
      }
      at = p;
      q = quoteAt[at];
    }
    return List.of(c);
  }

  /**
   * "a Japanese newspaper's report that X", "the group's remark that X": words reported as a possessor's,
   * often nested inside a larger statement (GUIDE convention 2). Content runs to the sentence end or to a
   * comma followed closely by another cue ("..., it said").
   */
  private List<Candidate> possessiveReports() {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String w = lower[i];
      boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
      if (!possessive || !lower[i + 2].equals("that") || sentenceOf[i + 2] != sentenceOf[i]
          || !(lex.is(lower[i + 1], "REMARK") || lex.is(lower[i + 1], "DOCUMENT"))) {
        continue;
      }
      int a = i;
      while (a - 1 >= 0 && sentenceOf[a - 1] == sentenceOf[i] && i - a < 6 && !DETERMINERS.contains(lower[a])
          && !CLAUSE_BOUNDARIES.contains(lower[a - 1]) && !lex.mentionStops.contains(lower[a - 1])
          && !AUXILIARIES.contains(lower[a - 1])) {
        a--;
      }
      Span speaker = new Span(tokens.get(a).start(), tokens.get(i).end() - 2);
      CueHit cue = new CueHit(i + 1, i + 3, CueKind.SPEECH, sentenceOf[i], false, false, false);
      Span content = trim(tokens.get(Math.min(i + 3, tokens.size() - 1)).start(), nestedEnd(i + 3));
      if (content != null && speaker.length() > 1) {
        out.add(new Candidate(content, false, cue, speaker));
      }
    }
    return out;
  }

  /**
   * "As he clarified, Y" / "As Kim Jong Il said, Y": a fronted "as" clause attributes the main clause that
   * follows its comma (often nested inside a larger statement).
   */
  private Candidate asClause(CueHit cue) {
    int comma = cue.end();
    if (comma >= tokens.size() || !lower[comma].equals(",") || sentenceOf[comma] != cue.sentence()) {
      return null;
    }
    for (int a = cue.first() - 1; a >= 0 && cue.first() - a <= 8 && sentenceOf[a] == cue.sentence(); a--) {
      if (lower[a].equals("as") && opensClause(a)) {
        Span speaker = a + 1 < cue.first() ? mentionFrom(a + 1, cue.first()) : null;
        Span content = comma + 1 < tokens.size() && sentenceOf[comma + 1] == cue.sentence()
            ? trim(tokens.get(comma + 1).start(), sentences.get(cue.sentence()).end()) : null;
        return speaker == null || content == null ? null : new Candidate(content, false, cue, speaker);
      }
      if (CLAUSE_BOUNDARIES.contains(lower[a]) && !lower[a].equals("and")) {
        return null; // "As domestic and foreign public chided, ..." keeps its "and"
      }
    }
    return null;
  }

  /** A cue made by {@link #possessiveReports()}: its speaker is named in passing, not a topic for pronouns. */
  private boolean isPossessiveCue(CueHit cue) {
    if (cue.kind() != CueKind.ACCORDING && asClause(cue) != null) {
      return true; // "As he clarified, ...": nested in another speaker's words, like a possessor's report
    }
    return cue.first() > 0 && lower[cue.first() - 1].length() > 2
        && (lower[cue.first() - 1].endsWith("'s") || lower[cue.first() - 1].endsWith("\u2019s"))
        && (lex.is(lower[cue.first()], "REMARK") || lex.is(lower[cue.first()], "DOCUMENT"));
  }

  /** The sentence end after token {@code from}, or a comma whose next few tokens hold a cue. */
  private int nestedEnd(int from) {
    int sentence = sentenceOf[Math.min(from, tokens.size() - 1)];
    for (int j = from; j < tokens.size() && sentenceOf[j] == sentence; j++) {
      if (lower[j].equals(",") && quoteAt[tokens.get(j).start()] < 0) {
        for (CueHit c : cuesInSentence.getOrDefault(sentence, List.of())) {
          if (c.first() > j && c.first() <= j + 4 && !c.weak()) {
            return tokens.get(j).start();
          }
        }
      }
    }
    return sentences.get(sentence).end();
  }

  private boolean overlapsDirect(Candidate c, List<Candidate> sofar) {
    return false;
  }

  private Candidate speech(int k, CueHit cue) {
    Span sentence = sentences.get(cue.sentence());
    boolean gerund = isParticiple(cue) && cue.first() > 1 && GERUND_PREPOSITIONS.contains(lower[cue.first() - 1]);
    // "he refuses to discuss it, aside from saying ...": the subject is the clause's, not the word before "from"
    Span before = gerund ? mainClauseSubject(cue.first() - 1) : mentionBefore(cue.first());
    if (cue.quoted()) {
      // "a resort called a \u201Ccanal park\u201D": a name given, no subject calling it so; a subject with an
      // aside ("Minyon Moore, a senior adviser to the campaign, called") is one
      before = before == null ? subjectBeforeAppositive(cue) : subjectRightBefore(before, cue) ? before : null;
      if (before == null) {
        return null;
      }
    }
    int colon = colonAfter(cue);
    if (colon >= 0) {
      Span speaker = before != null ? before : participleSubject(cue);
      speaker = speaker != null ? speaker : sharedSubject(cue);
      speaker = speaker != null ? speaker : mentionAfter(cue);
      Span block = block(colon + 1, cue.sentence());
      return speaker == null || block == null ? null : new Candidate(block, false, cue, speaker);
    }
    if (cue.end() + 1 < tokens.size() && lower[cue.end()].equals("and") && cueStartsAt(cue.end() + 1)) {
      return null; // "opposes and rejects Y": one statement, made by the second cue
    }
    Candidate asClause = asClause(cue);
    if (asClause != null) {
      return asClause;
    }
    if (refersBack(cue)) {
      return summaryBefore(cue, before);
    }
    if (insideLaterInversion(cue)) {
      return null; // "Turkey condemned X, the ministry said": one statement, the ministry's
    }
    if (isLeadingParticiple(cue)) {
      return leadingParticiple(cue);
    }
    if (before == null) {
      before = subjectBeforeAppositive(cue);
    }
    if (before == null) {
      before = subjectBeforeAside(cue);
    }
    if (before == null) {
      Span after = invertedAfter(cue);
      if (after != null) {
        Span content = trim(sentence.start(), tokens.get(cue.first() - 1).start());
        return content == null || isWholeQuote(content) ? null : new Candidate(content, false, cue, after);
      }
      before = participleSubject(cue);
    }
    if (before == null) {
      before = sharedSubject(cue);
    }
    int contentStart = contentStartAfter(cue);
    int contentEnd = contentEnd(sentence, cue);
    boolean inverted = before == null || contentStart >= contentEnd || isInverted(cue);
    if (!inverted) {
      Span content = trim(contentStart, contentEnd);
      return content == null || isFragment(content) ? null : new Candidate(content, false, cue, before);
    }
    boolean told = lower[cue.first()].equals("told") || lower[cue.first()].equals("tells");
    Span speaker = before != null ? before : told ? null : mentionAfter(cue);
    int comma = commaBefore(cue, before);
    if (speaker == null || comma < 0) {
      return null;
    }
    Span content = trim(announcedTextStart(cue.sentence()), comma);
    return content == null || isWholeQuote(content) ? null : new Candidate(content, false, cue, speaker);
  }

  /**
   * Where the content of an inverted cue starts: its sentence, or earlier when the uncued sentences
   * before it follow a sentence announcing a document ("It made public a statement on March 6. A. B,
   * the statement noted"): the statement's text then runs from just after the announcement.
   */
  private int announcedTextStart(int sentence) {
    for (int s = sentence - 1; s >= 0 && sentence - s <= 5; s--) {
      if (cuesInSentence.containsKey(s)) {
        return sentences.get(sentence).start();
      }
      if (announcesDocument(s)) {
        return s + 1 < sentence ? sentences.get(s + 1).start() : sentences.get(sentence).start();
      }
    }
    return sentences.get(sentence).start();
  }

  /** A sentence naming a document with no content of its own: "It made public a statement on March 6." */
  private boolean announcesDocument(int sentence) {
    Span sp = sentences.get(sentence);
    int first = firstToken(sp.start());
    for (int i = first; i >= 0 && i < tokens.size() && sentenceOf[i] == sentence; i++) {
      if (lex.is(lower[i], "DOCUMENT") && i > first && quoteAt[tokens.get(i).start()] < 0 && isIndefinite(i)) {
        return true; // "a statement", "a joint statement": a new document, not one already named
      }
    }
    return false;
  }

  /**
   * The noun at {@code i} opens with "a"/"an" ("a joint statement", "an open letter"), not with "the" or a
   * possessive ("the June 15 joint declaration"): at most three modifiers between.
   */
  private boolean isIndefinite(int i) {
    for (int k = i - 1; k >= 0 && i - k <= 4 && sentenceOf[k] == sentenceOf[i]; k--) {
      if (lower[k].equals("a") || lower[k].equals("an")) {
        return true;
      }
      if (DETERMINERS.contains(lower[k]) || CLAUSE_BOUNDARIES.contains(lower[k])) {
        return false;
      }
    }
    return false;
  }

  /** "Minju Joson says this in a bylined commentary.": "this" points back at what was just written. */
  private boolean refersBack(CueHit cue) {
    int i = cue.end();
    if (i + 1 >= tokens.size() || !(lower[i].equals("this") || lower[i].equals("so"))) {
      return false;
    }
    String next = lower[i + 1];
    return sentenceOf[i + 1] != cue.sentence() || next.equals(".") || TAIL_OPENERS.contains(next);
  }

  /** The uncued sentences just before a "says this" cue (up to five), or nothing when there are none. */
  private Candidate summaryBefore(CueHit cue, Span speaker) {
    int first = cue.sentence();
    while (first - 1 >= 0 && cue.sentence() - first < 5 && !cuesInSentence.containsKey(first - 1)) {
      first--;
    }
    if (speaker == null || first == cue.sentence()) {
      return null;
    }
    Span content = trim(sentences.get(first).start(), sentences.get(cue.sentence() - 1).end());
    return content == null ? null : new Candidate(content, false, cue, speaker);
  }

  /**
   * "Megawati Soekarnoputri, general chairwoman of ..., congratulated", "Weingarten, who has visited ..., said":
   * a name opening the sentence, then a description or relative clause between commas right before the
   * cue, is the cue's subject. Null otherwise.
   */
  private Span subjectBeforeAppositive(CueHit cue) {
    return subjectBeforeAppositive(cue, afterDateline(firstToken(sentences.get(cue.sentence()).start())));
  }

  /** As {@link #subjectBeforeAppositive(CueHit)}, the name opening at token {@code first}. */
  private Span subjectBeforeAppositive(CueHit cue, int first) {
    int comma = cue.first() - 1;
    // the aside is set off by commas or by a pair of dashes ("Kall -- co-editor of ... -- said")
    String mark = comma < 0 ? "" : lower[comma];
    boolean dashes = mark.equals("--") || mark.equals("\u2014") || mark.equals("\u2013");
    if (comma < 2 || !mark.equals(",") && !dashes || sentenceOf[comma] != cue.sentence()) {
      return null;
    }
    if (first < 0 || first >= comma || !capitalised(first) || agedMention(first, comma) != null) {
      return null; // "Vice-Chairman of the C.C., the Union ... Han Kyong Song, 55, accused": the aged name speaks
    }
    int e = first;
    while (e < comma && e - first < 6 && !lower[e].equals(mark) && !endsMention(e)) {
      e++;
    }
    if (e == first || e >= comma || !lower[e].equals(mark) || isCountryTerm(first, e)) {
      return null;
    }
    boolean relative = lower[e + 1].equals("who") || lower[e + 1].equals("whose");
    int lastComma = comma;
    boolean party = PARTY_TAG.matcher(text.substring(tokens.get(e + 1).start(), tokens.get(comma - 1).end())).matches();
    boolean dashedDescription = dashes && !capitalised(e + 1); // "-- co-editor of ..., a book ... --"
    if (!relative && !party && !dashedDescription && !isDescription(e + 1, lastComma, new Span(0, 0))) {
      return null;
    }
    for (int k = e + 1; k < comma; k++) {
      if (cueStartsAt(k) || quoteAt[tokens.get(k).start()] >= 0) {
        return null;
      }
    }
    return new Span(tokens.get(first).start(), tokens.get(e - 1).end());
  }

  /** A party and state tag set off by commas: "Mitch McConnell, R-Ky., said". */
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z]{0,3}\\.?");

  /** Words between an aside and its verb: "has persistently claimed", "in 1951 officially declared". */
  private static final Set<String> VERB_LEAD = Set.of("has", "have", "had", "will", "would", "also", "further",
      "again", "then", "still", "reportedly", "did", "does", "not", "never", "later", "once");

  /**
   * "And Japan, in September 1951 officially declared ...", "Japan, however, denying this historical fact, has
   * persistently claimed ...": a subject opening the sentence, set off by a comma, with asides (adverbs, time
   * phrases, participle phrases) before the verb. Null unless the subject ends at a comma and the asides hold no
   * cue, quote or conjunction.
   */
  private Span subjectBeforeAside(CueHit cue) {
    int lead = cue.first();
    while (lead - 1 >= 0 && sentenceOf[lead - 1] == cue.sentence()
        && (VERB_LEAD.contains(lower[lead - 1]) || lower[lead - 1].endsWith("ly") && lower[lead - 1].length() > 3)) {
      lead--;
    }
    int close = lead - 1;
    if (close < 0 || sentenceOf[close] != cue.sentence()) {
      return null;
    }
    if (!lower[close].equals(",")) {
      int k = close; // "in September 1951 officially declared": an adverbial opened by its own comma
      while (k >= 0 && sentenceOf[k] == cue.sentence() && !lower[k].equals(",") && close - k < 8) {
        k--;
      }
      if (k < 0 || !lower[k].equals(",") || !ADVERBIAL_OPENERS.contains(lower[k + 1])) {
        return null;
      }
      close = k;
    }
    int first = afterDateline(firstToken(sentences.get(cue.sentence()).start()));
    while (first >= 0 && first < close && LEADING_NON_MENTION.contains(lower[first])) {
      first++;
    }
    if (first < 0 || first >= close) {
      return null;
    }
    int e = first;
    while (e < close && e - first < 6 && !lower[e].equals(",") && !endsMention(e)) {
      e++;
    }
    boolean named = capitalised(first) || lex.wordClass.getOrDefault(lower[first], "").startsWith("PRONOUN");
    if (e == first || !lower[e].equals(",") || !named) {
      return null;
    }
    if (e + 1 >= cue.first() || lower[e + 1].equals("and") || lower[e + 1].equals("but") || lower[e + 1].equals("or")
        || capitalised(e + 1) || agedMention(first, close) != null) {
      return null; // "Britain, France and Germany claimed", "Secretary of State, Guillermo De la Dehesa, told"
    }
    for (int k = e + 1; k < cue.first(); k++) {
      boolean participleCue = cueStartsAt(k) && lower[k].endsWith("ing"); // an aside such as "citing a poll"
      if (cueStartsAt(k) && !participleCue || quoteAt[tokens.get(k).start()] >= 0 || close - e > 25) {
        return null;
      }
    }
    return new Span(tokens.get(first).start(), tokens.get(e - 1).end());
  }

  /** "Y, said the statement" - the cue right after a comma, its speaker after it and nothing more. */
  private Span invertedAfter(CueHit cue) {
    int prev = cue.first() - 1;
    if (prev < 0 || sentenceOf[prev] != cue.sentence() || !lower[prev].equals(",") || isParticiple(cue)
        || cue.kind() == CueKind.ACCORDING || lower[cue.first()].startsWith("told") || lower[cue.first()].equals("tells")) {
      return null; // "X, a minister, told Reuters" names the listener after the cue, not the speaker
    }
    Span m = mentionAfter(cue);
    if (m == null || startsWithSubjectPronoun(m) && m.end() > tokens.get(cue.end()).end()) {
      return null; // "..., said she sees teachers lining up": a clause, not an inverted speaker
    }
    int next = firstToken(m.end());
    boolean ends = next < 0 || sentenceOf[next] != cue.sentence();
    int sentenceEnd = ends ? next : next;
    while (sentenceEnd >= 0 && sentenceEnd < tokens.size() && sentenceOf[sentenceEnd] == cue.sentence()) {
      sentenceEnd++;
    }
    boolean closes = ends || lower[next].equals(",") || lower[next].equals(".")
        || TAIL_OPENERS.contains(lower[next]) && (SUBORDINATORS.contains(lower[next]) || !holdsClause(next, sentenceEnd));
    return closes ? m : null;
  }

  private boolean startsWithSubjectPronoun(Span m) {
    int i = firstToken(m.start());
    return i >= 0 && (lower[i].equals("he") || lower[i].equals("she") || lower[i].equals("they")
        || lower[i].equals("we") || lower[i].equals("i") || lower[i].equals("it"));
  }

  /** Prepositions that take a gerund cue ("by saying", "from saying", "without saying"). */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "from", "without", "besides");

  private boolean isParticiple(CueHit cue) {
    return lower[cue.first()].endsWith("ing");
  }

  /** ", saying/adding/asserting that ..." shares the subject of the cue before it in the sentence. */
  private Span participleSubject(CueHit cue) {
    int prev = cue.first() - 1;
    while (prev > 0 && sentenceOf[prev] == cue.sentence() && lower[prev].endsWith("ly") && lower[prev].length() > 3) {
      prev--; // ", strongly demanding that"
    }
    if (!isParticiple(cue) || prev < 0 || !lower[prev].equals(",")) {
      return null;
    }
    CueHit earlier = null;
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other.first() < cue.first() && !other.weak()) {
        earlier = other; // "said that Kim showed deep care, adding": the speaker's cue, not a weak one inside
      }
    }
    if (earlier == null) {
      return mainClauseSubject(prev);
    }
    Span m = mentionBefore(earlier.first());
    if (m == null) {
      m = invertedAfter(earlier);
    }
    return m != null ? m : sharedSubject(earlier);
  }

  /**
   * "In response to the West moves, Iran has taken tougher policy, asserting ...": the subject of the clause
   * that ends at the comma {@code comma}, read from the clause's start (the sentence start or the comma after
   * a fronted adverbial). A name, a pronoun or a determiner phrase, followed by a verb; else null.
   */
  private Span mainClauseSubject(int comma) {
    int sentence = sentenceOf[comma];
    int first = afterDateline(firstToken(sentences.get(sentence).start()));
    if (first < 0 || first >= comma) {
      return null;
    }
    int start = first;
    if (ADVERBIAL_OPENERS.contains(lower[first])) {
      start = first; // a fronted adverbial: the subject follows its comma
      while (start < comma && !lower[start].equals(",")) {
        start++;
      }
      start++;
    } else if (opensParticipialPhrase(first, comma)) {
      start = afterParticipialPhrase(first, comma);
    }
    if (start >= comma) {
      return null;
    }
    Span m = mentionFrom(start, comma);
    if (m == null) {
      return null;
    }
    int after = firstToken(m.end());
    boolean verbFollows = after > 0 && after < comma && !capitalised(after) && !CLAUSE_BOUNDARIES.contains(lower[after]);
    String w = m.of(text);
    boolean subject = Character.isUpperCase(w.charAt(0)) && !ADVERBIAL_OPENERS.contains(lower[start])
        || lex.wordClass.getOrDefault(lower[start], "").startsWith("PRONOUN");
    return verbFollows && subject ? m : null;
  }

  /**
   * "Chastened by the analyses, Trump revised his plan": a sentence opening with a participle followed by a
   * lower-case word, its phrase closed by a comma before {@code limit}.
   */
  private boolean opensParticipialPhrase(int first, int limit) {
    String w = lower[first];
    boolean participle = (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4;
    if (!participle || first + 1 >= limit || !tokens.get(first + 1).of(text).equals(lower[first + 1])) {
      return false;
    }
    for (int k = first + 2; k < limit; k++) {
      if (lower[k].equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the main clause starts after an opening participial phrase: after the first comma of the phrase
   * that a capitalised word, a determiner or a pronoun follows ("Chastened by the analyses, as well as
   * complaints, [Trump] revised"); {@code limit} when none does.
   */
  private int afterParticipialPhrase(int first, int limit) {
    for (int k = first + 2; k + 1 < limit; k++) {
      if (lower[k].equals(",") && (capitalised(k + 1) || DETERMINERS.contains(lower[k + 1])
          || lex.wordClass.getOrDefault(lower[k + 1], "").startsWith("PRONOUN"))) {
        return k + 1;
      }
    }
    return limit;
  }

  /** A participle cue opening its sentence, maybe after adverbs: "Strongly accusing X of Y, Z said ...". */
  private boolean isLeadingParticiple(CueHit cue) {
    if (!isParticiple(cue)) {
      return false;
    }
    int i = cue.first() - 1;
    while (i >= 0 && sentenceOf[i] == cue.sentence() && lower[i].endsWith("ly")) {
      i--;
    }
    return i < 0 || sentenceOf[i] != cue.sentence();
  }

  /** The content of a leading participle runs to the comma before the main clause's speaker. */
  private Candidate leadingParticiple(CueHit cue) {
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other.first() <= cue.first()) {
        continue;
      }
      Span m = mentionBefore(other.first());
      int comma = m == null ? -1 : commaBefore(other, m);
      if (comma < 0 || cue.end() >= tokens.size()) {
        return null;
      }
      Span content = trim(tokens.get(cue.end()).start(), comma);
      return content == null ? null : new Candidate(content, false, cue, m);
    }
    return null;
  }

  /** A cue inside the content of a later inverted cue of its sentence ("A condemned B, X said"). */
  private boolean insideLaterInversion(CueHit cue) {
    int cueEnd = tokens.get(cue.end() - 1).end();
    int examined = 0;
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other.first() <= cue.first() || other.kind() == CueKind.ACCORDING || isParticiple(other)) {
        continue;
      }
      if (++examined > MAX_LATER_CUES) {
        break;
      }
      Span m = mentionBefore(other.first());
      if (m != null && commaBefore(other, m) > cueEnd && isInverted(other)) {
        return true;
      }
      int prev = other.first() - 1;
      if (m == null && invertedAfter(other) != null && tokens.get(prev).start() > cueEnd) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a cue shares with what comes before it: "Masamichi Inoki, a senior fellow ...,
   * said he ..." (an appositive) or "the statement said ... and went on:" (a second cue).
   */
  private Span sharedSubject(CueHit cue) {
    int prev = cue.first() - 1;
    if (prev < 0 || sentenceOf[prev] != cue.sentence() || contentStartAfter(cue) == Integer.MAX_VALUE) {
      return null;
    }
    int conjunction = conjunctionBefore(cue);
    if (conjunction >= 0) {
      for (CueHit other : cuesInSentence.get(cue.sentence())) {
        if (other.first() < conjunction) {
          Span m = mentionBefore(other.first());
          m = m != null ? m : subjectBeforeAppositive(other);
          return m != null ? m : participleSubject(other); // "..., calling for X while claiming that Y"
        }
      }
      Span m = clauseSubject(conjunction);
      return m != null ? m : sentenceSubject(cue.sentence(), conjunction);
    }
    if (!lower[prev].equals(",") || isToldListener(cue)) {
      return null;
    }
    int first = afterDateline(firstToken(sentences.get(cue.sentence()).start()));
    if (first >= 0 && opensParticipialPhrase(first, prev)) {
      first = afterParticipialPhrase(first, prev); // "Chastened by the analyses, Trump revised his plan, promising"
      if (first >= prev) {
        return null;
      }
    }
    Span aged = agedMention(first, prev);
    if (aged != null) {
      return aged;
    }
    Span appositive = appositiveName(first, prev);
    if (appositive != null) {
      return appositive;
    }
    int comma = first;
    while (comma < prev && !lower[comma].equals(",")) {
      comma++;
    }
    Span m = mentionFrom(first, comma);
    return m != null && Character.isUpperCase(text.charAt(m.start())) ? m : null;
  }

  /**
   * The "and"/"but" joining cue {@code cue} to the clause before it, maybe followed by "then"/"also" ("and
   * then proposed", "but said"), or -1.
   */
  private int conjunctionBefore(CueHit cue) {
    int k = cue.first() - 1;
    while (k >= 0 && cue.first() - k <= 3 && sentenceOf[k] == cue.sentence() && (CONJUNCT_ADVERBS.contains(lower[k])
        || lower[k].endsWith("ly") && lower[k].length() > 3)) {
      k--; // "and shortly after announced", "and then proposed"
    }
    boolean joint = k >= 0 && sentenceOf[k] == cue.sentence()
        && (lower[k].equals("and") || lower[k].equals("but") || (lower[k].equals("while") || lower[k].equals("whilst"))
        && isParticiple(cue)); // "..., calling for X while claiming that Y"
    return joint ? k : -1;
  }

  /** Adverbs between "and"/"but" and a second verb. */
  private static final Set<String> CONJUNCT_ADVERBS = Set.of("then", "also", "later", "shortly", "after", "again",
      "subsequently", "further", "even", "still");

  /**
   * The subject opening the sentence when it is a name, a pronoun or a noun phrase with a determiner, read
   * up to token {@code limit}: "He declined to give details of the statement, but said ...".
   */
  private Span sentenceSubject(int sentence, int limit) {
    int first = afterDateline(firstToken(sentences.get(sentence).start()));
    if (first < 0 || first >= limit) {
      return null;
    }
    Span m = mentionFrom(first, limit);
    return m != null && Character.isUpperCase(text.charAt(m.start())) && !ADVERBIAL_OPENERS.contains(lower[first]) ? m : null;
  }

  /**
   * "Vice-Chairman of the C.C., the Union of Agricultural Workers of Korea Han Kyong Song, 55,
   * accused": an age between commas closes the person's mention, which runs back to the comma
   * before it (a title may hold commas of its own).
   */
  private Span agedMention(int first, int comma) {
    int age = comma - 1;
    if (age - 2 <= first || !lower[age].matches("[0-9]{1,3}") || !lower[age - 1].equals(",")) {
      return null;
    }
    int end = age - 1;
    int a = end;
    while (a > first && !lower[a - 1].equals(",")) {
      a--;
    }
    if (a == first || !capitalised(end - 1)) {
      return null; // no comma inside the subject: the mention from the sentence start serves
    }
    Span m = mentionFrom(a, end);
    return m != null && m.end() == tokens.get(end - 1).end() ? m : null;
  }

  /**
   * '"...," Quina Jones, 25, said': a name and an age between commas right after a closing quote mark,
   * before the cue. Null otherwise.
   */
  private Span agedAfterQuote(int cueToken) {
    int age = cueToken - 2;
    if (age < 3 || !lower[cueToken - 1].equals(",") || !lower[age].matches("[0-9]{1,3}")
        || !lower[age - 1].equals(",")) {
      return null;
    }
    int end = age - 1;
    int a = end;
    while (a > 0 && end - a < 6 && capitalised(a - 1) && sentenceOf[a - 1] == sentenceOf[cueToken]
        && quoteAt[tokens.get(a - 1).start()] < 0) {
      a--;
    }
    boolean afterQuote = a > 0 && a < end && isQuoteEnd(a - 1);
    return afterQuote ? new Span(tokens.get(a).start(), tokens.get(end - 1).end()) : null;
  }

  private Span clauseSubject(int and) {
    int a = and;
    while (a - 1 >= 0 && sentenceOf[a - 1] == sentenceOf[and] && !lower[a - 1].equals(",") && and - a < MAX_MENTION_TOKENS) {
      a--;
    }
    boolean clauseStart = a == 0 || sentenceOf[a - 1] != sentenceOf[and] || lower[a - 1].equals(",");
    Span m = clauseStart ? mentionFrom(a, and) : null;
    if (m == null) {
      return null;
    }
    String w = m.of(text);
    String cls = lex.wordClass.get(w.toLowerCase(Locale.ROOT));
    boolean pronoun = cls != null && cls.startsWith("PRONOUN");
    return pronoun || Character.isUpperCase(w.charAt(0)) && !lex.isNameStop(w.split("\\s+")[0]) ? m : null;
  }

  /** "Secretary of State for the Economy, Guillermo De la Dehesa, told": the name between the commas. */
  private Span appositiveName(int first, int comma) {
    int a = comma - 1;
    while (a > first && !lower[a - 1].equals(",") && comma - a < 6) {
      a--;
    }
    if (a <= first || !lower[a - 1].equals(",") || comma - a < 2 || comma - a > 4) {
      return null;
    }
    for (int i = a; i < comma; i++) {
      String w = tokens.get(i).of(text);
      boolean particle = w.equals("de") || w.equals("la") || w.equals("van") || w.equals("von");
      if (!capitalised(i) && !particle || lex.isNameStop(w) || lex.isRole(w) || lex.is(w, "DOCUMENT")) {
        return null;
      }
    }
    return new Span(tokens.get(a).start(), tokens.get(comma - 1).end());
  }

  private boolean isToldListener(CueHit cue) {
    return false;
  }

  /** Too short to be said: a lone word, or a lead-in to a colon cue ("and went on:"). */
  private boolean isFragment(Span content) {
    String c = content.of(text).strip();
    return c.endsWith(":") || c.split("\\s+").length < 3;
  }

  /**
   * "Y, X said." - the cue and its speaker close the sentence, maybe with a short tail ("said in a
   * statement on Monday") or a participle cue of their own (", adding that ...").
   */
  private boolean isInverted(CueHit cue) {
    int i = cue.end();
    int n = 0;
    while (i < tokens.size() && sentenceOf[i] == cue.sentence()) {
      if (lower[i].equals(",") && (cueStartsAt(i + 1) || i + 2 < tokens.size() && lower[i + 1].equals("and")
          && cueStartsAt(i + 2))) {
        break; // "..., the commentary notes, and goes on:" - a second cue of the same speaker follows
      }
      if (lower[i].equals(",") && i + 1 < tokens.size() && sentenceOf[i + 1] == cue.sentence()
          && (JOINTS.contains(lower[i + 1]) || TRAILING_SUBORDINATORS.contains(lower[i + 1]))) {
        break; // "..., Lyng said, but the Agriculture Secretary questioned ...", "..., they said Friday, as they
        // bristled at ...": a new clause follows
      }
      if (lower[i].equals("that") || quoteAt[tokens.get(i).start()] >= 0) {
        return false;
      }
      i++;
      n++;
    }
    boolean subordinate = n > 0 && SUBORDINATORS.contains(lower[cue.end()]);
    boolean clause = !subordinate && holdsClause(cue.end(), cue.end() + n);
    boolean shortTail = !clause && (n <= 3 || n <= 14 && TAIL_OPENERS.contains(lower[cue.end()]));
    Span before = mentionBefore(cue.first());
    return shortTail && before != null && commaBefore(cue, before) >= 0;
  }

  /** Words opening a fronted adverbial, never a subject: "Since taking a number of steps, ...". */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("since", "after", "before", "when", "while", "if",
      "although", "though", "as", "because", "in", "on", "at", "during", "despite", "with", "without", "for", "by",
      "from", "to", "under", "over", "following", "amid", "upon", "once", "unless", "until", "like", "unlike");
  /** Subordinators that open an adverbial clause after a comma, closing the cue's tail: "said Friday, as ...". */
  private static final Set<String> TRAILING_SUBORDINATORS = Set.of("as", "when", "after", "before", "because",
      "since", "even", "amid", "until");
  /** Conjunctions that open a new clause after a comma. */
  private static final Set<String> JOINTS = Set.of("but", "and", "while", "whereas", "although", "though");
  /** Words opening a subordinate tail after a cue: "..., he said when asked whether he would run". */
  private static final Set<String> SUBORDINATORS = Set.of("when", "while", "as", "after", "before", "if");
  /** Finite verbs and subject pronouns: a tail holding one is a clause ("said there was no evidence"). */
  private static final Set<String> CLAUSE_WORDS = Set.of("is", "was", "are", "were", "will", "would", "could",
      "should", "can", "may", "might", "must", "has", "have", "had", "does", "did", "he", "she", "they", "we",
      "i", "it", "there");

  /** Whether tokens [from, to) hold a finite verb or a subject pronoun, so read as a clause, not a tail. */
  private boolean holdsClause(int from, int to) {
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      if (CLAUSE_WORDS.contains(lower[i]) && !(lower[i].equals("it") && i > from && !lower[i - 1].equals(","))) {
        return true; // "it" after a verb or preposition is an object ("said in a statement issuing it")
      }
    }
    return false;
  }

  private boolean cueStartsAt(int token) {
    if (token >= tokens.size()) {
      return false;
    }
    for (CueHit c : cuesInSentence.getOrDefault(sentenceOf[token], List.of())) {
      if (c.first() == token) {
        return true;
      }
    }
    return false;
  }

  /** The comma just before the speaker mention of an inverted cue ("..., Watanabe said"). */
  private int commaBefore(CueHit cue, Span mention) {
    int from = mention != null ? mention.start() : tokens.get(cue.first()).start();
    int p = from - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p >= 2 && text.startsWith("as", p - 1) && Character.isWhitespace(text.charAt(p - 2))) {
      p -= 2; // "Y, as Western countries have admitted": the trailing "as" belongs to the cue
      while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
        p--;
      }
    }
    if (p >= 0 && (text.charAt(p) == '"' || text.charAt(p) == '\u201D')) {
      p--;
    } else if (p >= 1 && QuoteScanner.isDoubledApostrophe(text, p - 1)) {
      p -= 2;
    }
    Span sentence = sentences.get(cue.sentence());
    return p > sentence.start() && text.charAt(p) == ',' ? p : -1;
  }

  private boolean isWholeQuote(Span content) {
    int q = quoteAt[content.start()];
    return q >= 0 && quotes.get(q).close() >= content.end() - 1;
  }

  /** Where the content of "X said (Tuesday) (that) Y" starts. */
  private int contentStartAfter(CueHit cue) {
    int i = cue.end();
    int order = toldOrderStart(cue);
    if (order >= 0) {
      return tokens.get(order).start();
    }
    boolean relative = false;
    for (int j = i; j < tokens.size() && j < i + 10 && sentenceOf[j] == cue.sentence(); j++) {
      if (lower[j].equals(",") || quoteAt[tokens.get(j).start()] >= 0) {
        break;
      }
      relative |= lower[j].equals("who") || lower[j].equals("whom"); // "said to officials who did not know ... that"
      boolean ownVerb = cueStartsAt(j) || CLAUSE_WORDS.contains(lower[j]) || lex.verbForms.contains(lower[j]);
      if (j > i && !relative && ownVerb) {
        break; // "said the spate of shootings demands that ...": the "that" belongs to the content's own verb
      }
      if (lower[j].equals("that") && (cue.kind() != CueKind.OBJECT || j == i)) {
        // an object cue's content is its object: "denied rumours that he ..." keeps "rumours"
        return j + 1 < tokens.size() ? tokens.get(j + 1).start() : text.length();
      }
    }
    while (i < tokens.size() && sentenceOf[i] == cue.sentence()
        && (lower[i].equals(",") || lex.mentionStops.contains(lower[i]) && isTimeWord(lower[i]))) {
      i++;
    }
    return i < tokens.size() && sentenceOf[i] == cue.sentence() ? tokens.get(i).start() : Integer.MAX_VALUE;
  }

  /**
   * "Gros told reporters [not to expect any dramatic developments]": after "told X" the content is the
   * infinitive, the listener (one to three words, no subject pronoun) is left out. -1 when none.
   */
  private int toldOrderStart(CueHit cue) {
    if (!lower[cue.first()].equals("told") && !lower[cue.first()].equals("tells")) {
      return -1;
    }
    for (int j = cue.end() + 1; j < tokens.size() && j <= cue.end() + 3 && sentenceOf[j] == cue.sentence(); j++) {
      String w = lower[j - 1];
      if (w.equals(",") || lex.wordClass.getOrDefault(w, "").startsWith("PRONOUN") && !w.equals("them")
          && !w.equals("him") && !w.equals("her") && !w.equals("us") || quoteAt[tokens.get(j - 1).start()] >= 0) {
        return -1;
      }
      boolean not = lower[j].equals("not") && j + 1 < tokens.size() && lower[j + 1].equals("to");
      if (lower[j].equals("to") || not) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isTimeWord(String w) {
    return w.equals("today") || w.equals("yesterday") || w.endsWith("day") || w.equals("also")
        || w.equals("again") || w.equals("further");
  }

  /**
   * Sentence end, or the comma before a later "according to" in the same sentence, or the comma closing a
   * relative clause that holds the cue inside the sentence's subject.
   */
  private int contentEnd(Span sentence, CueHit cue) {
    int closing = subjectRelativeEnd(cue);
    if (closing >= 0) {
      return closing;
    }
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other.first() > cue.first() && other.kind() == CueKind.ACCORDING) {
        int start = tokens.get(other.first()).start();
        int p = start - 1;
        while (p > sentence.start() && Character.isWhitespace(text.charAt(p))) {
          p--;
        }
        return text.charAt(p) == ',' ? p : start;
      }
    }
    int cueEnd = tokens.get(cue.end() - 1).end();
    int examined = 0;
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other.first() <= cue.first() || other.weak()) {
        continue; // a weak cue ("and welcomes ...") stays inside the content
      }
      if (++examined > MAX_LATER_CUES) {
        break;
      }
      int prev = other.first() - 1;
      while (prev > cue.end() && (lower[prev].endsWith("ly") && lower[prev].length() > 3 || VERB_LEAD.contains(lower[prev]))) {
        prev--; // "..., strongly demanding that ...", "denying this fact, has persistently claimed"
      }
      if (lower[prev].equals(",") && tokens.get(prev).start() > cueEnd) {
        return tokens.get(prev).start(); // "..., saying ..." starts a statement of its own
      }
      int conjunction = conjunctionBefore(other);
      if (conjunction > cue.end()) {
        int end = lower[conjunction - 1].equals(",") ? conjunction - 1 : conjunction;
        return tokens.get(end).start(); // "X predicted A, but said B": B is a statement of its own
      }
      int subject = subjectStartBefore(other);
      if (subject > cue.end() && isClauseJoint(subject - 1)) {
        return tokens.get(lower[subject - 1].equals(";") || !lower[subject - 2].equals(",") ? subject - 1 : subject - 2)
            .start(); // "X announced A, but U.S. officials said B"
      }
      int relative = relativeCommaBefore(other.first());
      if (relative >= 0 && tokens.get(relative).start() > cueEnd) {
        return tokens.get(relative).start(); // "..., which Pyongyang said was ...": a statement of its own
      }
      Span m = mentionBefore(other.first());
      int comma = m == null ? -1 : commaBefore(other, m);
      if (comma > cueEnd && isInverted(other)) {
        return comma;
      }
    }
    return sentence.end();
  }

  /**
   * "The series of strikes, which employers say has cost them seven mln guilders, began on January 19": a cue
   * inside a relative clause set off by commas within the sentence's opening noun phrase. The clause, and so
   * the content, ends at the next comma, where the main verb follows. The offset of that comma, or -1.
   */
  private int subjectRelativeEnd(CueHit cue) {
    int rel = relativeCommaBefore(cue.first());
    if (rel < 0) {
      return -1;
    }
    int first = firstToken(sentences.get(cue.sentence()).start());
    if (rel - first < 1 || rel - first > MAX_SUBJECT_TOKENS) {
      return -1;
    }
    for (int k = first; k < rel; k++) {
      boolean pastVerb = lower[k].endsWith("ed") && !capitalised(k); // "The minister opened the plant, which"
      if (CLAUSE_BOUNDARIES.contains(lower[k]) || CLAUSE_WORDS.contains(lower[k]) || pastVerb || cueStartsAt(k)
          || quoteAt[tokens.get(k).start()] >= 0) {
        return -1; // the comma does not close a plain noun phrase opening the sentence
      }
    }
    for (int k = cue.end(); k < tokens.size() && sentenceOf[k] == cue.sentence(); k++) {
      if (quoteAt[tokens.get(k).start()] >= 0) {
        return -1;
      }
      if (lower[k].equals(",")) {
        return k + 1 < tokens.size() && sentenceOf[k + 1] == cue.sentence() ? tokens.get(k).start() : -1;
      }
    }
    return -1;
  }

  /** The first token of the subject mention written right before cue {@code other}, or -1. */
  private int subjectStartBefore(CueHit other) {
    Span m = mentionBefore(other.first());
    return m == null ? -1 : firstToken(m.start());
  }

  /** Token {@code k} joins two clauses: ";" or "but"/"and"/"while"/"whereas" (after a comma for "and"). */
  private boolean isClauseJoint(int k) {
    if (k < 1) {
      return false;
    }
    String w = lower[k];
    return w.equals(";") || w.equals("but") || w.equals("while") || w.equals("whereas")
        || w.equals("and") && lower[k - 1].equals(",");
  }

  /** The comma token of ", which/who X <cue>" just before cue token {@code first}, or -1. */
  private int relativeCommaBefore(int first) {
    for (int k = first - 1; k >= 1 && first - k <= 5 && sentenceOf[k] == sentenceOf[first]; k--) {
      boolean relative = lower[k].equals("which") || lower[k].equals("who") || lower[k].equals("when")
          || lower[k].equals("where");
      if (relative && lower[k - 1].equals(",")) {
        return k - 1;
      }
      if (relative && k >= 3 && lower[k - 2].equals("the") && lower[k - 3].equals(",")) {
        return k - 3; // "..., the date when some U.S. banks have said ...": an appositive with a statement of its own
      }
      if (CLAUSE_BOUNDARIES.contains(lower[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** The index of a colon right after the cue ("The commentary says:"), or -1. */
  private int colonAfter(CueHit cue) {
    int i = cue.end();
    int n = 0;
    // "gave the following answer to the question put by KCNA on Oct. 20 in this regard:"
    int reach = lower[cue.end() - 1].equals("following") ? 20 : 8;
    while (i < tokens.size() && sentenceOf[i] == cue.sentence() && n < reach) {
      if (lower[i].equals(":")) {
        return tokens.get(i).start();
      }
      if (lower[i].equals(",") || lower[i].equals("that") || quoteAt[tokens.get(i).start()] >= 0) {
        return -1;
      }
      i++;
      n++;
    }
    if (i < tokens.size() && i > cue.end() && sentenceOf[i] != cue.sentence()) {
      return -1;
    }
    return -1;
  }

  /** A block after a colon cue: one statement up to the next sentence with a cue of its own. */
  private Span block(int from, int cueSentence) {
    int s = from;
    while (s < text.length() && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
      s++;
    }
    if (s < text.length() && (text.charAt(s) == '"' || text.charAt(s) == '\u201C' || QuoteScanner.isDoubledApostrophe(text, s))) {
      return null; // a quote introduced by a colon is a direct statement
    }
    int end = text.length();
    int firstSentence = sentenceAt(s);
    for (CueHit other : cues) {
      // the block's own first sentence belongs to it even when it reports a nested statement
      if (other.sentence() > Math.max(cueSentence, firstSentence) && tokens.get(other.first()).start() > s
          && !other.weak() && (reframes(other) || other.kind() == CueKind.ACCORDING)) {
        end = sentences.get(other.sentence()).start();
        break;
      }
    }
    return trim(s, end);
  }

  /**
   * Whether a cue inside a colon block starts a new frame that ends the block: the document itself again ("The
   * statement called on", "it noted"), a new colon block ("He continued:"), or a new speaker introduced with a
   * description ("Eddie Kekana, chairman of the South African Group, noted"). A third party the block talks
   * about ("That day Lee blustered") is a statement nested inside it.
   */
  private boolean reframes(CueHit other) {
    if (colonAfter(other) >= 0) {
      return true;
    }
    Span m = mentionBefore(other.first());
    if (m == null) {
      return subjectBeforeAppositive(other) != null || appositiveSubjectOf(other);
    }
    String[] w = m.of(text).toLowerCase(Locale.ROOT).split("\\s+");
    String last = w[w.length - 1];
    return lex.is(last, "DOCUMENT") || lex.is(last, "PRONOUN_THING") || lex.isRole(last) && w.length > 1;
  }

  /** "X, a description, said" written with the comma before the cue. */
  private boolean appositiveSubjectOf(CueHit other) {
    return other.first() > 0 && lower[other.first() - 1].equals(",") && sharedSubject(other) != null;
  }

  private Candidate according(CueHit cue) {
    Span sentence = sentences.get(cue.sentence());
    int cueStart = tokens.get(cue.first()).start();
    int after = cue.end();
    int limit = after;
    while (limit < tokens.size() && sentenceOf[limit] == cue.sentence() && !lower[limit].equals(",")) {
      limit++;
    }
    Span speaker = mentionFromAccording(after, limit);
    if (speaker == null) {
      return null;
    }
    boolean opens = text.substring(sentence.start(), cueStart).strip().isEmpty();
    if (opens) {
      if (limit >= tokens.size() || sentenceOf[limit] != cue.sentence()) {
        return null;
      }
      Span content = trim(tokens.get(limit).end(), sentence.end());
      return content == null ? null : new Candidate(content, false, cue, speaker);
    }
    for (CueHit other : cuesInSentence.get(cue.sentence())) {
      if (other != cue && other.first() < cue.first()) {
        return null; // "X said Y, according to KCNA": the statement is X's
      }
    }
    int p = cueStart - 1;
    while (p > sentence.start() && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    Span content = trim(sentence.start(), text.charAt(p) == ',' ? p : cueStart);
    return content == null ? null : new Candidate(content, false, cue, speaker);
  }

  /** After "according to", the whole noun phrase up to the comma or sentence end. */
  private Span mentionFromAccording(int a, int limit) {
    if (a >= limit) {
      return null;
    }
    int e = limit;
    Span s = new Span(tokens.get(a).start(), tokens.get(e - 1).end());
    String w = s.of(text);
    if (w.endsWith(".")) {
      s = new Span(s.start(), s.end() - 1);
    }
    return s.length() == 0 || s.length() > 200 ? null : s;
  }

  /** Trims spaces and a final period; null when nothing is left. */
  private Span trim(int s, int e) {
    e = Math.min(e, text.length());
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
      s++; // ",  This has been ...": paragraphs joined by a comma in some feeds
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)))) {
      e--;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--; // "program.," - paragraphs joined by a comma in some feeds
    }
    boolean abbreviation = e - 3 >= s && text.charAt(e - 3) == '.'; // "U.S." keeps its last period
    if (e > s && text.charAt(e - 1) == '.' && !abbreviation) {
      e--;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e - s >= 2 ? new Span(s, e) : null;
  }

  /** Sentences that name the author of a document ("Rodong Sinmun today carries a commentary"). */
  private List<Span> documentSentences() {
    List<Span> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      // only a sentence introducing a document ("a statement"), not one quoting it ("the statement said")
      Span sender = senderOfDocument(s);
      if (sender != null) {
        out.add(sender);
        continue;
      }
      if (announcesDocument(s)) {
        int first = firstToken(sentences.get(s).start());
        Span m = first < 0 ? null : bodyNameFrom(first);
        m = m != null ? m : first < 0 ? null : mentionFrom(first, Math.min(tokens.size(), first + MAX_MENTION_TOKENS));
        if (m != null && sentenceOf[first] == s && isTypedSource(m)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** "received a congratulatory message from S. Batbold": the document's author follows "from". */
  private Span senderOfDocument(int sentence) {
    int first = firstToken(sentences.get(sentence).start());
    for (int i = Math.max(first, 0); i + 2 < tokens.size() && sentenceOf[i] == sentence; i++) {
      if (lex.is(lower[i], "DOCUMENT") && lower[i + 1].equals("from") && capitalised(i + 2)) {
        Span m = mentionFrom(i + 2, Math.min(tokens.size(), i + 2 + MAX_MENTION_TOKENS));
        return m != null && sentenceOf[i + 2] == sentence ? m : null;
      }
    }
    return null;
  }

  /**
   * A body's full name opening a sentence, commas and "and" between its capitalised words included: "The
   * North, South and Overseas Headquarters of the Pan-national Alliance for Korea's Reunification
   * (Pomminryon)". Null unless it holds three capitalised words or more.
   */
  private Span bodyNameFrom(int first) {
    int s = sentenceOf[first];
    int e = first;
    int capitals = 0;
    while (e < tokens.size() && sentenceOf[e] == s && e - first < MAX_MENTION_TOKENS) {
      int n = e + 1 < tokens.size() && lower[e + 1].equals("the") ? e + 2 : e + 1; // "of the Pan-national ..."
      boolean joiner = (lower[e].equals(",") || lower[e].equals("and") || lower[e].equals("of") || lower[e].equals("for")
          || lower[e].equals("the") || lower[e].equals("(")) && n < tokens.size() && capitalised(n);
      boolean attached = e > first && tokens.get(e).start() == tokens.get(e - 1).end() && !lower[e].equals(",");
      if (WEEKDAYS.contains(lower[e])) {
        break; // "Minju Joson Tuesday carried a commentary"
      }
      if (capitalised(e) && !lex.strongCueWords.contains(lower[e])) {
        capitals++;
      } else if (!joiner && !attached && !(lower[e].equals(")") && e > first)) { // "Pan-national", "Korea's"
        break;
      }
      e++;
    }
    return capitals >= 3 && e > first ? new Span(tokens.get(first).start(), tokens.get(e - 1).end()) : null;
  }

  private boolean isTypedSource(Span mention) {
    String m = mention.of(text);
    String[] words = m.split("\\s+");
    boolean namedBody = words.length > 1 && m.startsWith("The ") && Character.isUpperCase(words[1].charAt(0))
        && !lex.is(words[1], "DOCUMENT");
    return Character.isUpperCase(m.charAt(0)) && (!m.startsWith("The ") || namedBody) && !m.startsWith("There")
        || m.toLowerCase(Locale.ROOT).matches("(the |a |an )?(spokes|deputy|official|secretary).{0,200}");
  }

  private int firstToken(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() >= offset) {
        best = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return best;
  }
}
