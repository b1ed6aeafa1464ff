package org.malaff.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.malaff.model.Article;
import org.malaff.model.Dossier;
import org.malaff.model.Problem;
import org.malaff.model.Problem.Kind;

/**
 * Runs 10,000 seeded random mutations of the sample through the reader: deleted, swapped and
 * duplicated lines, truncation, injected control and bidi characters, stray separators. None may
 * throw or hang, and every result must still list its problems.
 */
class ReaderRobustnessIT {
  private static final long SEED = 20131120L;
  private static final int MUTANTS = 10_000;
  private static final char[] INJECTED = {
    '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\uFFFD', '\u202E', '\u202B', '\u2066', '\u2069',
    '\u200F', '\u200E', '\u200B', '\u00A0', '\uFEFF', '\r', '\t', '>', '=', ':', '/', '«', '٣'
  };

  @Test
  void reads_ten_thousand_mutants_without_throwing_or_hanging() {
    String[] lines = Samples.moscow().split("\n", -1);
    Random random = new Random(SEED);
    int[] withProblems = {0};
    assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
      for (int i = 0; i < MUTANTS; i++) {
        String text = mutate(lines, random);
        Dossier d;
        try {
          d = DossierReader.read(text);
        } catch (RuntimeException e) {
          throw new AssertionError("mutant " + i + " threw", e);
        }
        check(d, text, i);
        if (!d.problems().isEmpty()) {
          withProblems[0]++;
        }
      }
    });
    // most mutants break something the reader must notice
    assertThat(withProblems[0]).isGreaterThan(MUTANTS / 2);
  }

  private static void check(Dossier d, String text, int i) {
    String at = "mutant " + i;
    int lineCount = text.split("\r\n|\r|\n", -1).length;
    assertThat(d.problems()).as(at).hasSizeLessThanOrEqualTo(DossierReader.MAX_PROBLEMS + 1);
    boolean capped = d.problems().stream().anyMatch(p -> p.kind() == Kind.TOO_MANY_PROBLEMS);
    Set<String> ids = new HashSet<>();
    for (int n = 0; n < d.articles().size(); n++) {
      Article a = d.articles().get(n);
      assertThat(a.n()).as(at).isEqualTo(n + 1);
      assertThat(a.headline()).as(at).isNotBlank();
      assertThat(a.line()).as(at).isBetween(1, lineCount);
      ids.add(a.id());
      assertNoControl(a.headline(), at);
      a.body().forEach(b -> assertNoControl(b.text(), at));
      if (!capped && a.byline().isEmpty()) {
        assertThat(d.problems()).as(at + " article " + a.id() + " without metadata")
            .anyMatch(p -> p.kind() == Kind.NO_METADATA && a.id().equals(p.article()));
      }
      if (!capped && a.body().isEmpty()) {
        assertThat(d.problems()).as(at + " empty article " + a.id())
            .anyMatch(p -> p.kind() == Kind.EMPTY_ARTICLE && a.id().equals(p.article()));
      }
    }
    for (Problem p : d.problems()) {
      assertThat(p.message()).as(at).isNotBlank();
      assertThat(p.line()).as(at).isBetween(0, lineCount);
      if (p.article() != null) {
        assertThat(ids).as(at).contains(p.article());
      }
    }
    if (!capped) {
      boolean tocProblem = d.problems().stream()
          .anyMatch(p -> p.kind() == Kind.TOC_MISMATCH || p.kind() == Kind.TOC_MISSING);
      if (d.toc().size() != d.articles().size()) {
        assertThat(tocProblem).as(at + ": headline list and articles disagree unreported").isTrue();
      }
    }
  }

  private static void assertNoControl(String s, String at) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if ((c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFD') {
        throw new AssertionError(at + ": control character U+" + Integer.toHexString(c) + " kept in " + s);
      }
    }
  }

  static String mutate(String[] original, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(original));
    int edits = 1 + r.nextInt(6);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int at = r.nextInt(lines.size());
      switch (r.nextInt(8)) {
        case 0 -> lines.remove(at);
        case 1 -> {
          int other = r.nextInt(lines.size());
          String tmp = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, tmp);
        }
        case 2 -> lines.add(at, lines.get(at));
        case 3 -> lines.add(at, "====================");
        case 4 -> lines.set(at, inject(lines.get(at), r));
        case 5 -> {
          int from = r.nextInt(lines.size());
          int count = Math.min(lines.size() - from, 1 + r.nextInt(30));
          lines.subList(from, from + count).clear();
        }
        case 6 -> lines.set(at, lines.get(at).substring(0, r.nextInt(lines.get(at).length() + 1)));
        default -> lines.add(at, "");
      }
    }
    String text = String.join("\n", lines);
    if (r.nextInt(5) == 0) {
      text = text.substring(0, r.nextInt(text.length() + 1)); // truncation anywhere, mid-word too
    }
    return text;
  }

  private static String inject(String line, Random r) {
    StringBuilder sb = new StringBuilder(line);
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      sb.insert(r.nextInt(sb.length() + 1), INJECTED[r.nextInt(INJECTED.length)]);
    }
    return sb.toString();
  }
}
