package org.malaff.read;

import java.util.List;
import org.malaff.text.DateMention;

/**
 * A short metadata line cut into what it names.
 *
 * @param items the names found, in order, each with its kind and its text as shown
 * @param unknown the pieces that no list knows, as shown
 * @param dates the dates and times in the line
 */
record DatelineParts(List<Item> items, List<String> unknown, List<DateMention> dates) {

  /** A name found in a line, as shown there. */
  record Item(Gazetteer.Kind kind, String text) {}

  boolean isEmpty() {
    return items.isEmpty() && unknown.isEmpty() && dates.isEmpty();
  }

  /** The first item of a kind, as shown, or {@code null}. */
  String first(Gazetteer.Kind kind) {
    for (Item item : items) {
      if (item.kind() == kind) {
        return item.text();
      }
    }
    return null;
  }
}
