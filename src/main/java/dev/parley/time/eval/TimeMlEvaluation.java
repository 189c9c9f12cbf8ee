package dev.parley.time.eval;

import dev.parley.time.DateMention;
import dev.parley.time.DateTagger;
import dev.parley.time.eval.TimeMlDocument.Timex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores DateTagger.find against the TIMEX3 of TimeML files (TempEval-3 style, see TimexScore),
 * each document's creation date as anchor. Usage: TimeMlEvaluation DIR_OR_FILE... [--errors]
 */
public final class TimeMlEvaluation {
  /** The summed counts, the documents read and the seconds spent tagging (reading excluded). */
  public record Result(TimexScore score, int documents, double seconds, List<String> errors) {
    public double documentsPerSecond() {
      return seconds == 0 ? 0 : documents / seconds;
    }
  }

  private TimeMlEvaluation() {}

  public static Result evaluate(List<Path> roots) {
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : TimeMlReader.files(roots)) {
      docs.add(TimeMlReader.read(f));
    }
    DateTagger tagger = new DateTagger();
    TimexScore total = TimexScore.ZERO;
    List<String> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    List<List<Timex>> predicted = new ArrayList<>();
    for (TimeMlDocument d : docs) {
      predicted.add(predict(tagger, d));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < docs.size(); i++) {
      total = total.plus(TimexScore.of(docs.get(i).timexes(), predicted.get(i)));
      errors.addAll(differences(docs.get(i), predicted.get(i)));
    }
    return new Result(total, docs.size(), seconds, errors);
  }

  /** The system's expressions for one document, as Timex. */
  public static List<Timex> predict(DateTagger tagger, TimeMlDocument d) {
    List<Timex> out = new ArrayList<>();
    for (DateMention m : tagger.find(d.text(), 0, d.text().length(), d.dct())) {
      out.add(new Timex(m.start(), m.end(), m.type(), m.value()));
    }
    return out;
  }

  /** Tab-separated lines for misses (MISS), extras (EXTRA) and wrong spans or values (DIFF, gold first, with the DCT), each with its context. */
  static List<String> differences(TimeMlDocument d, List<Timex> predicted) {
    List<String> out = new ArrayList<>();
    boolean[] used = new boolean[predicted.size()];
    for (Timex g : d.timexes()) {
      int hit = -1;
      for (int i = 0; i < predicted.size(); i++) {
        Timex p = predicted.get(i);
        if (!used[i] && p.start() < g.end() && g.start() < p.end()) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        out.add(String.join("\t", d.id(), "MISS", quote(d, g), g.type(), g.value(), context(d, g)));
      } else {
        used[hit] = true;
        Timex p = predicted.get(hit);
        if (!String.valueOf(g.value()).equals(p.value()) || g.start() != p.start() || g.end() != p.end()) {
          out.add(String.join("\t", d.id(), "DIFF", quote(d, g) + " / " + quote(d, p),
              g.type() + "/" + p.type(), g.value() + " / " + p.value(), d.dct().toString(), context(d, g)));
        }
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Timex p = predicted.get(i);
        out.add(String.join("\t", d.id(), "EXTRA", quote(d, p), p.type(), p.value(), context(d, p)));
      }
    }
    return out;
  }

  private static String quote(TimeMlDocument d, Timex t) {
    return "[" + d.text().substring(t.start(), t.end()).replaceAll("\\s+", " ") + "]";
  }

  private static String context(TimeMlDocument d, Timex t) {
    int a = Math.max(0, t.start() - 50);
    int b = Math.min(d.text().length(), t.end() + 50);
    return d.text().substring(a, b).replaceAll("\\s+", " ");
  }

  public static void main(String[] args) {
    List<Path> roots = new ArrayList<>();
    boolean showErrors = false;
    for (String a : args) {
      if (a.equals("--errors")) {
        showErrors = true;
      } else {
        roots.add(Path.of(a));
      }
    }
    if (roots.isEmpty()) {
      System.err.println("Usage: TimeMlEvaluation DIR_OR_FILE... [--errors]");
      System.exit(2);
    }
    Result r = evaluate(roots);
    if (showErrors) {
      r.errors().forEach(System.out::println);
    }
    System.out.println(r.score().table());
    System.out.printf(Locale.ROOT, "documents %d, tagging %.2f s, %.1f documents/second%n",
        r.documents(), r.seconds(), r.documentsPerSecond());
  }
}
