package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;
import org.malaff.text.ArabicTokenizer;

/**
 * Keys under which spellings of one name meet. Rules, for each token of a name:
 *
 * <ul>
 *   <li>normalized at {@link Level#LOOSE} (hamza forms, ta marbuta, alef maksura, Persian letters);
 *   <li>a leading article ال is optional (الجربا = جربا) except in a one-word name's own key;
 *   <li>letters that transliteration gives for one Latin sound meet: غ ج ق گ (g: سيرغي / سيرجي,
 *       بوغدانوف / بوجدانوف), ت ط, س ص ث ش (s and the Slavic š: ستانيسيتش / ستانيشيتش), د ض, ز ذ ظ,
 *       ه ح, and تش with ك (ch, č, ć: ماركوفيتش / ماركوفيك);
 *   <li>the long vowels and semivowels ا و ي and ع/ء inside a word are dropped, so spellings that
 *       differ only in vowels meet (بوغدانوف / بغدانوف); the first letter is kept.
 * </ul>
 */
public final class NameKey {
  private NameKey() {}

  /** The tokens of a name, normalized at LOOSE. */
  public static List<String> tokens(String name) {
    return ArabicTokenizer.words(name, Level.LOOSE);
  }

  /** The skeleton of one token. */
  public static String skeleton(String token) {
    String t = ArabicNormalizer.normalize(token, Level.LOOSE);
    if (t.startsWith("ال") && t.length() > 3) {
      t = t.substring(2);
    }
    StringBuilder out = new StringBuilder(t.length());
    char previous = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'ت' && i + 1 < t.length() && t.charAt(i + 1) == 'ش') {
        c = 'ك'; // تش writes the Latin ch, c and č that others write ك: ماركوفيتش = ماركوفيك
        i++;
      }
      char k = letterClass(c);
      boolean doubled = k == previous; // a letter written twice where others write it once
      previous = k;
      if ((i > 0 && isVowel(c)) || doubled) {
        continue;
      }
      out.append(k);
    }
    return out.toString();
  }

  /**
   * The skeleton of a whole name, spaces ignored: each token without a leading ال, joined, then
   * reduced as one word. "أميرعبد اللهيان" and "أمير عبد اللهيان" have the same.
   */
  public static String nameSkeleton(List<String> tokens) {
    StringBuilder joined = new StringBuilder();
    for (String t : tokens) {
      String n = ArabicNormalizer.normalize(t, Level.LOOSE);
      joined.append(n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n);
    }
    return skeleton(joined.toString());
  }

  /** A place's key: its skeleton without a final ه or ا (سوريا = سورية). */
  public static String placeKey(String name) {
    String s = nameSkeleton(tokens(name));
    return s.length() > 2 && (s.endsWith("H") || s.endsWith("A")) ? s.substring(0, s.length() - 1) : s;
  }

  /** The skeletons of a name's tokens. */
  public static List<String> skeletons(String name) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(name)) {
      out.add(skeleton(t));
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return c == 'ا' || c == 'و' || c == 'ي' || c == 'ع' || c == 'ء';
  }

  private static char letterClass(char c) {
    switch (c) {
      case 'غ', 'ج', 'ق', 'گ':
        return 'G';
      case 'ت', 'ط':
        return 'T';
      case 'س', 'ص', 'ث', 'ش':
        return 'S';
      case 'د', 'ض':
        return 'D';
      case 'ز', 'ذ', 'ظ':
        return 'Z';
      case 'ه', 'ح':
        return 'H';
      case 'ا', 'ع', 'ء':
        return 'A';
      default:
        return c;
    }
  }
}
