package org.malaff.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.archive.ImportSource;
import org.malaff.archive.ImportSummary;
import org.malaff.archive.Importer;
import org.malaff.publish.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Adds dossiers, article files and news collections to an archive. Each batch is committed before
 * the next is read into the archive: what the progress line reports as stored survives a crash.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Add dossier text files, article files, news zips/JSON and folders of them to an archive.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to import")
  List<Path> paths;

  @Option(names = "--archive", required = true, description = "the archive folder (created when missing)")
  Path archive;

  @Option(names = "--json", description = "print the summary as JSON")
  boolean json;

  @Option(names = "--batch", defaultValue = "2000", description = "articles per committed batch (default ${DEFAULT-VALUE})")
  int batch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImportSources read = ImportSources.read(paths, message -> err.println("malaff: " + message));
    List<ImportSource> sources = read.sources();
    int total = sources.stream().mapToInt(s -> s.articles().size()).sum();
    Progress progress = new Progress(err, total);
    ImportSummary summary;
    try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
      summary = new Importer(a, batch).run(sources, progress::update, message -> err.println("malaff: " + message));
    }
    progress.done();
    summary = new ImportSummary(summary.added(), summary.duplicates(), summary.problems() + read.problems().size(), summary.dossiers());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = JsonRenderer.object();
      root.put("added", summary.added());
      root.put("duplicates", summary.duplicates());
      root.put("problems", summary.problems());
      root.put("dossiers", summary.dossiers());
      out.println(JsonRenderer.text(root));
    } else {
      out.printf("added %d articles, %d duplicates not stored again, %d dossiers, %d problems%n", summary.added(),
          summary.duplicates(), summary.dossiers(), summary.problems());
    }
    out.flush();
    return summary.problems() > 0 ? 1 : 0;
  }

  /** A progress bar on a terminal, plain lines otherwise, on standard error. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    void update(ImportSummary s) {
      int done = s.added() + s.duplicates();
      if (terminal) {
        int width = 30;
        int filled = total == 0 ? width : Math.min(width, done * width / total);
        err.printf("\r[%s%s] %d/%d stored", "#".repeat(filled), ".".repeat(width - filled), done, total);
      } else {
        err.printf("committed: %d of %d articles read (%d added, %d duplicates)%n", done, total, s.added(), s.duplicates());
      }
      err.flush();
    }

    void done() {
      if (terminal) {
        err.println();
      }
    }
  }
}
