package dev.parley.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a predicted speaker is the gold one (CONTRACT.md section 4).
 *
 * <p>Normalisation, in this order: lower-case with {@link Locale#ROOT}; delete every character
 * that is neither a letter, a digit nor whitespace (so "U.S." becomes "us", "Jong-un" becomes
 * "jongun", "People's" becomes "peoples"); split on whitespace; drop the words listed in {@code
 * speaker-ignored-words.txt}. Two names are the same speaker when their word sets are equal, or,
 * when either side is typed PERSON, when one name is a single word equal to the first or the last
 * word of the other (surname first in Korean names: "Choe" = "Choe Son Hui"; last elsewhere:
 * "Biegun" = "Stephen E. Biegun"). A null name is never right.
 */
public final class SpeakerMatcher {

  private static final String IGNORED_WORDS_RESOURCE = "speaker-ignored-words.txt";
  private static final String PERSON = "PERSON";

  private SpeakerMatcher() {}

  /** Types are the speaker_type strings of either side ("PERSON", ...); either may be null. */
  public static boolean sameSpeaker(String gold, String goldType, String predicted, String predictedType) {
    if (gold == null || predicted == null) {
      return false;
    }
    List<String> g = words(gold);
    List<String> p = words(predicted);
    if (new TreeSet<>(g).equals(new TreeSet<>(p))) {
      return true;
    }
    boolean person = PERSON.equals(goldType) || PERSON.equals(predictedType);
    return person && (isSurnameOf(g, p) || isSurnameOf(p, g));
  }

  /** The normalised words of a name, in order, ignored words dropped. */
  public static List<String> words(String name) {
    String folded = name.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c))
        .forEach(kept::appendCodePoint);
    List<String> out = new ArrayList<>();
    for (String w : kept.toString().trim().split("\\s+")) {
      if (!w.isEmpty() && !IgnoredWords.SET.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isSurnameOf(List<String> single, List<String> full) {
    if (single.size() != 1 || full.isEmpty()) {
      return false;
    }
    String w = single.get(0);
    return w.equals(full.get(0)) || w.equals(full.get(full.size() - 1));
  }

  /** Loaded once per JVM, on first use. */
  private static final class IgnoredWords {
    static final Set<String> SET = load();

    private static Set<String> load() {
      try (InputStream in = SpeakerMatcher.class.getResourceAsStream(IGNORED_WORDS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource dev/parley/score/" + IGNORED_WORDS_RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> words = new TreeSet<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            words.add(w);
          }
        }
        return Set.copyOf(words);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
