package dev.parley.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes synthetic article number {@code i} of a seeded sequence from real material:
 *
 * <ol>
 *   <li>a real article, drawn uniformly from all sources, is the <em>template</em>: it gives the
 *       title, the paragraph style and the length of each paragraph;
 *   <li>the template's paragraph lengths are the article's <em>slots</em>, except that slots are
 *       halved (the longest first) until there are at least {@value #MIN_SLOTS} and none is over
 *       {@value #MAX_SLOT_SHARE} of the article or longer than the template source's
 *       {@value #LONG_TAIL}th longest paragraph (so even long slots have many candidates);
 *   <li>each slot is filled with a real paragraph of about its length (within -20%/+25%, or the
 *       {@value #MIN_CANDIDATES} nearest in length) drawn from the same source, never two from
 *       the same real article and never one twice;
 *   <li>the publication date is a day drawn uniformly from 2000-01-01 to 2025-12-31.
 * </ol>
 *
 * So texts are real paragraphs with their real attributions, in the lengths of real articles. An
 * article is drawn again (from a new template) when it would share more than
 * {@value #MAX_SHARED} of its paragraph characters, or of those of an earlier article, with that
 * one earlier article: no two synthetic articles are the same or near-duplicates. Article {@code i} depends
 * only on the seed, {@code i} and the articles before it, so a smaller corpus is a prefix of a
 * larger one.
 */
final class ArticleSynthesizer {
  static final int MIN_SLOTS = 3;
  static final double MAX_SLOT_SHARE = 0.4;
  static final int MIN_CANDIDATES = 64;
  static final int LONG_TAIL = 256;
  static final double MAX_SHARED = 0.5;
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  private static final int MAX_REDRAWS = 1_000;

  /** One synthetic article and the global ids of its paragraphs (for the overlap check). */
  record Synthetic(SyntheticArticle article, int[] paragraphIds, int paragraphChars, String corpus) {}

  private final SourceMaterial material;
  private final long seed;
  private final int[] longCap;
  private final int[] paragraphLength;
  /** For each pooled paragraph, the articles so far that use it. */
  private final int[][] users;
  private final int[] userCount;
  /** Paragraph characters of each article so far. */
  private int[] articleChars = new int[1024];
  private int count;
  private long redraws;

  ArticleSynthesizer(SourceMaterial material, long seed) {
    this.material = material;
    this.seed = seed;
    this.longCap = material.pools.stream()
        .mapToInt(p -> p.lengths[Math.max(0, p.size() - LONG_TAIL)]).toArray();
    this.paragraphLength = new int[material.paragraphCount()];
    for (SourceMaterial.Pool p : material.pools) {
      System.arraycopy(p.lengths, 0, paragraphLength, p.firstId, p.size());
    }
    this.users = new int[paragraphLength.length][];
    this.userCount = new int[paragraphLength.length];
  }

  /** Articles drawn again because they shared too much with an earlier one. */
  long redraws() {
    return redraws;
  }

  /** Article {@code index}; call in order 0, 1, 2, ... */
  Synthetic next(int index) {
    if (index != count) {
      throw new IllegalStateException("Articles are made in order: expected " + count + ", got " + index);
    }
    SplittableRandom rng = new SplittableRandom(mix(seed, index));
    LocalDate published = FIRST_DAY.plusDays(rng.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
    for (int attempt = 0; ; attempt++) {
      SourceMaterial.Template template = material.templates.get(rng.nextInt(material.templates.size()));
      SourceMaterial.Pool pool = material.pool(template);
      Synthetic s = build(index, published, template, pool,
          fill(pool, slots(template.paragraphLengths(), longCap[template.pool()]), rng));
      if (attempt >= MAX_REDRAWS || !sharesTooMuch(s.paragraphIds(), s.paragraphChars())) {
        remember(s);
        return s;
      }
      redraws++;
    }
  }

  /** Whether the article would share over MAX_SHARED of its or an earlier article's paragraph characters with it. */
  private boolean sharesTooMuch(int[] ids, int chars) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (int id : ids) {
      for (int k = 0; k < userCount[id]; k++) {
        shared.merge(users[id][k], paragraphLength[id], Integer::sum);
      }
    }
    for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
      int common = e.getValue();
      if (common > MAX_SHARED * chars || common > MAX_SHARED * articleChars[e.getKey()]) {
        return true;
      }
    }
    return false;
  }

  private void remember(Synthetic s) {
    if (count == articleChars.length) {
      articleChars = Arrays.copyOf(articleChars, count * 2);
    }
    articleChars[count] = s.paragraphChars();
    for (int id : s.paragraphIds()) {
      if (users[id] == null) {
        users[id] = new int[4];
      } else if (userCount[id] == users[id].length) {
        users[id] = Arrays.copyOf(users[id], userCount[id] * 2);
      }
      users[id][userCount[id]++] = count;
    }
    count++;
  }

  /** The slot lengths for a template's paragraph lengths (see the class comment). */
  static int[] slots(int[] paragraphLengths, int longCap) {
    List<Integer> slots = new ArrayList<>();
    for (int l : paragraphLengths) {
      slots.add(l);
    }
    long total = Arrays.stream(paragraphLengths).asLongStream().sum();
    while (true) {
      int longest = 0;
      for (int i = 1; i < slots.size(); i++) {
        if (slots.get(i) > slots.get(longest)) {
          longest = i;
        }
      }
      int l = slots.get(longest);
      boolean tooFew = slots.size() < MIN_SLOTS;
      boolean tooLong = l > MAX_SLOT_SHARE * total || l > longCap;
      if (l < 2 || !(tooFew || tooLong)) {
        break;
      }
      slots.set(longest, l - l / 2);
      slots.add(longest + 1, l / 2);
    }
    return slots.stream().mapToInt(Integer::intValue).toArray();
  }

  private int[] fill(SourceMaterial.Pool pool, int[] slots, SplittableRandom rng) {
    int[] picked = new int[slots.length];
    Set<Integer> articles = new HashSet<>();
    for (int s = 0; s < slots.length; s++) {
      int target = slots[s];
      int lo = pool.lowerBound((int) Math.ceil(target * 0.8));
      int hi = pool.lowerBound((int) Math.floor(target * 1.25) + 1);
      if (hi - lo < MIN_CANDIDATES) {
        int at = pool.lowerBound(target);
        hi = Math.min(pool.size(), Math.max(at + MIN_CANDIDATES / 2, MIN_CANDIDATES));
        lo = Math.max(0, hi - MIN_CANDIDATES);
      }
      int choice = lo + rng.nextInt(hi - lo);
      for (int tries = 0; tries < 20 && articles.contains(pool.article[choice]); tries++) {
        choice = lo + rng.nextInt(hi - lo);
      }
      articles.add(pool.article[choice]);
      picked[s] = choice;
    }
    return picked;
  }

  private Synthetic build(int index, LocalDate published, SourceMaterial.Template template, SourceMaterial.Pool pool,
      int[] picked) {
    StringBuilder text = new StringBuilder();
    int[] ids = new int[picked.length];
    int chars = 0;
    for (int s = 0; s < picked.length; s++) {
      if (s > 0) {
        text.append(template.style().separator);
      }
      String p = pool.paragraphs[picked[s]];
      text.append(p);
      chars += p.length();
      ids[s] = pool.firstId + picked[s];
    }
    String id = String.format("bench-%08d", index);
    SyntheticArticle a = new SyntheticArticle(id, published, template.title(), text.toString(), "bench/" + pool.corpus);
    return new Synthetic(a, ids, chars, pool.corpus);
  }

  /** SplitMix64 of a pair: a well-spread seed for article {@code index}. */
  static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
