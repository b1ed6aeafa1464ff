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

/** {@code malaff export FILE --format txt|json|html -o OUT}: publishes a dossier. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Reads a dossier and writes it as dossier text, JSON or one HTML page.")
final class ExportCommand implements Callable<Integer> {
  enum Format { txt, json, html }

  @Parameters(paramLabel = "FILE", description = "a dossier text file")
  Path file;

  @Option(names = "--format", required = true, description = "txt, json or html")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "where to write; '-' or absent: standard output")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Dossier d = DossierReader.read(new TextFileReader().read(file).text());
    String text = switch (format) {
      case txt -> DossierWriter.write(d);
      case json -> JsonRenderer.render(d) + "\n";
      case html -> HtmlRenderer.render(d);
    };
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
    } else {
      writeAtomically(output, text);
    }
    return 0;
  }

  /** Writes through a temporary file beside the target, so a failure leaves no half file. */
  static void writeAtomically(Path target, String text) throws BadInputException {
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
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
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
