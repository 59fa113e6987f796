package org.attest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.model.DocumentText;

/**
 * Reads plain-text articles: strict UTF-8, refusing binary, empty and oversized input with a
 * reason instead of producing garbage offsets.
 */
public final class PlainText {

  /** Default limit: far above any news article, low enough to refuse a stray dump. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private PlainText() {}

  public static String read(Path file, long maxBytes) throws IOException, InputRejectedException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new InputRejectedException(SkipReason.TOO_LARGE, size + " bytes > limit " + maxBytes);
    }
    return decode(InputFiles.readBounded(file, maxBytes), maxBytes);
  }

  public static String read(InputStream in, long maxBytes) throws IOException, InputRejectedException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    return decode(bytes, maxBytes);
  }

  /** Decodes and normalizes (see {@link DocumentText#normalize}); rejects what is not text. */
  public static String decode(byte[] bytes, long maxBytes) throws InputRejectedException {
    if (bytes.length > maxBytes) {
      throw new InputRejectedException(SkipReason.TOO_LARGE, "more than " + maxBytes + " bytes");
    }
    bytes = InputFiles.unicode(bytes);
    if (looksBinary(bytes)) {
      throw new InputRejectedException(SkipReason.BINARY, null);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(SkipReason.ENCODING, "convert it to UTF-8 first");
    }
    text = DocumentText.normalize(text);
    if (text.isBlank()) {
      throw new InputRejectedException(SkipReason.EMPTY, null);
    }
    return text;
  }

  /**
   * A NUL byte anywhere, or many control characters in the first 8 KiB, mean binary data (text
   * never holds NUL, and a NUL deep in a file would break the store's text columns).
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      return true;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
