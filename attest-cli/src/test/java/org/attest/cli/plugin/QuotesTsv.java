package org.attest.cli.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.attest.crossdoc.CorpusLedger;
import org.attest.export.ExportFormat;
import org.attest.model.DocumentInfo;
import org.attest.model.Quote;

/** A toy export format registered from the test classpath only: one line per quote. */
public final class QuotesTsv implements ExportFormat {

  @Override
  public String cliName() {
    return "quotes-tsv";
  }

  @Override
  public String defaultFileName() {
    return "quotes.tsv";
  }

  @Override
  public String mediaType() {
    return "text/tab-separated-values";
  }

  @Override
  public void write(CorpusLedger corpus, OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder("title\textractor\tbegin\tend\ttext\n");
    for (Quote q : corpus.ledger().quotes()) {
      String title = corpus.ledger().documents().stream().filter(d -> d.id().equals(q.doc())).map(DocumentInfo::title)
          .findFirst().orElse("");
      sb.append(title).append('\t').append(q.extractor().name()).append('\t').append(q.begin()).append('\t')
          .append(q.end()).append('\t').append(q.text()).append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
