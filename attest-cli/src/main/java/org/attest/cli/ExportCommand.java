package org.attest.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.export.ExportFormat;
import org.attest.export.Exporter;
import org.attest.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attest export}: the store's cross-document ledger in an exchange format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the cross-document ledger: json (the ledger contract with clusters, corroboration and merges),",
      "csv (a ZIP of tables with evidence offsets), timelinejs (TimelineJS3), claimreview (schema.org",
      "ClaimReview JSON-LD for claims with a finding), gexf (the source→claim→event graph)."
    })
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "json, csv, timelinejs, claimreview or gexf.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here (a directory gets the format's file name); default: standard output.")
  Path outFile;

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.parse(format);
    if (outFile == null && f.binary() && Terminal.stdoutIsTerminal()) {
      throw new IllegalArgumentException(f.cliName() + " is a ZIP file: give --out FILE");
    }
    try (LedgerStore s = store.openExisting()) {
      var corpus = StoreOptions.corpus(s);
      if (outFile == null) {
        OutputStream out = new BufferedOutputStream(System.out);
        Exporter.export(f, corpus, StoreOptions.exportOptions(s), out);
        out.flush();
        return 0;
      }
      Path target = Files.isDirectory(outFile) ? outFile.resolve(f.defaultFileName()) : outFile;
      Path tmp = target.resolveSibling(target.getFileName() + ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        Exporter.export(f, corpus, StoreOptions.exportOptions(s), out);
      }
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      System.err.println("attest: wrote " + target);
      return 0;
    }
  }
}
