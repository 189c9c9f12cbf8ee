package dev.parley.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.text.AnalyzedText;
import dev.parley.text.Span;
import dev.parley.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores DateTagger on the gold statements of ../shared/eval/parley-gold: for each statement its
 * content span (first occurrence in the text) and an approximate cue sentence stand in for the
 * extractor's output. Statement-date accuracy is over gold statements with a known date; event
 * dates are scored as (statement, date) pairs.
 */
final class DateGoldEvaluation {
  static final Path GOLD_DIR = dev.parley.EvalData.dir("parley-gold");

  record Result(int dated, int datedRight, int eventTp, int eventPredicted, int eventGold, List<String> errors) {
    double accuracy() {
      return dated == 0 ? 0 : (double) datedRight / dated;
    }

    double eventPrecision() {
      return eventPredicted == 0 ? 0 : (double) eventTp / eventPredicted;
    }

    double eventRecall() {
      return eventGold == 0 ? 0 : (double) eventTp / eventGold;
    }

    String summary() {
      return String.format(
          "statement-date accuracy %.3f (%d/%d); event dates P %.3f (%d/%d) R %.3f (%d/%d)",
          accuracy(), datedRight, dated, eventPrecision(), eventTp, eventPredicted,
          eventRecall(), eventTp, eventGold);
    }
  }

  static Result run(Path goldFile, Path articlesFile) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> articles = new LinkedHashMap<>();
    for (String line : Files.readAllLines(articlesFile, StandardCharsets.UTF_8)) {
      JsonNode a = json.readTree(line);
      articles.put(a.get("id").asText(), a);
    }
    DateTagger tagger = new DateTagger();
    TextAnalyzer analyzer = new TextAnalyzer();
    int dated = 0, right = 0, tp = 0, predicted = 0, goldCount = 0;
    List<String> errors = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode g = json.readTree(line);
        JsonNode article = articles.get(g.get("article_id").asText());
        String text = article.get("text").asText();
        LocalDate published = parse(g.path("published").asText(null));
        AnalyzedText analyzed = analyzer.analyze(text);
        for (JsonNode s : g.get("statements")) {
          String content = s.get("content").asText();
          int at = text.indexOf(content);
          if (at < 0) {
            continue;
          }
          Span contentSpan = new Span(at, at + content.length());
          Span cue = cueSentence(analyzed, contentSpan);
          LocalDate goldDate = parse(s.path("statement_date").asText(null));
          StatementDate predictedDate = tagger.statementDate(text, cue, contentSpan, published);
          if (goldDate != null) {
            dated++;
            if (goldDate.equals(predictedDate.date())) {
              right++;
            } else {
              errors.add("DATE " + g.get("article_id").asText() + " gold " + goldDate + " got " + predictedDate
                  + " | cue: " + oneLine(cue.of(text)));
            }
          }
          Set<LocalDate> goldEvents = new HashSet<>();
          s.get("event_dates").forEach(d -> goldEvents.add(LocalDate.parse(d.asText())));
          // Relative words in a statement count from the day it was made ("yesterday" in a press
          // statement issued on Friday is Thursday); without that day, from the article's anchor.
          LocalDate anchor = predictedDate.date() != null ? predictedDate.date() : tagger.anchor(text, published);
          List<LocalDate> events = tagger.eventDates(text, contentSpan, anchor);
          goldCount += goldEvents.size();
          predicted += events.size();
          for (LocalDate d : events) {
            if (goldEvents.contains(d)) {
              tp++;
            }
          }
          if (!goldEvents.equals(new HashSet<>(events))) {
            errors.add("EVENT " + g.get("article_id").asText() + " gold " + goldEvents + " got " + events
                + " | " + oneLine(content.length() > 300 ? content.substring(0, 300) : content));
          }
        }
      }
    }
    return new Result(dated, right, tp, predicted, goldCount, errors);
  }

  /**
   * The sentence holding the cue, approximated without the extractor: the sentence where the
   * content starts; for a content that fills whole sentences, the sentence before when it ends
   * with a colon ("The commentary says:") and otherwise the sentence where the content ends
   * ("..., he said.").
   */
  static Span cueSentence(AnalyzedText analyzed, Span content) {
    String text = analyzed.text();
    int i = analyzed.sentenceAt(content.start());
    if (i < 0) {
      return content;
    }
    Span first = analyzed.sentences().get(i);
    boolean startsSentence = text.substring(first.start(), content.start()).strip().replaceAll("[\"“‘']", "").isEmpty();
    if (!startsSentence) {
      return first;
    }
    if (i > 0) {
      Span previous = analyzed.sentences().get(i - 1);
      if (previous.of(text).strip().endsWith(":")) {
        return previous;
      }
    }
    int j = analyzed.sentenceAt(Math.max(content.start(), content.end() - 1));
    return j >= 0 ? analyzed.sentences().get(j) : first;
  }

  private static LocalDate parse(String s) {
    return s == null || s.isEmpty() || s.equals("null") ? null : LocalDate.parse(s.substring(0, 10));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  public static void main(String[] args) throws IOException {
    Result r = run(GOLD_DIR.resolve("dev.jsonl"), GOLD_DIR.resolve("articles.jsonl"));
    r.errors().forEach(System.out::println);
    System.out.println(r.summary());
  }
}
