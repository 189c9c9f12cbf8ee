package dev.parley.compare;

import dev.parley.api.Article;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import dev.parley.pipeline.StatementPipeline;
import dev.parley.score.FMeasure;
import dev.parley.score.GoldArticle;
import dev.parley.score.GoldReader;
import dev.parley.score.GoldStatement;
import dev.parley.score.ScoreReport;
import dev.parley.score.Scorer;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Parley's StatementPipeline and Stanford CoreNLP 4.5's quote attribution (Muzny et al. 2017:
 * annotators tokenize, ssplit, pos, lemma, ner, depparse, coref, quote with quote.attributeQuotes,
 * every other setting CoreNLP's English default, statistical coref) on the texts of a parley-gold
 * file, both scored with Parley's Scorer (CONTRACT.md section 4), side by side with their speed.
 *
 * <p>A CoreNLP quote becomes one statement: content = the quote's span without its marks (and
 * without a comma just inside the closing mark, GUIDE.md convention 5); speaker = one of the two
 * names CoreNLP gives a quote, its speaker (a person of the document, pronouns resolved) or the
 * canonical mention of the speaker's chain, the other when the first is missing ({@link Naming});
 * no type, date or stance. Three CoreNLP rows are printed: each naming, and the better one with
 * the quotes that got no speaker left out. CoreNLP only finds text inside quote marks, so a second
 * score is taken against the direct (quoted) gold statements alone, with Parley's direct
 * statements only, and the recall of those by all of a system's predictions.
 *
 * <p>Timing: one thread. Model loading is timed apart. Both systems first run on the first {@code
 * warmup} documents (default 10, not timed); then CoreNLP annotates every document once and Parley
 * passes over every document until {@code parley.seconds} (default 10) have gone by, so that its
 * short run is not all JIT compilation. Per-core speed divides documents by the CPU time of the
 * annotating thread (ThreadMXBean) and, stricter, by the CPU time of the whole process over the
 * same interval (JIT compiler and garbage collector threads included). On a shared machine the
 * wall-clock rate depends on the other load; the CPU rates much less.
 *
 * <p>Usage: CoreNlpComparison GOLD_JSONL ARTICLES_JSONL, with the system properties warmup,
 * parley.seconds, limit (score only the first N gold articles; 0, the default, means all) and dump
 * (a TSV file of CoreNLP's quotes; empty, the default, means none). Only in the {@code compare}
 * Maven profile: CoreNLP is not a dependency of Parley.
 */
public final class CoreNlpComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String QUOTE_MARKS = "\"'`“”‘’«»„‟‚‛";

  /** Time spent annotating: wall clock, this thread's CPU, the process's CPU (all nanoseconds). */
  record Timing(int documents, long wallNanos, long threadCpuNanos, long processCpuNanos) {
    double perSecond() {
      return documents / (wallNanos / 1e9);
    }

    double perThreadCpuSecond() {
      return documents / (threadCpuNanos / 1e9);
    }

    double perProcessCpuSecond() {
      return documents / (processCpuNanos / 1e9);
    }
  }

  /** One system's predictions, how long it took and its scores against all and direct gold. */
  record Run(String name, List<Statement> predictions, double loadSeconds, Timing timing, ScoreReport all,
      ScoreReport direct, double directRecallAnyPrediction) {}

  private CoreNlpComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CoreNlpComparison GOLD_JSONL ARTICLES_JSONL (see the class comment)");
      System.exit(2);
    }
    List<GoldArticle> gold = GoldReader.read(Path.of(args[0]));
    int limit = Integer.getInteger("limit", 0);
    if (limit > 0 && limit < gold.size()) {
      gold = gold.subList(0, limit);
    }
    Map<String, String> texts = GoldReader.readTexts(Path.of(args[1]));
    List<Article> articles = new ArrayList<>();
    for (GoldArticle g : gold) {
      String text = texts.get(g.articleId());
      if (text == null) {
        throw new IllegalArgumentException("No text for gold article " + g.articleId() + " in " + args[1]);
      }
      articles.add(Article.of(g.articleId(), g.published(), text));
    }
    int warmup = Math.min(Integer.getInteger("warmup", 10), articles.size());
    double parleySeconds = Double.parseDouble(System.getProperty("parley.seconds", "10"));
    int cpus = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%d gold articles, %d gold statements (%d direct); %d warm-up documents; "
        + "%d processors, max heap %.1f GB%n", gold.size(), count(gold, false), count(gold, true), warmup, cpus,
        Runtime.getRuntime().maxMemory() / 1e9);

    Run parley = parley(articles, gold, texts, warmup, parleySeconds);
    CoreNlpOutput out = annotate(articles, warmup);
    List<Run> runs = List.of(parley,
        coreNlp(out, articles, gold, texts, Naming.SPEAKER, false),
        coreNlp(out, articles, gold, texts, Naming.CANONICAL, false),
        coreNlp(out, articles, gold, texts, Naming.SPEAKER, true));
    String dump = System.getProperty("dump", "");
    if (!dump.isBlank()) {
      dump(Path.of(dump), articles, out);
    }
    print(runs, out.quotes());
  }

  // ---------------------------------------------------------------- Parley

  static Run parley(List<Article> articles, List<GoldArticle> gold, Map<String, String> texts, int warmup,
      double minSeconds) {
    long t0 = System.nanoTime();
    StatementPipeline pipeline = new StatementPipeline();
    pipeline.extract(Article.of("load", null, "Loading, she said."));
    double load = (System.nanoTime() - t0) / 1e9;
    for (Article a : articles.subList(0, warmup)) {
      pipeline.extract(a);
    }
    List<Statement> predictions = new ArrayList<>();
    Clock clock = Clock.start();
    int documents = 0;
    do {
      for (Article a : articles) {
        List<Statement> out = pipeline.extract(a);
        if (documents < articles.size()) {
          predictions.addAll(out);
        }
        documents++;
      }
    } while (clock.wallSeconds() < minSeconds);
    Timing timing = clock.stop(documents);
    return scored("Parley " + version(), predictions, load, timing, gold, texts, Statement::isDirect);
  }

  // ---------------------------------------------------------------- CoreNLP

  /** How a CoreNLP quote names its speaker; the first name present wins. */
  enum Naming {
    /** The quote's speaker (a person of the document, pronouns resolved), else its canonical mention. */
    SPEAKER("speaker"),
    /** The canonical mention of the quote's speaker chain, else the speaker. */
    CANONICAL("canonical mention");

    final String label;

    Naming(String label) {
      this.label = label;
    }

    String name(CoreQuote q) {
      Optional<String> first = this == SPEAKER ? q.speaker() : q.canonicalSpeaker();
      Optional<String> second = this == SPEAKER ? q.canonicalSpeaker() : q.speaker();
      return first.or(() -> second).orElse(null);
    }
  }

  /** CoreNLP's annotated documents, in article order, and the time the annotation took. */
  record CoreNlpOutput(List<CoreDocument> documents, double loadSeconds, Timing timing) {
    List<CoreQuote> quotes() {
      return documents.stream().flatMap(d -> d.quotes().stream()).toList();
    }
  }

  static CoreNlpOutput annotate(List<Article> articles, int warmup) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    props.setProperty("quote.attributeQuotes", "true");
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double load = (System.nanoTime() - t0) / 1e9;
    // The quote sieves log a warning with a dependency tree for every quote they cannot place.
    RedwoodConfiguration.current().clear().apply();
    for (Article a : articles.subList(0, warmup)) {
      pipeline.annotate(new CoreDocument(a.text()));
    }
    List<CoreDocument> docs = new ArrayList<>();
    Clock clock = Clock.start();
    for (Article a : articles) {
      CoreDocument doc = new CoreDocument(a.text());
      pipeline.annotate(doc);
      docs.add(doc);
    }
    return new CoreNlpOutput(docs, load, clock.stop(articles.size()));
  }

  /** CoreNLP's quotes as statements, named one way; with attributedOnly, quotes without a speaker left out. */
  static Run coreNlp(CoreNlpOutput out, List<Article> articles, List<GoldArticle> gold, Map<String, String> texts,
      Naming naming, boolean attributedOnly) {
    List<Statement> predictions = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      int seq = 0;
      for (CoreQuote q : out.documents().get(i).quotes()) {
        Statement s = statement(articles.get(i), seq, q, naming);
        if (!attributedOnly || s.speaker() != null) {
          predictions.add(s);
          seq++;
        }
      }
    }
    String name = "CoreNLP 4.5.10, " + naming.label + (attributedOnly ? ", attributed only" : "");
    return scored(name, predictions, out.loadSeconds(), out.timing(), gold, texts, s -> true);
  }

  /**
   * A CoreNLP quote as a Parley statement. The quote's character offsets are those of the article
   * text and include the marks; content is the inside, as gold has it.
   */
  static Statement statement(Article article, int seq, CoreQuote q, Naming naming) {
    String text = article.text();
    int start = q.quoteCharOffsets().first();
    int end = q.quoteCharOffsets().second();
    while (start < end && QUOTE_MARKS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    String mention = q.coreMap().get(QuoteAttributionAnnotator.MentionAnnotation.class);
    return new Statement(article.id(), seq, naming.name(q), mention, null, null, null, text.substring(start, end),
        start, end, true, null, null, List.of(), Stance.NONE, List.of(), null);
  }

  // ---------------------------------------------------------------- scoring and output

  private static Run scored(String name, List<Statement> predictions, double load, Timing timing,
      List<GoldArticle> gold, Map<String, String> texts, Predicate<Statement> direct) {
    ScoreReport all = Scorer.score(gold, texts, predictions);
    List<GoldArticle> directGold = directGold(gold);
    ScoreReport onlyDirect = Scorer.score(directGold, texts, predictions.stream().filter(direct).toList());
    ScoreReport directAny = Scorer.score(directGold, texts, predictions);
    return new Run(name, predictions, load, timing, all, onlyDirect, directAny.attribution().recall());
  }

  private static List<GoldArticle> directGold(List<GoldArticle> gold) {
    List<GoldArticle> out = new ArrayList<>();
    for (GoldArticle g : gold) {
      out.add(new GoldArticle(g.articleId(), g.published(),
          g.statements().stream().filter(GoldStatement::isDirect).toList()));
    }
    return out;
  }

  private static int count(List<GoldArticle> gold, boolean directOnly) {
    return gold.stream().mapToInt(g -> (int) g.statements().stream().filter(s -> !directOnly || s.isDirect()).count())
        .sum();
  }

  private static void print(List<Run> runs, List<CoreQuote> quotes) {
    long withSpeaker = quotes.stream().filter(q -> q.hasSpeaker).count();
    long withCanonical = quotes.stream().filter(q -> q.hasCanonicalSpeaker).count();
    long withEither = quotes.stream().filter(q -> q.hasSpeaker || q.hasCanonicalSpeaker).count();
    System.out.println();
    System.out.printf(Locale.ROOT, "CoreNLP quotes: %d; with a speaker %d, with a canonical mention %d, with either %d%n",
        quotes.size(), withSpeaker, withCanonical, withEither);
    System.out.println();
    String head = "%-42s %5s %5s %6s %6s %6s  %6s %6s %6s %6s  %8s %8s %8s %6s%n";
    String row = "%-42s %5d %5d %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f %6.3f  %8.2f %8.2f %8.2f %6.1f%n";
    System.out.printf(Locale.ROOT, head, "", "", "", "attribution, all gold", "", "", "direct gold only", "", "",
        "R any", "docs/s", "docs per CPU-s", "", "load");
    System.out.printf(Locale.ROOT, head, "system", "pred", "match", "P", "R", "F1", "P", "R", "F1", "pred", "wall",
        "thread", "process", "s");
    for (Run r : runs) {
      FMeasure a = r.all().attribution();
      FMeasure d = r.direct().attribution();
      Timing t = r.timing();
      System.out.printf(Locale.ROOT, row, r.name(), r.all().counts().predictions(), r.all().counts().matched(),
          a.precision(), a.recall(), a.f1(), d.precision(), d.recall(), d.f1(), r.directRecallAnyPrediction(),
          t.perSecond(), t.perThreadCpuSecond(), t.perProcessCpuSecond(), r.loadSeconds());
    }
    System.out.println();
    Run parley = runs.get(0);
    Run corenlp = runs.get(1);
    for (Run r : List.of(parley, corenlp)) {
      System.out.printf(Locale.ROOT, "%s: timed %d documents in %.2f s wall, %.2f s thread CPU, %.2f s process CPU%n",
          r.name(), r.timing().documents(), r.timing().wallNanos() / 1e9, r.timing().threadCpuNanos() / 1e9,
          r.timing().processCpuNanos() / 1e9);
    }
    double threadRatio = parley.timing().perThreadCpuSecond() / corenlp.timing().perThreadCpuSecond();
    double processRatio = parley.timing().perProcessCpuSecond() / corenlp.timing().perProcessCpuSecond();
    System.out.printf(Locale.ROOT, "Parley per core: %.0fx CoreNLP's documents per thread-CPU second, %.0fx per "
        + "process-CPU second%n", threadRatio, processRatio);
    Run best = runs.subList(1, runs.size()).stream()
        .max(Comparator.comparingDouble(r -> r.all().attribution().f1())).orElseThrow();
    System.out.printf(Locale.ROOT, "Parley attribution F1 %.3f vs CoreNLP's best variant (%s) %.3f: %+.3f%n",
        parley.all().attribution().f1(), best.name(), best.all().attribution().f1(),
        parley.all().attribution().f1() - best.all().attribution().f1());
    System.out.println("pred/match: predictions and span-matched pairs (all gold); direct gold only: Parley's "
        + "is_direct statements (every CoreNLP quote) against gold statements in quote marks; R any pred: recall "
        + "of those gold statements by all predictions; docs/s over the timed pass(es) on one thread, after warm-up");
  }

  /** CoreNLP's quotes as TSV (article, span, speaker, canonical mention, mention, content), to read by eye. */
  private static void dump(Path file, List<Article> articles, CoreNlpOutput out) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int i = 0; i < articles.size(); i++) {
        for (CoreQuote q : out.documents().get(i).quotes()) {
          Statement s = statement(articles.get(i), 0, q, Naming.SPEAKER);
          w.printf(Locale.ROOT, "%s\t%d\t%d\t%s\t%s\t%s\t%s%n", s.articleId(), s.charStart(), s.charEnd(),
              oneLine(q.speaker().orElse("")), oneLine(q.canonicalSpeaker().orElse("")), oneLine(s.speakerRaw()),
              oneLine(s.content()));
        }
      }
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ");
  }

  private static String version() {
    String v = StatementPipeline.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  /** Wall clock, this thread's CPU and the process's CPU from one moment on. */
  private record Clock(long wall, long thread, long process) {
    static Clock start() {
      return new Clock(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), processCpu());
    }

    double wallSeconds() {
      return (System.nanoTime() - wall) / 1e9;
    }

    Timing stop(int documents) {
      return new Timing(documents, System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - thread,
          processCpu() - process);
    }

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}
