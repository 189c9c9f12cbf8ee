package dev.parley.score;

import dev.parley.api.DateBasis;
import dev.parley.api.SpeakerType;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The gold statements of one article, in annotation order. */
public record GoldArticle(String articleId, LocalDate published, List<GoldStatement> statements) {

  public GoldArticle {
    Objects.requireNonNull(articleId, "articleId");
    statements = statements == null ? List.of() : List.copyOf(statements);
  }

  /**
   * The gold as predictions: what a perfect extractor would output. Spans are found the way the
   * scorer finds them (first occurrence); a content missing from the text is an error here, because
   * a caller asking for a conversion wants every statement.
   */
  public List<Statement> toStatements(String text) {
    List<Statement> out = new ArrayList<>();
    for (GoldStatement g : statements) {
      int start = text.indexOf(g.content());
      if (start < 0) {
        throw new IllegalArgumentException(
            "Gold content not found in text of " + articleId + ": " + g.content());
      }
      out.add(toStatement(g, out.size(), start));
    }
    return out;
  }

  private Statement toStatement(GoldStatement g, int seq, int start) {
    return new Statement(
        articleId,
        seq,
        g.speaker(),
        g.speakerRaw(),
        g.speakerType() == null ? null : SpeakerType.valueOf(g.speakerType()),
        null,
        null,
        g.content(),
        start,
        start + g.content().length(),
        g.isDirect(),
        g.statementDate(),
        g.statementDate() == null ? DateBasis.UNRESOLVED : DateBasis.EXPLICIT,
        g.eventDates(),
        Stance.valueOf(g.stance()),
        g.stanceCues(),
        null);
  }
}
