package dev.parley.stance;

import dev.parley.api.Stance;
import dev.parley.text.Span;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels a statement's stance (CONTRACT.md section 3) from patterns kept as data
 * (patterns.txt), with negation, rhetorical questions and conditions handled by scope words
 * (scope-words.txt) and the target found by names (targets.txt).
 *
 * <p>How one label is chosen: patterns are matched over the content and over the rest of the
 * cue's sentence (where "denounced", "urged ... to", "ruled out" sit). A match lying inside a
 * longer match of another label is dropped (the longer pattern is the more specific one).
 * Matches inside an "if"/"unless" clause are dropped (a condition is not the stance). A
 * negator shortly before a match turns it into its {@code @negated} label ("no intention of
 * resuming talks": ENGAGE to REJECT), and a match in a question into its {@code @question} label
 * ("Is it possible to hold dialogue ...?": REJECT). Then the first {@code @dominant} label that
 * fired wins (an explicit threat, then an explicit refusal: GUIDE.md conventions 8 and stance
 * notes); otherwise the label with most matches, ties broken by {@code @priority}. No match
 * gives NONE with no cues: the tagger never guesses.
 *
 * <p>Thread-safe: an instance holds only immutable, parsed data.
 */
public final class StanceTagger {
  /** How many words before a match a negator may stand and still negate it. */
  private static final int NEGATION_WINDOW = 4;

  private static volatile PatternSet defaultPatterns;

  private final PatternSet patterns;
  private final ScopeWords scope;
  private final TargetLexicon targets;

  /** A tagger with the bundled patterns (loaded once per JVM). */
  public StanceTagger() {
    this(defaultPatterns());
  }

  private StanceTagger(PatternSet patterns) {
    this.patterns = patterns;
    this.scope = ScopeWords.defaults();
    this.targets = TargetLexicon.defaults();
  }

  /**
   * A tagger with analyst-provided patterns in the format of patterns.txt. Directives the file
   * leaves out are taken from the bundled file.
   */
  public static StanceTagger fromPatterns(Reader patterns) {
    return new StanceTagger(PatternSet.read(patterns, "analyst patterns", defaultPatterns()));
  }

  /**
   * Stance of a statement: content is text[content.start, content.end); cue is the reporting
   * verb or phrase ("denounced", "said"), may be null; cueSentence is the sentence holding the
   * cue (context for cues such as "lashed out at", "urged ... to", "ruled out"), may be null.
   */
  public StanceResult classify(String text, Span content, String cue, Span cueSentence) {
    if (text == null || content == null || content.end() > text.length()) {
      throw new IllegalArgumentException("Invalid content span " + content + " for a text of "
          + (text == null ? "null" : text.length() + " chars"));
    }
    List<Match> matches = new ArrayList<>();
    List<Token> contentTokens = Tokenizer.tokenize(text, content.start(), content.end());
    matches.addAll(matchRegion(text, contentTokens, content.end(), true));
    for (Span context : contextRegions(text, content, cue, cueSentence)) {
      List<Token> tokens = Tokenizer.tokenize(text, context.start(), context.end());
      matches.addAll(matchRegion(text, tokens, context.end(), false));
    }
    Stance label = choose(matches);
    if (label == Stance.NONE) {
      return StanceResult.none();
    }
    return new StanceResult(label, cues(text, matches, label), target(contentTokens, matches, label));
  }

  /** A fired pattern with the label it counts for after negation and questions. */
  private record Match(Stance label, int cueStart, int cueEnd, int firstToken, boolean inContent) {}

  /** A raw pattern match over tokens [start, end) of one region. */
  private record Hit(Stance label, int start, int end) {
    boolean within(Hit other) {
      return other.start <= start && end <= other.end;
    }

    int length() {
      return end - start;
    }
  }

  private List<Match> matchRegion(String text, List<Token> tokens, int regionEnd, boolean inContent) {
    boolean[] conditional = conditionalScope(tokens);
    boolean[] questions = questionSentences(text, tokens, regionEnd);
    List<Match> out = new ArrayList<>();
    for (Hit hit : mostSpecific(hits(tokens))) {
      if (conditional[hit.start()]) {
        continue;
      }
      Stance label = hit.label();
      int cueStart = tokens.get(hit.start()).start();
      int negator = negatorBefore(tokens, hit.start());
      if (negator >= 0) {
        Optional<Stance> flipped = patterns.whenNegated(label);
        if (flipped.isEmpty()) {
          continue;
        }
        label = flipped.get();
        cueStart = tokens.get(negator).start();
      }
      if (questions[tokens.get(hit.start()).sentence()]) {
        label = patterns.whenAsked(label);
      }
      out.add(new Match(label, cueStart, tokens.get(hit.end() - 1).end(), hit.start(), inContent));
    }
    return out;
  }

  private List<Hit> hits(List<Token> tokens) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (StancePattern p : patterns.candidates(tokens.get(i).word())) {
        int end = p.matchAt(tokens, i);
        if (end > i) {
          hits.add(new Hit(p.label(), i, end));
        }
      }
    }
    return hits;
  }

  /**
   * Drops hits that lie inside a longer hit of another label ("drop its hostile policy" is a
   * demand, not a criticism) and hits of the same label that overlap an earlier one (one cue
   * counts once).
   */
  private static List<Hit> mostSpecific(List<Hit> hits) {
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      boolean drop = false;
      for (Hit other : hits) {
        if (other != h && other.label() != h.label() && h.within(other) && other.length() > h.length()) {
          drop = true;
          break;
        }
      }
      for (int k = 0; k < kept.size() && !drop; k++) {
        Hit other = kept.get(k);
        if (other.label() == h.label() && h.start() < other.end() && other.start() < h.end()) {
          kept.set(k, new Hit(h.label(), Math.min(h.start(), other.start()), Math.max(h.end(), other.end())));
          drop = true;
        }
      }
      if (!drop) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** The token index of a negator within the window before {@code start}, same clause, or -1. */
  private int negatorBefore(List<Token> tokens, int start) {
    int clause = tokens.get(start).clause();
    for (int i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW; i--) {
      if (tokens.get(i).clause() != clause) {
        return -1;
      }
      if (scope.negates(tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Tokens from a condition word ("if", "unless") to the end of its clause. */
  private boolean[] conditionalScope(List<Token> tokens) {
    boolean[] inside = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (scope.opensCondition(tokens.get(i).word())) {
        int clause = tokens.get(i).clause();
        for (int j = i; j < tokens.size() && tokens.get(j).clause() == clause; j++) {
          inside[j] = true;
        }
      }
    }
    return inside;
  }

  /**
   * Which sentences of a region end with '?'. The mark may lie just past the region: contents
   * are cut before their closing punctuation.
   */
  private static boolean[] questionSentences(String text, List<Token> tokens, int regionEnd) {
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    boolean[] question = new boolean[sentences];
    for (int i = 0; i < tokens.size(); i++) {
      boolean lastOfSentence = i + 1 == tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence();
      if (lastOfSentence) {
        question[tokens.get(i).sentence()] = endsWithQuestionMark(text, tokens.get(i).end(), regionEnd);
      }
    }
    return question;
  }

  private static boolean endsWithQuestionMark(String text, int from, int regionEnd) {
    int limit = Math.min(text.length(), Math.max(regionEnd, from) + 3);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (c == '.' || c == '!' || Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The parts of the cue's sentence outside the content; without a sentence, the cue's nearest
   * occurrence before the content (or after it).
   */
  private static List<Span> contextRegions(String text, Span content, String cue, Span cueSentence) {
    List<Span> regions = new ArrayList<>();
    if (cueSentence != null && cueSentence.end() <= text.length()) {
      if (cueSentence.start() < content.start()) {
        regions.add(new Span(cueSentence.start(), Math.min(cueSentence.end(), content.start())));
      }
      if (cueSentence.end() > content.end()) {
        regions.add(new Span(Math.max(cueSentence.start(), content.end()), cueSentence.end()));
      }
    } else if (cue != null && !cue.isBlank()) {
      int at = text.lastIndexOf(cue, content.start());
      if (at < 0) {
        at = text.indexOf(cue, content.end());
      }
      if (at >= 0) {
        regions.add(new Span(at, at + cue.length()));
      }
    }
    return regions;
  }

  private Stance choose(List<Match> matches) {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    for (Match m : matches) {
      counts.merge(m.label(), 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      return Stance.NONE;
    }
    for (Stance s : patterns.dominant()) {
      if (counts.containsKey(s)) {
        return s;
      }
    }
    Stance best = Stance.NONE;
    int bestCount = 0;
    for (Stance s : patterns.priority()) {
      int c = counts.getOrDefault(s, 0);
      if (c > bestCount) {
        best = s;
        bestCount = c;
      }
    }
    return best;
  }

  /** The chosen label's cue texts, overlapping ones merged, in order of appearance. */
  private static List<String> cues(String text, List<Match> matches, Stance label) {
    List<int[]> ranges = new ArrayList<>();
    for (Match m : matches) {
      if (m.label() == label) {
        ranges.add(new int[] {m.cueStart(), m.cueEnd()});
      }
    }
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<String> cues = new ArrayList<>();
    int[] current = null;
    for (int[] r : ranges) {
      if (current != null && r[0] < current[1]) {
        current[1] = Math.max(current[1], r[1]);
      } else {
        if (current != null) {
          cues.add(text.substring(current[0], current[1]));
        }
        current = r;
      }
    }
    if (current != null) {
      cues.add(text.substring(current[0], current[1]));
    }
    return cues;
  }

  /**
   * The first target named in the content sentence that holds the first cue in the content;
   * else the first named anywhere in the content; else null.
   */
  private String target(List<Token> contentTokens, List<Match> matches, Stance label) {
    List<TargetLexicon.Mention> mentions = targets.mentions(contentTokens);
    if (mentions.isEmpty()) {
      return null;
    }
    for (Match m : matches) {
      if (m.label() == label && m.inContent()) {
        int sentence = contentTokens.get(m.firstToken()).sentence();
        for (TargetLexicon.Mention mention : mentions) {
          if (contentTokens.get(mention.start()).sentence() == sentence) {
            return mention.target();
          }
        }
        break;
      }
    }
    return mentions.get(0).target();
  }

  private static PatternSet defaultPatterns() {
    if (defaultPatterns == null) {
      synchronized (StanceTagger.class) {
        if (defaultPatterns == null) {
          defaultPatterns = new PatternSet(Resources.lines(PatternSet.RESOURCE), PatternSet.RESOURCE, null);
        }
      }
    }
    return defaultPatterns;
  }

  /** For tests: a tagger from pattern text. */
  static StanceTagger fromPatternText(String patterns) {
    return fromPatterns(new StringReader(patterns));
  }
}
