package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.api.Extraction;
import dev.parley.api.StageListener;
import dev.parley.api.Statement;
import dev.parley.api.StatementExtractor;
import dev.parley.extract.Attribution;
import dev.parley.extract.AttributionExtractor;
import dev.parley.stance.StanceResult;
import dev.parley.stance.StanceTagger;
import dev.parley.text.AnalyzedText;
import dev.parley.text.Span;
import dev.parley.text.TextAnalyzer;
import dev.parley.time.DateTagger;
import dev.parley.time.StatementDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The NLP core: sentences and tokens, attribution, dates and stance, one article at a time. Plain
 * Java; Spark maps it over partitions, and a notebook or test can call it directly.
 */
public final class StatementPipeline implements StatementExtractor {
  /** Speaker name of a statement whose source the text does not give. */
  public static final String UNKNOWN_SPEAKER = "unknown";

  /** Stage names given to a {@link StageListener}, in the order they first run. */
  public static final List<String> STAGES = List.of("tokenize", "attribution", "dates", "stance");

  private final TextAnalyzer analyzer;
  private final AttributionExtractor attributions;
  private final DateTagger dates;
  private final StanceTagger stances;

  public StatementPipeline() {
    this(new StanceTagger());
  }

  public StatementPipeline(StanceTagger stances) {
    this.analyzer = new TextAnalyzer();
    this.attributions = new AttributionExtractor();
    this.dates = new DateTagger();
    this.stances = stances;
  }

  @Override
  public List<Statement> extract(Article article) {
    return extract(article, StageListener.NONE, Integer.MAX_VALUE).statements();
  }

  /** Dates and stance, the costly part per statement, are worked out for the kept ones only. */
  @Override
  public Extraction extract(Article article, StageListener stages, int maxStatements) {
    String text = article.text();
    stages.enter("tokenize");
    AnalyzedText analyzed = analyzer.analyze(text);
    stages.enter("attribution");
    List<Attribution> found = attributions.find(analyzed);
    List<Statement> out = new ArrayList<>();
    stages.enter("dates");
    LocalDate anchor = dates.anchor(text, article.published());
    for (Attribution a : found.subList(0, Math.min(maxStatements, found.size()))) {
      Span content = a.content();
      Span cueSentence = cueSentence(analyzed, a);
      stages.enter("dates");
      StatementDate when = dates.statementDate(text, frame(cueSentence, a), content, article.published());
      // Relative words inside a statement count from the day it was made ("yesterday" in a
      // statement issued on Friday is Thursday).
      List<LocalDate> events = dates.eventDates(text, content, when.date() != null ? when.date() : anchor);
      stages.enter("stance");
      StanceResult stance = stances.classify(text, content, a.cue(), cueSentence);
      String speaker = a.speaker() != null ? a.speaker() : a.speakerRaw() != null ? a.speakerRaw() : UNKNOWN_SPEAKER;
      out.add(new Statement(article.id(), out.size(), speaker, a.speakerRaw(), a.speakerType(), a.speakerCountry(),
          a.cue(), content.of(text), content.start(), content.end(), a.isDirect(), when.date(), when.basis(), events,
          stance.stance(), stance.cues(), stance.target()));
    }
    return new Extraction(out, found.size());
  }

  /**
   * The part of the cue sentence that may date the statement: all of it, except that an indirect content
   * after its cue and ending before the sentence does leaves the rest to another clause ("The strikes, which
   * employers say have cost them millions, began on January 19": January 19 is not when employers spoke).
   */
  private static Span frame(Span cueSentence, Attribution a) {
    Span content = a.content();
    boolean clauseAfterCue = !a.isDirect() && a.cueSpan() != null && content.start() >= a.cueSpan().end()
        && content.end() < cueSentence.end() && content.end() > cueSentence.start();
    return clauseAfterCue ? new Span(cueSentence.start(), content.end()) : cueSentence;
  }

  private static Span cueSentence(AnalyzedText analyzed, Attribution a) {
    int at = a.cueSpan() != null ? a.cueSpan().start() : a.content().start();
    int index = analyzed.sentenceAt(at);
    return index >= 0 ? analyzed.sentences().get(index) : a.content();
  }
}
