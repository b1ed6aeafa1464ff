package org.malaff.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.malaff.archive.EditorPasswords;
import org.malaff.archive.EmbeddedArchive;
import org.malaff.ingest.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code malaff user add NAME --archive DIR}: creates an editor of the site. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the editors of an archive's site.",
    subcommands = {UserCommand.Add.class})
final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Adds an editor; the password is asked twice on a terminal, else read as one line of standard input. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Create an editor. The password is asked (twice) on a terminal, or read from standard input.")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the editor's login name")
    String name;

    @Option(names = "--archive", required = true, description = "the archive folder (created when missing)")
    Path archive;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws BadInputException, IOException {
      if (!name.matches("[\\p{L}\\p{N}._-]{2,64}")) {
        throw new BadInputException(Path.of(name), "is not a login name: 2 to 64 letters, digits, '.', '_' or '-'");
      }
      char[] password = readPassword();
      try {
        if (password.length < EditorPasswords.MIN_LENGTH) {
          throw new BadInputException(Path.of(name), "needs a password of at least " + EditorPasswords.MIN_LENGTH + " characters");
        }
        try (EmbeddedArchive a = EmbeddedArchive.open(archive)) {
          if (!a.addEditor(name, EditorPasswords.hash(password))) {
            throw new BadInputException(Path.of(name), "is already an editor of " + archive);
          }
        }
      } finally {
        Arrays.fill(password, '\0');
      }
      spec.commandLine().getOut().println("editor " + name + " added to " + archive);
      return 0;
    }

    private static char[] readPassword() throws IOException, BadInputException {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("password: ");
        char[] again = console.readPassword("again: ");
        if (first == null || !Arrays.equals(first, again)) {
          throw new BadInputException(Path.of("password"), "the two passwords differ");
        }
        Arrays.fill(again, '\0');
        return first;
      }
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? new char[0] : line.toCharArray();
    }
  }
}
