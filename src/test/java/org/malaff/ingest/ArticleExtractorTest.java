package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final Path CNN = Path.of("../shared/data/html/cnn-arabic-2013");

  @Test
  void the_cnn_arabic_page_gives_its_article_and_metadata() throws Exception {
    PageDecoder.DecodedPage page = PageDecoder.decode(Files.readAllBytes(CNN.resolve("arabic_article.html")), null);
    WebArticle a = ArticleExtractor.extract(page.text(), "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/");
    String gold = Files.readString(CNN.resolve("arabic_expected_text.txt"));
    assertThat(TokenOverlap.of(String.join("\n", a.paragraphs()), gold).f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(a.headline()).isEqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    assertThat(a.source()).isEqualTo("CNNArabic");
    assertThat(a.published()).contains("28 آب/اغسطس 2013");
    assertThat(String.join(" ", a.paragraphs())).doesNotContain("ترحب شبكة CNN بالنقاش");
  }

  @Test
  void json_ld_gives_the_metadata_and_a_long_article_body_is_the_body() {
    String body = "الفقرة الأولى من المقال تتحدث عن الاجتماع الوزاري الذي عقد في الرياض أمس.\\n"
        .repeat(4) + "الفقرة الأخيرة.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"موقع\"},{\"@type\":\"NewsArticle\",\"headline\":\"اجتماع وزاري في الرياض\","
        + "\"datePublished\":\"2015-08-10T09:30:00+03:00\",\"articleSection\":\"سياسة\",\"author\":[{\"@type\":\"Person\","
        + "\"name\":\"سارة الأحمد\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"صحيفة الرياض\"},"
        + "\"articleBody\":\"" + body + "\"}]}</script><meta property=\"og:title\" content=\"عنوان آخر\"></head>"
        + "<body><p>نص الصفحة</p></body></html>";
    WebArticle a = ArticleExtractor.extract(html, "https://example.org/a");
    assertThat(a.headline()).isEqualTo("اجتماع وزاري في الرياض");
    assertThat(a.author()).isEqualTo("سارة الأحمد");
    assertThat(a.source()).isEqualTo("صحيفة الرياض");
    assertThat(a.published()).startsWith("2015-08-10");
    assertThat(a.section()).isEqualTo("سياسة");
    assertThat(a.method()).isEqualTo("json-ld");
    assertThat(a.paragraphs()).hasSize(5).endsWith("الفقرة الأخيرة.");
  }

  /** A page built for this test: menus, a related-links box, a comments box, and paragraphs each in a box of its own. */
  @Test
  void boilerplate_goes_and_paragraphs_wrapped_one_by_one_are_all_kept() {
    StringBuilder html = new StringBuilder("<html><head><meta property=\"og:site_name\" content=\"الوطن\">"
        + "<meta name=\"author\" content=\"محمد علي\"></head><body><nav><a href=\"/\">الرئيسية</a> <a href=\"/p\">سياسة</a></nav>"
        + "<div class=\"header\"><a href=\"/\">شعار الصحيفة وعنوانها الطويل جداً جداً</a></div><div id=\"story\">");
    for (int i = 1; i <= 12; i++) {
      html.append("<div class=\"para\"><p>الفقرة رقم ").append(i)
          .append(" من المقال، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية من نص الخبر.</p></div>");
    }
    html.append("</div><div class=\"related-news\"><ul><li><a href=\"/x\">خبر ذو صلة بعنوان طويل بما يكفي ليحسب</a></li>"
        + "<li><a href=\"/y\">خبر آخر ذو صلة بعنوان طويل بما يكفي ليحسب</a></li></ul></div>"
        + "<div id=\"comments\"><p>أضف تعليقك هنا، والتعليقات تعبر عن أصحابها فقط لا عن رأي الصحيفة.</p></div>"
        + "<footer>جميع الحقوق محفوظة للصحيفة ٢٠١٥ وكل ما يتعلق بها من حقوق</footer></body></html>");
    WebArticle a = ArticleExtractor.extract(html.toString(), null);
    assertThat(a.paragraphs()).hasSize(12);
    assertThat(a.paragraphs().get(0)).startsWith("الفقرة رقم 1 ");
    assertThat(a.paragraphs().get(11)).startsWith("الفقرة رقم 12 ");
    assertThat(a.source()).isEqualTo("الوطن");
    assertThat(a.author()).isEqualTo("محمد علي");
    assertThat(a.method()).isEqualTo("page");
  }

  /** A page built for this test: a long comments thread (more text than the article) after a short article. */
  @Test
  void a_long_comments_thread_is_not_the_article() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"story\"><h1>عنوان الخبر</h1>");
    for (int i = 1; i <= 4; i++) {
      html.append("<p>فقرة ").append(i).append(" من الخبر نفسه، وفيها تفاصيل ما جرى في الاجتماع الوزاري أمس.</p>");
    }
    html.append("</div><section id=\"comments\">");
    for (int i = 1; i <= 12; i++) {
      html.append("<p>تعليق قارئ رقم ").append(i)
          .append(" يقول فيه رأيه في الخبر بإسهاب ويضيف تفاصيل كثيرة لا علاقة لها بنص الخبر.</p>");
    }
    html.append("</section></body></html>");
    WebArticle a = ArticleExtractor.extract(html.toString(), null);
    assertThat(a.paragraphs()).hasSize(4).allMatch(p -> p.startsWith("فقرة "));
  }

  @Test
  void a_json_ld_summary_shorter_than_the_page_text_does_not_replace_it() {
    StringBuilder html = new StringBuilder("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"خبر\",\"articleBody\":\"" + "ملخص قصير للخبر لا يتجاوز سطرين اثنين من النص. ".repeat(5)
        + "\"}</script></head><body><article>");
    for (int i = 1; i <= 10; i++) {
      html.append("<p>الفقرة ").append(i).append(" من النص الكامل للخبر، وهي أطول من الملخص بكثير كما يبدو هنا.</p>");
    }
    WebArticle a = ArticleExtractor.extract(html.append("</article></body></html>").toString(), null);
    assertThat(a.method()).isEqualTo("page");
    assertThat(a.paragraphs()).hasSize(10);
  }

  @Test
  void text_split_by_line_breaks_in_one_box_is_read_as_paragraphs() {
    String html = "<html><body><div class=\"content\">السطر الأول من الخبر وهو طويل بما يكفي ليكون فقرة.<br><br>"
        + "السطر الثاني من الخبر وفيه <b>كلمة بارزة</b> ورابط <a href=\"/z\">قصير</a> ضمن النص.<br>"
        + "السطر الثالث والأخير من الخبر وهو طويل أيضاً.</div><div class=\"menu\"><a href=\"/1\">قسم أول</a></div></body></html>";
    WebArticle a = ArticleExtractor.extract(html, null);
    assertThat(a.paragraphs()).containsExactly("السطر الأول من الخبر وهو طويل بما يكفي ليكون فقرة.",
        "السطر الثاني من الخبر وفيه كلمة بارزة ورابط قصير ضمن النص.", "السطر الثالث والأخير من الخبر وهو طويل أيضاً.");
  }
}
