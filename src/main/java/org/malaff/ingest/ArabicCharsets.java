package org.malaff.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * The legacy code pages Arabic text comes in — windows-1256, ISO-8859-6 and cp720 (DOS Arabic,
 * through ICU's converters: the JDK has none) — and the charset a label from an HTTP header or a
 * meta tag names.
 */
public final class ArabicCharsets {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  public static final Charset CP720 = com.ibm.icu.charset.CharsetICU.forNameICU("ibm-720");
  /** The single-byte Arabic code pages, in the order tried when nothing says which one. */
  public static final List<Charset> LEGACY = List.of(WINDOWS_1256, ISO_8859_6, CP720);

  private ArabicCharsets() {}

  /** The charset {@code label} names ("windows-1256", "cp1256", "ISO-8859-6", "cp720", "utf-8" …), or null. */
  public static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
    switch (l) {
      case "cp720", "ibm720", "ibm-720", "dos-720", "x-ibm720" -> {
        return CP720;
      }
      case "cp1256", "windows1256" -> {
        return WINDOWS_1256;
      }
      case "arabic", "iso88596", "iso-8859-6-i", "iso-8859-6-e", "asmo-708" -> {
        return ISO_8859_6;
      }
      default -> {
        try {
          return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
  }
}
