package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-judged spelling pairs mined from SaudiNewsNet: the name key joins the same, keeps the different apart. */
class SaudiNewsNetVariantsTest {
  private record Pair(boolean same, String a, String b) {}

  private static List<Pair> pairs() throws IOException {
    List<Pair> out = new ArrayList<>();
    try (InputStream in = SaudiNewsNetVariantsTest.class.getResourceAsStream("saudinewsnet-variants.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Pair(f[0].equals("same"), f[1], f[2]));
      }
    }
    return out;
  }

  private static boolean joined(Pair p) {
    return NameKey.nameSkeleton(NameKey.tokens(p.a())).equals(NameKey.nameSkeleton(NameKey.tokens(p.b())));
  }

  @Test
  void every_judged_pair_is_kept_together_or_apart_as_judged() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
    List<String> wrong = pairs.stream().filter(p -> joined(p) != p.same())
        .map(p -> (p.same() ? "not joined: " : "joined: ") + p.a() + " / " + p.b()).toList();
    assertThat(wrong).isEmpty();
  }
}
