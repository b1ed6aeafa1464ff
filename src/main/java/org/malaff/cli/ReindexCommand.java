package org.malaff.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.ingest.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rebuilds an archive's search index from its records. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild an archive's search index from its records.")
final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--archive", required = true, description = "the archive folder")
  Path archive;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException {
    long t0 = System.nanoTime();
    try (EmbeddedArchive a = EmbeddedArchive.openExisting(archive)) {
      a.reindex();
      spec.commandLine().getOut().printf("reindexed %d articles in %.1f s%n", a.articleCount(), (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
