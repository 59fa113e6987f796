package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import org.attest.crossdoc.CorpusLedger;

/** The export formats Attest ships, registered in {@code META-INF/services/org.attest.export.ExportFormat}. */
public final class BuiltInExports {

  private BuiltInExports() {}

  public static final class Json implements ExportFormat {
    @Override
    public String cliName() {
      return "json";
    }

    @Override
    public String defaultFileName() {
      return "ledger.json";
    }

    @Override
    public String mediaType() {
      return "application/json";
    }

    @Override
    public void write(CorpusLedger corpus, OutputStream out) throws IOException {
      write(corpus, ExportOptions.NONE, out);
    }

    @Override
    public void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
      JsonExport.write(corpus, options, out);
    }
  }

  public static final class Csv implements ExportFormat {
    @Override
    public String cliName() {
      return "csv";
    }

    @Override
    public String defaultFileName() {
      return "ledger-csv.zip";
    }

    @Override
    public String mediaType() {
      return "application/zip";
    }

    @Override
    public boolean binary() {
      return true;
    }

    @Override
    public void write(CorpusLedger corpus, OutputStream out) throws IOException {
      write(corpus, ExportOptions.NONE, out);
    }

    @Override
    public void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
      CsvExport.writeZip(corpus, options, out);
    }
  }

  public static final class TimelineJs implements ExportFormat {
    @Override
    public String cliName() {
      return "timelinejs";
    }

    @Override
    public String defaultFileName() {
      return "timeline.json";
    }

    @Override
    public String mediaType() {
      return "application/json";
    }

    @Override
    public void write(CorpusLedger corpus, OutputStream out) throws IOException {
      TimelineJsExport.write(corpus, out);
    }
  }

  public static final class ClaimReview implements ExportFormat {
    @Override
    public String cliName() {
      return "claimreview";
    }

    @Override
    public String defaultFileName() {
      return "claimreview.jsonld";
    }

    @Override
    public String mediaType() {
      return "application/ld+json";
    }

    @Override
    public void write(CorpusLedger corpus, OutputStream out) throws IOException {
      write(corpus, ExportOptions.NONE, out);
    }

    @Override
    public void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
      ClaimReviewExport.write(corpus, options, out);
    }
  }

  public static final class Gexf implements ExportFormat {
    @Override
    public String cliName() {
      return "gexf";
    }

    @Override
    public String defaultFileName() {
      return "ledger.gexf";
    }

    @Override
    public String mediaType() {
      return "application/gexf+xml";
    }

    @Override
    public void write(CorpusLedger corpus, OutputStream out) throws IOException {
      GexfExport.write(corpus, out);
    }
  }
}
