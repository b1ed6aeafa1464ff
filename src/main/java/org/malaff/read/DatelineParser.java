package org.malaff.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.malaff.read.DatelineParts.Item;
import org.malaff.read.Gazetteer.Kind;
import org.malaff.text.ArabicDateReader;
import org.malaff.text.DateMention;
import org.malaff.text.MatchKey;
import org.malaff.text.Whitespace;

/**
 * Cuts a short line such as {@code موسكو - الوطن العربي - وكالات - الأربعاء, 20 نوفمبر 2013}
 * into the places, outlets and agencies it names, its dates, and the pieces no list knows.
 *
 * <p>Rules: dates are found first and taken out; the rest is cut at separators (/ - – — ، , : ;
 * | brackets, quotes of every kind, and a tatweel standing alone as a dash); each piece is matched
 * word by word against the gazetteer, longest name first, also with a leading و ("والوكالات");
 * fillers such as خاص and weekday names are skipped. A piece with a word no list knows is unknown.
 */
final class DatelineParser {
  private static final String SEPARATORS = "/|-–—،,:;()[]{}«»\"“”„‹›'‘’<>";
  private static final Set<String> FILLERS =
      Set.of("خاص", "خاص ب", "يوم", "الموافق", "بتاريخ", "في", "من", "و", "ه", "م");

  private final Gazetteer gazetteer;

  DatelineParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Parses {@code line}.
   *
   * @param preferOutlet whether a name that is both a place and an outlet (القدس) is read as the
   *     outlet: true for a line that holds one name alone
   */
  DatelineParts parse(String line, LocalDate reference, boolean preferOutlet) {
    List<DateMention> dates = ArabicDateReader.find(line, reference);
    StringBuilder rest = new StringBuilder(line);
    for (DateMention d : dates) {
      for (int i = d.start(); i < d.end(); i++) {
        rest.setCharAt(i, '|');
      }
    }
    List<Item> items = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String piece : cut(rest)) {
      classify(piece, preferOutlet, items, unknown);
    }
    return new DatelineParts(List.copyOf(items), List.copyOf(unknown), dates);
  }

  private static List<String> cut(CharSequence text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean dash =
          c == '\u0640'
              && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u0640')
              && (i + 1 == n || Character.isSpaceChar(text.charAt(i + 1)) || text.charAt(i + 1) == '\u0640');
      if (dash || SEPARATORS.indexOf(c) >= 0) {
        flush(current, pieces);
      } else {
        current.append(c);
      }
    }
    flush(current, pieces);
    return pieces;
  }

  private static void flush(StringBuilder current, List<String> pieces) {
    String piece = Whitespace.trim(current.toString());
    if (!piece.isEmpty() && !MatchKey.of(piece).isEmpty()) {
      pieces.add(piece);
    }
    current.setLength(0);
  }

  private void classify(String piece, boolean preferOutlet, List<Item> items, List<String> unknown) {
    String[] words = piece.split("[\\s\\u00A0]+");
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = MatchKey.of(words[i]);
    }
    List<Item> found = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      if (keys[i].isEmpty() || FILLERS.contains(keys[i]) || ArabicDateReader.isWeekday(keys[i])) {
        i++;
        continue;
      }
      int taken = match(words, keys, i, preferOutlet, found);
      if (taken == 0) {
        unknown.add(piece);
        return;
      }
      i += taken;
    }
    items.addAll(found);
  }

  /** Matches the longest name starting at word {@code i}; returns how many words it took. */
  private int match(String[] words, String[] keys, int i, boolean preferOutlet, List<Item> found) {
    int max = Math.min(gazetteer.longestName(), words.length - i);
    for (int len = max; len >= 1; len--) {
      StringBuilder key = new StringBuilder(keys[i]);
      for (int k = i + 1; k < i + len; k++) {
        key.append(' ').append(keys[k]);
      }
      Optional<Item> item = lookup(key.toString(), join(words, i, len), preferOutlet);
      if (item.isEmpty() && keys[i].length() > 2 && keys[i].charAt(0) == 'و') {
        item = lookup(key.substring(1), join(words, i, len).substring(1), preferOutlet);
      }
      if (item.isPresent()) {
        found.add(item.get());
        return len;
      }
    }
    return 0;
  }

  private Optional<Item> lookup(String key, String shown, boolean preferOutlet) {
    Kind[] order =
        preferOutlet
            ? new Kind[] {Kind.OUTLET, Kind.AGENCY, Kind.PLACE}
            : new Kind[] {Kind.AGENCY, Kind.PLACE, Kind.OUTLET};
    for (Kind kind : order) {
      boolean known =
          kind == Kind.OUTLET ? gazetteer.outletByKey(key).isPresent() : gazetteer.byKey(kind, key).isPresent();
      if (known) {
        return Optional.of(new Item(kind, stripQuotes(shown)));
      }
    }
    return Optional.empty();
  }

  private static String join(String[] words, int from, int len) {
    return String.join(" ", java.util.Arrays.asList(words).subList(from, from + len));
  }

  /** Strips quotes, brackets and dots that stand around a name. */
  static String stripQuotes(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWrapper(text.charAt(start))) {
      start++;
    }
    while (end > start && isWrapper(text.charAt(end - 1))) {
      end--;
    }
    return Whitespace.trim(text.substring(start, end));
  }

  private static boolean isWrapper(char c) {
    return "«»\"“”„‹›'‘’()[]{}<>*-–—ـ,،:;".indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u00A0';
  }
}
