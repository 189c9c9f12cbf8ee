package dev.parley.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PolNeAR-shaped split written here (sentence in the manner of its Breitbart 2016-09-12 story,
 * ../shared/eval/polnear/dev): BRAT offsets in code points, a discontinuous content span, an
 * attribution without a source.
 */
class PolnearConverterTest {
  @TempDir Path tmp;

  /** A BRAT range "start end" of the first occurrence of {@code part}, in code points. */
  private static String span(String text, String part) {
    int at = text.indexOf(part);
    int start = text.codePointCount(0, at);
    return start + " " + (start + part.codePointCount(0, part.length()));
  }

  @Test
  void convertsSpansSourcesAndDates() throws IOException {
    // An emoji before the spans: BRAT counts it as one character, Java as two.
    String text = "\uD83D\uDCF0 The New York Post reports that the team avoided the hospital. "
        + "\"It was a scare,\" a source said, \"nothing more.\" Critics called it a cover-up.\n"
        + "The aide wrote that the plan\nwould hold.";
    Path split = tmp.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/post_story.txt"), text, StandardCharsets.UTF_8);
    String ann = String.join("\n",
        "T1\tSource " + span(text, "The New York Post") + "\tThe New York Post",
        "T2\tCue " + span(text, "reports") + "\treports",
        "T3\tContent " + span(text, "that the team avoided the hospital") + "\tthat ...",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T5\tSource " + span(text, "a source") + "\ta source",
        "T6\tContent " + span(text, "\"It was a scare,\"") + ";" + span(text, "\"nothing more.\"") + "\t...",
        "T7\tCue " + span(text, "said") + "\tsaid",
        "E2\tAttribution:T7 Content:T6 Cue:T7 Source:T5",
        "T8\tContent " + span(text, "Critics called it a cover-up") + "\tCritics ...",
        "E3\tAttribution:T8 Content:T8",
        // split by a line break only: one statement
        "T9\tSource " + span(text, "The aide") + "\tThe aide",
        "T10\tCue " + span(text, "wrote") + "\twrote",
        "T11\tContent " + span(text, "that the plan") + ";" + span(text, "would hold") + "\tthat ...",
        "E4\tAttribution:T10 Content:T11 Cue:T10 Source:T9") + "\n";
    Files.writeString(split.resolve("attributions/post_story_ab12.ann"), ann, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\tpost_story\t2016-09-12\n");

    PolnearConverter.Result r = PolnearConverter.convert(split, tmp.resolve("metadata.tsv"), tmp.resolve("out"));
    assertEquals(new PolnearConverter.Result(1, 4, 1), r);

    List<GoldArticle> gold = GoldReader.read(tmp.resolve("out/gold.jsonl"));
    Map<String, String> texts = GoldReader.readTexts(tmp.resolve("out/articles.jsonl"));
    assertEquals(text, texts.get("post_story"));
    List<GoldStatement> s = gold.get(0).statements();
    assertEquals("The New York Post", s.get(0).speaker());
    assertEquals("that the team avoided the hospital", s.get(0).content());
    assertFalse(s.get(0).isDirect());
    // a quote interrupted by its source and cue is two statements (GUIDE.md, convention 4)
    assertEquals("a source", s.get(1).speaker());
    assertEquals("\"It was a scare,\"", s.get(1).content());
    assertTrue(s.get(1).isDirect());
    assertEquals("a source", s.get(2).speaker());
    assertEquals("\"nothing more.\"", s.get(2).content());
    assertEquals("The aide", s.get(3).speaker());
    assertEquals("that the plan\nwould hold", s.get(3).content());
    assertEquals("2016-09-12", gold.get(0).published().toString());
  }
}
