package org.malaff.publish;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.malaff.model.Dossier;

/**
 * Renders a dossier as a PDF for print: the page {@link HtmlRenderer} writes, laid out by
 * openhtmltopdf on A4, right to left, Arabic letters shaped (joined) by ICU and ordered by ICU's
 * bidi algorithm, in DejaVu Sans (bundled, embedded in the file; its licence is beside it in the
 * resources).
 */
public final class PdfRenderer {
  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String PRINT_STYLE = "<style>@page{size:A4;margin:18mm 16mm}"
      + "body{font-family:'" + FONT_FAMILY + "';font-size:11pt;line-height:1.7;max-width:none;margin:0;padding:0;"
      + "background:#fff;direction:rtl;text-align:right}"
      + "h1{font-size:18pt}h2{font-size:13pt}h3{font-size:11.5pt}article{page-break-inside:auto}"
      + ".top{display:none}</style>";

  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its progress notes are not the user's business
  }

  private PdfRenderer() {}

  /** The dossier as the bytes of a PDF file. */
  public static byte[] render(Dossier d) {
    String html = HtmlRenderer.render(d).replace("</head>", PRINT_STYLE + "\n</head>");
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
      b.useUnicodeBidiReorderer(new ICUBidiReorderer());
      b.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
      b.withHtmlContent(html, null);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name);
    if (in == null) {
      throw new IllegalStateException("bundled font missing: fonts/" + name);
    }
    return in;
  }
}
