package org.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code attest eval ...}: scorers against gold annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the extractor against gold annotations.",
    subcommands = {
      EvalGoldCommand.class,
      EvalTimemlCommand.class,
      EvalMeantimeCommand.class,
      EvalMeantimeTextsCommand.class,
      EvalPloverCommand.class,
      EvalPolnearCommand.class,
      TimelineEvalCommand.class,
      EvalEcbCommand.class,
    })
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
