package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of chardet's Arabic corpus ({@code ../shared/data/encodings}) decodes, with nothing
 * declared, to the same text as its UTF-8 twin (or, where it has none, its windows-1256 twin). The
 * corpus's cp720 copies and its CulturaX ISO-8859-6 copies carry an ASCII comma where the others
 * have the Arabic comma (cp720 has none; the bytes say 0x2C), so those are compared with ، read as ",".
 */
class EncodingsCorpusTest {
  private static final Path CORPUS = Path.of("../shared/data/encodings");

  static Stream<Path> legacyFiles() throws Exception {
    return Stream.of("windows-1256-arabic", "iso-8859-6-arabic", "cp720-arabic", "utf-16le-arabic")
        .flatMap(d -> {
          try (Stream<Path> s = Files.list(CORPUS.resolve(d))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("legacyFiles")
  void a_legacy_file_reads_as_its_twin(Path file) throws Exception {
    String folder = file.getParent().getFileName().toString();
    Path utf8 = CORPUS.resolve("utf-8-arabic").resolve(file.getFileName());
    String twin = Files.exists(utf8) ? Files.readString(utf8, StandardCharsets.UTF_8)
        : new String(Files.readAllBytes(CORPUS.resolve("windows-1256-arabic").resolve(file.getFileName())),
            ArabicCharsets.WINDOWS_1256);
    DecodedText read = new TextFileReader().read(file);
    if (folder.startsWith("cp720")) {
      assertThat(read.text()).isEqualTo(twin.replace('،', ','));
    } else if (folder.startsWith("iso")) {
      assertThat(read.text()).isIn(twin, twin.replace('،', ','));
    } else {
      assertThat(read.text()).isEqualTo(twin);
    }
    Charset expected = switch (folder) {
      case "windows-1256-arabic" -> ArabicCharsets.WINDOWS_1256;
      case "iso-8859-6-arabic" -> ArabicCharsets.ISO_8859_6;
      case "cp720-arabic" -> ArabicCharsets.CP720;
      default -> StandardCharsets.UTF_16LE;
    };
    assertThat(read.charset()).isEqualTo(expected);
  }

  @Test
  void every_folder_is_covered() throws Exception {
    assertThat(legacyFiles().count()).isEqualTo(14);
  }

  @Test
  void the_two_pages_without_a_declared_charset_are_detected_and_read_alike() throws Exception {
    Path dir = CORPUS.resolve("iso-8859-6-arabic");
    PageDecoder.DecodedPage iso = PageDecoder.decode(
        Files.readAllBytes(dir.resolve("_chromium_ISO-8859-6_with_no_encoding_specified.html")), null);
    PageDecoder.DecodedPage win = PageDecoder.decode(
        Files.readAllBytes(dir.resolve("_chromium_windows-1256_with_no_encoding_specified.html")), null);
    assertThat(iso.charset()).isEqualTo(ArabicCharsets.ISO_8859_6);
    assertThat(win.charset()).isEqualTo(ArabicCharsets.WINDOWS_1256);
    assertThat(List.of(iso.source(), win.source())).containsOnly(PageDecoder.Source.DETECTED);
    String isoBody = Jsoup.parse(iso.text()).body().text();
    String winBody = Jsoup.parse(win.text()).body().text();
    assertThat(isoBody).startsWith("أعلنت").hasSizeGreaterThan(300);
    assertThat(isoBody).isEqualTo(winBody); // the same news item in two code pages
  }
}
