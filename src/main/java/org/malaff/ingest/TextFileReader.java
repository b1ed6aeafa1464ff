package org.malaff.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.malaff.text.Whitespace;

/**
 * Reads a text file for Malaff, refusing what is not text.
 *
 * <p>Rules, in order: a missing path, a folder, or an unreadable file is refused; a file larger than
 * the limit is refused before it is read; an empty file (or one of white space only) is refused; a
 * byte-order mark decides UTF-8 or UTF-16; UTF-16 without a mark is recognised by where its zero
 * bytes fall, and accepted when it reads as Arabic; a file with NUL bytes or many control bytes is binary
 * and refused; strict UTF-8 is tried next; else windows-1256, then ISO-8859-6, are accepted when
 * the result reads as Arabic (mostly Arabic letters, and the article ال frequent, as in any Arabic
 * text); else the file is refused with the line of the first byte that is not UTF-8.
 */
public final class TextFileReader {
  /** The default limit: far above any real dossier (the sample is 0.1 MB). */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;


  private final long maxBytes;

  public TextFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public TextFileReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads and decodes {@code file}. */
  public DecodedText read(Path file) throws BadInputException {
    if (!Files.exists(file)) {
      throw new BadInputException(file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file, "is a folder, not a file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(file, String.format("is %.1f MB, more than the %.0f MB a dossier may have",
            size / 1048576.0, maxBytes / 1048576.0));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(file, "cannot be read: permission denied");
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read: " + e.getMessage());
    }
    return decode(file, bytes);
  }

  /** Decodes bytes that came from {@code file} (named in errors). */
  public static DecodedText decode(Path file, byte[] bytes) throws BadInputException {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return checked(file, strict(file, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return checked(file, strict(file, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return checked(file, strict(file, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      String text = strict(file, bytes, 0, utf16);
      if (readsAsArabic(text)) {
        return checked(file, text, utf16);
      }
    }
    if (isBinary(bytes)) {
      throw new BadInputException(file, "is a binary file, not text");
    }
    try {
      String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      return checked(file, text, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      // both code pages put Arabic letters on the same high bytes, but only the right one makes
      // alef-lam, the commonest pair of Arabic, frequent
      Charset best = bestLegacy(bytes);
      if (best != null) {
        return checked(file, new String(bytes, best), best);
      }
      int offset = firstInvalidUtf8(bytes);
      throw new BadInputException(file, lineOf(bytes, offset),
          String.format("is not UTF-8 (byte 0x%02X) nor Arabic in windows-1256, ISO-8859-6 or cp720", bytes[offset] & 0xFF));
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, "cannot be decoded: " + e.getMessage());
    }
  }

  private static DecodedText checked(Path file, String text, Charset cs) throws BadInputException {
    if (Whitespace.trim(text).isEmpty()) {
      throw new BadInputException(file, "is empty");
    }
    return new DecodedText(text, cs);
  }

  private static String strict(Path file, byte[] bytes, int skip, Charset cs) throws BadInputException {
    try {
      return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, "has a " + cs.name() + " byte-order mark but is not " + cs.name());
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * UTF-16 without a byte-order mark: NUL in at least a third of the byte pairs, nearly all of
   * them on the same side (the high byte of ASCII, or of no character at all for Arabic's 0x06).
   */
  static Charset utf16WithoutMark(byte[] bytes) {
    int pairs = bytes.length / 2;
    if (pairs < 2 || bytes.length % 2 != 0) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    int arabicHigh = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
      if (bytes[i + 1] == 0x06 || bytes[i] == 0x06) {
        arabicHigh++;
      }
    }
    if (evenNul + oddNul + arabicHigh < pairs / 3) {
      return null;
    }
    return oddNul >= evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  /** NUL bytes, or more than 1% control bytes other than tab, line feed, carriage return, form feed. */
  static boolean isBinary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 1 << 20);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control > n / 100 + 1;
  }

  /** Mostly Arabic letters, and alef-lam among the 1% commonest pairs, as in any Arabic text. */
  /** The Arabic code page whose decoding of {@code bytes} reads most as Arabic, or null when none does. */
  static Charset bestLegacy(byte[] bytes) {
    Charset best = null;
    double bestScore = 0;
    for (Charset cs : ArabicCharsets.LEGACY) {
      double score = arabicScore(new String(bytes, cs));
      if (score > bestScore) {
        best = cs;
        bestScore = score;
      }
    }
    return best;
  }

  static boolean readsAsArabic(String text) {
    return arabicScore(text) > 0;
  }

  /**
   * How much {@code text} reads as Arabic: the share of alef-lam pairs among Arabic letters, or 0
   * when Arabic letters are not most letters or alef-lam is rarer than 1 in 100.
   */
  static double arabicScore(String text) {
    int letters = 0;
    int arabic = 0;
    int alefLam = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c >= '\u0600' && c <= '\u06FF') {
          arabic++;
          if (c == '\u0627' && i + 1 < text.length() && text.charAt(i + 1) == '\u0644') {
            alefLam++;
          }
        }
      }
    }
    if (letters == 0 || arabic * 2 <= letters || alefLam * 100 < arabic) {
      return 0;
    }
    return alefLam / (double) arabic;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder d = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
