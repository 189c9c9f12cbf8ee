package dev.parley.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import dev.parley.score.SpeakerMatcher;
import dev.parley.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution precision/recall of {@link AttributionExtractor} against the parley-gold dev half,
 * scored as CONTRACT.md section 4 says (span overlap of half the shorter span, greedy largest
 * overlap first; speaker-name rule). Run: {@code mvn -B -q -o test-compile exec:java} is not
 * available offline, so run the main through the test class path or {@link DevEvaluationTest}.
 */
final class DevEvaluation {
  static final Path GOLD_DIR = dev.parley.EvalData.dir("parley-gold");

  record Score(int predicted, int gold, int rightPredictions, int rightGold) {
    double precision() {
      return predicted == 0 ? 0 : (double) rightPredictions / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) rightGold / gold;
    }
  }

  private record GoldStatement(int start, int end, String speaker, String type) {}

  static Score run(boolean verbose) throws IOException {
    return run(GOLD_DIR.resolve("articles.jsonl"), GOLD_DIR.resolve("dev.jsonl"), false, verbose);
  }

  /**
   * Scores against any gold in the contract's form; {@code rawSpeakers} compares the mention as
   * written with the gold speaker, as {@code parley score --raw-speakers} does (PolNeAR).
   */
  static Score run(Path articlesFile, Path goldFile, boolean rawSpeakers, boolean verbose) throws IOException {
    Map<String, JsonNode> articles = new HashMap<>();
    for (String line : Files.readAllLines(articlesFile)) {
      JsonNode a = Json.MAPPER.readTree(line);
      articles.put(a.get("id").asText(), a);
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    AttributionExtractor extractor = new AttributionExtractor();
    int predicted = 0;
    int gold = 0;
    int right = 0;
    String dump = System.getProperty("parley.dump"); // predictions as JSONL, for error analysis
    java.io.BufferedWriter dumpOut = dump == null ? null : Files.newBufferedWriter(Path.of(dump));
    for (String line : Files.readAllLines(goldFile)) {
      JsonNode g = Json.MAPPER.readTree(line);
      String text = articles.get(g.get("article_id").asText()).get("text").asText();
      List<GoldStatement> golds = new ArrayList<>();
      for (JsonNode s : g.get("statements")) {
        int start = text.indexOf(s.get("content").asText());
        golds.add(new GoldStatement(start, start + s.get("content").asText().length(),
            s.get("speaker").asText(), s.get("speaker_type").asText()));
      }
      List<Attribution> found = extractor.find(analyzer.analyze(text));
      predicted += found.size();
      gold += golds.size();
      if (dumpOut != null) {
        for (Attribution a : found) {
          dumpOut.write(Json.MAPPER.writeValueAsString(Map.of("article_id", g.get("article_id").asText(),
              "start", a.content().start(), "end", a.content().end(), "speaker", a.speaker(),
              "speaker_raw", a.speakerRaw(), "cue", a.cue(), "type", a.speakerType().name())));
          dumpOut.newLine();
        }
      }
      int r = matchRight(found, golds, text, rawSpeakers, verbose ? g.get("article_id").asText() : null);
      right += r;
    }
    if (dumpOut != null) {
      dumpOut.close();
    }
    return new Score(predicted, gold, right, right);
  }

  /** Greedy matching, largest overlap first; returns matched pairs with the right speaker. */
  private static int matchRight(List<Attribution> found, List<GoldStatement> golds, String text, boolean raw,
      String verboseId) {
    record Pair(int p, int g, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < found.size(); p++) {
      for (int g = 0; g < golds.size(); g++) {
        int s = Math.max(found.get(p).content().start(), golds.get(g).start());
        int e = Math.min(found.get(p).content().end(), golds.get(g).end());
        int shorter = Math.min(found.get(p).content().length(), golds.get(g).end() - golds.get(g).start());
        if (e - s > 0 && 2 * (e - s) >= shorter) {
          pairs.add(new Pair(p, g, e - s));
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Pair x) -> -x.overlap()).thenComparingInt(Pair::p).thenComparingInt(Pair::g));
    boolean[] usedP = new boolean[found.size()];
    boolean[] usedG = new boolean[golds.size()];
    int right = 0;
    for (Pair x : pairs) {
      if (usedP[x.p()] || usedG[x.g()]) {
        continue;
      }
      usedP[x.p()] = true;
      usedG[x.g()] = true;
      Attribution a = found.get(x.p());
      GoldStatement g = golds.get(x.g());
      String predicted = raw ? a.speakerRaw() : a.speaker();
      boolean ok = SpeakerMatcher.sameSpeaker(g.speaker(), g.type(), predicted, a.speakerType().name());
      if (ok) {
        right++;
      } else if (verboseId != null) {
        System.out.printf("SPK %s: got [%s] (%s) want [%s] :: %s%n", verboseId, a.speaker(), a.speakerRaw(),
            g.speaker(), snippet(a.content().of(text)));
      }
      if (verboseId != null && 2 * Math.abs(a.content().start() - g.start()) + 2 * Math.abs(a.content().end() - g.end())
          > Math.max(20, g.end() - g.start())) {
        System.out.printf("SPAN %s: [%s] got :: %s%n    want :: %s%n", verboseId, a.speaker(), snippet(a.content().of(text)),
            snippet(text.substring(g.start(), g.end())));
      }
    }
    if (verboseId != null) {
      for (int p = 0; p < found.size(); p++) {
        if (!usedP[p]) {
          System.out.printf("FP  %s: [%s] (%s) %s :: %s%n", verboseId, found.get(p).speaker(), found.get(p).speakerRaw(),
              found.get(p).cue(), snippet(found.get(p).content().of(text)));
        }
      }
      for (int g = 0; g < golds.size(); g++) {
        if (!usedG[g]) {
          System.out.printf("FN  %s: [%s] :: %s%n", verboseId, golds.get(g).speaker(),
              snippet(text.substring(Math.max(0, golds.get(g).start()), golds.get(g).end())));
        }
      }
    }
    return right;
  }

  private static String snippet(String s) {
    s = s.replaceAll("\\s+", " ");
    return s.length() > 110 ? s.substring(0, 110) + "..." : s;
  }

  /** Args: [-v] [ARTICLES GOLD [--raw-speakers]]; without files, the parley-gold dev half. */
  public static void main(String[] args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    boolean verbose = a.remove("-v");
    boolean raw = a.remove("--raw-speakers");
    Score s = a.size() >= 2 ? run(Path.of(a.get(0)), Path.of(a.get(1)), raw, verbose) : run(verbose);
    System.out.printf("predicted=%d gold=%d right=%d P=%.3f R=%.3f%n", s.predicted(), s.gold(),
        s.rightPredictions(), s.precision(), s.recall());
  }
}
