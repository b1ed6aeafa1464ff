package org.malaff.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.malaff.text.ArabicDateReader;
import org.malaff.text.DateMention;
import org.malaff.text.MatchKey;
import org.malaff.text.Whitespace;

/**
 * Reads a dossier's header: breadcrumb, title, date and editor, in this order, each on its own
 * line, blank lines between them allowed.
 *
 * <ul>
 *   <li>the breadcrumb is a line cut by {@code \}, {@code »} or {@code >} into two or more parts;
 *       its last part, when it repeats the title, is not kept;
 *   <li>the title is the first other line; when there is none the breadcrumb's last part is it;
 *   <li>the date is a line that is a date and nothing else ({@code 21.11.2013});
 *   <li>the editor is the line right after the date: any short line when a headline list closes
 *       the header, else one of at most four words.
 * </ul>
 */
final class HeaderReader {
  private static final int MAX_EDITOR_WORDS = 4;

  private HeaderReader() {}

  /**
   * Reads the header from lines {@code [0, end)}.
   *
   * @param bounded whether {@code end} is known to close the header (a headline list follows);
   *     without it, only lines that look like header lines are taken
   */
  static DossierHeader read(SourceLines lines, int end, boolean bounded) {
    List<String> crumbs = List.of();
    String title = null;
    LocalDate date = null;
    String editor = null;
    int i = nextNonBlank(lines, 0, end);
    if (i < end) {
      List<String> parts = breadcrumb(lines.get(i));
      if (parts.size() >= 2) {
        crumbs = parts;
        i = nextNonBlank(lines, i + 1, end);
      }
    }
    boolean headerSeen = !crumbs.isEmpty() || bounded;
    if (i < end && headerSeen && wholeDate(lines.get(i)) == null) {
      title = lines.get(i);
      i = nextNonBlank(lines, i + 1, end);
    }
    if (i < end && wholeDate(lines.get(i)) != null) {
      date = wholeDate(lines.get(i));
      i = nextNonBlank(lines, i + 1, end);
      if (i < end && isEditor(lines.get(i), bounded)) {
        editor = lines.get(i);
        i = nextNonBlank(lines, i + 1, end);
      }
    } else if (!headerSeen) {
      return new DossierHeader(List.of(), null, null, null, 0);
    }
    if (title == null && !crumbs.isEmpty()) {
      title = crumbs.get(crumbs.size() - 1);
    }
    if (title != null && !crumbs.isEmpty()
        && MatchKey.of(crumbs.get(crumbs.size() - 1)).equals(MatchKey.of(title))) {
      crumbs = crumbs.subList(0, crumbs.size() - 1);
    }
    return new DossierHeader(crumbs, title, date, editor, bounded ? end : i);
  }

  private static int nextNonBlank(SourceLines lines, int from, int end) {
    int i = from;
    while (i < end && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }

  private static List<String> breadcrumb(String line) {
    String sep = line.contains("\\") ? "\\\\" : line.contains("»") ? "»" : line.contains(" > ") ? " > " : null;
    if (sep == null) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String p : line.split(sep)) {
      String part = Whitespace.trim(p);
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The date when the line is a date and nothing else, else {@code null}. */
  static LocalDate wholeDate(String line) {
    if (line.length() > 40) {
      return null;
    }
    List<DateMention> found = ArabicDateReader.find(line, null);
    if (found.size() != 1 || found.get(0).date() == null) {
      return null;
    }
    DateMention d = found.get(0);
    String rest = line.substring(0, d.start()) + line.substring(d.end());
    return MatchKey.of(rest).isEmpty() ? d.date() : null;
  }

  private static boolean isEditor(String line, boolean bounded) {
    boolean shortLine = bounded ? line.length() <= 80 : line.length() <= 40 && line.split("\\s+").length <= MAX_EDITOR_WORDS;
    return shortLine && wholeDate(line) == null
        && !SourceLines.isSeparator(line) && !TocReader.isTocHeading(line);
  }
}
