package dev.parley.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentence splitting and tokenisation with Apache OpenNLP's English UD-EWT models, which ship in
 * Maven packages (nothing is downloaded at run time). Paragraph breaks (a blank line) always end
 * a sentence: news and state-media text often drops the final period of a paragraph.
 *
 * <p>Models are loaded once per JVM; an instance is cheap but not thread-safe, so create one per
 * partition or thread.
 */
public final class TextAnalyzer {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Longest white-space-free string given to the statistical tokenizer. */
  private static final int MAX_WORD_CHARS = 100;

  private static volatile SentenceModel sentenceModel;
  private static volatile TokenizerModel tokenModel;

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;

  public TextAnalyzer() {
    this.sentenceDetector = new SentenceDetectorME(sentenceModel());
    this.tokenizer = new TokenizerME(tokenModel());
  }

  public AnalyzedText analyze(String text) {
    List<Span> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    for (Span block : paragraphs(text)) {
      String blockText = block.of(text);
      Span pending = null;
      for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(blockText)) {
        Span sentence = trim(text, block.start() + s.getStart(), block.start() + s.getEnd());
        if (sentence.length() == 0) {
          continue;
        }
        if (pending != null && (Abbreviations.get().continuesAfter(text, pending.end(), sentence.start())
            || endsWithDash(text, pending) || endsWithComma(text, pending))) {
          // "Texas Sen. | Ted Cruz said", "...\u201d\u2015 | Pamela Padilla", "McConnell, R-Ky., | said": one sentence
          pending = new Span(pending.start(), sentence.end());
          continue;
        }
        if (pending != null) {
          addSentence(text, pending, sentences, tokens);
        }
        pending = sentence;
      }
      if (pending != null) {
        addSentence(text, pending, sentences, tokens);
      }
    }
    return new AnalyzedText(text, sentences, tokens);
  }

  /**
   * A sentence the model ended at a comma or semicolon ("Mitch McConnell, R-Ky.,"): no sentence ends there.
   * A word's period before the comma ("held on Wednesday.,") is a paragraph run into the next (KCNA copy),
   * unless the word abbreviates a place ("Va.,").
   */
  private static boolean endsWithComma(String text, Span sentence) {
    int end = sentence.end();
    char last = text.charAt(end - 1);
    if (last != ',' && last != ';') {
      return false;
    }
    if (end - 2 < sentence.start() || text.charAt(end - 2) != '.') {
      return true;
    }
    int w = end - 2;
    while (w > sentence.start() && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    return Abbreviations.isNameEnd(text.substring(w, end - 2));
  }

  /** A sentence the model ended right after a dash: the dash leads on to what follows, a signature or a clause. */
  private static boolean endsWithDash(String text, Span sentence) {
    char last = text.charAt(sentence.end() - 1);
    return last == '\u2015' || last == '\u2014' || last == '\u2013';
  }

  private void addSentence(String text, Span sentence, List<Span> sentences, List<Span> tokens) {
    sentences.add(sentence);
    int first = tokens.size();
    tokenize(text, sentence, tokens);
    joinAbbreviations(text, tokens, first);
  }

  /**
   * Joins an abbreviation and its period that the tokenizer split ("Sen", ".") into one token when the
   * period ends no sentence: the period of "Sen." is no sentence end for later stages either.
   */
  private static void joinAbbreviations(String text, List<Span> tokens, int first) {
    for (int i = Math.max(first + 1, 1); i + 1 < tokens.size(); i++) {
      Span word = tokens.get(i - 1);
      Span dot = tokens.get(i);
      if (dot.length() == 1 && text.charAt(dot.start()) == '.' && word.end() == dot.start()
          && Abbreviations.get().continuesAfter(text, dot.end(), tokens.get(i + 1).start())) {
        tokens.set(i - 1, new Span(word.start(), dot.end()));
        tokens.remove(i);
      }
    }
  }

  /**
   * Tokens of a sentence. OpenNLP's tokenizer decides each split from the characters of one
   * white-space-free word alone, so words are handled one at a time: a word of letters only or
   * of digits only is one token as it stands (the model would only test every position inside it
   * for a split, which costs most of its time and, on such words, finds only wrong splits like
   * "Care Plus"); other words go to the model. A very long word (a URL, a run of 100,000 quote
   * marks) is one token too: the model's cost grows faster than linearly with word length.
   */
  private void tokenize(String text, Span sentence, List<Span> tokens) {
    int i = sentence.start();
    while (i < sentence.end()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < sentence.end() && !Character.isWhitespace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd - i > MAX_WORD_CHARS || isPlainWord(text, i, wordEnd)) {
        tokens.add(new Span(i, wordEnd));
      } else if (!peeledTokens(text, i, wordEnd, tokens)) {
        modelTokens(text, i, wordEnd, tokens);
      }
      i = wordEnd;
    }
  }

  /** A single character, or a word all of letters or all of digits. */
  static boolean isPlainWord(String text, int start, int end) {
    if (end - start < 2) {
      return true;
    }
    boolean letters = Character.isLetter(text.charAt(start));
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (letters ? !Character.isLetter(c) : !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Marks that open a word and are a token of their own: brackets and double quotes. */
  private static final String OPENING = "([{\"\u201c";
  /** Marks that close a word and are a token of their own: brackets, double quotes, and , ; : ! ?. */
  private static final String CLOSING = ")]}\"\u201d,;:!?";

  /**
   * A plain word inside brackets, double quotes or before , ; : ! ? ("said,", "(KCNA)", "talks.\"")
   * as the model splits it, without the model: each mark is a token, and so is a sentence's
   * period after a lower-case word of three letters or more (as {@link #isWordWithPeriod}). False,
   * adding nothing, when the word is anything else (apostrophes, inner marks, "U.S.", "Oct.").
   * Most words that reach the model are of this kind.
   */
  static boolean peeledTokens(String text, int start, int end, List<Span> tokens) {
    int a = start;
    while (a < end && OPENING.indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    int b = end;
    while (b > a && CLOSING.indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    int core = b;
    if (b > a && text.charAt(b - 1) == '.') {
      core = b - 1;
      if (!isWordWithPeriod(text, a, b)) {
        return false;
      }
    }
    if (core <= a || !isPlainWord(text, a, core) || core - a < 2 && !Character.isLetterOrDigit(text.charAt(a))) {
      return false;
    }
    for (int i = start; i < a; i++) {
      tokens.add(new Span(i, i + 1));
    }
    tokens.add(new Span(a, core));
    for (int i = core; i < end; i++) {
      tokens.add(new Span(i, i + 1));
    }
    return true;
  }

  /** The statistical tokenizer's tokens of one word, with two splits it misses in joined feeds. */
  void modelTokens(String text, int start, int end, List<Span> tokens) {
    for (opennlp.tools.util.Span t : tokenizer.tokenizePos(text.substring(start, end))) {
      int s = start + t.getStart();
      int e = start + t.getEnd();
      if (e - s > 1 && text.charAt(e - 1) == ':' && Character.isLetter(text.charAt(e - 2))) {
        tokens.add(new Span(s, e - 1)); // "says:," in joined feeds comes out as one token
        tokens.add(new Span(e - 1, e));
      } else if (isWordWithPeriod(text, s, e)) {
        tokens.add(new Span(s, e - 1)); // "it urged.," in joined feeds: the period ends the sentence
        tokens.add(new Span(e - 1, e));
      } else {
        tokens.add(new Span(s, e));
      }
    }
  }

  /** Lower-case abbreviations that keep their period. */
  private static final java.util.Set<String> LOWER_ABBREVIATIONS = java.util.Set.of("etc.", "vs.", "approx.", "incl.",
      "cf.", "viz.", "esp.", "dept.", "govt.", "mln.", "bln.", "pct.", "dlrs.", "nos.", "no.");

  /** A lower-case word of three letters or more with a period stuck to it ("urged."), not an abbreviation. */
  private static boolean isWordWithPeriod(String text, int s, int e) {
    if (e - s < 4 || text.charAt(e - 1) != '.') {
      return false;
    }
    for (int i = s; i < e - 1; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return !LOWER_ABBREVIATIONS.contains(text.substring(s, e));
  }

  /** Blocks separated by a blank line (two line breaks with only spaces between). */
  static List<Span> paragraphs(String text) {
    List<Span> blocks = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        boolean indented = j - i > 2 && text.charAt(i + 1) != '\r'; // wire copy opens a paragraph with an indent
        if (j < text.length() && (text.charAt(j) == '\n' || indented)) {
          addTrimmed(text, start, i, blocks);
          while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    addTrimmed(text, start, text.length(), blocks);
    return blocks;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    Span s = trim(text, start, end);
    if (s.length() > 0) {
      out.add(s);
    }
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static SentenceModel sentenceModel() {
    if (sentenceModel == null) {
      synchronized (TextAnalyzer.class) {
        if (sentenceModel == null) {
          try (InputStream in = open(SENTENCE_MODEL)) {
            sentenceModel = new SentenceModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP sentence model " + SENTENCE_MODEL, e);
          }
        }
      }
    }
    return sentenceModel;
  }

  private static TokenizerModel tokenModel() {
    if (tokenModel == null) {
      synchronized (TextAnalyzer.class) {
        if (tokenModel == null) {
          try (InputStream in = open(TOKEN_MODEL)) {
            tokenModel = new TokenizerModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP token model " + TOKEN_MODEL, e);
          }
        }
      }
    }
    return tokenModel;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = TextAnalyzer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("Model " + resource + " is not on the class path (opennlp-models-*-en jars)");
    }
    return in;
  }
}
