package dev.parley.time.eval;

import dev.parley.time.eval.TimeMlDocument.Timex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML (.tml) files with the JDK's StAX parser. The plain text is the character content
 * of the TEXT element with every tag dropped, so gold offsets are offsets into that text.
 */
public final class TimeMlReader {
  private TimeMlReader() {}

  public static TimeMlDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString().replaceFirst("\\.tml$", ""));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("Not well-formed TimeML: " + file + " (" + e.getMessage() + ")", e);
    }
  }

  static TimeMlDocument read(InputStream in, String id) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // No DTDs or external entities: the files are data, not programs.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = factory.createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    LocalDate dct = null;
    boolean inDct = false;
    boolean inText = false;
    try {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("TIMEX3") && inDct && dct == null) {
            dct = parseDay(r.getAttributeValue(null, "value"));
          } else if (name.equals("TIMEX3") && inText) {
            open.push(new Open(text.length(), r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value")));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("TIMEX3") && inText && !open.isEmpty()) {
            Open o = open.pop();
            timexes.add(new Timex(o.start(), text.length(), o.type(), o.value()));
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        }
      }
    } finally {
      r.close();
    }
    timexes.sort(java.util.Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
    return new TimeMlDocument(id, dct, text.toString(), timexes);
  }

  /** All .tml files under the paths (directories are walked), sorted by path. */
  public static List<Path> files(List<Path> roots) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (var s = Files.walk(root)) {
          s.filter(p -> p.toString().endsWith(".tml") && !p.getFileName().toString().startsWith("._"))
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list " + root, e);
        }
      } else {
        out.add(root);
      }
    }
    out.sort(null);
    return out;
  }

  /** "1998-01-08", "1998-01-08T12:00" or "19980108": the day, or null when the value has none. */
  static LocalDate parseDay(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return LocalDate.parse(v.substring(0, 10));
    }
    if (v.matches("\\d{8}.*")) {
      return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
          Integer.parseInt(v.substring(6, 8)));
    }
    return null;
  }

  private record Open(int start, String type, String value) {}
}
