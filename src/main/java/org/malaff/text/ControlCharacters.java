package org.malaff.text;

/**
 * Characters that are never text: C0 controls but the tab, DEL, C1 controls, and the replacement
 * character a failed decoding leaves. Readers drop them (and say how many), so that what Malaff
 * stores and writes reads back the same.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** True for a character readers drop. */
  public static boolean isBad(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFFFD';
  }

  /** The text without them. */
  public static String strip(String s) {
    int i = 0;
    while (i < s.length() && !isBad(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, i);
    for (; i < s.length(); i++) {
      if (!isBad(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
