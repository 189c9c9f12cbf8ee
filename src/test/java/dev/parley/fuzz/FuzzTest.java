package dev.parley.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Article;
import dev.parley.api.Statement;
import dev.parley.ingest.ArticleValidator;
import dev.parley.ingest.FileSummary;
import dev.parley.ingest.IngestLimits;
import dev.parley.ingest.InputFormat;
import dev.parley.ingest.ParsedRecord;
import dev.parley.ingest.RecordReader;
import dev.parley.pipeline.StatementPipeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: generated junk and mutated real articles (the KCNA 2024 stories of the test
 * fixture, ../shared/eval/kcna-2023-2024, CC0) fed to ingest and to the NLP core. No exception
 * may escape, every record must land as an article or a reject, and every statement must point
 * inside its text with {@code content == text.substring(char_start, char_end)}.
 */
class FuzzTest {
  private static final List<String> LINES = fixtureLines();
  private static final StatementPipeline PIPELINE = new StatementPipeline();
  private static final String[] TRICKY = {"\"", "“", "”", "'", "‘", "’", ",", ".", ":", ";", "?", "\n", "\n\n",
      "\r\n", " said ", " said: ", "according to ", " he added. ", "-0-", "(KCNA) --", "\u0000", "\uD800",
      "\uDFFF", "\u202E", "\u200F", "\uFEFF", "{", "}", "[", "\\", "\\u", "é", "😀", "  ", "\t"};

  @Property(tries = 1000)
  void ingestAccountsForEveryRecord(@ForAll("jsonlFiles") byte[] file) throws IOException {
    IngestLimits limits = new IngestLimits(20_000, 50_000, 50);
    List<ParsedRecord> records = new ArrayList<>();
    FileSummary summary;
    try (RecordReader reader = new RecordReader("fuzz.jsonl", InputFormat.JSONL, file.length,
        new ByteArrayInputStream(file), new ArticleValidator(limits, null), limits)) {
      reader.forEachRemaining(records::add);
      summary = reader.summary();
    }
    assertEquals(records.size(), summary.records());
    for (ParsedRecord r : records) {
      assertTrue(r.isRejected() ^ r.article() != null, "exactly one of article or reject: " + r);
      if (r.isRejected()) {
        assertNotNull(r.detail());
        assertTrue(r.excerpt() == null || r.excerpt().length() <= ParsedRecord.EXCERPT_CHARS);
      } else {
        assertTrue(!r.article().text().isBlank() && r.article().text().length() <= limits.maxArticleChars());
      }
    }
  }

  @Property(tries = 500)
  void statementsAlwaysPointIntoTheirText(@ForAll("mutatedTexts") String text) {
    List<Statement> statements = PIPELINE.extract(Article.of("fuzz", LocalDate.of(2024, 11, 8), text));
    for (Statement s : statements) {
      assertTrue(0 <= s.charStart() && s.charStart() <= s.charEnd() && s.charEnd() <= text.length(), s.toString());
      assertEquals(text.substring(s.charStart(), s.charEnd()), s.content());
      assertNotNull(s.speaker());
      assertNotNull(s.stance());
    }
  }

  @Provide
  Arbitrary<String> mutatedTexts() {
    Arbitrary<String> base = Arbitraries.of(LINES).map(FuzzTest::textOf);
    Arbitrary<List<int[]>> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .list().ofMinSize(3).ofMaxSize(3).map(l -> List.of(new int[] {l.get(0), l.get(1), l.get(2)}))
        .list().ofMaxSize(30).map(l -> l.stream().flatMap(List::stream).toList());
    return Combinators.combine(base, edits).as(FuzzTest::mutate);
  }

  @Provide
  Arbitrary<byte[]> jsonlFiles() {
    Arbitrary<String> real = Arbitraries.of(LINES);
    Arbitrary<String> mutated = mutatedTexts().map(t -> "{\"id\":\"m\",\"text\":" + quote(t) + "}");
    Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(300);
    Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
    Arbitrary<byte[]> rawBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> line = Arbitraries.oneOf(
        Arbitraries.oneOf(real, mutated, junk, nested).map(s -> s.getBytes(StandardCharsets.UTF_8)), rawBytes);
    return line.list().ofMaxSize(20).map(FuzzTest::joinLines);
  }

  private static String mutate(String text, List<int[]> edits) {
    StringBuilder b = new StringBuilder(text);
    for (int[] e : edits) {
      int at = b.length() == 0 ? 0 : e[0] % (b.length() + 1);
      switch (e[1] % 3) {
        case 0 -> b.insert(at, TRICKY[e[2] % TRICKY.length]);
        case 1 -> b.delete(at, Math.min(b.length(), at + e[2] % 40));
        default -> b.insert(at, b.substring(at, Math.min(b.length(), at + e[2] % 200)));
      }
    }
    return b.toString();
  }

  private static byte[] joinLines(List<byte[]> lines) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.writeBytes(l);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static String textOf(String jsonLine) {
    try {
      return dev.parley.api.Json.MAPPER.readTree(jsonLine).path("text").asText("");
    } catch (IOException e) {
      return jsonLine;
    }
  }

  private static String quote(String s) {
    try {
      return dev.parley.api.Json.MAPPER.writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fixtureLines() {
    try {
      return Files.readAllLines(Path.of("src/test/resources/fixtures/mixed/kcna.jsonl"), StandardCharsets.ISO_8859_1)
          .stream().limit(5).map(l -> new String(l.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
