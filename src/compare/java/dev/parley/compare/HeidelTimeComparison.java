package dev.parley.compare;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import dev.parley.time.DateTagger;
import dev.parley.time.eval.TimeMlDocument;
import dev.parley.time.eval.TimeMlDocument.Timex;
import dev.parley.time.eval.TimeMlEvaluation;
import dev.parley.time.eval.TimeMlReader;
import dev.parley.time.eval.TimexScore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parley's DateTagger and HeidelTime 2.1 (standalone, English news, no part-of-speech tagger, so
 * no TreeTagger binary) on the same TimeML documents with their creation dates, both scored with
 * TimexScore; prints strict/relaxed span F1, value F1 and documents per second side by side.
 * Usage: HeidelTimeComparison DIR_OR_FILE... (default: ../shared/eval/tempeval3/TBAQ-cleaned).
 * Only in the `compare` Maven profile: HeidelTime is not a dependency of Parley.
 */
public final class HeidelTimeComparison {
  private static final Pattern TAG = Pattern.compile("<(/?)TIMEX3([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  /** HeidelTime logs three INFO lines per document; held here so the level set sticks. */
  private static final Logger HEIDELTIME_LOG = Logger.getLogger("de.unihd.dbs");

  /** One system's summed counts and the seconds it spent tagging (reading and start-up excluded). */
  record Run(String name, TimexScore score, double seconds, int documents, int misaligned) {
    double documentsPerSecond() {
      return seconds == 0 ? 0 : documents / seconds;
    }
  }

  private HeidelTimeComparison() {}

  public static void main(String[] args) throws Exception {
    List<Path> roots = new ArrayList<>();
    for (String a : args) {
      roots.add(Path.of(a));
    }
    if (roots.isEmpty()) {
      roots.add(Path.of("../shared/eval/tempeval3/TBAQ-cleaned"));
    }
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : TimeMlReader.files(roots)) {
      docs.add(TimeMlReader.read(f));
    }
    Run parley = parley(docs);
    Run heidel = heidelTime(docs);
    print(List.of(parley, heidel));
  }

  static Run parley(List<TimeMlDocument> docs) {
    DateTagger tagger = new DateTagger();
    TimexScore total = TimexScore.ZERO;
    long t0 = System.nanoTime();
    List<List<Timex>> predicted = new ArrayList<>();
    for (TimeMlDocument d : docs) {
      predicted.add(TimeMlEvaluation.predict(tagger, d));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < docs.size(); i++) {
      total = total.plus(TimexScore.of(docs.get(i).timexes(), predicted.get(i)));
    }
    return new Run("Parley DateTagger", total, seconds, docs.size(), 0);
  }

  static Run heidelTime(List<TimeMlDocument> docs) throws Exception {
    HEIDELTIME_LOG.setLevel(Level.WARNING);
    HeidelTimeStandalone heidel = new HeidelTimeStandalone(
        Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, configFile().toString(), POSTagger.NO);
    List<String> outputs = new ArrayList<>();
    long t0 = System.nanoTime();
    for (TimeMlDocument d : docs) {
      Date dct = Date.from(d.dct().atStartOfDay(ZoneOffset.UTC).toInstant());
      outputs.add(heidel.process(d.text(), dct));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    TimexScore total = TimexScore.ZERO;
    int misaligned = 0;
    for (int i = 0; i < docs.size(); i++) {
      List<Timex> predicted = timexes(docs.get(i).text(), outputs.get(i));
      if (predicted == null) {
        misaligned++;
        predicted = List.of();
      }
      total = total.plus(TimexScore.of(docs.get(i).timexes(), predicted));
    }
    return new Run("HeidelTime 2.1 (POS tagger NO)", total, seconds, docs.size(), misaligned);
  }

  /**
   * HeidelTime's settings for the standalone pipeline without a POS tagger: the type system
   * inside its jar, all four types, durations converted. No tagger path is needed with NO.
   */
  private static Path configFile() throws IOException {
    Properties p = new Properties();
    p.setProperty("considerDate", "true");
    p.setProperty("considerDuration", "true");
    p.setProperty("considerSet", "true");
    p.setProperty("considerTime", "true");
    p.setProperty("treeTaggerHome", "");
    p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
    p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
    p.setProperty("uimaVarDate", "Date");
    p.setProperty("uimaVarDuration", "Duration");
    p.setProperty("uimaVarLanguage", "Language");
    p.setProperty("uimaVarSet", "Set");
    p.setProperty("uimaVarTime", "Time");
    p.setProperty("uimaVarTypeToProcess", "Type");
    p.setProperty("ConvertDurations", "true");
    p.setProperty("Debugging", "false");
    Path f = Files.createTempFile("heideltime-config", ".props");
    f.toFile().deleteOnExit();
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      p.store(w, "written by HeidelTimeComparison");
    }
    return f;
  }

  /**
   * The TIMEX3 of HeidelTime's TimeML output as offsets into the input text: the output is the
   * input with tags inserted (and a TimeML header, white space around it may differ), so the text
   * between the tags is found in turn along the input, white space at its ends aside. Null when
   * a piece of text cannot be found close after the previous one.
   */
  static List<Timex> timexes(String input, String output) {
    int from = output.indexOf("<TimeML>");
    int to = output.lastIndexOf("</TimeML>");
    String body = from < 0 || to < 0 ? output : output.substring(from + "<TimeML>".length(), to);
    List<Timex> out = new ArrayList<>();
    int pos = 0;
    int last = 0;
    boolean inside = false;
    int start = -1;
    String type = null;
    String value = null;
    Matcher m = TAG.matcher(body);
    while (m.find()) {
      String chunk = unescape(body.substring(last, m.start())).strip();
      last = m.end();
      if (!chunk.isEmpty()) {
        int at = input.indexOf(chunk, pos);
        if (at < 0 || at - pos > 200) {
          return null;
        }
        if (inside && start < 0) {
          start = at;
        }
        pos = at + chunk.length();
      }
      if (m.group(1).isEmpty()) {
        inside = true;
        start = -1;
        type = null;
        value = null;
        Matcher a = ATTR.matcher(m.group(2));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
      } else if (inside && start >= 0) {
        out.add(new Timex(start, pos, type, value));
        inside = false;
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static void print(List<Run> runs) {
    System.out.printf(Locale.ROOT, "%-32s %9s %9s %9s %9s %8s%n", "system", "strict F1", "relax F1", "value F1",
        "type F1", "docs/s");
    for (Run r : runs) {
      TimexScore s = r.score();
      System.out.printf(Locale.ROOT, "%-32s %9.4f %9.4f %9.4f %9.4f %8.1f%n", r.name(), s.strictF1(), s.relaxedF1(),
          s.valueF1(), s.typeF1(), r.documentsPerSecond());
    }
    for (Run r : runs) {
      System.out.printf(Locale.ROOT, "%s: %s%n", r.name(), r.score().table().lines().reduce((a, b) -> b).orElse(""));
      if (r.misaligned() > 0) {
        System.out.printf(Locale.ROOT, "%s: %d documents whose output could not be aligned (scored empty)%n",
            r.name(), r.misaligned());
      }
    }
    System.out.printf(Locale.ROOT, "documents %d (tagging time only; start-up and reading excluded)%n",
        runs.get(0).documents());
  }
}
