package org.malaff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the malaff command in-process and keeps what it printed. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = MalaffCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }
}
