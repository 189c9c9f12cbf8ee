package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.EvalData;
import dev.parley.api.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic corpora from the real ones in ../shared/eval (skipped where they are absent). */
class CorpusBuilderTest {
  static final int SIZE = 2_000;

  @TempDir static Path tmp;
  static List<Path> sources;
  static CorpusBuilder builder;
  static CorpusInfo info;
  static List<JsonNode> articles;

  @BeforeAll
  static void buildOnce() throws IOException {
    sources = CorpusBuilder.defaultSources(EvalData.dir(""));
    assumeTrue(sources.stream().allMatch(Files::isRegularFile), "needs the corpora of ../shared/eval");
    builder = new CorpusBuilder(sources, 42);
    info = builder.build(SIZE, tmp.resolve("a"));
    articles = read(tmp.resolve("a"));
  }

  @Test
  void writesTheRequestedNumberOfArticlesInSeveralFiles() throws IOException {
    assertEquals(SIZE, articles.size());
    assertEquals(SIZE, info.articles());
    assertEquals(CorpusBuilder.MIN_FILES, info.files());
    try (Stream<Path> files = Files.list(tmp.resolve("a").resolve(CorpusBuilder.ARTICLES_DIR))) {
      assertEquals(CorpusBuilder.MIN_FILES, files.count());
    }
    assertEquals(10, CorpusBuilder.filesFor(100_000));
    assertEquals(100, CorpusBuilder.filesFor(1_000_000));
    long ids = articles.stream().map(a -> a.get("id").asText()).distinct().count();
    assertEquals(SIZE, ids);
  }

  @Test
  void textsAreUniqueAndNotNearDuplicates() {
    Set<String> texts = new HashSet<>();
    for (JsonNode a : articles) {
      assertTrue(texts.add(Paragraphs.normalise(a.get("text").asText())), a.get("id").asText());
    }
    assertTrue(info.overlap().maxSharedFraction() <= ArticleSynthesizer.MAX_SHARED, info.overlap().toString());
    assertEquals(0, info.overlap().articlesOverHalf());
  }

  @Test
  void everyArticleIsRealParagraphsFromDifferentRealArticles() {
    SourceMaterial m = builder.material();
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(m, 42);
    for (int i = 0; i < 300; i++) {
      ArticleSynthesizer.Synthetic s = synthesizer.next(i);
      assertEquals(articles.get(i).get("text").asText(), s.article().text());
      assertTrue(s.paragraphIds().length >= ArticleSynthesizer.MIN_SLOTS, s.article().text());
      SourceMaterial.Pool pool = m.pools.stream().filter(p -> ("bench/" + p.corpus).equals(s.article().source()))
          .findFirst().orElseThrow();
      List<String> parts = new ArrayList<>();
      Set<Integer> realArticles = new HashSet<>();
      for (int id : s.paragraphIds()) {
        parts.add(pool.paragraphs[id - pool.firstId]);
        realArticles.add(pool.article[id - pool.firstId]);
      }
      assertTrue(s.article().text().startsWith(parts.get(0)) && s.article().text().endsWith(parts.get(parts.size() - 1)));
      assertEquals(s.article().text().length(), parts.stream().mapToInt(String::length).sum()
          + (parts.size() - 1) * separatorLength(s.article().text(), parts));
      assertTrue(realArticles.size() >= parts.size() - 1, "paragraphs from one real article: " + s.article().id());
    }
  }

  /** The one separator between the paragraphs of a synthetic text. */
  private static int separatorLength(String text, List<String> parts) {
    String rest = text.substring(parts.get(0).length());
    return rest.indexOf(parts.get(1));
  }

  @Test
  void lengthsFollowTheRealArticles() {
    CorpusInfo.Quantiles synthetic = info.lengthChars();
    CorpusInfo.Quantiles real = info.templateLengthChars();
    assertTrue(Math.abs(synthetic.p50() - real.p50()) < 0.2 * real.p50(), synthetic + " vs " + real);
    assertTrue(Math.abs(synthetic.mean() - real.mean()) < 0.25 * real.mean(), synthetic + " vs " + real);
  }

  @Test
  void datesAreSpreadOverTheYears() {
    int[] perYear = new int[26];
    for (JsonNode a : articles) {
      LocalDate d = LocalDate.parse(a.get("published").asText());
      assertTrue(!d.isBefore(ArticleSynthesizer.FIRST_DAY) && !d.isAfter(ArticleSynthesizer.LAST_DAY), d.toString());
      perYear[d.getYear() - 2000]++;
    }
    for (int y = 0; y < perYear.length; y++) {
      // About 77 a year; uniform draws stay well inside these bounds.
      assertTrue(perYear[y] > 40 && perYear[y] < 120, "year " + (2000 + y) + ": " + perYear[y]);
    }
    assertEquals(26, info.byYear().size());
  }

  @Test
  void sameSeedSameBytesAndASmallerCorpusIsAPrefix() throws IOException {
    new CorpusBuilder(builder.material(), 42).build(SIZE, tmp.resolve("b"));
    assertArrayEquals(Files.readAllBytes(part(tmp.resolve("a"), 3)), Files.readAllBytes(part(tmp.resolve("b"), 3)));

    builder.build(500, tmp.resolve("small"));
    List<JsonNode> small = read(tmp.resolve("small"));
    assertEquals(500, small.size());
    assertEquals(articles.subList(0, 500), small);

    new CorpusBuilder(builder.material(), 7).build(500, tmp.resolve("other-seed"));
    assertNotEquals(articles.subList(0, 500), read(tmp.resolve("other-seed")));
  }

  @Test
  void aBuiltCorpusIsReusedAndAnotherSpecRebuildsIt() throws IOException {
    Path dir = tmp.resolve("reuse");
    builder.build(300, dir);
    Path info = dir.resolve(CorpusBuilder.INFO_FILE);
    Files.setLastModifiedTime(info, FileTime.fromMillis(0));
    builder.build(300, dir);
    assertEquals(0, Files.getLastModifiedTime(info).toMillis());
    builder.build(301, dir);
    assertEquals(301, CorpusBuilder.read(dir).articles());
  }

  @Test
  void refusesToReplaceAFolderItDidNotMake() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("someone-elses"));
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertThrows(IllegalArgumentException.class, () -> builder.build(10, dir));
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }

  private static Path part(Path corpus, int n) {
    return corpus.resolve(CorpusBuilder.ARTICLES_DIR).resolve(String.format("part-%05d.jsonl.gz", n));
  }

  static List<JsonNode> read(Path corpus) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve(CorpusBuilder.ARTICLES_DIR))) {
      for (Path f : files.sorted().toList()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
            StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.add(Json.MAPPER.readTree(line));
          }
        }
      }
    }
    return out;
  }
}
