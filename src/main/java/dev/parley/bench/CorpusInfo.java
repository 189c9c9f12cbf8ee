package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code corpus.json} beside a built corpus: how it was made (to reuse it only when the same
 * spec would make it again) and what it holds.
 */
public record CorpusInfo(
    @JsonProperty("format") String format,
    @JsonProperty("articles") long articles,
    @JsonProperty("seed") long seed,
    @JsonProperty("files") int files,
    @JsonProperty("published_from") String publishedFrom,
    @JsonProperty("published_to") String publishedTo,
    @JsonProperty("sources") List<SourceMaterial.Source> sources,
    @JsonProperty("input_bytes") long inputBytes,
    @JsonProperty("json_bytes") long jsonBytes,
    @JsonProperty("text_chars") long textChars,
    @JsonProperty("length_chars") Quantiles lengthChars,
    @JsonProperty("template_length_chars") Quantiles templateLengthChars,
    @JsonProperty("paragraphs_per_article") double paragraphsPerArticle,
    @JsonProperty("by_source") SortedMap<String, Long> bySource,
    @JsonProperty("by_year") SortedMap<Integer, Long> byYear,
    @JsonProperty("redraws") long redraws,
    @JsonProperty("overlap") Overlap overlap,
    @JsonProperty("build_seconds") double buildSeconds) {

  static final String FORMAT = "parley-bench-corpus/1";

  /** Whether a corpus built to {@code spec} would be this one. */
  boolean sameSpec(CorpusInfo spec) {
    return format.equals(spec.format) && articles == spec.articles && seed == spec.seed && files == spec.files
        && sources.stream().map(SourceMaterial.Source::sha256).toList()
            .equals(spec.sources.stream().map(SourceMaterial.Source::sha256).toList());
  }

  /** A length distribution. */
  public record Quantiles(
      @JsonProperty("p10") long p10,
      @JsonProperty("p50") long p50,
      @JsonProperty("p90") long p90,
      @JsonProperty("p99") long p99,
      @JsonProperty("max") long max,
      @JsonProperty("mean") double mean) {

    static Quantiles of(int[] values) {
      if (values.length == 0) {
        return new Quantiles(0, 0, 0, 0, 0, 0);
      }
      int[] v = values.clone();
      Arrays.sort(v);
      double mean = Math.round(Arrays.stream(v).asLongStream().sum() * 10.0 / v.length) / 10.0;
      return new Quantiles(at(v, 0.10), at(v, 0.50), at(v, 0.90), at(v, 0.99), v[v.length - 1], mean);
    }

    private static long at(int[] sorted, double q) {
      return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
  }

  /**
   * How much synthetic articles share: for an article, the share of its paragraph characters that
   * it has in common with the one other article it overlaps most. An upper bound on the word
   * shingle Jaccard similarity a near-duplicate detector would see.
   *
   * @param maxSharedFraction the largest such share over all articles
   * @param articlesOverHalf articles that share more than half of their text with one other
   * @param articlesOver80 articles that share more than 80% of their text with one other
   * @param usesPerParagraph how many times a pooled paragraph is used, on average
   */
  public record Overlap(
      @JsonProperty("max_shared_fraction") double maxSharedFraction,
      @JsonProperty("articles_sharing_over_half") long articlesOverHalf,
      @JsonProperty("articles_sharing_over_80pct") long articlesOver80,
      @JsonProperty("uses_per_pooled_paragraph") double usesPerParagraph) {}
}
