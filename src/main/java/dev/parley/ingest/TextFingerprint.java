package dev.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The normalised form of an article text and its SHA-256: two texts with the same fingerprint are
 * exact duplicates, and an article without an id is named by the first 16 hex digits.
 */
public final class TextFingerprint {
  private TextFingerprint() {}

  /** NFKC, lower case, every run of white space as one space, trimmed. */
  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** SHA-256 of the normalised text, 64 hex digits. */
  public static String of(String text) {
    return sha256Hex(normalize(text).getBytes(StandardCharsets.UTF_8));
  }

  /** The id of an article that has none: the first 16 hex digits of {@link #of}. */
  public static String derivedId(String text) {
    return of(text).substring(0, 16);
  }

  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
