package org.attest.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * An input format, found through {@link java.util.ServiceLoader}: every class named in a
 * {@code META-INF/services/org.attest.ingest.InputFormat} file on the classpath (the built-ins
 * are in {@link BuiltInFormats}). {@link InputFiles} picks the format of a file by its extension
 * or, where the extension says nothing final, by its first bytes; a new format is a new class and
 * a line in that file. Implementations are stateless, with a public no-arg constructor.
 */
public interface InputFormat {

  /** A short name for messages ("feed"). */
  String name();

  /** File extensions this format reads, lower case without the dot ("" for no extension). */
  Set<String> extensions();

  /** Formats are tried in ascending priority, then by name; the built-ins use 10–40. */
  default int priority() {
    return 100;
  }

  /**
   * True when a file with one of this format's extensions is never sniffed as another format
   * (a {@code .txt} holding HTML is still text).
   */
  default boolean extensionIsFinal() {
    return false;
  }

  /** True when this format recognizes the file by its first bytes (up to 2,048, read as ISO-8859-1). */
  default boolean sniff(String head) {
    return false;
  }

  /** True for containers of many documents (feeds): they get the container size limit. */
  default boolean container() {
    return false;
  }

  /**
   * True when the format reads the file itself, record by record, before any size or binary
   * check ({@link #read} then gets {@code bytes == null}).
   */
  default boolean streaming() {
    return false;
  }

  /**
   * Reads one file: one outcome per document (or per refused document). {@code input} is the file
   * and the folder being ingested (anything the file links to locally must lie inside its root;
   * see {@link InputFiles#inside}); {@code source} names the input in outcomes. {@code bytes} is
   * the whole file, already checked for size, emptiness and binary content, unless {@link #streaming()}.
   */
  List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
      throws IOException, InputRejectedException;
}
