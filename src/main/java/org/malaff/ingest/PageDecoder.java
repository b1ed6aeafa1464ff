package org.malaff.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the characters of a web page's bytes, as browsers do: a byte order mark first, then the
 * charset of the HTTP Content-Type, then the XML declaration's encoding (feeds) or a {@code <meta
 * charset>} or {@code http-equiv} tag in the first 4 kB, then detection (valid UTF-8; UTF-16 by its zero bytes; else the Arabic code page whose
 * decoding reads most as Arabic). A declared charset is overruled when the bytes cannot be it: not
 * valid UTF-8 when UTF-8 is declared, or a Latin code page declared over bytes that read as Arabic
 * in an Arabic one (servers often send ISO-8859-1 by default).
 */
public final class PageDecoder {
  private static final Pattern META = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECLARATION = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> LATIN = Set.of("ISO-8859-1", "windows-1252", "US-ASCII");

  /** Where the charset came from. */
  public enum Source { BOM, HEADER, META, DETECTED }

  /** The page's text, the charset it was read in and how that was decided. */
  public record DecodedPage(String text, Charset charset, Source source) {}

  private PageDecoder() {}

  /**
   * @param contentType the HTTP Content-Type header, or null (a file)
   */
  public static DecodedPage decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedPage(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.BOM);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedPage(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Source.BOM);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedPage(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Source.BOM);
    }
    Charset header = contentType == null ? null : label(HEADER.matcher(contentType));
    if (header != null && plausible(bytes, header)) {
      return new DecodedPage(new String(bytes, header), header, Source.HEADER);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Charset meta = label(XML_DECLARATION.matcher(head));
    if (meta == null) {
      meta = label(META.matcher(head));
    }
    if (meta != null && plausible(bytes, meta)) {
      return new DecodedPage(new String(bytes, meta), meta, Source.META);
    }
    Charset detected = detect(bytes);
    return new DecodedPage(new String(bytes, detected), detected, Source.DETECTED);
  }

  /** The charset the bytes most likely are in, with nothing declared. */
  static Charset detect(byte[] bytes) {
    // UTF-16 first: Arabic in UTF-16 is all bytes below 0x80, which is also valid UTF-8
    Charset utf16 = TextFileReader.utf16WithoutMark(bytes);
    if (utf16 != null && TextFileReader.readsAsArabic(new String(bytes, utf16))) {
      return utf16;
    }
    if (validUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Charset best = TextFileReader.bestLegacy(bytes);
    return best != null ? best : Charset.forName("windows-1252");
  }

  private static boolean plausible(byte[] bytes, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return validUtf8(bytes);
    }
    if (LATIN.contains(declared.name())) {
      Charset d = detect(bytes);
      return d.equals(StandardCharsets.UTF_8) ? !hasHighBytes(bytes) : !ArabicCharsets.LEGACY.contains(d);
    }
    return true;
  }

  private static Charset label(Matcher m) {
    return m.find() ? ArabicCharsets.forLabel(m.group(1).toLowerCase(Locale.ROOT)) : null;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
