package org.attest.cli.plugin;

import java.nio.charset.StandardCharsets;
import org.attest.ingest.InputFiles;
import java.util.List;
import java.util.Set;
import org.attest.ingest.IncomingDocument;
import org.attest.ingest.IngestLimits;
import org.attest.ingest.InputFormat;
import org.attest.ingest.InputOutcome;
import org.attest.ingest.InputRejectedException;
import org.attest.ingest.SkipReason;

/**
 * A toy input format registered from the test classpath only: a {@code .memo} file is a
 * {@code Subject:} line, a {@code Date:} line, a blank line and the body.
 */
public final class MemoFormat implements InputFormat {

  @Override
  public String name() {
    return "memo";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("memo");
  }

  @Override
  public boolean extensionIsFinal() {
    return true;
  }

  @Override
  public List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
      throws InputRejectedException {
    String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\n\n", 2);
    String subject = null;
    String date = null;
    for (String line : parts[0].split("\n")) {
      if (line.startsWith("Subject: ")) {
        subject = line.substring(9);
      } else if (line.startsWith("Date: ")) {
        date = line.substring(6);
      }
    }
    if (parts.length < 2 || subject == null) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, "a memo needs a Subject: line and a body");
    }
    return List.of(InputOutcome.of(new IncomingDocument(source, parts[1], subject, "Memo desk", null, null, date)));
  }
}
