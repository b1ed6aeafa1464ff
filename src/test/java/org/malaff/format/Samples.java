package org.malaff.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample dossier, for tests. */
public final class Samples {
  public static final Path MOSCOW = Path.of("samples/dossiers/moscow-2013-11-20.txt");

  private Samples() {}

  public static String moscow() {
    try {
      return Files.readString(MOSCOW, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
