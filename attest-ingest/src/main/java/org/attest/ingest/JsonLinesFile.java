package org.attest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.LedgerJson;

/**
 * JSON Lines: one object {@code {"text", "title", "url", "outlet", "published"}} per line, read as a
 * stream (the file may be large). A bad line is refused on its own; the others still count.
 */
public final class JsonLinesFile {

  private JsonLinesFile() {}

  public static List<InputOutcome> read(Path file, IngestLimits limits) {
    List<InputOutcome> out = new ArrayList<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String source = file + "#line=" + n;
        try {
          out.add(InputOutcome.of(record(source, line, limits)));
        } catch (InputRejectedException e) {
          out.add(InputOutcome.rejected(source, e));
        }
      }
    } catch (MalformedInputException e) {
      out.add(InputOutcome.rejected(file.toString(), SkipReason.ENCODING, "convert it to UTF-8 first"));
    } catch (IOException e) {
      out.add(InputOutcome.rejected(file.toString(), SkipReason.UNREADABLE, e.getMessage()));
    }
    if (out.isEmpty()) {
      out.add(InputOutcome.rejected(file.toString(), SkipReason.EMPTY, "no records"));
    }
    return out;
  }

  private static IncomingDocument record(String source, String line, IngestLimits limits) throws InputRejectedException {
    if (line.length() > limits.maxDocumentChars()) {
      throw new InputRejectedException(SkipReason.TOO_LARGE, line.length() + " characters");
    }
    JsonNode n;
    try {
      n = LedgerJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, "not a JSON object");
    }
    if (n == null || !n.isObject()) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, "not a JSON object");
    }
    String text = str(n, "text");
    if (text == null || text.isBlank()) {
      throw new InputRejectedException(SkipReason.EMPTY, "no \"text\"");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new InputRejectedException(SkipReason.BINARY, "NUL characters in \"text\"");
    }
    return new IncomingDocument(source, text, str(n, "title"), str(n, "outlet"), str(n, "author"), str(n, "url"),
        PublicationDate.normalize(str(n, "published")));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
