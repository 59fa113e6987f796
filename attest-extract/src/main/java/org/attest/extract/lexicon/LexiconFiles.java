package org.attest.extract.lexicon;

import org.attest.model.DocumentText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one lexicon bundle, read from the classpath under a directory. Remembers the hash
 * of every file it read, so the bundle's {@link #hash()} names exactly the word lists in use.
 * Lines are UTF-8; blank lines and lines starting with {@code #} are comments.
 */
public final class LexiconFiles {

  private final ClassLoader loader;
  private final String dir;
  private final Map<String, String> hashes = new TreeMap<>();

  /** Files under {@code dir} (a classpath directory, e.g. {@code org/attest/extract/lexicon}). */
  public LexiconFiles(ClassLoader loader, String dir) {
    this.loader = loader;
    this.dir = dir.endsWith("/") ? dir : dir + "/";
  }

  public String dir() {
    return dir;
  }

  /** True when the bundle has this file. */
  public boolean exists(String name) {
    return loader.getResource(dir + name) != null;
  }

  /** The file's content lines, stripped, without blanks and comments. Fails when the file is missing. */
  public List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String l : rawLines(name)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l.strip());
      }
    }
    return out;
  }

  /**
   * Every line of a file in a format of its own (the PETRARCH2 dictionaries, where {@code #} and
   * blank lines mean something): unstripped, nothing dropped. Hashed like {@link #lines}.
   */
  public synchronized List<String> rawLines(String name) {
    byte[] bytes = read(name);
    hashes.put(name, DocumentText.sha256(bytes));
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      for (String l; (l = r.readLine()) != null; ) {
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The files read so far with the SHA-256 of each, by name. */
  public synchronized Map<String, String> read() {
    return Map.copyOf(hashes);
  }

  /** One hash over every file read so far (names and contents), 16 hex digits. */
  public synchronized String hash() {
    StringBuilder sb = new StringBuilder();
    hashes.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return DocumentText.sha256(sb.toString()).substring(0, 16);
  }

  private byte[] read(String name) {
    try (InputStream in = loader.getResourceAsStream(dir + name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon file " + dir + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
