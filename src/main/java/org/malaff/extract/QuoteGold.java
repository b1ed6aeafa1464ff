package org.malaff.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.malaff.model.Entity;
import org.malaff.model.Quote;

/**
 * A hand annotation of who says what, and how an extraction scores against it. Lines "article TAB
 * the quote starts with TAB a word of the speaker's name, or anonymous"; lines starting with # are
 * comments. The format is in docs/benchmarks.md ("Quotes and their speakers against hand
 * annotations").
 */
public record QuoteGold(List<String[]> rows) {
  public QuoteGold {
    rows = List.copyOf(rows);
  }

  /** A line that is not "article TAB the quote starts with TAB speaker"; {@code line} counts from 1. */
  public static final class MalformedLine extends IllegalArgumentException {
    private final int line;

    MalformedLine(int line) {
      super("expected: article TAB the quote starts with TAB speaker");
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** Reads an annotation from its lines; a line without three fields is a {@link MalformedLine}. */
  public static QuoteGold parse(List<String> lines) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] row = line.split("\t");
      if (row.length != 3 || row[1].isBlank() || row[2].isBlank()) {
        throw new MalformedLine(i + 1);
      }
      rows.add(row);
    }
    return new QuoteGold(rows);
  }

  /** Reads an annotation bundled beside {@code owner} (a test resource). */
  public static QuoteGold resource(Class<?> owner, String name) {
    InputStream in = Objects.requireNonNull(owner.getResourceAsStream(name), name);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This annotation and another one's rows. */
  public QuoteGold and(QuoteGold other) {
    List<String[]> all = new ArrayList<>(rows);
    all.addAll(other.rows);
    return new QuoteGold(all);
  }

  /** How an extraction did: the quotes given their right speaker, and a line per one that was not. */
  public record Score(int right, int total, String wrong) {
    public double share() {
      return right / (double) total;
    }

    /** The score as one line, as the tests and {@code malaff bench quotes} print it. */
    public String line(String what) {
      return String.format("quotes with their speaker, %s: %d of %d (%.3f)", what, right, total, share());
    }
  }

  /**
   * Scores an extraction: a quote is right when the extraction has a quote of that article starting
   * with the annotated words (quotation marks they open with aside) whose speaker is
   * anonymous as annotated, or an entity one of whose spellings holds the annotated word.
   */
  public Score score(Extraction extraction) {
    Map<String, Entity> byId = extraction.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    for (String[] row : rows) {
      String start = withoutEndMarks(withoutMarks(row[1]));
      Quote q = extraction.quotes().stream().filter(x -> x.article().equals(row[0]) && withoutMarks(x.text()).startsWith(start))
          .findFirst().orElse(null);
      boolean ok;
      if (q == null) {
        ok = false;
      } else if (row[2].equals("anonymous")) {
        ok = q.anonymous();
      } else {
        ok = q.speaker() != null && byId.get(q.speaker()).variants().stream().anyMatch(v -> v.contains(row[2]));
      }
      if (ok) {
        right++;
      } else {
        wrong.append(row[0]).append(' ').append(row[1]).append(" (").append(row[2]).append(") -> ")
            .append(q == null ? "not found" : q.speakerText()).append('\n');
      }
    }
    return new Score(right, rows.size(), wrong.toString());
  }

  /** إن/أن and their forms with a pronoun, which the annotations leave out even inside quotation marks. */
  private static final String[] THAT = {"إن ", "أن ", "ان ", "إنه ", "أنه ", "انه ", "إنها ", "أنها ", "انها ",
      "إنهم ", "أنهم ", "انهم "};

  /** The annotated words without the full stop or comma that may close them ("الوضع الصحي تحت السيطرة."). */
  private static String withoutEndMarks(String text) {
    int end = text.length();
    while (end > 0 && ".،,؛:!؟?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * Text without the quotation marks and spaces it opens with, and without an opening إن/أن (or إنه، أنها …): «الائتلاف»
   * and الائتلاف start alike, and so do «إن الجيران دائمون» and the annotated "الجيران دائمون" (the
   * annotations leave out the أن/إن that introduces what was said, which a direct quote may hold).
   */
  private static String withoutMarks(String text) {
    int i = 0;
    while (i < text.length() && "«»\"“”„ ".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    for (String that : THAT) {
      if (text.startsWith(that, i)) {
        return withoutMarks(text.substring(i + that.length()));
      }
    }
    return text.substring(i);
  }
}
