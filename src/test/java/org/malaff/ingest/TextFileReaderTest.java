package org.malaff.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
  /** Real Arabic web text stored in several encodings (chardet's test corpus, see its SOURCE.txt). */
  private static final Path ENCODINGS = Path.of("../shared/data/encodings");
  private static final String ARABIC = "أعربت وزارة الخارجية الروسية، أمس، عن ارتياحها لإعراب سوريا عن استعدادها للمشاركة.\n";

  @TempDir Path dir;
  private final TextFileReader reader = new TextFileReader();

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void reads_utf8() throws Exception {
    DecodedText t = reader.read(write("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.text()).isEqualTo(ARABIC);
    assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void drops_a_utf8_byte_order_mark() throws Exception {
    byte[] bytes = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_8); // EF BB BF, then the text
    assertThat(reader.read(write("bom.txt", bytes)).text()).isEqualTo(ARABIC);
  }

  @Test
  void reads_windows_1256_it_makes_itself() throws Exception {
    DecodedText t = reader.read(write("w.txt", ARABIC.getBytes(Charset.forName("windows-1256"))));
    assertThat(t.text()).isEqualTo(ARABIC);
    assertThat(t.charset().name()).isEqualTo("windows-1256");
  }

  @Test
  void reads_real_windows_1256_and_iso_8859_6_text_as_its_utf8_copy() throws Exception {
    String utf8 = Files.readString(ENCODINGS.resolve("utf-8-arabic/culturax_OSCAR-2109_98639.txt"));
    DecodedText cp1256 = reader.read(ENCODINGS.resolve("windows-1256-arabic/culturax_OSCAR-2109_98639.txt"));
    assertThat(cp1256.text()).isEqualTo(utf8);
    assertThat(cp1256.charset().name()).isEqualTo("windows-1256");
    DecodedText iso = reader.read(ENCODINGS.resolve("iso-8859-6-arabic/culturax_OSCAR-2109_98639.txt"));
    // the corpus's ISO-8859-6 copy has ASCII commas where the others have the Arabic comma
    assertThat(iso.text()).isEqualTo(utf8.replace('،', ','));
    assertThat(iso.charset().name()).isEqualTo("ISO-8859-6");
  }

  @Test
  void reads_real_utf16_without_a_byte_order_mark() throws Exception {
    String utf8 = Files.readString(ENCODINGS.resolve("utf-8-arabic/culturax_OSCAR-2109_98639.txt"));
    DecodedText t = reader.read(ENCODINGS.resolve("utf-16le-arabic/culturax_OSCAR-2109_98639.txt"));
    assertThat(t.text()).isEqualTo(utf8);
  }

  @Test
  void refuses_a_missing_path() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nothing.txt")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nothing.txt").hasMessageContaining("no such file");
  }

  @Test
  void refuses_a_folder() {
    assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(BadInputException.class).hasMessageContaining("folder");
  }

  @Test
  void refuses_an_empty_file() throws Exception {
    Path empty = write("empty.txt", new byte[0]);
    assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
    Path blank = write("blank.txt", " \n\u00A0\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(blank)).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
  }

  @Test
  void refuses_a_binary_file() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};
    Path p = write("image.txt", png);
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(BadInputException.class).hasMessageContaining("binary");
  }

  @Test
  void refuses_text_that_is_neither_utf8_nor_arabic_and_names_the_line() throws Exception {
    byte[] latin1 = "première ligne\ndeuxième ligne é à ü\n".getBytes(StandardCharsets.ISO_8859_1);
    Path p = write("french.txt", latin1);
    assertThatThrownBy(() -> reader.read(p)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("french.txt:1:").hasMessageContaining("not UTF-8");
  }

  @Test
  void refuses_a_file_over_the_limit_before_reading_it() throws Exception {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    assertThatThrownBy(() -> reader.read(big)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("big.txt").hasMessageContaining("50.0 MB");
  }
}
