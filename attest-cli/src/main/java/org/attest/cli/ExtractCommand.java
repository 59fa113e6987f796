package org.attest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.extract.AttestPipeline;
import java.nio.file.NoSuchFileException;
import org.attest.ingest.IncomingDocument;
import org.attest.ingest.IngestLimits;
import org.attest.ingest.InputFiles;
import org.attest.ingest.InputOutcome;
import org.attest.ingest.InputRejectedException;
import org.attest.ingest.PlainText;
import org.attest.ingest.SkipReason;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Ledgers;
import org.attest.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attest extract}: one or more articles in, one ledger out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the ledger (entities, times, events, attributions, quotes, findings) of articles.",
      "PATH is a file (.txt, .html, .rss/.atom/.xml, .jsonl, read exactly as 'attest ingest' reads it),",
      "a directory (every such file under it), or - for standard input (plain text).",
      "An article's NAME.meta.json beside it gives its title, outlet and publication date."
    })
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, directories, or - for stdin.")
  List<String> paths;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date; relative dates are resolved against it (else they keep X digits).")
  String published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published the article(s).")
  String outlet;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or the attest-ledger/1 JSON contract.")
  OutputFormat format;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + PlainText.DEFAULT_MAX_BYTES,
      description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (published != null) {
      try {
        LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--published must be a date like 2025-07-01, not '" + published + "'");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    // inputs are read exactly as `attest ingest` reads them (InputFiles), standard input as plain text
    IngestLimits limits = IngestLimits.ofDocumentBytes(maxBytes);
    List<InputOutcome> outcomes = new ArrayList<>();
    List<Runnable> reads = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        reads.add(() -> {
          try {
            String text = PlainText.read(System.in, maxBytes);
            outcomes.add(InputOutcome.of(new IncomingDocument("-", text, null, null, null, null, null)));
          } catch (InputRejectedException e) {
            outcomes.add(InputOutcome.rejected("-", e));
          } catch (IOException e) {
            outcomes.add(InputOutcome.rejected("-", SkipReason.UNREADABLE, Errors.message(e)));
          }
        });
        continue;
      }
      List<InputFiles.Input> found;
      try {
        found = InputFiles.inputs(List.of(Path.of(p)));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("no such file or directory: " + p);
      }
      for (InputFiles.Input in : found) {
        reads.add(() -> outcomes.addAll(InputFiles.read(in, limits)));
      }
    }
    for (Runnable r : reads) {
      r.run();
    }
    boolean single = outcomes.size() == 1;
    List<SourceDocument> docs = new ArrayList<>();
    int bad = 0;
    for (InputOutcome o : outcomes) {
      String name = IngestText.shortPath(o.source());
      if (!o.accepted()) {
        if (single) {
          throw new IllegalArgumentException(name + ": " + Errors.message(o.rejection()));
        }
        bad++;
        err.println("attest: skipped " + name + ": " + Errors.message(o.rejection()));
        continue;
      }
      IncomingDocument in = o.document();
      String id = "d" + (docs.size() + 1);
      // Options given on the command line win over what the input says about itself.
      docs.add(SourceDocument.of(id, in.text(), in.title(), outlet != null ? outlet : in.outlet(), in.url(),
          published != null ? published : in.published(), o.source()));
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable articles in " + String.join(" ", paths));
    }
    AttestPipeline pipeline = AttestPipeline.create();
    List<Ledger> ledgers = new ArrayList<>();
    List<SourceDocument> extracted = new ArrayList<>();
    for (SourceDocument d : docs) {
      try {
        ledgers.add(pipeline.extract(d));
        extracted.add(d);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        why = why.replaceAll("\\s+", " ");
        if (docs.size() == 1) {
          throw new IllegalStateException(IngestText.shortPath(d.info().path()) + ": extraction failed: "
              + (why.length() > 300 ? why.substring(0, 300) : why));
        }
        bad++;
        err.println("attest: failed " + IngestText.shortPath(d.info().path()) + ": extraction failed: "
            + (why.length() > 300 ? why.substring(0, 300) : why));
      }
    }
    if (ledgers.isEmpty()) {
      throw new IllegalStateException("no article could be extracted");
    }
    docs = extracted;
    Ledger ledger = ledgers.size() == 1 ? ledgers.get(0) : Ledgers.concat(ledgers);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.print(LedgerJson.write(ledger));
    } else {
      out.print(LedgerText.render(ledger, docs));
    }
    out.flush();
    return bad == 0 ? 0 : 2;
  }

}
