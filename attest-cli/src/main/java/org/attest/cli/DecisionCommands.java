package org.attest.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.crossdoc.ManualDecision;
import org.attest.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Manual entity decisions: {@code merge}, {@code split} and {@code undo}. A decision is kept in the
 * store, applied on every recomputation of the cross-document view (so it survives re-ingest), and
 * undone by id.
 */
final class DecisionCommands {

  private DecisionCommands() {}

  static void report(PrintWriter out, LedgerStore s, ManualDecision d) {
    var corpus = StoreOptions.corpus(s);
    out.printf("%s: %s %s%s%n", d.id(), d.action().name().toLowerCase(java.util.Locale.ROOT), String.join(" + ", d.names()),
        d.note() == null ? "" : "  (" + d.note() + ")");
    CorpusText c = new CorpusText(corpus, s);
    for (String n : d.names()) {
      var ids = EntityCommand.matching(c, n);
      out.printf("  %s -> %s%n", n, ids.isEmpty() ? "no entity has this name now"
          : String.join(", ", ids.stream().map(id -> id + " " + c.entities.get(id).name()).toList()));
    }
    out.println("Undo with: attest undo " + d.id());
    out.flush();
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Record that the entities with these names (or aliases) are one; the view is recomputed.")
  public static final class Merge implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "NAME") List<String> names;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in your words.") String note;

    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (LedgerStore s = store.openExisting()) {
        report(spec.commandLine().getOut(), s, s.addDecision(ManualDecision.Action.MERGE, names, note));
        return 0;
      }
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Record that ALIAS is not ENTITY: it becomes an entity of its own; the view is recomputed.")
  public static final class Split implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ENTITY") String entity;

    @Parameters(index = "1", paramLabel = "ALIAS") String alias;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in your words.") String note;

    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (LedgerStore s = store.openExisting()) {
        // a split of names the store does not know would be recorded and do nothing: refuse it
        CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
        for (String n : List.of(entity, alias)) {
          if (EntityCommand.matching(c, n).isEmpty()) {
            throw new IllegalArgumentException("no entity has the name or alias '" + n + "'; nothing recorded"
                + " (see 'attest entity NAME' and 'attest sources')");
          }
        }
        report(spec.commandLine().getOut(), s, s.addDecision(ManualDecision.Action.SPLIT, List.of(entity, alias), note));
        return 0;
      }
    }
  }

  @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo a merge or split by its id (m1, m2 ...).")
  public static final class Undo implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DECISION_ID") String id;

    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (LedgerStore s = store.openExisting()) {
        if (!s.undoDecision(id)) {
          throw new IllegalArgumentException("no active decision " + id + " (see the ids printed by merge and split)");
        }
        StoreOptions.corpus(s);
        spec.commandLine().getOut().println("undone " + id + "; the cross-document view was recomputed");
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
