package org.malaff.read;

import org.malaff.text.Whitespace;
import org.malaff.text.ArabicLetters;

/**
 * Whether a short text looks like a person's name: two to four words, Arabic letters only (no
 * digits, no punctuation but a hyphen or apostrophe), the first a common given name or an honorific
 * such as د. Outlet, agency and place names are not names.
 */
final class NameShape {
  private final Gazetteer gazetteer;

  NameShape(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** True when {@code text} has the shape of a name and begins with a given name. */
  boolean isPersonName(String text) {
    return hasNameShape(text) && gazetteer.isGivenName(Whitespace.trim(text).split("[\\s\\u00A0]+")[0]);
  }

  /** True when {@code text} is two to four Arabic words with nothing else. */
  boolean hasNameShape(String text) {
    String[] words = Whitespace.trim(text).split("[\\s\\u00A0]+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!ArabicLetters.isArabicLetter(c) && c != '-' && c != '\'' && !(c >= '\u064B' && c <= '\u065F')) {
          return false;
        }
      }
    }
    return true;
  }
}
