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
import java.util.stream.Stream;
import org.attest.extract.AttestPipeline;
import org.attest.ingest.InputRejectedException;
import org.attest.ingest.PlainText;
import org.attest.ingest.SidecarMetadata;
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
      "PATH is a .txt file, a directory (every .txt under it), or - for standard input.",
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
    List<Input> inputs = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.walk(path)) {
          s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
              .sorted()
              .forEach(f -> inputs.add(new Input(f.toString(), f)));
        }
      } else if (Files.exists(path)) {
        inputs.add(new Input(p, path));
      } else {
        throw new IllegalArgumentException("no such file or directory: " + p);
      }
    }
    boolean single = inputs.size() == 1;
    List<SourceDocument> docs = new ArrayList<>();
    int bad = 0;
    for (Input in : inputs) {
      try {
        String text = in.path == null ? PlainText.read(System.in, maxBytes) : PlainText.read(in.path, maxBytes);
        SidecarMetadata meta = in.path == null ? SidecarMetadata.NONE : SidecarMetadata.read(in.path);
        String id = "d" + (docs.size() + 1);
        // Options given on the command line win over the article's sidecar metadata.
        docs.add(SourceDocument.of(id, text, meta.title(), outlet != null ? outlet : meta.outlet(), meta.url(),
            published != null ? published : meta.published(), in.name));
      } catch (InputRejectedException | IOException e) {
        if (single) {
          throw new IllegalArgumentException(in.name + ": " + Errors.message(e));
        }
        bad++;
        err.println("attest: skipped " + in.name + ": " + Errors.message(e));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable .txt articles in " + String.join(" ", paths));
    }
    AttestPipeline pipeline = AttestPipeline.create();
    List<Ledger> ledgers = new ArrayList<>();
    for (SourceDocument d : docs) {
      ledgers.add(pipeline.extract(d));
    }
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

  private record Input(String name, Path path) {}
}
