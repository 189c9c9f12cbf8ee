package dev.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
  // A sentence of KCNA, 2024-11-08 (../shared/eval/kcna-2023-2024, CC0).
  private static final String KCNA =
      "Pyongyang, November 8 (KCNA) -- The U.S. is making desperate efforts, a spokesman said.";

  private static List<ParsedRecord> read(String name, InputFormat format, byte[] bytes, IngestLimits limits) {
    List<ParsedRecord> out = new ArrayList<>();
    try (RecordReader r = new RecordReader(name, format, bytes.length, new ByteArrayInputStream(bytes),
        new ArticleValidator(limits, null), limits)) {
      r.forEachRemaining(out::add);
      FileSummary s = r.summary();
      assertEquals(out.size(), s.records(), "summary counts every record");
      assertEquals(TextFingerprint.sha256Hex(bytes), s.sha256(), "checksum covers the whole file");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static List<ParsedRecord> read(String name, InputFormat format, byte[] bytes) {
    return read(name, format, bytes, IngestLimits.DEFAULT);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonlGoodAndBrokenLinesAreAllAccountedFor() {
    String jsonl = String.join("\n",
        "{\"id\":\"a1\",\"published\":\"2024-11-08\",\"title\":\"T\",\"text\":\"" + KCNA + "\"}",
        "{\"id\":\"a2\",\"text\":\"unterminated",
        "",
        "{\"id\":\"a3\",\"text\":\"  \"}",
        "{\"id\":\"a4\",\"published\":\"8 Nov 2024\",\"text\":\"x said y\"}",
        "{\"id\":\"a5\",\"text\":42}",
        "[1,2,3]",
        "{\"id\":\"a6\",\"text\":\"bin\\u0000ary\"}",
        "{\"id\":\"a7\",\"text\":\"lone \\ud800 surrogate\"}",
        "{\"date\":\"2024-11-08T09:30:00+09:00\",\"text\":\"" + KCNA + "\"}") + "\n";
    List<ParsedRecord> r = read("f.jsonl", InputFormat.JSONL, utf8(jsonl));
    assertEquals(9, r.size(), "the blank line is not a record");
    assertEquals("a1", r.get(0).article().id());
    assertEquals(LocalDate.of(2024, 11, 8), r.get(0).article().published());
    assertReject(r.get(1), RejectReason.BAD_JSON, 2);
    assertReject(r.get(2), RejectReason.NO_TEXT, 4);
    assertReject(r.get(3), RejectReason.BAD_DATE, 5);
    assertTrue(r.get(3).detail().contains("8 Nov 2024"), r.get(3).detail());
    assertReject(r.get(4), RejectReason.BAD_FIELD, 6);
    assertReject(r.get(5), RejectReason.BAD_JSON, 7);
    assertReject(r.get(6), RejectReason.BINARY_CONTENT, 8);
    assertReject(r.get(7), RejectReason.BAD_ENCODING, 9);
    ParsedRecord derived = r.get(8);
    assertFalse(derived.idGiven());
    assertEquals(TextFingerprint.derivedId(KCNA), derived.article().id());
    assertEquals(16, derived.article().id().length());
    assertEquals(LocalDate.of(2024, 11, 8), derived.article().published(), "date is read as published");
  }

  @Test
  void invalidUtf8AndBinaryJunkAreRejectedPerLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8("{\"id\":\"ok\",\"text\":\"fine\"}\r\n"));
    b.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '}', '\n'});
    b.write(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 'j', 'u', 'n', 'k', '\n'});
    b.write(utf8("{\"id\":\"last\",\"text\":\"no final newline\"}"));
    List<ParsedRecord> r = read("f.jsonl", InputFormat.JSONL, b.toByteArray());
    assertEquals(4, r.size());
    assertEquals("fine", r.get(0).article().text(), "CRLF line ends are accepted");
    assertReject(r.get(1), RejectReason.BAD_ENCODING, 2);
    assertTrue(r.get(1).excerpt().startsWith("{\"text\":\"caf"), r.get(1).excerpt());
    assertReject(r.get(2), RejectReason.BAD_ENCODING, 3);
    assertEquals("last", r.get(3).article().id());
  }

  @Test
  void limitsRejectLongLinesAndLargeTextsWithoutStopping() {
    IngestLimits small = new IngestLimits(20, 100, 10);
    String longLine = "{\"id\":\"long\",\"text\":\"" + "x".repeat(500) + "\"}";
    String large = "{\"id\":\"large\",\"text\":\"" + "y".repeat(50) + "\"}";
    List<ParsedRecord> r = read("f.jsonl", InputFormat.JSONL,
        utf8(longLine + "\n" + large + "\n{\"id\":\"ok\",\"text\":\"short\"}\n"), small);
    assertReject(r.get(0), RejectReason.LINE_TOO_LONG, 1);
    assertTrue(r.get(0).detail().contains("over the limit of 100"), r.get(0).detail());
    assertReject(r.get(1), RejectReason.TOO_LARGE, 2);
    assertEquals("ok", r.get(2).article().id());
  }

  @Test
  void gzipIsReadAndABombIsStopped() throws IOException {
    byte[] good = gzip(utf8("{\"id\":\"g1\",\"text\":\"" + KCNA + "\"}\n{\"id\":\"g2\",\"text\":\"more\"}\n"));
    List<ParsedRecord> r = read("f.jsonl.gz", InputFormat.JSONL_GZ, good);
    assertEquals(List.of("g1", "g2"), r.stream().map(p -> p.article().id()).toList());

    byte[] bomb = gzip(utf8(("{\"id\":\"z\",\"text\":\"" + "0".repeat(1000) + "\"}\n").repeat(20_000)));
    List<ParsedRecord> b = read("bomb.jsonl.gz", InputFormat.JSONL_GZ, bomb, new IngestLimits(10_000, 1 << 20, 20));
    ParsedRecord last = b.get(b.size() - 1);
    assertEquals(RejectReason.GZIP_BOMB, last.reason());
    assertTrue(b.size() < 20_000, "reading stops at the limit");
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    byte[] full = gzip(utf8("{\"id\":\"t\",\"text\":\"a text\"}\n".repeat(3)));
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 12);
    List<ParsedRecord> r = read("cut.jsonl.gz", InputFormat.JSONL_GZ, cut);
    assertEquals(RejectReason.UNREADABLE, r.get(r.size() - 1).reason());
    assertTrue(r.get(r.size() - 1).detail().startsWith("reading stopped"), r.get(r.size() - 1).detail());
  }

  @Test
  void csvRowsWithQuotedNewlinesAndBadRows() {
    String csv = "id,published,title,text\n"
        + "c1,2024-11-08,Title,\"" + KCNA + "\nSecond line, with a comma.\"\n"
        + "c2,2024-11-08,Empty,\n"
        + "c3,not-a-date,T,some text\n";
    List<ParsedRecord> r = read("f.csv", InputFormat.CSV, utf8(csv));
    assertEquals(3, r.size());
    assertTrue(r.get(0).article().text().endsWith("with a comma."));
    assertEquals(2, r.get(0).line());
    assertReject(r.get(1), RejectReason.NO_TEXT, 4);
    assertReject(r.get(2), RejectReason.BAD_DATE, 5);
  }

  @Test
  void csvWithoutTextColumnRejectsEveryRow() {
    List<ParsedRecord> r = read("f.csv", InputFormat.CSV, utf8("id,body\n1,hello\n2,world\n"));
    assertEquals(2, r.size());
    r.forEach(p -> assertEquals(RejectReason.BAD_CSV, p.reason()));
  }

  @Test
  void textFileIsOneArticleTitledByItsFirstLine() {
    List<ParsedRecord> r = read("/data/seed-001.txt", InputFormat.TXT, utf8("\uFEFF\n  Headline here \n\n" + KCNA));
    assertEquals(1, r.size());
    assertEquals("seed-001", r.get(0).article().id());
    assertEquals("Headline here", r.get(0).article().title());
    assertFalse(r.get(0).article().text().startsWith("\uFEFF"));
    assertNull(r.get(0).article().published());

    List<ParsedRecord> bad = read("x.txt", InputFormat.TXT, new byte[] {'a', (byte) 0xC3, '(', 'b'});
    assertReject(bad.get(0), RejectReason.BAD_ENCODING, 1);
    List<ParsedRecord> empty = read("e.txt", InputFormat.TXT, utf8(" \n\n "));
    assertReject(empty.get(0), RejectReason.NO_TEXT, 1);
  }

  @Test
  void deeplyNestedJsonIsARejectNotACrash() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepField = "{\"id\":\"n\",\"text\":\"t\",\"extra\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001);
    List<ParsedRecord> r = read("f.jsonl", InputFormat.JSONL, utf8(deep + "\n" + deepField + "\n"));
    assertReject(r.get(0), RejectReason.BAD_JSON, 1);
    assertReject(r.get(1), RejectReason.BAD_JSON, 2);
    assertTrue(r.get(1).detail().toLowerCase(java.util.Locale.ROOT).contains("nesting"), r.get(1).detail());
  }

  @Test
  void excerptIsCappedAt500Characters() {
    String junk = "{" + "q".repeat(2000);
    List<ParsedRecord> r = read("f.jsonl", InputFormat.JSONL, utf8(junk + "\n"));
    assertEquals(ParsedRecord.EXCERPT_CHARS, r.get(0).excerpt().length());
  }

  private static void assertReject(ParsedRecord r, RejectReason reason, long line) {
    assertEquals(reason, r.reason(), () -> "reason of " + r);
    assertEquals(line, r.line(), () -> "line of " + r);
    assertNull(r.article());
    assertTrue(r.detail() != null && !r.detail().isBlank());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
