package org.attest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.LedgerJson;

/**
 * JSON Lines: one object {@code {"text", "title", "url", "outlet", "published"}} per line, read as a
 * stream (the file may be large). A bad line is refused on its own; the others still count. A line
 * longer than the document limit is never held in memory: it is refused as too large and the
 * reader skips to the next newline.
 */
public final class JsonLinesFile {

  private JsonLinesFile() {}

  public static List<InputOutcome> read(Path file, IngestLimits limits) {
    return read(file, file.toString(), limits);
  }

  /** Reads {@code file}, naming its records after {@code source} ({@code SOURCE#line=N}). */
  public static List<InputOutcome> read(Path file, String source, IngestLimits limits) {
    List<InputOutcome> out = new ArrayList<>();
    // JSON escapes may make a record's line up to 6 times its text; allow a little over the limit
    long maxLine = Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentBytes() * 2 + 4096);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[64 * 1024];
      Line line = new Line(maxLine);
      int n = 0;
      int r;
      while ((r = in.read(buf)) >= 0) {
        int from = 0;
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            line.append(buf, from, i - from);
            handle(out, source + "#line=" + (++n), line, n == 1, limits);
            line.reset();
            from = i + 1;
          }
        }
        line.append(buf, from, r - from);
      }
      if (line.length > 0) {
        handle(out, source + "#line=" + (++n), line, n == 1, limits);
      }
    } catch (IOException e) {
      out.add(InputOutcome.rejected(source, SkipReason.UNREADABLE, e.getMessage()));
    }
    if (out.isEmpty()) {
      out.add(InputOutcome.rejected(source, SkipReason.EMPTY, "no records"));
    }
    return out;
  }

  /** The line being read: its bytes while it is within the limit, and its length. */
  private static final class Line {
    final long max;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long length;

    Line(long max) {
      this.max = max;
    }

    void append(byte[] b, int from, int len) {
      length += len;
      if (length <= max) {
        bytes.write(b, from, len);
      } else if (bytes.size() > 0) {
        bytes.reset(); // too long: keep counting, stop keeping
      }
    }

    void reset() {
      bytes.reset();
      length = 0;
    }
  }

  private static void handle(List<InputOutcome> out, String source, Line l, boolean first, IngestLimits limits) {
    if (l.length > l.max) {
      out.add(InputOutcome.rejected(source, SkipReason.TOO_LARGE, "a line of " + l.length + " bytes"));
      return;
    }
    byte[] b = l.bytes.toByteArray();
    int from = first && b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, b.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      out.add(InputOutcome.rejected(source, SkipReason.ENCODING, "convert it to UTF-8 first"));
      return;
    }
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isBlank()) {
      return;
    }
    if (line.indexOf('\u0000') >= 0) {
      out.add(InputOutcome.rejected(source, SkipReason.BINARY, "NUL bytes in the line"));
      return;
    }
    try {
      out.add(InputOutcome.of(record(source, line, limits)));
    } catch (InputRejectedException e) {
      out.add(InputOutcome.rejected(source, e));
    }
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
