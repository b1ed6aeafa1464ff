package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final String PAGE = "<html><head><title>خبر</title></head><body><p>قال المتحدث باسم الوزارة إن "
      + "الاجتماع الذي عقد اليوم في العاصمة ناقش الأوضاع الإقليمية والدولية.</p></body></html>";

  @Test
  void a_byte_order_mark_wins_over_everything() {
    byte[] bytes = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8); // EF BB BF, then the page
    PageDecoder.DecodedPage p = PageDecoder.decode(bytes, "text/html; charset=windows-1256");
    assertThat(p.text()).isEqualTo(PAGE);
    assertThat(p.source()).isEqualTo(PageDecoder.Source.BOM);
  }

  @Test
  void the_header_then_the_meta_tag_then_detection() {
    byte[] cp1256 = PAGE.getBytes(ArabicCharsets.WINDOWS_1256);
    PageDecoder.DecodedPage header = PageDecoder.decode(cp1256, "text/html; charset=\"windows-1256\"");
    assertThat(header.text()).isEqualTo(PAGE);
    assertThat(header.source()).isEqualTo(PageDecoder.Source.HEADER);
    String withMeta = PAGE.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">");
    PageDecoder.DecodedPage meta = PageDecoder.decode(withMeta.getBytes(ArabicCharsets.ISO_8859_6), "text/html");
    assertThat(meta.text()).isEqualTo(withMeta);
    assertThat(meta.source()).isEqualTo(PageDecoder.Source.META);
    PageDecoder.DecodedPage cp720 = PageDecoder.decode(PAGE.replace("،", ",").getBytes(ArabicCharsets.CP720), null);
    assertThat(cp720.charset()).isEqualTo(ArabicCharsets.CP720);
    assertThat(cp720.source()).isEqualTo(PageDecoder.Source.DETECTED);
  }

  @Test
  void a_wrong_declaration_is_overruled_by_what_the_bytes_are() {
    byte[] cp1256 = PAGE.getBytes(ArabicCharsets.WINDOWS_1256);
    PageDecoder.DecodedPage latin = PageDecoder.decode(cp1256, "text/html; charset=ISO-8859-1");
    assertThat(latin.text()).isEqualTo(PAGE);
    assertThat(latin.source()).isEqualTo(PageDecoder.Source.DETECTED);
    PageDecoder.DecodedPage notUtf8 = PageDecoder.decode(cp1256, "text/html; charset=utf-8");
    assertThat(notUtf8.text()).isEqualTo(PAGE);
    byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);
    assertThat(PageDecoder.decode(utf8, "text/html; charset=windows-1252").text()).isEqualTo(PAGE);
    assertThat(PageDecoder.decode(utf8, "text/html; charset=no-such-charset").text()).isEqualTo(PAGE);
  }
}
