package dev.parley.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WatchListTest {
  private static final Path KCNA_2024 = Path.of("/work/shared/eval/kcna-2023-2024/articles.jsonl");

  private static WatchList watch(String file) {
    try {
      return WatchList.parse(new StringReader(file), "test.watch");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> found(WatchList w, String text) {
    List<String> out = new ArrayList<>();
    for (WatchHit h : w.find(text, 0, text.length())) {
      out.add(h.name() + "=" + text.substring(h.start(), h.end()));
    }
    return out;
  }

  // ---------------------------------------------------------------- parsing

  @Test
  void namesAreLinesOrGivenNamesInFileOrder() {
    WatchList w = watch("# analyst list\n\ntalks resume\nrefusal\tno interest\n  denuclearization  \n");
    assertEquals(List.of("talks resume", "refusal", "denuclearization"), w.names());
  }

  @Test
  void badLineNamesSourceAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> watch("talks resume\n# fine so far\n(talks|negotiations resume\n"));
    assertTrue(e.getMessage().startsWith("test.watch line 3: unclosed '('"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> watch("talks ...9 resume\n"));
    assertTrue(e.getMessage().startsWith("test.watch line 1: gap size must be 1..8"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> watch("a\ttalks\nb\tx\na\tdialogue\n"));
    assertEquals("test.watch line 3: duplicate name 'a' (first given at test.watch line 1)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> watch("a\tb\tc\n"));
    assertTrue(e.getMessage().startsWith("test.watch line 1: expected 'pattern' or 'name<TAB>pattern'"));
    assertThrows(IllegalArgumentException.class, () -> watch("... talks\n"));
    assertThrows(IllegalArgumentException.class, () -> watch("talks ...\n"));
    assertThrows(IllegalArgumentException.class, () -> watch("--\n"));
  }

  // ---------------------------------------------------------------- phrases

  // KCNA 2024 (kcna-2023-2024, kcna24-00054), press statement of Kwon Jong Gun.
  private static final String KWON = "But we remind the U.S. once again that we have neither intention "
      + "nor interest in cooperation with the U.S. in its \"efforts against terrorism\" exclusively used "
      + "as a tool for interference and aggression on other sovereign states.";

  @Test
  void phraseMatchesWholeWordsCaseInsensitively() {
    WatchList w = watch("Interest in Cooperation\nterror\nthe u.s.\nsovereign\n");
    assertEquals(List.of("the u.s.=the U.S", "Interest in Cooperation=interest in cooperation",
        "the u.s.=the U.S", "sovereign=sovereign"), found(w, KWON));
  }

  @Test
  void phraseSpansAnyWhiteSpaceButNoOtherPunctuation() {
    WatchList w = watch("talks resume\n");
    assertEquals(List.of("talks resume=talks\n  resume"), found(w, "the talks\n  resume on Friday"));
    assertEquals(List.of(), found(w, "the talks, resume"));
    assertEquals(List.of(), found(w, "the talks-resume"));
    assertEquals(List.of(), found(w, "stalks resumed"));
  }

  @Test
  void punctuationInsidePatternWordMustBeThere() {
    WatchList w = watch("anti-u.s.\n");
    assertEquals(List.of("anti-u.s.=anti-U.S"), found(w, "the anti-U.S. independent states"));
    assertEquals(List.of(), found(w, "anti U.S. states"));
  }

  @Test
  void searchesOnlyTheGivenRange() {
    WatchList w = watch("cooperation\n");
    int from = KWON.indexOf("with the U.S.");
    assertEquals(List.of(), w.find(KWON, from, KWON.length()));
    List<WatchHit> hits = w.find(KWON, 0, from);
    assertEquals(1, hits.size());
    assertEquals(KWON.indexOf("cooperation"), hits.get(0).start());
    assertThrows(IllegalArgumentException.class, () -> w.find(KWON, 5, KWON.length() + 1));
  }

  // ---------------------------------------------------------------- patterns

  // Reuters 1987 (reuters21578, reuters-3284).
  @Test
  void gapsAlternativesAndStems() {
    String s = "reports from Europe that talks about a joint venture have resumed after they broke "
        + "off last fall. Negotiations Resume today.";
    WatchList w = watch("resumption\t(talks|negotiations) ...6 resum*\nbreak\t(broke|break) off\n");
    assertEquals(List.of("resumption=talks about a joint venture have resumed", "break=broke off",
        "resumption=Negotiations Resume"), found(w, s));
    // A gap stays inside its sentence.
    assertEquals(List.of(), found(watch("fall ... negotiations\n"), s));
    assertEquals(List.of("x=joint venture have resumed"),
        found(watch("x\tjoint (business)? venture (has|have) resum*\n"), s));
  }

  @Test
  void optionalElementTakesTheLongestMatch() {
    WatchList w = watch("x\tno (interest|interest in)? (talks)?\n");
    assertEquals(List.of("x=no interest in talks", "x=no"), found(w, "no interest in talks, no doubt"));
  }

  @Test
  void overlappingEntriesCountSeparatelyOneEntryDoesNotOverlapItself() {
    WatchList w = watch("talks\ntalks resume\nt2\ttalks talks\n");
    assertEquals(List.of("talks=talks", "talks resume=talks resume", "talks=talks"),
        found(w, "talks resume, talks"));
    assertEquals(List.of("talks=talks", "t2=talks talks", "talks=talks", "talks=talks", "t2=talks talks",
        "talks=talks"), found(w, "talks talks talks talks"));
  }

  // ---------------------------------------------------------------- against an independent count

  /** Count like {@code grep -oiw}, but letting a phrase's spaces match any run of white space. */
  private static int regexCount(String phrase, String text) {
    String body = String.join("\\s+", List.of(phrase.split(" ")).stream().map(Pattern::quote).toList());
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + body + "(?![\\p{L}\\p{Nd}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static final List<String> PHRASES = List.of("cooperation", "the DPRK", "terrorism",
      "acts of aggression", "interest in cooperation", "efforts against terrorism", "talks",
      "denuclearization", "hostile policy", "Kim Jong Un", "the United States", "sovereignty",
      "anti terrorist", "no interest");

  @Test
  void countsMatchAnIndependentCountOnKcna2024() throws IOException {
    assumeTrue(Files.isRegularFile(KCNA_2024), "no corpus at " + KCNA_2024);
    WatchList w = watch(String.join("\n", PHRASES));
    int articles = 0;
    int total = 0;
    try (BufferedReader in = Files.newBufferedReader(KCNA_2024)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode a = Json.MAPPER.readTree(line);
        String text = a.get("text").asText();
        List<WatchHit> hits = w.find(text, 0, text.length());
        for (String phrase : PHRASES) {
          long mine = hits.stream().filter(h -> h.name().equals(phrase)).count();
          assertEquals(regexCount(phrase, text), mine, phrase + " in " + a.get("id").asText());
          total += (int) mine;
        }
        articles++;
      }
    }
    assertTrue(articles > 1000 && total > 1000, articles + " articles, " + total + " mentions");
  }

  // ---------------------------------------------------------------- Spark and safety

  @Test
  void survivesSerialization() throws Exception {
    WatchList w = watch("refusal\tno (interest|intention)\ntalks resume\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(w);
    }
    WatchList back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (WatchList) in.readObject();
    }
    assertEquals(w.names(), back.names());
    assertEquals(found(w, KWON), found(back, KWON));
    assertEquals(List.of("refusal=no interest"), found(back, "there is no interest"));
  }

  @Test
  void megabyteOfTextIsQuick() {
    WatchList w = watch(String.join("\n", PHRASES) + "\ngap\t(talks|dialogue) ...8 (resum*|held)\n"
        + "alt\t(u.s.|united states) ...3 (hostile|aggress*) (policy|acts)?\n");
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append(KWON).append(" Talks talks talks dialogue will be held. ");
    }
    String text = b.toString();
    long t0 = System.nanoTime();
    List<WatchHit> hits = w.find(text, 0, text.length());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(hits.size() > 10_000);
    // A guard against runaway matching (which takes minutes), not a benchmark: the limit is
    // generous so that a busy build machine does not fail it.
    assertTrue(ms < 10_000, "took " + ms + " ms");
  }
}
