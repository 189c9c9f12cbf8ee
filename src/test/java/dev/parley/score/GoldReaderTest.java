package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures: see src/test/resources/dev/parley/score/README.txt (KCNA 2012-03-05, kcna-2012-01815). */
class GoldReaderTest {
  @TempDir Path tmp;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(GoldReaderTest.class.getResource(name).toURI());
  }

  @Test
  void readsGoldFieldsAndSkipsBlankLines() throws Exception {
    List<GoldArticle> gold = GoldReader.read(fixture("gold-small.jsonl"));
    assertEquals(2, gold.size());
    GoldArticle a = gold.get(0);
    assertEquals("kcna-2012-01815", a.articleId());
    assertEquals(LocalDate.of(2012, 3, 5), a.published());
    assertEquals(3, a.statements().size());
    GoldStatement s = a.statements().get(1);
    assertEquals("Ali Babacan", s.speaker());
    assertEquals("PERSON", s.speakerType());
    assertEquals("Babacan", s.speakerRaw());
    assertTrue(s.isDirect());
    assertEquals(LocalDate.of(2012, 3, 2), s.statementDate());
    assertEquals(List.of(), s.eventDates());
    assertEquals("APPEAL", s.stance());
    assertEquals(List.of("has to be resolved through diplomacy"), s.stanceCues());
    assertTrue(s.content().startsWith("The problem over Iran's nuclear issue"));
    assertNull(gold.get(1).published());
    assertEquals(List.of(), gold.get(1).statements());
  }

  @Test
  void readsTextsById() throws Exception {
    Map<String, String> texts = GoldReader.readTexts(fixture("articles-small.jsonl"));
    assertEquals(List.of("empty-1", "kcna-2012-01815"), List.copyOf(texts.keySet()));
    assertTrue(texts.get("kcna-2012-01815").endsWith("he added."));
  }

  @Test
  void fixtureGoldScoredAgainstItselfIsPerfect() throws Exception {
    List<GoldArticle> gold = GoldReader.read(fixture("gold-small.jsonl"));
    Map<String, String> texts = GoldReader.readTexts(fixture("articles-small.jsonl"));
    ScoreReport r = Scorer.score(gold, texts, gold.get(0).toStatements(texts.get("kcna-2012-01815")));
    assertEquals(1.0, r.attribution().f1());
    assertEquals(3, r.counts().matched());
  }

  @Test
  void brokenJsonNamesFileAndLine() throws Exception {
    Path file = writeGold("{\"article_id\": \"x\", \"statements\": []}", "{\"article_id\": \"y\", \"statements\": [");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(file + " line 2: not valid JSON"), e.getMessage());
  }

  @Test
  void unknownStanceNamesFileLineAndStatement() throws Exception {
    Path file = writeGold(
        "{\"article_id\": \"x\", \"statements\": [{\"speaker\": \"KCNA\", \"speaker_type\": \"MEDIA\","
            + " \"content\": \"abc\", \"stance\": \"PRAISE\"}]}");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
    assertEquals(file + " line 1: article x, statement 0: unknown stance \"PRAISE\"", e.getMessage());
  }

  @Test
  void badDateAndMissingContentAreErrors() throws Exception {
    Path badDate = writeGold(
        "{\"article_id\": \"x\", \"statements\": [{\"content\": \"abc\", \"stance\": \"NONE\", \"statement_date\": \"2019-13-01\"}]}");
    assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(badDate))
        .getMessage().contains("not a YYYY-MM-DD date: 2019-13-01"));
    Path noContent = writeGold("{\"article_id\": \"x\", \"statements\": [{\"stance\": \"NONE\"}]}");
    assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(noContent))
        .getMessage().contains("missing or empty \"content\""));
  }

  @Test
  void articleListedTwiceIsAnError() throws Exception {
    Path file = writeGold("{\"article_id\": \"x\", \"statements\": []}", "{\"article_id\": \"x\", \"statements\": []}");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
    assertEquals(2, e.line());
  }

  @Test
  void articleWithoutTextNamesFileAndLine() throws Exception {
    Path file = tmp.resolve("articles.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"text\": \"t\"}\n{\"id\": \"b\"}\n", StandardCharsets.UTF_8);
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.readTexts(file));
    assertEquals(file + " line 2: missing or empty \"text\"", e.getMessage());
  }

  private Path writeGold(String... lines) throws IOException {
    Path file = tmp.resolve("gold.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
