package org.malaff.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaff.format.DossierReader;
import org.malaff.format.Samples;

/**
 * The sample dossier as a PDF: the font embedded, Arabic letters in their joined forms, lines set
 * right to left. The first page is rendered with poppler's pdftoppm (installed by .ci/run) and its
 * lines of ink are measured: they must share their right edge, not their left.
 */
class PdfRendererTest {
  @TempDir static Path dir;
  private static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = PdfRenderer.render(DossierReader.read(Samples.moscow()));
  }

  @Test
  void embeds_its_font() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(5);
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) doc.getPage(0).getResources().getFont(name);
        assertThat(font.getName()).contains("DejaVuSans");
        assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).as("the font file is in the PDF").isNotNull();
      }
    }
  }

  /**
   * "سلم" has three letters that join on both sides and no dots: joined it is one stroke of ink,
   * unjoined three. Three words of it, alone on a line, must be about three strokes, not nine.
   */
  @Test
  void letters_are_joined_on_the_rendered_page() throws Exception {
    org.malaff.model.Article a = new org.malaff.model.Article("1", 1, "سلم سلم سلم", org.malaff.model.Byline.EMPTY,
        List.of(org.malaff.model.Block.paragraph("سلم سلم سلم")), 0);
    byte[] one = PdfRenderer.render(new org.malaff.model.Dossier(List.of(), "سلم سلم سلم", null, null,
        List.of("سلم سلم سلم"), List.of(a), List.of()));
    BufferedImage page = firstPage(one, "joined", 150);
    List<int[]> lines = inkLines(page);
    int[] title = lines.get(0); // the title: the first line of ink
    int strokes = components(page, title[2], title[3]);
    assertThat(strokes).as("strokes of ink in \"سلم سلم سلم\"").isBetween(3, 5);
    // the measure sees unjoined letters: the same nine letters written apart are nine strokes
    byte[] apart = PdfRenderer.render(new org.malaff.model.Dossier(List.of(), "س ل م س ل م س ل م", null, null,
        List.of("س"), List.of(a), List.of()));
    BufferedImage other = firstPage(apart, "apart", 150);
    int[] line = inkLines(other).get(0);
    assertThat(components(other, line[2], line[3])).isGreaterThanOrEqualTo(9);
  }

  @Test
  void lines_are_set_right_to_left_on_the_rendered_page() throws Exception {
    BufferedImage page = firstPage(pdf, "dossier", 60);
    List<int[]> lines = inkLines(page);
    assertThat(lines).hasSizeGreaterThan(15);
    int rightAligned = 0;
    int leftAligned = 0;
    int right = lines.stream().mapToInt(l -> l[1]).max().orElseThrow();
    int left = lines.stream().mapToInt(l -> l[0]).min().orElseThrow();
    for (int[] l : lines) {
      rightAligned += right - l[1] <= 3 ? 1 : 0;
      leftAligned += l[0] - left <= 3 ? 1 : 0;
    }
    assertThat(rightAligned).as("lines ending at the right margin").isGreaterThan(lines.size() * 2 / 3);
    assertThat(leftAligned).as("lines starting at the left margin").isLessThan(rightAligned / 2);
  }

  /** The first page rendered by pdftoppm at {@code dpi}. */
  private static BufferedImage firstPage(byte[] bytes, String name, int dpi) throws Exception {
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, bytes);
    Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-png", file.toString(),
        dir.resolve(name).toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("pdftoppm (poppler-utils, installed by .ci/run)").isZero();
    try (var files = Files.list(dir)) {
      return ImageIO.read(files.filter(f -> f.getFileName().toString().startsWith(name) && f.toString().endsWith(".png"))
          .findFirst().orElseThrow().toFile());
    }
  }

  private static boolean dark(BufferedImage img, int x, int y) {
    int rgb = img.getRGB(x, y);
    return ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3 < 128;
  }

  /** Connected groups of dark pixels (8 neighbours) in rows {@code [top, bottom]}. */
  private static int components(BufferedImage img, int top, int bottom) {
    int w = img.getWidth();
    boolean[] seen = new boolean[w * (bottom - top + 1)];
    int count = 0;
    java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
    for (int y = top; y <= bottom; y++) {
      for (int x = 0; x < w; x++) {
        if (!dark(img, x, y) || seen[(y - top) * w + x]) {
          continue;
        }
        count++;
        stack.push(new int[] {x, y});
        seen[(y - top) * w + x] = true;
        while (!stack.isEmpty()) {
          int[] c = stack.pop();
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              int nx = c[0] + dx;
              int ny = c[1] + dy;
              if (nx >= 0 && nx < w && ny >= top && ny <= bottom && !seen[(ny - top) * w + nx] && dark(img, nx, ny)) {
                seen[(ny - top) * w + nx] = true;
                stack.push(new int[] {nx, ny});
              }
            }
          }
        }
      }
    }
    return count;
  }

  /** Each run of rows with dark pixels, as {leftmost, rightmost, first row, last row}. */
  private static List<int[]> inkLines(BufferedImage img) {
    List<int[]> out = new ArrayList<>();
    int[] current = null;
    for (int y = 0; y < img.getHeight(); y++) {
      int min = Integer.MAX_VALUE;
      int max = -1;
      for (int x = 0; x < img.getWidth(); x++) {
        if (dark(img, x, y)) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      if (max >= 0) {
        if (current == null) {
          current = new int[] {min, max, y, y};
        } else {
          current[0] = Math.min(current[0], min);
          current[1] = Math.max(current[1], max);
          current[3] = y;
        }
      } else if (current != null) {
        out.add(current);
        current = null;
      }
    }
    return out;
  }
}
