package org.malaff.read;

import org.malaff.text.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.malaff.model.Byline;
import org.malaff.model.Problem;
import org.malaff.read.Gazetteer.Kind;
import org.malaff.text.MatchKey;

/**
 * Reads an article's metadata from the lines after its headline (its head) and its last lines
 * (its tail), and finds where its body lies.
 *
 * <p>Rules beyond those of {@link BylineLineReader}:
 *
 * <ul>
 *   <li>the head is read line by line until the first line that is not metadata; blank lines are
 *       skipped;
 *   <li>a head line shaped like a name is the author when its first word is a given name or the
 *       next line is metadata ({@code بهية مارديني} then {@code ايلاف});
 *   <li>the tail is read backwards, at most three lines: an outlet or agency credited alone
 *       ({@code سيريانيوز}, {@code أ ش أ}), a wire code ({@code AZP02}), a signed place and date
 *       ({@code لندن :13 محرم 1435 – 17 / 11 / 2013}), or a signature {@code NAME : ROLE} whose
 *       role may name the outlet ({@code زهير سالم : مدير مركز الشرق العربي});
 *   <li>a dateline that opens one of the first two paragraphs ({@code لندن: كشف مصدر …}, {@code
 *       القاهرة (رويترز) - …}) gives place and agency; the paragraph itself is left as it is;
 *   <li>what the head states wins over the tail, and the tail over an opening dateline.
 * </ul>
 */
public final class BylineReader {
  private static final int MAX_HEAD_LINES = 10;
  private static final int MAX_TAIL_LINES = 3;
  private static final int MAX_OPENING_DATELINE = 50;
  private static final Set<String> ROLE_WORDS =
      Set.of("مدير", "رئيس", "كاتب", "محرر", "مراسل", "باحث", "استاذ", "عضو", "صحفي", "اعلامي",
          "محلل", "مستشار", "الكاتب", "الباحث", "مديره", "رئيسه", "كاتبه", "مراسله", "باحثه");

  private final Gazetteer gazetteer;
  private final BylineLineReader lines;
  private final DatelineParser datelines;
  private final NameShape names;

  public BylineReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lines = new BylineLineReader(gazetteer);
    this.datelines = new DatelineParser(gazetteer);
    this.names = new NameShape(gazetteer);
  }

  /**
   * Reads the metadata of one article.
   *
   * @param text the article's lines after its headline, cleaned of quoting marks
   * @param firstLine the 1-based input line of {@code text.get(0)}, for problems
   * @param articleId the article's id, for problems
   * @param reference the dossier's date, or {@code null}
   */
  public BylineReading read(List<String> text, int firstLine, String articleId, LocalDate reference) {
    List<Problem> problems = new ArrayList<>();
    Byline byline = Byline.EMPTY;
    int i = 0;
    int read = 0;
    while (i < text.size() && read < MAX_HEAD_LINES) {
      String t = text.get(i);
      if (t.isBlank()) {
        i++;
        continue;
      }
      Optional<LineReading> r = lines.read(t, reference);
      if (r.isEmpty() && byline.author() == null && isAuthorLine(text, i, reference)) {
        r = Optional.of(LineReading.of(Byline.EMPTY.withAuthor(Whitespace.trim(t))));
      }
      if (r.isEmpty()) {
        break;
      }
      byline = merge(byline, r.get(), problems, firstLine + i, articleId);
      i++;
      read++;
    }
    int bodyStart = i;
    int j = text.size() - 1;
    read = 0;
    Byline tail = Byline.EMPTY;
    while (j >= bodyStart && read < MAX_TAIL_LINES) {
      String t = text.get(j);
      if (t.isBlank()) {
        j--;
        continue;
      }
      Optional<LineReading> r = lines.read(t, reference).or(() -> readSignature(t));
      if (r.isEmpty()) {
        break;
      }
      tail = merge(tail, r.get(), problems, firstLine + j, articleId);
      j--;
      read++;
    }
    int bodyEnd = j + 1;
    byline = byline.orElse(tail);
    byline = byline.orElse(openingDateline(text, bodyStart, bodyEnd, reference));
    return new BylineReading(byline, bodyStart, bodyEnd, problems);
  }

  private static Byline merge(Byline into, LineReading r, List<Problem> problems, int line, String id) {
    if (r.conflict() != null) {
      problems.add(new Problem(Problem.Kind.DATE_CONFLICT, id, line, r.conflict()));
    }
    return into.orElse(r.byline());
  }

  private boolean isAuthorLine(List<String> text, int i, LocalDate reference) {
    String t = Whitespace.trim(text.get(i));
    if (!names.hasNameShape(t) || gazetteer.byKey(Kind.PLACE, MatchKey.of(t)).isPresent()) {
      return false;
    }
    if (names.isPersonName(t)) {
      return true;
    }
    for (int k = i + 1; k < text.size(); k++) {
      if (!text.get(k).isBlank()) {
        return lines.read(text.get(k), reference).isPresent();
      }
    }
    return false;
  }

  /** {@code NAME : ROLE}, the role naming the outlet or holding a word such as مدير. */
  private Optional<LineReading> readSignature(String t) {
    int colon = t.indexOf(':');
    if (colon <= 0 || t.length() > BylineLineReader.MAX_LENGTH) {
      return Optional.empty();
    }
    String name = Whitespace.trim(t.substring(0, colon));
    String[] role = Whitespace.trim(t.substring(colon + 1)).split("[\\s\\u00A0]+");
    if (!names.isPersonName(name) || role.length == 0 || role.length > 10) {
      return Optional.empty();
    }
    String outlet = null;
    for (int k = 0; k < role.length && outlet == null; k++) {
      String suffix = String.join(" ", Arrays.asList(role).subList(k, role.length));
      if (gazetteer.outletByKey(MatchKey.of(suffix)).isPresent()) {
        outlet = DatelineParser.stripQuotes(suffix);
      }
    }
    if (outlet == null && !ROLE_WORDS.contains(MatchKey.of(role[0]))) {
      return Optional.empty();
    }
    return Optional.of(LineReading.of(new Byline(outlet, null, name, null, null, null, null, null)));
  }

  /** Place and agency from a dateline opening one of the first two paragraphs. */
  private Byline openingDateline(List<String> text, int from, int to, LocalDate reference) {
    int seen = 0;
    for (int k = from; k < to && seen < 2; k++) {
      String t = Whitespace.trim(text.get(k));
      if (t.isEmpty()) {
        continue;
      }
      seen++;
      int cut = openingCut(t);
      if (cut <= 0) {
        continue;
      }
      DatelineParts parts = datelines.parse(t.substring(0, cut), reference, false);
      String place = parts.first(Kind.PLACE);
      if (parts.unknown().isEmpty() && place != null) {
        return Byline.EMPTY.withPlace(place).withAgency(parts.first(Kind.AGENCY));
      }
    }
    return Byline.EMPTY;
  }

  private static int openingCut(String t) {
    int limit = Math.min(t.length(), MAX_OPENING_DATELINE);
    int colon = t.indexOf(':');
    int dash = t.indexOf(" - ");
    int cut = -1;
    if (colon > 0 && colon < limit) {
      cut = colon;
    }
    if (dash > 0 && dash < limit && (cut < 0 || dash < cut)) {
      cut = dash;
    }
    return cut;
  }
}
