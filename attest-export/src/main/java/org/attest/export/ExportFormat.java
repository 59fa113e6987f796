package org.attest.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, by the names the command line uses. */
public enum ExportFormat {
  /** The {@code attest-ledger/1} contract, plus clusters, corroboration and entity merges. */
  JSON("json", "ledger.json"),
  /** A ZIP of RFC 4180 CSV tables: documents, entities, events, attributions, findings. */
  CSV("csv", "ledger-csv.zip"),
  /** TimelineJS3 JSON: one slide per dated real-world event. */
  TIMELINEJS("timelinejs", "timeline.json"),
  /** schema.org ClaimReview JSON-LD, one review per finding. */
  CLAIMREVIEW("claimreview", "claimreview.jsonld"),
  /** GEXF 1.3 graph: source → claim (attribution) → event. */
  GEXF("gexf", "ledger.gexf");

  private final String cliName;
  private final String defaultFileName;

  ExportFormat(String cliName, String defaultFileName) {
    this.cliName = cliName;
    this.defaultFileName = defaultFileName;
  }

  public String cliName() {
    return cliName;
  }

  /** A file name to use when the user gives a directory. */
  public String defaultFileName() {
    return defaultFileName;
  }

  /** True for formats whose output is binary (a ZIP) and must not go to a terminal. */
  public boolean binary() {
    return this == CSV;
  }

  public static ExportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.cliName.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; one of: "
        + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
  }
}
