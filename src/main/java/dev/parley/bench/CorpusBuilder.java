package dev.parley.bench;

import dev.parley.api.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a synthetic corpus of N articles ({@link ArticleSynthesizer}) as gzip JSONL files under
 * {@code <dir>/articles/}, about {@value #ARTICLES_PER_FILE} articles a file and at least
 * {@value #MIN_FILES} files (one file is one ingest task), with {@code <dir>/corpus.json}
 * describing it. A directory that already holds the same spec is reused as it is.
 */
public final class CorpusBuilder {
  static final int ARTICLES_PER_FILE = 10_000;
  static final int MIN_FILES = 8;
  public static final String ARTICLES_DIR = "articles";
  public static final String INFO_FILE = "corpus.json";

  private final List<Path> sources;
  private final long seed;
  private SourceMaterial material;

  public CorpusBuilder(List<Path> sources, long seed) {
    this.sources = List.copyOf(sources);
    this.seed = seed;
  }

  /** A builder on material already read (tests build several corpora from one reading). */
  CorpusBuilder(SourceMaterial material, long seed) {
    this.sources = material.sources.stream().map(s -> Path.of(s.path())).toList();
    this.seed = seed;
    this.material = material;
  }

  SourceMaterial material() {
    if (material == null) {
      for (Path s : sources) {
        if (!Files.isRegularFile(s)) {
          throw new IllegalArgumentException("Source corpus not found: " + s + " (pass --eval DIR or --source FILE)");
        }
      }
      material = SourceMaterial.load(sources);
    }
    return material;
  }

  /** The corpora of {@code ../shared/eval} a benchmark is built from, in this order. */
  public static List<Path> defaultSources(Path evalDir) {
    return Stream.of("kcna-2011-2012/articles.jsonl", "kcna-2023-2024/articles.jsonl", "reuters21578/articles.jsonl",
        "ungdc-slice/speeches.jsonl").map(evalDir::resolve).toList();
  }

  static int filesFor(long articles) {
    return (int) Math.max(MIN_FILES, (articles + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE);
  }

  /** The corpus in {@code dir}: reused when {@code corpus.json} there has the same spec, else built. */
  public CorpusInfo build(long articles, Path dir) {
    if (articles < 1) {
      throw new IllegalArgumentException("Invalid corpus size: " + articles + " (expected at least 1)");
    }
    long started = System.nanoTime();
    SourceMaterial material = material();
    CorpusInfo existing = read(dir);
    CorpusInfo spec = new CorpusInfo(CorpusInfo.FORMAT, articles, seed, filesFor(articles), null, null, material.sources,
        0, 0, 0, null, null, 0, null, null, 0, null, 0);
    if (existing != null && existing.sameSpec(spec) && Files.isDirectory(dir.resolve(ARTICLES_DIR))) {
      return existing;
    }
    try {
      return write(material, articles, dir, started);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write corpus " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The {@code corpus.json} of {@code dir}, or null when there is none (or it cannot be read). */
  public static CorpusInfo read(Path dir) {
    Path info = dir.resolve(INFO_FILE);
    if (!Files.isRegularFile(info)) {
      return null;
    }
    try {
      return Json.MAPPER.readValue(info.toFile(), CorpusInfo.class);
    } catch (IOException e) {
      return null;
    }
  }

  private CorpusInfo write(SourceMaterial material, long articles, Path dir, long started) throws IOException {
    if (Files.exists(dir) && !Files.isRegularFile(dir.resolve(INFO_FILE)) && !isEmptyDirectory(dir)) {
      throw new IllegalArgumentException("Corpus folder " + dir + " exists and holds no " + INFO_FILE + "; not replacing it");
    }
    deleteRecursively(dir);
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
    deleteRecursively(tmp);
    Path articlesDir = Files.createDirectories(tmp.resolve(ARTICLES_DIR));
    int files = filesFor(articles);
    long perFile = (articles + files - 1) / files;
    ArticleSynthesizer synthesizer = new ArticleSynthesizer(material, seed);
    int[][] paragraphIds = new int[Math.toIntExact(articles)][];
    int[] paragraphChars = new int[paragraphIds.length];
    int[] lengths = new int[paragraphIds.length];
    SortedMap<String, Long> bySource = new TreeMap<>();
    SortedMap<Integer, Long> byYear = new TreeMap<>();
    long jsonBytes = 0;
    int index = 0;
    for (int f = 0; f < files && index < articles; f++) {
      Path file = articlesDir.resolve(String.format("part-%05d.jsonl.gz", f));
      try (OutputStream raw = Files.newOutputStream(file);
          CountingStream counted = new CountingStream(new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16));
          Writer out = new OutputStreamWriter(counted, StandardCharsets.UTF_8)) {
        for (long n = 0; n < perFile && index < articles; n++, index++) {
          ArticleSynthesizer.Synthetic s = synthesizer.next(index);
          out.write(Json.MAPPER.writeValueAsString(s.article()));
          out.write('\n');
          int i = index;
          paragraphIds[i] = s.paragraphIds();
          paragraphChars[i] = s.paragraphChars();
          lengths[i] = s.article().text().length();
          bySource.merge(s.corpus(), 1L, Long::sum);
          byYear.merge(s.article().published().getYear(), 1L, Long::sum);
        }
        out.flush();
        jsonBytes += counted.count;
      }
    }
    int[] templateLengths = material.templates.stream().mapToInt(SourceMaterial.Template::length).toArray();
    CorpusInfo info = new CorpusInfo(CorpusInfo.FORMAT, articles, seed, files, ArticleSynthesizer.FIRST_DAY.toString(),
        ArticleSynthesizer.LAST_DAY.toString(), material.sources, directorySize(articlesDir), jsonBytes,
        Arrays.stream(lengths).asLongStream().sum(), CorpusInfo.Quantiles.of(lengths), CorpusInfo.Quantiles.of(templateLengths),
        Math.round(Arrays.stream(paragraphIds).mapToInt(a -> a.length).sum() * 100.0 / articles) / 100.0,
        bySource, byYear, synthesizer.redraws(), overlap(paragraphIds, paragraphChars, paragraphLengths(material)),
        Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.resolve(INFO_FILE).toFile(), info);
    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    return info;
  }

  private static int[] paragraphLengths(SourceMaterial material) {
    int[] lengths = new int[material.paragraphCount()];
    for (SourceMaterial.Pool p : material.pools) {
      System.arraycopy(p.lengths, 0, lengths, p.firstId, p.size());
    }
    return lengths;
  }

  /** See {@link CorpusInfo.Overlap}: an inverted index from paragraph to articles. */
  static CorpusInfo.Overlap overlap(int[][] paragraphIds, int[] paragraphChars, int[] paragraphLengths) {
    int[] start = new int[paragraphLengths.length + 1];
    for (int[] ids : paragraphIds) {
      for (int id : ids) {
        start[id + 1]++;
      }
    }
    int used = 0;
    for (int p = 0; p < paragraphLengths.length; p++) {
      if (start[p + 1] > 0) {
        used++;
      }
      start[p + 1] += start[p];
    }
    int[] postings = new int[start[paragraphLengths.length]];
    int[] fill = Arrays.copyOf(start, paragraphLengths.length);
    for (int a = 0; a < paragraphIds.length; a++) {
      for (int id : paragraphIds[a]) {
        postings[fill[id]++] = a;
      }
    }
    int[] shared = new int[paragraphIds.length];
    int[] touched = new int[paragraphIds.length];
    double max = 0;
    long overHalf = 0;
    long over80 = 0;
    for (int a = 0; a < paragraphIds.length; a++) {
      int nTouched = 0;
      int best = 0;
      for (int id : paragraphIds[a]) {
        for (int k = start[id]; k < start[id + 1]; k++) {
          int b = postings[k];
          if (b == a) {
            continue;
          }
          if (shared[b] == 0) {
            touched[nTouched++] = b;
          }
          shared[b] += paragraphLengths[id];
          best = Math.max(best, shared[b]);
        }
      }
      for (int t = 0; t < nTouched; t++) {
        shared[touched[t]] = 0;
      }
      double fraction = paragraphChars[a] == 0 ? 0 : (double) best / paragraphChars[a];
      max = Math.max(max, fraction);
      overHalf += fraction > 0.5 ? 1 : 0;
      over80 += fraction > 0.8 ? 1 : 0;
    }
    double uses = used == 0 ? 0 : (double) postings.length / used;
    return new CorpusInfo.Overlap(Math.round(max * 1000) / 1000.0, overHalf, over80, Math.round(uses * 100) / 100.0);
  }

  private static long directorySize(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path p : files.toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Counts the uncompressed bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
