package dev.parley.score;

import dev.parley.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold and predicted content spans of one article (CONTRACT.md section 4). A pair is a
 * candidate when the spans overlap by at least half of the shorter one (and by at least one
 * character, so empty spans never match). Candidates are taken greedily, largest overlap first;
 * ties go to the earlier gold start, then the earlier prediction start, then the earlier gold and
 * prediction in list order, so the result never depends on sort stability.
 */
public final class SpanMatcher {

  private static final Comparator<SpanMatch> GREEDY_ORDER =
      Comparator.comparingInt(SpanMatch::overlap).reversed();

  private SpanMatcher() {}

  /** Null entries (a gold content not found in the text, an invalid predicted span) take part in no pair. */
  public static List<SpanMatch> match(List<Span> gold, List<Span> predicted) {
    List<SpanMatch> candidates = candidates(gold, predicted);
    candidates.sort(
        GREEDY_ORDER
            .thenComparingInt((SpanMatch m) -> gold.get(m.goldIndex()).start())
            .thenComparingInt(m -> predicted.get(m.predIndex()).start())
            .thenComparingInt(SpanMatch::goldIndex)
            .thenComparingInt(SpanMatch::predIndex));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<SpanMatch> chosen = new ArrayList<>();
    for (SpanMatch m : candidates) {
      if (!goldUsed[m.goldIndex()] && !predUsed[m.predIndex()]) {
        goldUsed[m.goldIndex()] = true;
        predUsed[m.predIndex()] = true;
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(SpanMatch::goldIndex));
    return chosen;
  }

  /** Overlap length of two spans, 0 when they are disjoint or only touch. */
  public static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /** The matching threshold: at least half of the shorter span, and not empty. */
  public static boolean overlapsEnough(Span a, Span b) {
    int overlap = overlap(a, b);
    return overlap > 0 && 2 * overlap >= Math.min(a.length(), b.length());
  }

  private static List<SpanMatch> candidates(List<Span> gold, List<Span> predicted) {
    List<SpanMatch> out = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        Span gs = gold.get(g);
        Span ps = predicted.get(p);
        if (gs != null && ps != null && overlapsEnough(gs, ps)) {
          out.add(new SpanMatch(g, p, overlap(gs, ps)));
        }
      }
    }
    return out;
  }
}
