package org.malaff.read;

import org.malaff.text.Whitespace;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.malaff.model.Byline;
import org.malaff.read.Gazetteer.Kind;
import org.malaff.text.DateMention;
import org.malaff.text.MatchKey;

/**
 * Decides whether one line of an article is metadata, and what it states.
 *
 * <p>Layout rules, in the order they are tried (each has its own test):
 *
 * <ol>
 *   <li><b>wire code</b>: capitals and digits alone ({@code AZP02});
 *   <li><b>labelled field</b>: a known label and a colon ({@code المصدر:}, {@code التاريخ:}, {@code
 *       نشر من قبل:}, {@code بقلم:}, {@code كتب:}, {@code الكاتب:}, {@code القسم:}, {@code المكان:},
 *       {@code الوكالة:}, {@code الرمز:}); {@code المصدر:} holds a dateline ({@code القاهرة ـ أحمد
 *       إسماعيل}) or an outlet;
 *   <li><b>section</b>: the whole line is a known section name ({@code الاخبار المحلية});
 *   <li><b>dateline</b>: every piece of the line is a known outlet, agency, place or a date
 *       ({@code موسكو/ أ.ف.ب}, {@code بيروت: «الشرق الأوسط»}, {@code موسكو الزمان}, {@code 2013-11-19
 *       12:15:06}, {@code موسكو , روسيا , 19 نوفمبر , وكالات -}); one piece may be a person's name
 *       when another piece is a place, outlet or agency, and it is then the author.
 * </ol>
 *
 * When a line gives two dates, a Gregorian one wins over a Hijri one; if they are more than a day
 * apart the reading carries a conflict.
 */
public final class BylineLineReader {
  /** Longer lines are never metadata. */
  static final int MAX_LENGTH = 160;

  private static final int MAX_WORDS = 16;
  private static final Pattern WIRE_CODE = Pattern.compile("[A-Z]{2,5}[0-9]{1,4}");

  private enum Field {
    DATELINE,
    DATE,
    AUTHOR,
    SECTION,
    PLACE,
    AGENCY,
    CODE,
    SOURCE
  }

  private static final Map<String, Field> LABELS =
      Map.ofEntries(
          Map.entry("المصدر", Field.DATELINE),
          Map.entry("التاريخ", Field.DATE),
          Map.entry("تاريخ النشر", Field.DATE),
          Map.entry("نشر في", Field.DATE),
          Map.entry("نشر بتاريخ", Field.DATE),
          Map.entry("نشر من قبل", Field.AUTHOR),
          Map.entry("نشر بواسطه", Field.AUTHOR),
          Map.entry("بواسطه", Field.AUTHOR),
          Map.entry("بقلم", Field.AUTHOR),
          Map.entry("كتب", Field.AUTHOR),
          Map.entry("كتبت", Field.AUTHOR),
          Map.entry("كتبه", Field.AUTHOR),
          Map.entry("الكاتب", Field.AUTHOR),
          Map.entry("الكاتبه", Field.AUTHOR),
          Map.entry("المحرر", Field.AUTHOR),
          Map.entry("اعداد", Field.AUTHOR),
          Map.entry("القسم", Field.SECTION),
          Map.entry("التصنيف", Field.SECTION),
          Map.entry("المكان", Field.PLACE),
          Map.entry("الوكاله", Field.AGENCY),
          Map.entry("الرمز", Field.CODE),
          Map.entry("الصحيفه", Field.SOURCE),
          Map.entry("الجريده", Field.SOURCE),
          Map.entry("الموقع", Field.SOURCE));

  private final Gazetteer gazetteer;
  private final DatelineParser datelines;
  private final NameShape names;

  public BylineLineReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.datelines = new DatelineParser(gazetteer);
    this.names = new NameShape(gazetteer);
  }

  /**
   * Reads {@code line} as metadata.
   *
   * @param reference the date that fills in missing years (the dossier's date), or {@code null}
   * @return what the line states, or empty when it is not a metadata line
   */
  public Optional<LineReading> read(String line, LocalDate reference) {
    String text = Whitespace.trim(line);
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (WIRE_CODE.matcher(text).matches()) {
      return Optional.of(LineReading.of(Byline.EMPTY.withCode(text)));
    }
    Optional<LineReading> labelled = readLabelled(text, reference);
    if (labelled.isPresent()) {
      return labelled;
    }
    if (text.split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    String key = MatchKey.of(text);
    if (gazetteer.byKey(Kind.SECTION, key).isPresent() && gazetteer.outletByKey(key).isEmpty()) {
      return Optional.of(LineReading.of(Byline.EMPTY.withSection(DatelineParser.stripQuotes(text))));
    }
    return readDateline(text, reference, false);
  }

  private Optional<LineReading> readLabelled(String text, LocalDate reference) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 20) {
      return Optional.empty();
    }
    Field field = LABELS.get(MatchKey.of(text.substring(0, colon)));
    String value = Whitespace.trim(text.substring(colon + 1));
    if (field == null || value.isEmpty()) {
      return Optional.empty();
    }
    String shown = DatelineParser.stripQuotes(value);
    return switch (field) {
      case DATELINE -> readDateline(value, reference, true)
          .or(() -> Optional.of(LineReading.of(Byline.ofSource(shown))));
      case DATE -> readDateline(value, reference, false)
          .filter(r -> r.byline().date() != null || r.byline().time() != null);
      case AUTHOR -> Optional.of(LineReading.of(Byline.EMPTY.withAuthor(shown)));
      case SECTION -> Optional.of(LineReading.of(Byline.EMPTY.withSection(shown)));
      case PLACE -> Optional.of(LineReading.of(Byline.EMPTY.withPlace(shown)));
      case AGENCY -> Optional.of(LineReading.of(Byline.EMPTY.withAgency(shown)));
      case CODE -> Optional.of(LineReading.of(Byline.EMPTY.withCode(shown)));
      case SOURCE -> Optional.of(LineReading.of(Byline.ofSource(shown)));
    };
  }

  /**
   * Reads a dateline. With {@code labelled}, one unknown piece that is not a person's name is the
   * outlet (the value of {@code المصدر:}).
   */
  private Optional<LineReading> readDateline(String text, LocalDate reference, boolean labelled) {
    DatelineParts parts = datelines.parse(text, reference, !labelled && isSingleName(text));
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String author = null;
    String source = parts.first(Kind.OUTLET);
    if (!parts.unknown().isEmpty()) {
      boolean named = !parts.items().isEmpty() || labelled;
      if (parts.unknown().size() > 1 || !named) {
        return Optional.empty();
      }
      String piece = parts.unknown().get(0);
      if (names.isPersonName(piece)) {
        author = piece;
      } else if (labelled && source == null) {
        source = DatelineParser.stripQuotes(piece);
      } else {
        return Optional.empty();
      }
    }
    Byline byline =
        new Byline(
            source,
            null,
            author,
            parts.first(Kind.PLACE),
            parts.first(Kind.AGENCY),
            null,
            null,
            null);
    return Optional.of(withDates(byline, parts.dates()));
  }

  private boolean isSingleName(String text) {
    return !text.contains("/") && !text.contains(" - ") && !text.contains(":") && !text.contains("،");
  }

  private static LineReading withDates(Byline byline, List<DateMention> dates) {
    DateMention gregorian = null;
    DateMention hijri = null;
    DateMention time = null;
    for (DateMention d : dates) {
      if (d.calendar() == DateMention.Calendar.HIJRI) {
        hijri = hijri == null ? d : hijri;
      } else if (d.date() != null) {
        gregorian = gregorian == null ? d : gregorian;
      }
      if (d.time() != null && time == null) {
        time = d;
      }
    }
    DateMention chosen = gregorian != null ? gregorian : hijri;
    Byline out = byline;
    if (chosen != null) {
      out = out.withDate(chosen.date());
    }
    if (time != null) {
      out = out.withTime(time.time());
    }
    String conflict = null;
    if (gregorian != null && hijri != null) {
      long apart = Math.abs(ChronoUnit.DAYS.between(gregorian.date(), hijri.date()));
      if (apart > 1) {
        conflict = "the Hijri date is " + hijri.date() + " but the Gregorian date is " + gregorian.date();
      }
    }
    return new LineReading(out, conflict);
  }
}
