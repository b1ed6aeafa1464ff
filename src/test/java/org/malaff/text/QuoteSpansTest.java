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
  void finds_curly_quotes_typed_mirrored_or_with_the_same_mark_on_both_sides() {
    assertThat(quotes("وقال الباكر للصحفيين ”عملياتنا جارية وستتواصل“، بحسب “رويترز”."))
        .containsExactly("عملياتنا جارية وستتواصل", "رويترز");
    assertThat(quotes("وقال “لم نلعب بشكل جيد“ ثم غادر")).containsExactly("لم نلعب بشكل جيد");
    assertThat(quotes("الخطة ”ناجحة” كما قال")).containsExactly("ناجحة");
  }

  @Test
  void keeps_a_name_quoted_with_straight_marks_inside_a_straight_quote() {
    String p = "وأشار الى انه \"من الافضل، ودون انتظار عقد \"جنيف 2\"، بدء مكافحة مشتركة\". وتابع";
    assertThat(quotes(p)).containsExactly("من الافضل، ودون انتظار عقد \"جنيف 2\"، بدء مكافحة مشتركة");
    assertThat(quotes("إن \"موسكو تسعى إلى عقد مؤتمر \"جنيف 2\" وتؤكد ذلك\"."))
        .containsExactly("موسكو تسعى إلى عقد مؤتمر \"جنيف 2\" وتؤكد ذلك");
  }

  @Test
  void pairs_straight_marks_in_order_when_their_neighbours_do_not_balance() {
    assertThat(quotes("قال \"أولا\" و\"ثانيا\" ثم \"ثالثا")).containsExactly("أولا", "ثانيا", "ثالثا");
    assertThat(quotes("قال\"أولا\"ثم\"ثانيا\"")).containsExactly("أولا", "ثانيا");
  }

  @Test
  void closes_at_the_first_closing_mark_when_a_nested_one_is_left_open() {
    // "«8 مارس «" is a typing slip for "«8 مارس»": without it the rest of the paragraph would be lost
    assertThat(quotes("وأكد أنه «لا يمكن أن يقبل مرشح فريق «8 مارس « لمشروع «حزب الله» وإيران»، مشيراً الى أن «مشكلة جدية قائمة»."))
        .containsExactly("لا يمكن أن يقبل مرشح فريق «8 مارس « لمشروع «حزب الله", "مشكلة جدية قائمة");
  }

  @Test
  void quotes_to_the_paragraph_end_from_a_last_mark_left_open() {
    assertThat(quotes("وقال الرئيس :\" إنه أمر بشع جداً أن يُحرق طفل رضيع. ")).containsExactly(" إنه أمر بشع جداً أن يُحرق طفل رضيع.");
    assertThat(quotes("قال «هذا بلا نهاية")).containsExactly("هذا بلا نهاية");
  }

  @Test
  void ignores_an_opening_mark_without_its_closing_one_when_another_mark_follows() {
    assertThat(quotes("قال «هذا بلا نهاية، و”ذاك")).isEmpty();
    assertThat(quotes("انتهى الأمر بشع جداً\"")).isEmpty();
    assertThat(quotes("وقالت المصادر :\"ان الجانب طلب تشريح جثة الأب \"سعد\"الا ان العائلة رفضت"))
        .containsExactly("ان الجانب طلب تشريح جثة الأب ");
    assertThat(quotes("")).isEmpty();
  }
}
