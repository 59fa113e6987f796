package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import org.attest.crossdoc.CorpusLedger;

/**
 * The export formats Attest ships, registered in {@code META-INF/services/org.attest.export.ExportFormat}:
 * one line each, name, file name, media type and writer (ServiceLoader needs a class per format).
 */
public final class BuiltInExports {

  private BuiltInExports() {}

  public static final class Json extends Declared {
    public Json() {
      super("json", "ledger.json", "application/json", false, JsonExport::write);
    }
  }

  public static final class Csv extends Declared {
    public Csv() {
      super("csv", "ledger-csv.zip", "application/zip", true, CsvExport::writeZip);
    }
  }

  public static final class TimelineJs extends Declared {
    public TimelineJs() {
      super("timelinejs", "timeline.json", "application/json", false, (corpus, options, out) -> TimelineJsExport.write(corpus, out));
    }
  }

  public static final class ClaimReview extends Declared {
    public ClaimReview() {
      super("claimreview", "claimreview.jsonld", "application/ld+json", false, ClaimReviewExport::write);
    }
  }

  public static final class Gexf extends Declared {
    public Gexf() {
      super("gexf", "ledger.gexf", "application/gexf+xml", false, (corpus, options, out) -> GexfExport.write(corpus, out));
    }
  }

  /** Writes a corpus with the store's extras (a format without use for them ignores them). */
  @FunctionalInterface
  interface Writer {
    void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException;
  }

  /** A format given by its four facts. */
  abstract static class Declared implements ExportFormat {
    private final String cliName;
    private final String defaultFileName;
    private final String mediaType;
    private final boolean binary;
    private final Writer writer;

    Declared(String cliName, String defaultFileName, String mediaType, boolean binary, Writer writer) {
      this.cliName = cliName;
      this.defaultFileName = defaultFileName;
      this.mediaType = mediaType;
      this.binary = binary;
      this.writer = writer;
    }

    @Override
    public final String cliName() {
      return cliName;
    }

    @Override
    public final String defaultFileName() {
      return defaultFileName;
    }

    @Override
    public final String mediaType() {
      return mediaType;
    }

    @Override
    public final boolean binary() {
      return binary;
    }

    @Override
    public final void write(CorpusLedger corpus, OutputStream out) throws IOException {
      writer.write(corpus, ExportOptions.NONE, out);
    }

    @Override
    public final void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
      writer.write(corpus, options, out);
    }
  }
}
