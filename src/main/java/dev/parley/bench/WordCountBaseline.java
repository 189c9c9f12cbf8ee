package dev.parley.bench;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.text.AnalyzedText;
import dev.parley.text.Span;
import dev.parley.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The baseline the full job is measured against: a Spark job on the same input files that only
 * reads them ({@code spark.read().json} with an explicit schema), tokenises each text and counts
 * words (the total, the distinct words and the most frequent ones). Words are tokens holding a
 * letter or digit, lower-cased.
 */
public final class WordCountBaseline {
  /** How a text becomes tokens. */
  public enum Tokenizer {
    /**
     * Parley's own tokenisation, {@link TextAnalyzer}: paragraphs, OpenNLP sentences, OpenNLP
     * tokens (UD-EWT models), as the first step of the NLP core does it.
     */
    OPENNLP,
    /** A split at white space: what any word count does at the least. */
    WHITESPACE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final StructType INPUT_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("source", DataTypes.StringType);

  private static final int TOP = 20;
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** What a baseline run counted. */
  public record Result(
      @JsonProperty("tokenizer") String tokenizer,
      @JsonProperty("articles") long articles,
      @JsonProperty("words") long words,
      @JsonProperty("distinct_words") long distinctWords,
      @JsonProperty("top_words") List<WordCount> topWords,
      @JsonProperty("job_ms") long jobMillis) {}

  public record WordCount(@JsonProperty("word") String word, @JsonProperty("count") long count) {}

  private WordCountBaseline() {}

  public static Result run(SparkSession spark, List<String> inputs, Tokenizer tokenizer) {
    long started = System.nanoTime();
    LongAccumulator articles = spark.sparkContext().longAccumulator("articles");
    Dataset<String> texts = spark.read().schema(INPUT_SCHEMA).json(inputs.toArray(String[]::new))
        .select("text").na().drop().as(Encoders.STRING());
    Dataset<String> words = texts.mapPartitions(words(tokenizer, articles), Encoders.STRING());
    Dataset<Row> counts = words.groupBy("value").count().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long distinct = counts.count();
      Row total = counts.agg(sum("count")).first();
      List<WordCount> top = new ArrayList<>();
      for (Row r : counts.orderBy(desc("count"), asc("value")).limit(TOP).collectAsList()) {
        top.add(new WordCount(r.getString(0), r.getLong(1)));
      }
      long wordTotal = total.isNullAt(0) ? 0 : total.getLong(0);
      return new Result(tokenizer.label(), articles.value(), wordTotal, distinct, top,
          (System.nanoTime() - started) / 1_000_000);
    } finally {
      counts.unpersist();
    }
  }

  static MapPartitionsFunction<String, String> words(Tokenizer tokenizer, LongAccumulator articles) {
    return texts -> new WordIterator(texts, tokenizer, articles);
  }

  /** The words of {@code text}, lower-cased, in order. */
  static List<String> words(String text, Tokenizer tokenizer, TextAnalyzer analyzer) {
    List<String> out = new ArrayList<>();
    if (tokenizer == Tokenizer.OPENNLP) {
      AnalyzedText analyzed = analyzer.analyze(text);
      for (Span t : analyzed.tokens()) {
        addWord(t.of(text), out);
      }
    } else {
      for (String t : WHITE_SPACE.split(text)) {
        addWord(t, out);
      }
    }
    return out;
  }

  private static void addWord(String token, List<String> out) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        out.add(token.toLowerCase(Locale.ROOT));
        return;
      }
    }
  }

  /** Streams the words of a partition's texts, one text at a time. */
  private static final class WordIterator implements Iterator<String> {
    private final Iterator<String> texts;
    private final Tokenizer tokenizer;
    private final LongAccumulator articles;
    private final TextAnalyzer analyzer;
    private Iterator<String> current = java.util.Collections.emptyIterator();

    WordIterator(Iterator<String> texts, Tokenizer tokenizer, LongAccumulator articles) {
      this.texts = texts;
      this.tokenizer = tokenizer;
      this.articles = articles;
      this.analyzer = tokenizer == Tokenizer.OPENNLP ? new TextAnalyzer() : null;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && texts.hasNext()) {
        current = words(texts.next(), tokenizer, analyzer).iterator();
        articles.add(1);
      }
      return current.hasNext();
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }
  }
}
