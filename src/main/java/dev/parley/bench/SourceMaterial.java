package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The real articles synthetic ones are made from. Each source file (one JSONL corpus) gives
 * <em>templates</em> (one per article with text: its title, its paragraph lengths and paragraph
 * style) and a <em>pool</em> of its paragraphs, sorted by length so a paragraph of about a given
 * length can be drawn. A paragraph already seen in an earlier source (case and white space folded)
 * is not pooled twice, and an article whose whole text was already seen is not a template twice.
 */
final class SourceMaterial {
  /** A real article as a shape to fill: which pool, its title, its paragraphs' lengths. */
  record Template(int pool, String title, int[] paragraphLengths, Paragraphs style) {
    int length() {
      return Arrays.stream(paragraphLengths).sum();
    }
  }

  /** One source file as read: where it is, its checksum and what it gave. */
  public record Source(String path, String corpus, long bytes, String sha256, int templates, int paragraphs) {}

  /** The paragraphs of one source, shortest first. */
  static final class Pool {
    final String corpus;
    final String[] paragraphs;
    final int[] lengths;
    /** Index of the source article each paragraph comes from (within this pool's source). */
    final int[] article;
    /** Offset of this pool's paragraphs in the numbering over all pools. */
    final int firstId;

    Pool(String corpus, List<String> paragraphs, List<Integer> articles, int firstId) {
      this.corpus = corpus;
      Integer[] order = new Integer[paragraphs.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // Stable: equal lengths keep their reading order, so the pool is the same on every run.
      Arrays.sort(order, (a, b) -> Integer.compare(paragraphs.get(a).length(), paragraphs.get(b).length()));
      this.paragraphs = new String[order.length];
      this.lengths = new int[order.length];
      this.article = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        this.paragraphs[i] = paragraphs.get(order[i]);
        this.lengths[i] = this.paragraphs[i].length();
        this.article[i] = articles.get(order[i]);
      }
      this.firstId = firstId;
    }

    int size() {
      return paragraphs.length;
    }

    /** Index of the first paragraph at least {@code length} long (size() when none is). */
    int lowerBound(int length) {
      int lo = 0;
      int hi = lengths.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (lengths[mid] < length) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  final List<Template> templates;
  final List<Pool> pools;
  final List<Source> sources;

  private SourceMaterial(List<Template> templates, List<Pool> pools, List<Source> sources) {
    this.templates = List.copyOf(templates);
    this.pools = List.copyOf(pools);
    this.sources = List.copyOf(sources);
  }

  int paragraphCount() {
    return pools.stream().mapToInt(Pool::size).sum();
  }

  Pool pool(Template t) {
    return pools.get(t.pool());
  }

  /** Reads the JSONL files ({@code .jsonl} or {@code .jsonl.gz}) in the order given. */
  static SourceMaterial load(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No source corpus given");
    }
    List<Template> templates = new ArrayList<>();
    List<Pool> pools = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    Set<String> seenParagraphs = new HashSet<>();
    Set<String> seenTexts = new HashSet<>();
    int nextId = 0;
    for (Path file : files) {
      String corpus = corpusName(file);
      List<String> paragraphs = new ArrayList<>();
      List<Integer> articleOf = new ArrayList<>();
      int before = templates.size();
      MessageDigest sha = sha256();
      try (BufferedReader in = reader(file, sha)) {
        String line;
        int article = 0;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = Json.MAPPER.readTree(line);
          String text = node.path("text").isTextual() ? node.get("text").asText() : "";
          if (text.isBlank() || !seenTexts.add(Paragraphs.normalise(text))) {
            continue;
          }
          Paragraphs style = Paragraphs.styleOf(text);
          List<String> parts = style.split(text);
          int[] lengths = parts.stream().mapToInt(String::length).toArray();
          String title = node.path("title").isTextual() ? node.get("title").asText() : null;
          templates.add(new Template(pools.size(), title, lengths, style));
          for (String p : parts) {
            if (seenParagraphs.add(Paragraphs.normalise(p))) {
              paragraphs.add(p);
              articleOf.add(article);
            }
          }
          article++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read source corpus " + file + ": " + e.getMessage(), e);
      }
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException("Source corpus " + file + " has no article with text");
      }
      pools.add(new Pool(corpus, paragraphs, articleOf, nextId));
      nextId += paragraphs.size();
      sources.add(new Source(file.toString(), corpus, size(file), HexFormat.of().formatHex(sha.digest()),
          templates.size() - before, paragraphs.size()));
    }
    return new SourceMaterial(templates, pools, sources);
  }

  /** The corpus a file belongs to: its folder's name ({@code kcna-2011-2012/articles.jsonl}). */
  static String corpusName(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? file.getFileName().toString() : parent.getFileName().toString();
  }

  private static BufferedReader reader(Path file, MessageDigest sha) throws IOException {
    InputStream raw = new DigestInputStream(Files.newInputStream(file), sha);
    InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
