package dev.parley.stance;

import dev.parley.api.Stance;
import dev.parley.text.Span;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels a statement's stance (CONTRACT.md section 3) from patterns kept as data
 * (patterns.txt), with negation, rhetorical questions and conditions handled by scope words
 * (scope-words.txt) and the target found by names (targets.txt).
 *
 * <p>How one label is chosen: patterns are matched over the content and over a few words of
 * the cue's sentence around it (where "denounced", "urged ... to", "ruled out" sit; after an
 * indirect content only a short cue clause ending the sentence, not a following act). A match
 * lying inside a longer match of another label is dropped (the longer pattern is the more
 * specific one); NONE lines are blockers that only do this ("the suspended talks"). Matches
 * inside an "if"/"unless" clause are dropped (a condition is not the stance), and so are
 * {@code @background} matches inside a temporal clause ("after they broke off"). A
 * negator shortly before a match turns it into its {@code @negated} label ("no intention of
 * resuming talks": ENGAGE to REJECT), and a match in a question into its {@code @question} label
 * ("Is it possible to hold dialogue ...?": REJECT). Then the first {@code @dominant} label that
 * fired wins (an explicit threat: GUIDE.md convention 8); otherwise the label whose matches weigh
 * most (a pattern line's optional weight, else 1; explicit refusals weigh 3, so a refusal of talks
 * beats criticism around it, as GUIDE.md asks), ties broken by {@code @priority}. No match gives
 * NONE with no cues: the tagger never guesses.
 *
 * <p>Thread-safe: an instance holds only immutable, parsed data.
 */
public final class StanceTagger {
  /** How many words before a match a negator may stand and still negate it. */
  private static final int NEGATION_WINDOW = 4;
  /** How many words of the cue's sentence before and after the content are matched too. */
  private static final int CONTEXT_BEFORE = 6;
  private static final int CONTEXT_AFTER = 4;
  /** How far (chars) a cue given without its sentence may stand from the content. */
  private static final int CUE_DISTANCE = 200;

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
    Window w = window(text, content, cue, cueSentence);
    List<Match> matches = matchTokens(text, w);
    Stance label = choose(matches);
    if (label == Stance.NONE) {
      return StanceResult.none();
    }
    return new StanceResult(label, cues(text, matches, label), target(w, matches, label));
  }

  /** A fired pattern with the label it counts for after negation and questions. */
  private record Match(Stance label, int weight, int cueStart, int cueEnd, int firstToken, boolean inContent) {}

  /** A raw pattern match over tokens [start, end) of one region. */
  private record Hit(Stance label, int weight, int start, int end) {
    boolean within(Hit other) {
      return other.start <= start && end <= other.end;
    }

    int length() {
      return end - start;
    }
  }

  /**
   * The words to match: the content's, with a few words of its cue's sentence on either side
   * (where "denounced", "urged", "ruled out" sit). The rest of the sentence may belong to other
   * statements, so it is left out. Words {@code [contentStart, contentEnd)} are the content's.
   */
  private record Window(List<Token> tokens, int contentStart, int contentEnd) {}

  private static Window window(String text, Span content, String cue, Span cueSentence) {
    int from = content.start();
    int to = content.end();
    if (cueSentence != null && cueSentence.end() <= text.length()
        && cueSentence.start() <= content.end() && content.start() <= cueSentence.end()) {
      from = Math.min(from, cueSentence.start());
      to = Math.max(to, cueSentence.end());
    } else if (cue != null && !cue.isBlank()) {
      int at = text.lastIndexOf(cue, content.start());
      if (at >= 0 && content.start() - at <= CUE_DISTANCE) {
        from = at;
      } else if ((at = text.indexOf(cue, content.end())) >= 0 && at - content.end() <= CUE_DISTANCE) {
        to = at + cue.length();
      }
    }
    List<Token> all = Tokenizer.tokenize(text, from, to);
    int cs = 0;
    while (cs < all.size() && all.get(cs).start() < content.start()) {
      cs++;
    }
    int ce = cs;
    while (ce < all.size() && all.get(ce).start() < content.end()) {
      ce++;
    }
    int first = Math.max(0, cs - CONTEXT_BEFORE);
    int last = Math.min(all.size(), ce + afterContext(text, all, ce));
    return new Window(List.copyOf(all.subList(first, last)), cs - first, ce - first);
  }

  /**
   * How many words after the content belong to its cue: those of the same clause; after a
   * closing quote mark, those of the clause that follows it ("...," he denounced); after a
   * comma, a short clause that ends the sentence (", the statement charged."). A longer clause
   * after the content is another act ("..., urging Japanese politicians to recall ...").
   */
  private static int afterContext(String text, List<Token> all, int ce) {
    if (ce == 0 || ce >= all.size()) {
      return 0;
    }
    Token lastOfContent = all.get(ce - 1);
    Token next = all.get(ce);
    boolean quoteClosed = false;
    for (int i = lastOfContent.end(); i < next.start(); i++) {
      quoteClosed |= isQuoteMark(text.charAt(i));
    }
    int n = 0;
    while (n < CONTEXT_AFTER && ce + n < all.size() && all.get(ce + n).clause() == next.clause()) {
      n++;
    }
    boolean endsSentence = ce + n == all.size() || all.get(ce + n).sentence() != next.sentence();
    boolean sameClause = next.clause() == lastOfContent.clause();
    return sameClause || quoteClosed || endsSentence ? n : 0;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201d' || c == '\u201c' || c == '\'' || c == '\u2019';
  }

  private List<Match> matchTokens(String text, Window w) {
    List<Token> tokens = w.tokens();
    boolean[] conditional = clauseScope(tokens, true, 0);
    boolean[] temporal = clauseScope(tokens, false, w.contentStart());
    boolean[] questions = questionSentences(text, tokens);
    List<Match> out = new ArrayList<>();
    for (Hit hit : mostSpecific(hits(tokens))) {
      if (hit.label() == Stance.NONE || conditional[hit.start()]
          || (temporal[hit.start()] && patterns.isBackground(hit.label()))) {
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
      boolean inContent = hit.start() >= w.contentStart() && hit.start() < w.contentEnd();
      out.add(new Match(label, hit.weight(), cueStart, tokens.get(hit.end() - 1).end(), hit.start(), inContent));
    }
    return out;
  }

  private List<Hit> hits(List<Token> tokens) {
    List<Hit> hits = new ArrayList<>();
    // Words repeat a lot in long texts; looking up stems once per distinct word keeps it linear.
    Map<String, List<StancePattern>> candidates = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (StancePattern p : candidates.computeIfAbsent(tokens.get(i).word(), patterns::candidates)) {
        int end = p.matchAt(tokens, i);
        if (end > i) {
          hits.add(new Hit(p.label(), p.weight(), i, end));
        }
      }
    }
    return hits;
  }

  /**
   * Drops hits that lie inside a longer hit of another label ("drop its hostile policy" is a
   * demand, not a criticism) and merges hits of one label that overlap (one cue counts once).
   * Hits come sorted by start and span at most {@link PatternSet#maxSpan()} words, so only
   * near neighbours are compared: linear in the length of the text.
   */
  private List<Hit> mostSpecific(List<Hit> hits) {
    int maxSpan = patterns.maxSpan();
    List<Hit> kept = new ArrayList<>();
    Map<Stance, Integer> lastKept = new EnumMap<>(Stance.class);
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (insideLongerHit(hits, i, maxSpan)) {
        continue;
      }
      Integer k = lastKept.get(h.label());
      Hit previous = k == null ? null : kept.get(k);
      if (previous != null && h.start() < previous.end()) {
        kept.set(k, new Hit(h.label(), Math.max(h.weight(), previous.weight()),
            previous.start(), Math.max(h.end(), previous.end())));
      } else {
        lastKept.put(h.label(), kept.size());
        kept.add(h);
      }
    }
    return kept;
  }

  private static boolean insideLongerHit(List<Hit> hits, int i, int maxSpan) {
    Hit h = hits.get(i);
    for (int j = i - 1; j >= 0 && hits.get(j).start() >= h.start() - maxSpan; j--) {
      if (coveredBy(h, hits.get(j))) {
        return true;
      }
    }
    for (int j = i + 1; j < hits.size() && hits.get(j).start() <= h.start(); j++) {
      if (coveredBy(h, hits.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredBy(Hit h, Hit other) {
    return other.label() != h.label() && h.within(other) && other.length() > h.length();
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

  /**
   * Tokens from a condition word ("if", "unless"), or with {@code condition} false a temporal
   * word ("after", "when"), to the end of its clause or a word that closes a condition ("if
   * they refuse then we will ..."). A scope opened before token {@code wall} stops there: in
   * "shortly after announced it was freezing ...", the content starts a new clause of its own.
   */
  private boolean[] clauseScope(List<Token> tokens, boolean condition, int wall) {
    boolean[] inside = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (condition ? scope.opensCondition(word) : scope.opensTemporalClause(word)) {
        int clause = tokens.get(i).clause();
        int end = i < wall ? wall : tokens.size();
        for (int j = i; j < end && tokens.get(j).clause() == clause
            && !scope.closesCondition(tokens.get(j).word()); j++) {
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
  private static boolean[] questionSentences(String text, List<Token> tokens) {
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    boolean[] question = new boolean[sentences];
    for (int i = 0; i < tokens.size(); i++) {
      boolean lastOfSentence = i + 1 == tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence();
      if (lastOfSentence) {
        question[tokens.get(i).sentence()] = endsWithQuestionMark(text, tokens.get(i).end());
      }
    }
    return question;
  }

  private static boolean endsWithQuestionMark(String text, int from) {
    int limit = Math.min(text.length(), from + 20);
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

  private Stance choose(List<Match> matches) {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    for (Match m : matches) {
      counts.merge(m.label(), m.weight(), Integer::sum);
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
   * Who the stance is about: a name in the content's sentence holding the first cue of the
   * chosen label. For labels whose target is the grammatical subject ({@code @subject-target}:
   * "The U.S. should stop ...", "The U.S. ... will pay dearly") the nearest name before the cue,
   * else the first after it ("denounced the U.S.", "no intention to resume talks with Israel");
   * failing both, the other side; with no cue in the content, the first name in it.
   */
  private String target(Window w, List<Match> matches, Stance label) {
    List<Token> content = w.tokens().subList(w.contentStart(), w.contentEnd());
    List<TargetLexicon.Mention> mentions = targets.mentions(content);
    if (mentions.isEmpty()) {
      return null;
    }
    for (Match m : matches) {
      if (m.label() == label && m.inContent()) {
        int cue = m.firstToken() - w.contentStart();
        int sentence = content.get(cue).sentence();
        TargetLexicon.Mention before = null;
        TargetLexicon.Mention after = null;
        for (TargetLexicon.Mention mention : mentions) {
          if (content.get(mention.start()).sentence() != sentence) {
            continue;
          }
          if (mention.start() < cue) {
            before = mention;
          } else if (after == null) {
            after = mention;
          }
        }
        TargetLexicon.Mention first = patterns.targetIsSubject(label) ? before : after;
        TargetLexicon.Mention second = patterns.targetIsSubject(label) ? after : before;
        if (first != null || second != null) {
          return (first != null ? first : second).target();
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
}
