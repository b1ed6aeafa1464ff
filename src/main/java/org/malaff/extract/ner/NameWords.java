package org.malaff.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.malaff.text.ArabicNormalizer;
import org.malaff.text.ArabicNormalizer.Level;

/**
 * Words of names of people, places and organisations as Arabic writes foreign names: ألونسو،
 * لاريجاني، سولانا. Read from ANETAC's English–Arabic name pairs ("PERSON Alonso ألونسو"); each
 * word of a name, normalized at STANDARD, with the kinds of names it was seen in. Stored as gzip
 * text, a word and its kinds ("PERSON,LOCATION") a line.
 */
public final class NameWords {
  /** The kinds, in the order {@link #kinds} reports them. */
  public static final List<String> KINDS = List.of("PERSON", "LOCATION", "ORGANIZATION");
  private final Map<String, Integer> words; // word → bit set over KINDS

  private NameWords(Map<String, Integer> words) {
    this.words = words;
  }

  public static NameWords none() {
    return new NameWords(Map.of());
  }

  /** The kinds of names a word (or its stem) belongs to, as bits over {@link #KINDS}. */
  int kinds(String word) {
    return words.getOrDefault(word, 0);
  }

  /** The words of one kind. */
  public Set<String> of(String kind) {
    int bit = 1 << KINDS.indexOf(kind);
    Set<String> out = new java.util.HashSet<>();
    words.forEach((w, k) -> {
      if ((k & bit) != 0) {
        out.add(w);
      }
    });
    return out;
  }

  public int size() {
    return words.size();
  }

  /**
   * Reads ANETAC's lines "KIND English words Arabic words": the Arabic part starts at its first
   * Arabic letter. Lines of another kind, or without Arabic, are skipped.
   */
  public static NameWords fromAnetac(List<String> lines) {
    Map<String, Integer> words = new HashMap<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      int kind = space < 0 ? -1 : KINDS.indexOf(line.substring(0, space));
      int arabic = space;
      while (arabic >= 0 && arabic < line.length() && !isArabicLetter(line.charAt(arabic))) {
        arabic++;
      }
      if (kind < 0 || arabic >= line.length()) {
        continue;
      }
      for (String w : line.substring(arabic).strip().split("\\s+")) {
        String n = ArabicNormalizer.normalize(w, Level.STANDARD);
        if (n.length() >= 2) {
          words.merge(n, 1 << kind, (a, b) -> a | b);
        }
      }
    }
    return new NameWords(words);
  }

  /**
   * Reads name lists of each kind (ANERGazet's person, place and organisation lists), one name a
   * line: each word of a name, normalized at STANDARD, when it has three letters or more or is the
   * whole name.
   */
  public static NameWords fromLists(Map<String, List<String>> linesByKind) {
    Map<String, Integer> words = new HashMap<>();
    linesByKind.forEach((kind, lines) -> {
      int bit = 1 << KINDS.indexOf(kind);
      for (String line : lines) {
        String name = ArabicNormalizer.normalize(line.strip(), Level.STANDARD);
        String[] parts = name.split(" ");
        for (String w : parts) {
          if (w.length() >= 3 || (parts.length == 1 && !w.isEmpty())) {
            words.merge(w, bit, (a, b) -> a | b);
          }
        }
      }
    });
    return new NameWords(words);
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064a';
  }

  public void write(OutputStream target) throws IOException {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(target), StandardCharsets.UTF_8));
    new TreeMap<>(words).forEach((w, k) -> {
      StringBuilder kinds = new StringBuilder();
      for (int i = 0; i < KINDS.size(); i++) {
        if ((k & (1 << i)) != 0) {
          kinds.append(kinds.length() > 0 ? "," : "").append(KINDS.get(i));
        }
      }
      out.println(w + "\t" + kinds);
    });
    out.close();
  }

  public static NameWords read(InputStream source) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(source), StandardCharsets.UTF_8));
    Map<String, Integer> words = new HashMap<>();
    for (String line; (line = in.readLine()) != null; ) {
      String[] f = line.split("\t");
      int bits = 0;
      for (String kind : f.length == 2 ? f[1].split(",") : new String[] {"?"}) {
        int k = KINDS.indexOf(kind);
        if (k < 0) {
          throw new IOException("name words: unreadable line \"" + line + "\"");
        }
        bits |= 1 << k;
      }
      words.put(f[0], bits);
    }
    return new NameWords(words);
  }
}
