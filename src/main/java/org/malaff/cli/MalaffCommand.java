package org.malaff.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.malaff.ingest.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code malaff} command: reads, analyses and publishes Arabic press dossiers. */
@Command(
    name = "malaff",
    mixinStandardHelpOptions = true,
    version = "malaff 0.1.0",
    description = "Malaff (ملف): reads, checks and publishes Arabic press dossiers.",
    subcommands = {ParseCommand.class, AnalyzeCommand.class, ImportCommand.class, SearchCommand.class, CompileCommand.class, ReindexCommand.class, ExportCommand.class, BenchCommand.class, TrainNerCommand.class, UserCommand.class, ServeCommand.class, FetchCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
public final class MalaffCommand implements Runnable {
  /** Exit status for bad usage or bad input. */
  static final int BAD_INPUT = 2;
  /** Exit status for an internal error. */
  static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs the command line with the given output and error streams; returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new MalaffCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("malaff: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      return BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof BadInputException) {
        c.getErr().println("malaff: " + ex.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof org.malaff.archive.ArchiveException) {
        c.getErr().println("malaff: archive: " + ex.getMessage());
        return BAD_INPUT;
      }
      c.getErr().println("malaff: internal error: " + ex);
      if (System.getenv("MALAFF_DEBUG") != null) {
        ex.printStackTrace(c.getErr());
      }
      return INTERNAL_ERROR;
    });
    int status = cmd.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
