package org.malaff.extract;

import java.util.ArrayList;
import java.util.List;
import org.malaff.read.Gazetteer;
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
 *       بوغدانوف / بوجدانوف), ت ط, س ص ث, د ض, ز ذ ظ, ه ح; in words that are neither listed given
 *       names nor written with the article (foreign names, mostly) also ش with س (the Slavic š:
 *       ستانيسيتش / ستانيشيتش) and تش with ك (ch, č, ć: ماركوفيتش / ماركوفيك), which Arabic
 *       family names keep apart (الشمالي / الثمالي);
 *   <li>the long vowels and semivowels ا و ي and ع/ء inside a word are dropped, so spellings that
 *       differ only in vowels meet (بوغدانوف / بغدانوف); the first letter is kept. Not in listed
 *       given names, where vowels make the name (محمد / محمود, جميل / جمال).
 * </ul>
 */
public final class NameKey {
  private NameKey() {}

  /**
   * Listed given names that differ from another listed given name only in long vowels (محمد /
   * محمود, صالح / صلاح, سعود / سعيد / سعد), by their LOOSE form: their vowels are kept.
   */
  private static final java.util.Set<String> VOWELS_MATTER = vowelsMatter();

  private static java.util.Set<String> vowelsMatter() {
    java.util.Map<String, java.util.Set<String>> byConsonants = new java.util.HashMap<>();
    for (String line : org.malaff.read.BundledList.lines(Gazetteer.class, "given-names.txt")) {
      for (String name : line.split("\t")[0].split("[،,]")) {
        String n = ArabicNormalizer.normalize(name.strip(), Level.LOOSE);
        if (!n.isEmpty() && n.indexOf(' ') < 0) {
          byConsonants.computeIfAbsent(reduce(n, new java.util.BitSet(), new java.util.BitSet()), k -> new java.util.HashSet<>()).add(n);
        }
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    byConsonants.values().stream().filter(names -> names.size() > 1).forEach(out::addAll);
    return out;
  }

  /**
   * The tokens of a name, normalized at LOOSE; a token run into the {@code عبد} of a compound name
   * is cut before it (أميرعبد → أمير عبد).
   */
  public static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : ArabicTokenizer.words(name, Level.LOOSE)) {
      if (t.length() >= 5 && t.endsWith("عبد")) {
        out.add(t.substring(0, t.length() - 3));
        out.add("عبد");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The skeleton of one token. */
  public static String skeleton(String token) {
    return nameSkeleton(List.of(token));
  }

  /**
   * The skeleton of a whole name, spaces ignored: each token without a leading ال, joined, then
   * reduced as one word. "أميرعبد اللهيان" and "أمير عبد اللهيان" have the same. Long vowels are
   * kept in listed given names that they tell apart (محمد / محمود, صالح / صلاح, جميل / جمال),
   * and dropped elsewhere, where transliterations of foreign names vary (بوغدانوف / بغدانوف,
   * نيكولا / نيكولاي).
   */
  public static String nameSkeleton(List<String> tokens) {
    StringBuilder joined = new StringBuilder();
    java.util.BitSet keepVowels = new java.util.BitSet();
    java.util.BitSet foreign = new java.util.BitSet();
    for (String t : tokens) {
      String n = ArabicNormalizer.normalize(t, Level.LOOSE);
      boolean article = n.startsWith("ال") && n.length() > 3;
      String bare = article ? n.substring(2) : n;
      if (VOWELS_MATTER.contains(bare)) {
        keepVowels.set(joined.length(), joined.length() + bare.length());
      } else if (!article) {
        foreign.set(joined.length(), joined.length() + bare.length());
      }
      joined.append(bare);
    }
    return reduce(joined.toString(), keepVowels, foreign);
  }

  /** The letter classes of {@code joined}, vowels dropped but where {@code keepVowels}, doubled letters once. */
  private static String reduce(String joined, java.util.BitSet keepVowels, java.util.BitSet foreign) {
    StringBuilder out = new StringBuilder(joined.length());
    char previous = 0;
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      boolean keep = keepVowels.get(i);
      if (foreign.get(i) && c == 'ت' && i + 1 < joined.length() && joined.charAt(i + 1) == 'ش') {
        c = 'ك'; // تش writes the Latin ch, c and č that others write ك: ماركوفيتش = ماركوفيك
        i++;
      }
      char k = foreign.get(i) && c == 'ش' ? 'S' : letterClass(c); // š written س or ش: ستانيسيتش = ستانيشيتش
      boolean doubled = k == previous; // a letter written twice where others write it once
      previous = k;
      if ((i > 0 && isVowel(c) && !keep) || doubled) {
        continue;
      }
      out.append(k);
    }
    return out.toString();
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
      case 'س', 'ص', 'ث':
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
