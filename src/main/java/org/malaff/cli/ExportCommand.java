package org.malaff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.malaff.format.DossierReader;
import org.malaff.format.DossierWriter;
import org.malaff.ingest.BadInputException;
import org.malaff.ingest.TextFileReader;
import org.malaff.model.Dossier;
import org.malaff.publish.HtmlRenderer;
import org.malaff.publish.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code malaff export FILE --format txt|json|html -o OUT}: publishes a dossier file; with {@code
 * --archive DIR}, the parameter is the id of a dossier stored there.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes a dossier (a file, or with --archive a stored dossier's id) as dossier text, JSON, one HTML page or PDF.")
final class ExportCommand implements Callable<Integer> {
  enum Format { txt, json, html, pdf }

  @Parameters(paramLabel = "FILE|DOSSIER-ID", description = "a dossier text file, or with --archive a stored dossier's id")
  String file;

  @Option(names = "--archive", description = "the archive holding the dossier")
  Path archive;

  @Option(names = "--format", required = true, description = "txt, json, html or pdf")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "where to write; '-' or absent: standard output")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Dossier d = archive != null ? stored(archive, file) : DossierReader.read(new TextFileReader().read(Path.of(file)).text());
    if (format == Format.pdf) {
      writePdf(org.malaff.publish.PdfRenderer.render(d), output);
      return 0;
    }
    String text = switch (format) {
      case txt -> DossierWriter.write(d);
      case json -> JsonRenderer.render(d) + "\n";
      case html, pdf -> HtmlRenderer.render(d);
    };
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
    } else {
      writeAtomically(output, text);
    }
    return 0;
  }

  /** A stored dossier with its articles in order, their archive ids kept. */
  static Dossier stored(Path archive, String id) throws BadInputException {
    try (org.malaff.archive.EmbeddedArchive a = org.malaff.archive.EmbeddedArchive.openExisting(archive)) {
      org.malaff.archive.StoredDossier d = a.dossier(id).orElseThrow(() -> new BadInputException(archive,
          "holds no dossier " + id + " (ids: " + a.dossiers().stream().map(org.malaff.archive.StoredDossier::id).toList() + ")"));
      return org.malaff.compile.StoredDossiers.asStored(a, d);
    }
  }

  /** A PDF goes to a file: a terminal is no place for one. */
  static void writePdf(byte[] pdf, Path output) throws BadInputException {
    if (output == null || output.toString().equals("-")) {
      throw new BadInputException(Path.of("-"), "a PDF needs a file: give -o FILE.pdf");
    }
    writeAtomically(output, pdf);
  }

  /** Writes through a temporary file beside the target, so a failure leaves no half file. */
  static void writeAtomically(Path target, String text) throws BadInputException {
    writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes through a temporary file beside the target, so a failure leaves no half file. */
  static void writeAtomically(Path target, byte[] bytes) throws BadInputException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(target, "cannot be written: folder " + dir + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new BadInputException(target, "is a folder; give a file name");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".malaff-", ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new BadInputException(target, "cannot be written: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the move succeeded or the error above says what failed
        }
      }
    }
  }
}
