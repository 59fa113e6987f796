package org.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attest} command. It only wires the modules together; the work is done in them. */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    version = "attest 0.1.0",
    description = "Reads news reports and keeps a ledger of who claims what happened, when, citing whom.",
    subcommands = {
      ExtractCommand.class,
      TimemlCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      IngestCommand.class,
      LoadCommand.class,
      TimelineCommand.class,
      ClaimsCommand.class,
      FindingsCommand.class,
      SourcesCommand.class,
      EntityCommand.class,
      ExportCommand.class,
      DecisionCommands.Merge.class,
      DecisionCommands.Split.class,
      DecisionCommands.Undo.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AttestCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs the command line with its output and errors going to the given writers (null: the console). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new AttestCommand());
    if (out != null) {
      cl.setOut(out);
    }
    if (err != null) {
      cl.setErr(err);
    }
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("attest: " + Errors.message(ex));
          if (System.getenv("ATTEST_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    try {
      return cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands Errors on; one line instead of a trace (ATTEST_DEBUG=1 shows it)
      cl.getErr().println("attest: " + (e instanceof StackOverflowError ? "ran out of stack" : "ran out of memory")
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (a larger -Xss/-Xmx in ATTEST_JAVA_OPTS may help)");
      if (System.getenv("ATTEST_DEBUG") != null) {
        e.printStackTrace(cl.getErr());
      }
      cl.getErr().flush();
      return 1;
    }
  }
}
