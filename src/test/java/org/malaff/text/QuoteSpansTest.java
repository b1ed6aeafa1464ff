package org.malaff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {
  private static List<String> quotes(String p) {
    return QuoteSpans.find(p).stream().map(s -> p.substring(s.start(), s.end())).toList();
  }

  @Test
  void finds_guillemets_keeping_nested_ones_inside() {
    assertThat(quotes("قال: «يبدو أننا نقترب من عقد مؤتمر «جنيف 2».. نرى ذلك» ثم غادر"))
        .containsExactly("يبدو أننا نقترب من عقد مؤتمر «جنيف 2».. نرى ذلك");
  }

  @Test
  void finds_curly_and_straight_quotes() {
    assertThat(quotes("وقال للصحفيين “نعتبر موافقة الائتلاف خطوة إيجابية”."))
        .containsExactly("نعتبر موافقة الائتلاف خطوة إيجابية");
    assertThat(quotes("وقال \"أولا\" ثم \"ثانيا\"")).containsExactly("أولا", "ثانيا");
  }

  @Test
  void ignores_an_opening_mark_without_its_closing_one() {
    assertThat(quotes("قال «هذا بلا نهاية")).isEmpty();
    assertThat(quotes("")).isEmpty();
  }
}
