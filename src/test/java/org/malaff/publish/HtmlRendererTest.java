package org.malaff.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaff.model.Article;
import org.malaff.model.Block;
import org.malaff.model.Byline;
import org.malaff.model.Dossier;

class HtmlRendererTest {
  private static final String EVIL = "<script>alert('x')</script> & \"quoted\"";

  private static Dossier dossierWith(String text) {
    Article a = new Article("1", 1, text, new Byline(text, text, text, text, text, LocalDate.of(2013, 11, 20),
        null, text), List.of(Block.subheading(text), Block.paragraph(text)), 1);
    return new Dossier(List.of(text), text, LocalDate.of(2013, 11, 21), text, List.of(text), List.of(a), List.of());
  }

  @Test
  void escapes_every_piece_of_text() {
    String html = HtmlRenderer.render(dossierWith(EVIL));
    assertThat(html).doesNotContain("<script>").doesNotContain("'x'");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
  }

  @Test
  void marks_the_page_arabic_and_right_to_left() {
    String html = HtmlRenderer.render(dossierWith("ملف"));
    assertThat(html).contains("lang=\"ar\" dir=\"rtl\"");
    assertThat(html).contains("<h3>ملف</h3>").contains("<p>ملف</p>");
    assertThat(html).contains("<time datetime=\"2013-11-20\">");
  }
}
