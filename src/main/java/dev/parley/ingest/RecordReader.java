package dev.parley.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.api.Json;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of one input file as {@link ParsedRecord}s, holding at most one record in
 * memory. After the last record, {@link #summary()} tells the file's checksum and record count.
 * An I/O failure part way becomes an {@code unreadable} reject for the rest of the file.
 */
public final class RecordReader implements Iterator<ParsedRecord>, Closeable {
  private static final CsvMapper CSV = new CsvMapper();

  private final String sourceFile;
  private final InputFormat format;
  private final long fileBytes;
  private final DigestingStream raw;
  private final ArticleValidator validator;
  private final IngestLimits limits;
  private final ArrayDeque<ParsedRecord> pending = new ArrayDeque<>();
  private final Source source;
  private long records;
  private boolean complete = true;
  private boolean finished;

  public RecordReader(String sourceFile, InputFormat format, long fileBytes, InputStream in,
      ArticleValidator validator, IngestLimits limits) {
    this.sourceFile = sourceFile;
    this.format = format;
    this.fileBytes = fileBytes;
    this.raw = new DigestingStream(in);
    this.validator = validator;
    this.limits = limits;
    this.source = switch (format) {
      case JSONL, JSONL_GZ -> new JsonLines();
      case CSV -> new CsvRows();
      case TXT -> new TextFile();
    };
  }

  private interface Source {
    /** Adds the next record(s) to {@code pending}; returns false at the end of the file. */
    boolean advance() throws IOException;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !finished) {
      try {
        if (!source.advance()) {
          finish();
        }
      } catch (GzipBombException e) {
        pending.add(ParsedRecord.rejected(sourceFile, currentLine(), RejectReason.GZIP_BOMB,
            "reading stopped: " + e.getMessage(), null));
        complete = false;
        finish();
      } catch (IOException | RuntimeException e) {
        pending.add(ParsedRecord.rejected(sourceFile, currentLine(), RejectReason.UNREADABLE,
            "reading stopped: " + oneLine(e), null));
        complete = false;
        finish();
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public ParsedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    records++;
    return pending.poll();
  }

  /** The file's summary; complete once {@link #hasNext()} has returned false. */
  public FileSummary summary() {
    return new FileSummary(sourceFile, format.name().toLowerCase(java.util.Locale.ROOT), fileBytes,
        raw.hex(), records, complete);
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }

  private void finish() {
    finished = true;
    try {
      raw.drain(); // the checksum covers the whole file even when parsing stopped early
    } catch (IOException e) {
      complete = false;
    }
  }

  private long currentLine() {
    return source instanceof JsonLines j ? j.lines == null ? 0 : j.lines.lineNumber() + 1
        : source instanceof CsvRows c ? c.line : 0;
  }

  private InputStream decompressed() throws IOException {
    if (!format.gzip()) {
      return raw;
    }
    long budget = Math.max(fileBytes, 64 * 1024) * limits.maxGzipRatio();
    return new BoundedStream(new GZIPInputStream(raw, 64 * 1024), budget);
  }

  private final class JsonLines implements Source {
    LineReader lines;

    @Override
    public boolean advance() throws IOException {
      if (lines == null) {
        lines = new LineReader(decompressed(), limits.maxLineBytes());
      }
      byte[] bytes;
      do {
        bytes = lines.next();
        if (bytes == null) {
          return false;
        }
      } while (isBlank(bytes) && !lines.tooLong());
      long line = lines.lineNumber();
      if (lines.tooLong()) {
        pending.add(ParsedRecord.rejected(sourceFile, line, RejectReason.LINE_TOO_LONG,
            "line has " + lines.lineLength() + " bytes, over the limit of " + limits.maxLineBytes(), lenient(bytes)));
        return true;
      }
      String text;
      try {
        text = strictUtf8(bytes);
      } catch (CharacterCodingException e) {
        pending.add(ParsedRecord.rejected(sourceFile, line, RejectReason.BAD_ENCODING,
            "line is not valid UTF-8", lenient(bytes)));
        return true;
      }
      pending.add(parseJson(line, text));
      return true;
    }

    private ParsedRecord parseJson(long line, String text) {
      try {
        ArticleValidator.Result r = validator.fromJson(Json.MAPPER.readTree(text));
        return ParsedRecord.accepted(sourceFile, line, r.article(), r.idGiven());
      } catch (JacksonException e) {
        return ParsedRecord.rejected(sourceFile, line, RejectReason.BAD_JSON,
            "not valid JSON: " + e.getOriginalMessage(), text);
      } catch (ArticleValidator.Invalid e) {
        return ParsedRecord.rejected(sourceFile, line, e.reason(), e.getMessage(), text);
      }
    }
  }

  private final class CsvRows implements Source {
    MappingIterator<Map<String, String>> rows;
    long line = 1;
    boolean hasTextColumn;

    @Override
    public boolean advance() throws IOException {
      if (rows == null) {
        Reader reader = new InputStreamReader(decompressed(), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(reader);
        CsvSchema header = (CsvSchema) rows.getParserSchema();
        hasTextColumn = header != null && header.column("text") != null;
      }
      line = rows.getParser().currentLocation().getLineNr();
      try {
        if (!rows.hasNextValue()) {
          return false;
        }
        Map<String, String> row = rows.nextValue();
        if (!hasTextColumn) {
          pending.add(ParsedRecord.rejected(sourceFile, line, RejectReason.BAD_CSV,
              "the CSV header names no 'text' column", String.valueOf(row)));
          return true;
        }
        ArticleValidator.Result r = validator.fromFields(row);
        pending.add(ParsedRecord.accepted(sourceFile, line, r.article(), r.idGiven()));
      } catch (ArticleValidator.Invalid e) {
        pending.add(ParsedRecord.rejected(sourceFile, line, e.reason(), e.getMessage(), null));
      } catch (JacksonException e) {
        if (e.getCause() instanceof CharacterCodingException || e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
          throw new IOException(e.getOriginalMessage(), e);
        }
        pending.add(ParsedRecord.rejected(sourceFile, line, RejectReason.BAD_CSV,
            "row does not parse: " + e.getOriginalMessage(), null));
        if (rows.getParser().currentLocation().getLineNr() <= line) {
          throw new IOException("cannot recover after a malformed CSV row", e);
        }
      }
      return true;
    }
  }

  private final class TextFile implements Source {
    boolean done;

    @Override
    public boolean advance() throws IOException {
      if (done) {
        return false;
      }
      done = true;
      long maxBytes = 4L * limits.maxArticleChars();
      byte[] bytes = readAtMost(raw, maxBytes + 1);
      if (bytes.length > maxBytes) {
        pending.add(ParsedRecord.rejected(sourceFile, 1, RejectReason.TOO_LARGE,
            "file has " + fileBytes + " bytes, over the limit of " + maxBytes, lenient(java.util.Arrays.copyOf(bytes, 2048))));
        return true;
      }
      String text;
      try {
        text = strictUtf8(bytes);
      } catch (CharacterCodingException e) {
        pending.add(ParsedRecord.rejected(sourceFile, 1, RejectReason.BAD_ENCODING, "file is not valid UTF-8", lenient(bytes)));
        return true;
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      try {
        ArticleValidator.Result r = validator.fromTextFile(baseName(sourceFile), text);
        pending.add(ParsedRecord.accepted(sourceFile, 1, r.article(), true));
      } catch (ArticleValidator.Invalid e) {
        pending.add(ParsedRecord.rejected(sourceFile, 1, e.reason(), e.getMessage(), text));
      }
      return true;
    }
  }

  static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String lenient(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 4 * ParsedRecord.EXCERPT_CHARS), StandardCharsets.UTF_8);
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while (out.size() < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - out.size()))) > 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    return m.replace('\n', ' ');
  }

  /** Counts and hashes the bytes read from the file on disk. */
  private static final class DigestingStream extends FilterInputStream {
    private final MessageDigest digest = TextFingerprint.sha256();

    DigestingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        digest.update(b, off, n);
      }
      return n;
    }

    void drain() throws IOException {
      byte[] buf = new byte[64 * 1024];
      while (read(buf, 0, buf.length) > 0) {
        // reading is what updates the digest
      }
    }

    String hex() {
      try {
        return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class GzipBombException extends IOException {
    private static final long serialVersionUID = 1L;

    GzipBombException(String message) {
      super(message);
    }
  }

  /** Stops a decompression bomb: fails once more than {@code budget} bytes come out. */
  private static final class BoundedStream extends FilterInputStream {
    private final long budget;
    private long count;

    BoundedStream(InputStream in, long budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      count += n;
      if (count > budget) {
        throw new GzipBombException("decompressed size passed " + budget + " bytes, over the ratio limit");
      }
    }
  }
}
