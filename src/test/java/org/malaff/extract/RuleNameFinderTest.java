package org.malaff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.EntityType;
import org.malaff.model.Mention;
import org.malaff.read.Gazetteer;

class RuleNameFinderTest {
  private final RuleNameFinder finder = new RuleNameFinder(Gazetteer.bundled());

  private List<String> people(String paragraph) {
    return finder.find("a", List.of(paragraph)).stream().filter(m -> m.type() == EntityType.PERSON)
        .map(Mention::text).toList();
  }

  private List<String> roles(String paragraph) {
    return finder.find("a", List.of(paragraph)).stream().filter(m -> m.type() == EntityType.PERSON && m.role() != null)
        .map(m -> m.text() + ": " + m.role()).toList();
  }

  @Test
  void a_compound_given_name_is_followed_by_the_family_name() {
    assertThat(people("دعا صلاح الدين دمرداش زعيم الحزب إلى وقف القتال.")).containsExactly("صلاح الدين دمرداش");
    assertThat(people("ورأى الأمين العام للائتلاف بدر الدين جاموس أنه لا توجد مؤشرات.")).containsExactly("بدر الدين جاموس");
  }

  @Test
  void a_name_still_ends_at_a_word_that_is_not_a_name() {
    assertThat(people("قال محمد عبد الله في مؤتمر صحفي إن الوضع صعب.")).containsExactly("محمد عبد الله");
  }

  @Test
  void a_name_set_off_by_a_comma_after_a_role_keeps_the_role() {
    assertThat(roles("وأكد الرئيس الفلسطيني ،محمود عباس، أن القيادات أصدرت تعليماتها."))
        .containsExactly("محمود عباس: الرئيس الفلسطيني");
    assertThat(roles("وقال وزير الخارجية الروسي، سيرغي لافروف، إن موسكو مستعدة."))
        .containsExactly("سيرغي لافروف: وزير الخارجية الروسي");
  }

  @Test
  void a_comma_after_a_single_role_word_or_before_a_word_no_list_knows_still_ends_the_role() {
    assertThat(roles("والتقى الوزير، محمد ثم غادر.")).isEmpty();
    assertThat(roles("وقال وزير الخارجية الروسي، الذي وصل أمس، إن موسكو مستعدة.")).isEmpty();
  }

  @Test
  void ali_written_with_ya_before_a_name_is_a_given_name_and_the_preposition_is_not() {
    assertThat(people("وقال علي أكبر صالحي إن إيران لديها نشاطات نووية.")).containsExactly("علي أكبر صالحي");
    assertThat(people("أعلن وزير النفط السعودي علي النعيمي الأربعاء أن الإنتاج مستقر.")).containsExactly("علي النعيمي");
    assertThat(people("وفاز الأهلي علي الزمالك بهدفين وتقدم علي الأقل مركزين.")).isEmpty();
    assertThat(people("وأكد على محمد أن يحضر الاجتماع، وشدد علي ضرورة الحوار.")).isEmpty();
  }

  @Test
  void a_title_after_an_office_keeps_the_office_in_the_role() {
    assertThat(roles("قال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن أعضاء التحالف يبعدون السياسة."))
        .containsExactly("عبد العزيز بن سلمان: وزير الطاقة السعودي الأمير");
    assertThat(roles("التقى وزير الخارجية الروسي سيرغي لافروف رئيس الائتلاف أحمد الجربا."))
        .contains("أحمد الجربا: رئيس الائتلاف");
  }

  @Test
  void a_role_word_that_is_also_a_family_name_ends_a_name_after_a_given_name() {
    assertThat(people("وقالت الوزيرة غادة والي إن الوجبة المدرسية مهمة.")).containsExactly("غادة والي");
  }

  @Test
  void a_family_of_al_is_read_whole() {
    assertThat(people("وقال محمد بن عبدالله آل خليفة إن البحرين مستعدة للحوار.")).containsExactly("محمد بن عبدالله آل خليفة");
  }

  @Test
  void a_family_name_ending_like_a_feminine_word_or_naming_a_place_is_read_after_a_title_and_a_given_name() {
    assertThat(people("أعلن وزير الصحة الدكتور توفيق الربيعة، وصول حالات الإصابة إلى 244 حالة."))
        .containsExactly("توفيق الربيعة");
    assertThat(people("أكد مدير الأمن العام اللواء عبيدالله المعايطة أن الوضع مستقر.")).containsExactly("عبيدالله المعايطة");
    assertThat(people("قال رئيس الحكومة الليبية عبد الحميد الدبيبة إن بلاده تتعرض لحملة.")).containsExactly("عبد الحميد الدبيبة");
    assertThat(people("أكد وزير المال في حكومة تصريف الأعمال يوسف الخليل، أننا نعمل من أجل توحيد أسعار الصرف."))
        .containsExactly("يوسف الخليل");
  }

  @Test
  void a_feminine_word_after_a_given_name_stays_a_thing_without_a_title_or_after_a_king() {
    assertThat(people("ووقفت السيارة خلف الشاحنة، ثم قال حسن الضيافة مهم.")).isEmpty();
    assertThat(people("وزار الطلاب مدرسة الملك عبدالعزيز الخاصة أمس.")).doesNotContain("عبدالعزيز الخاصة");
    assertThat(people("وقال الدكتور محمد الجمعة إن المؤتمر ناجح.")).doesNotContain("محمد الجمعة");
  }
}
