package org.malaff.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.malaff.model.DuplicateLink;
import org.malaff.model.DuplicateLink.Kind;

class DedupCoreTest {
  private static final DedupSettings S = DedupSettings.DEFAULT;
  private static final String[] VOCABULARY = ("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعو جميع الأطراف السورية إلى"
      + " المشاركة في مؤتمر جنيف دون شروط مسبقة وأكد أن الأولوية المطلقة هي لمحاربة الإرهاب وليس لتنحية الرئيس"
      + " وأضاف المقداد أن الوفد بحث مع المسؤولين الروس التحضيرات الجارية لعقد المؤتمر الدولي حول سورية").split(" ");
  private final Fingerprinter fp = new Fingerprinter(S);

  private static String randomText(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(' ');
    }
    return sb.toString().strip();
  }

  private static String edit(String text, Random r, double share) {
    String[] w = text.split(" ");
    for (int i = 0; i < w.length; i++) {
      if (r.nextDouble() < share) {
        w[i] = VOCABULARY[r.nextInt(VOCABULARY.length)];
      }
    }
    return String.join(" ", w);
  }

  @Test
  void minhash_agreement_estimates_jaccard() {
    Random r = new Random(7);
    MinHasher mh = new MinHasher(256);
    for (int trial = 0; trial < 5; trial++) {
      String a = randomText(r, 400);
      String b = edit(a, r, 0.03);
      Fingerprint fa = fp.of("a", List.of(a));
      Fingerprint fb = fp.of("b", List.of(b));
      int[] sa = mh.signature(fa.shingles());
      int[] sb = mh.signature(fb.shingles());
      int agree = 0;
      for (int i = 0; i < sa.length; i++) {
        agree += sa[i] == sb[i] ? 1 : 0;
      }
      assertThat(agree / 256.0).isCloseTo(DuplicateJudge.jaccard(fa, fb), org.assertj.core.data.Offset.offset(0.1));
    }
  }

  @Test
  void the_multimap_returns_every_value_of_a_key_and_caps_a_crowded_key() {
    IntMultiTable t = new IntMultiTable(4, 3);
    for (int i = 0; i < 1000; i++) {
      t.put(i * 7919, i);
    }
    assertThat(t.put(5, 1)).isTrue();
    assertThat(t.put(5, 2)).isTrue();
    assertThat(t.put(5, 3)).isTrue();
    assertThat(t.put(5, 4)).isFalse();
    List<Integer> values = new ArrayList<>();
    t.forEach(5, values::add);
    assertThat(values).containsExactlyInAnyOrder(1, 2, 3);
    List<Integer> other = new ArrayList<>();
    t.forEach(7919 * 10, other::add);
    assertThat(other).containsExactly(10);
  }

  @Test
  void names_exact_near_contained_and_overlap() {
    Random r = new Random(11);
    String base = randomText(r, 300);
    DuplicateJudge judge = new DuplicateJudge(S);
    Fingerprint a = fp.of("a", List.of(base));
    assertThat(judge.judge(a, fp.of("b", List.of("  " + base.replace("الإرهاب", "الارهاب")))))
        .hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(Kind.EXACT));
    assertThat(judge.judge(a, fp.of("c", List.of(edit(base, r, 0.01)))))
        .hasValueSatisfying(l -> assertThat(l.kind()).isEqualTo(Kind.NEAR));
    String part = String.join(" ", java.util.Arrays.asList(base.split(" ")).subList(0, 100));
    DuplicateLink contained = judge.judge(a, fp.of("part", List.of(part))).orElseThrow();
    assertThat(contained.kind()).isEqualTo(Kind.CONTAINED);
    assertThat(contained.a()).isEqualTo("part");
    String reused = String.join(" ", java.util.Arrays.asList(base.split(" ")).subList(100, 130));
    DuplicateLink overlap = judge.judge(a, fp.of("o", List.of(randomText(r, 200), reused, randomText(r, 200))))
        .orElseThrow();
    assertThat(overlap.kind()).isEqualTo(Kind.OVERLAP);
    assertThat(overlap.sharedParagraphs()).containsExactly(new DuplicateLink.ParagraphPair(0, 1));
  }

  @Test
  void does_not_link_short_texts_unless_they_are_exact_copies() {
    DuplicateJudge judge = new DuplicateJudge(S);
    Fingerprint a = fp.of("a", List.of("وزير الخارجية الروسي سيرغي لافروف"));
    assertThat(judge.judge(a, fp.of("b", List.of("قال وزير الخارجية الروسي سيرغي لافروف")))).isEmpty();
    assertThat(judge.judge(a, fp.of("c", List.of("وزير الخارجية الروسي سيرغي لافروف")))).isPresent();
  }

  @Test
  void the_index_finds_what_brute_force_finds_on_generated_copies() {
    Random r = new Random(3);
    List<Fingerprint> docs = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text;
      if (i > 0 && r.nextInt(3) == 0) {
        String source = originals.get(r.nextInt(originals.size()));
        String[] w = source.split(" ");
        int from = r.nextInt(Math.max(1, w.length / 3));
        text = edit(String.join(" ", java.util.Arrays.asList(w).subList(from, w.length)), r, 0.02);
      } else {
        text = randomText(r, 40 + r.nextInt(400));
      }
      originals.add(text);
      docs.add(fp.of(Integer.toString(i), List.of(text)));
    }
    Set<Long> brute = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        if (ExactPairs.qualifies(docs.get(i), docs.get(j), S)) {
          brute.add(i * (long) docs.size() + j);
        }
      }
    }
    assertThat(brute).hasSizeGreaterThan(50);
    assertThat(ExactPairs.find(docs, S)).isEqualTo(brute);
    Set<Long> viaIndex = new HashSet<>();
    DuplicateIndex index = new DuplicateIndex(S, docs.size());
    for (int i = 0; i < docs.size(); i++) {
      for (int c : index.candidates(docs.get(i))) {
        if (ExactPairs.qualifies(docs.get(c), docs.get(i), S)) {
          viaIndex.add(c * (long) docs.size() + i);
        }
      }
      index.add(docs.get(i));
    }
    long found = viaIndex.stream().filter(brute::contains).count();
    assertThat(found / (double) brute.size()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void finds_the_longest_shared_passage_as_the_first_text_shows_it() {
    assertThat(SharedPassage.longest("قال الوزير: «إن الأولوية لمحاربة الإرهاب» أمس", "أكد ان الاولوية لمحاربة الارهاب اليوم"))
        .isEqualTo("«إن الأولوية لمحاربة الإرهاب»");
    assertThat(SharedPassage.longest("واحد", "اثنان")).isEmpty();
  }
}
