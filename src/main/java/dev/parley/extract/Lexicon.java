package dev.parley.extract;

import dev.parley.api.SpeakerType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The word lists of the extract stage (cues, countries, speaker words), loaded once per JVM. */
final class Lexicon {
  enum CueKind { SPEECH, OBJECT, ACCORDING, DASH }

  /**
   * A cue phrase; {@code notBefore}: next words after which the phrase reports nothing ("responded to");
   * {@code onlyBefore}: when not empty, the only next words after which it reports ("states that");
   * {@code weak}: a verb of evaluation or finding ("praised", "refused to", "found that") that reports on its own
   * but neither ends nor nests inside the content of another statement; {@code quoted}: it reports only when a
   * quotation follows in its clause ("called the statement \u201Coffensive\u201D", not "called a meeting");
   * {@code evidence}: without "that" after it, it reports only for a record ("A new poll shows Clinton ahead").
   */
  record Cue(List<String> words, CueKind kind, java.util.Set<String> notBefore, java.util.Set<String> onlyBefore,
      boolean weak, boolean quoted, boolean evidence) {
    /** Whether the phrase reports when {@code next} (lower case, null at the text end) follows it. */
    boolean reportsBefore(String next) {
      return next == null ? onlyBefore.isEmpty() : !notBefore.contains(next) && (onlyBefore.isEmpty() || onlyBefore.contains(next));
    }
  }

  record Country(String term, String iso3, String canonical) {}

  private static volatile Lexicon instance;

  /** Cues by their first word, longest first. */
  final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
  /** First words of the cues that are not weak: words that read as a cue wherever they stand. */
  final java.util.Set<String> strongCueWords = new java.util.HashSet<>();
  /** Countries, longest term first so "North Korean" wins over "Korean". */
  final List<Country> countries = new ArrayList<>();
  /** Speaker words by class; keys lower case except TITLE, which is case-sensitive. */
  final Map<String, String> wordClass = new HashMap<>();
  /** Lower-case words that end a speaker mention read from its start. */
  final java.util.Set<String> mentionStops = new java.util.HashSet<>();
  /** Lower-case finite verb forms that are no cue: they end a speaker mention read from its start. */
  final java.util.Set<String> verbForms = new java.util.HashSet<>();
  /** Korean family names, as written. */
  final java.util.Set<String> koreanSurnames = new java.util.HashSet<>();
  /** Type words in file order (MEDIA, GOVERNMENT, ORGANIZATION). */
  final List<Map.Entry<String, SpeakerType>> typeWords = new ArrayList<>();

  static Lexicon get() {
    if (instance == null) {
      synchronized (Lexicon.class) {
        if (instance == null) {
          instance = new Lexicon();
        }
      }
    }
    return instance;
  }

  private Lexicon() {
    for (String[] f : read("cues.txt")) {
      List<String> words = List.of(f[0].split(" "));
      cuesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Cue(words, CueKind.valueOf(f[1]), nextWords(f, "not:"), nextWords(f, "only:"),
              java.util.Arrays.asList(f).subList(2, f.length).contains("weak"),
              java.util.Arrays.asList(f).subList(2, f.length).contains("quoted"),
              java.util.Arrays.asList(f).subList(2, f.length).contains("evidence")));
    }
    cuesByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    cuesByFirstWord.forEach((w, l) -> {
      if (l.stream().anyMatch(c -> !c.weak())) {
        strongCueWords.add(w);
      }
    });
    for (String[] f : read("countries.txt")) {
      countries.add(new Country(f[0], f[1], f.length > 2 ? f[2] : null));
    }
    countries.sort((a, b) -> b.term().length() - a.term().length());
    for (String[] f : read("np-stops.txt")) {
      mentionStops.add(f[0]);
    }
    for (String[] f : read("verb-forms.txt")) {
      verbForms.add(f[0]);
    }
    for (String[] f : read("surnames.txt")) {
      koreanSurnames.add(f[0]);
    }
    for (String[] f : read("speakers.txt")) {
      switch (f[1]) {
        case "MEDIA", "GOVERNMENT", "ORGANIZATION" ->
            typeWords.add(Map.entry(f[0].toLowerCase(Locale.ROOT), SpeakerType.valueOf(f[1])));
        case "TITLE", "STOP" -> wordClass.put(f[0], f[1]);
        default -> wordClass.put(f[0].toLowerCase(Locale.ROOT), f[1]);
      }
    }
  }

  /**
   * The words of a third field "not:a,b" or "only:a,b" of a cue line, or none; the names "comma", "colon", "period" and
   * "quote" stand for those marks.
   */
  private static java.util.Set<String> nextWords(String[] fields, String prefix) {
    if (fields.length <= 2 || !fields[2].startsWith(prefix)) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : fields[2].substring(prefix.length()).split(",")) {
      switch (w) {
        case "comma" -> out.add(",");
        case "colon" -> out.add(":");
        case "period" -> out.add(".");
        case "quote" -> out.addAll(List.of("\"", "\u201C", "''"));
        default -> out.add(w);
      }
    }
    return java.util.Set.copyOf(out);
  }

  boolean is(String word, String cls) {
    return cls.equals(wordClass.get(word.toLowerCase(Locale.ROOT)));
  }

  /** A role noun, including the ruling-body words ("group", "regime") that are roles too. */
  boolean isRole(String word) {
    return is(word, "ROLE") || is(word, "REGIME");
  }

  boolean isTitle(String word) {
    return "TITLE".equals(wordClass.get(word));
  }

  /** A capitalised word that never belongs to a person's name. */
  boolean isNameStop(String word) {
    return "STOP".equals(wordClass.get(word)) || isTitle(word);
  }

  private static List<String[]> read(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Resource dev/parley/extract/" + name + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read extract resource " + name, e);
    }
    return rows;
  }
}
