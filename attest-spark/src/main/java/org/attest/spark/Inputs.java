package org.attest.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.attest.ingest.LanguageCheck;
import org.attest.ingest.IncomingDocument;
import org.attest.ingest.IngestLimits;
import org.attest.ingest.InputFiles;
import org.attest.ingest.InputOutcome;
import org.attest.ingest.InputRejectedException;
import org.attest.ingest.PlainText;
import org.attest.model.DocumentText;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;

/**
 * Listing and reading the job's inputs with the project's own readers ({@link InputFiles}), so a
 * file gives the same documents, sources and refusals as {@code attest ingest}. A local path (or
 * {@code file:} URI) is read in place; any other Hadoop path ({@code hdfs://}, {@code s3a://} …) is
 * copied with its {@code NAME.meta.json} sidecar into a task-local folder, read there, and its
 * sources renamed back to the Hadoop path (an RSS item's linked local page is then not available:
 * items are read from their embedded text).
 */
final class Inputs {

  private Inputs() {}

  /** The ingest command's limits. */
  static final IngestLimits LIMITS = IngestLimits.ofDocumentBytes(PlainText.DEFAULT_MAX_BYTES);

  /** One file to read, numbered in ingest order; {@code root} confines what it may link to (local files). */
  record FileTask(int file, String path, String root) implements Serializable {}

  /**
   * One input read from a file: accepted (with its text and hash) or refused with a reason, as
   * {@code Ingester} would record it.
   */
  record Input(int file, int index, String source, String reason, String detail, String sha, String text, String title,
      String outlet, String author, String url, String published) implements Serializable {

    boolean accepted() {
      return reason == null;
    }
  }

  static boolean isLocal(String path) {
    URI u = uriOf(path);
    return u == null || u.getScheme() == null || u.getScheme().equals("file");
  }

  private static URI uriOf(String path) {
    try {
      return path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? new URI(path) : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static Path localPath(String path) {
    URI u = uriOf(path);
    return u != null && "file".equals(u.getScheme()) ? Path.of(u) : Path.of(path);
  }

  /** The files under {@code input} in the order {@code attest ingest} reads them: {path, root} pairs. */
  static List<String[]> list(String input, Configuration hadoop) throws IOException {
    List<String[]> out = new ArrayList<>();
    if (isLocal(input)) {
      for (InputFiles.Input p : InputFiles.inputs(List.of(localPath(input)))) {
        out.add(new String[] {p.file().toString(), p.root() == null ? null : p.root().toString()});
      }
      return out;
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = root.getFileSystem(hadoop);
    if (!fs.getFileStatus(root).isDirectory()) {
      return List.<String[]>of(new String[] {root.toString(), null});
    }
    String prefix = fs.makeQualified(root).toString();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      String p = s.getPath().toString();
      String rel = p.startsWith(prefix) ? p.substring(prefix.length()) : s.getPath().getName();
      if (s.isFile() && !hidden(rel) && !furniture(s.getPath().getName())) {
        out.add(new String[] {p, null});
      }
    }
    out.sort(java.util.Comparator.comparing((String[] a) -> a[0]));
    return out;
  }

  /** As {@code InputFiles.expand}: hidden files and folders are not read. */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** As {@code InputFiles.expand}: sidecars, README and LICENSE files describe articles. */
  private static boolean furniture(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".meta.json") || name.startsWith("readme") || name.startsWith("license") || name.startsWith("copying");
  }

  /** Reads one file into its inputs, each checked as the ingester checks it. */
  static List<Input> read(FileTask task, Configuration hadoop) {
    List<InputOutcome> outcomes;
    String tmpPrefix = null;
    Path tmpDir = null;
    try {
      if (task.path().length() > LedgerStore.MAX_SOURCE_CHARS - 32) {
        // as Ingester.tooLong: the store cannot key such a path
        IngestResult r = tooLong(task.path());
        return List.of(new Input(task.file(), 0, r.source(), r.reason(), r.detail(), null, null, null, null, null, null, null));
      }
      if (isLocal(task.path())) {
        Path file = localPath(task.path());
        outcomes = InputFiles.read(task.root() == null ? InputFiles.Input.of(file)
            : new InputFiles.Input(file, Path.of(task.root())), LIMITS);
      } else {
        tmpDir = Files.createTempDirectory("attest-spark-");
        Path local = copy(task.path(), tmpDir, hadoop);
        tmpPrefix = local.toString();
        outcomes = InputFiles.read(InputFiles.Input.of(local), LIMITS);
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // as Ingester: a reader that breaks makes the file UNREADABLE, never the run fail
      return List.of(new Input(task.file(), 0, task.path(), "UNREADABLE",
          e instanceof IOException ? e.getMessage() : Extraction.oneLine(e), null, null, null, null, null, null, null));
    } finally {
      if (tmpDir != null) {
        deleteQuietly(tmpDir);
      }
    }
    List<Input> out = new ArrayList<>();
    int i = 0;
    for (InputOutcome o : outcomes) {
      String source = tmpPrefix == null ? o.source() : task.path() + o.source().substring(Math.min(tmpPrefix.length(), o.source().length()));
      if (!o.accepted()) {
        out.add(new Input(task.file(), i++, source, o.rejection().reason().name(), o.rejection().getMessage(), null, null,
            null, null, null, null, null));
        continue;
      }
      IncomingDocument d = o.document();
      try {
        LanguageCheck.defaults().require(d.text());
      } catch (InputRejectedException e) {
        out.add(new Input(task.file(), i++, source, e.reason().name(), e.getMessage(), null, null, null, null, null, null, null));
        continue;
      }
      out.add(new Input(task.file(), i++, source, null, null, DocumentText.sha256(d.text()), d.text(), d.title(), d.outlet(),
          d.author(), d.url(), d.published()));
    }
    return out;
  }

  /** As {@code Ingester.tooLong}. */
  static IngestResult tooLong(String source) {
    String key = source.substring(0, 3000) + "\u2026[" + source.length() + " characters, sha256 "
        + DocumentText.sha256(source).substring(0, 16) + "]";
    return new IngestResult(key, IngestStatus.SKIPPED, "PATH_TOO_LONG", "its path has " + source.length()
        + " characters; the store keeps paths of up to " + LedgerStore.MAX_SOURCE_CHARS + " (move or rename it)", null, null);
  }

  private static Path copy(String path, Path dir, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = src.getFileSystem(hadoop);
    Path local = dir.resolve(src.getName());
    try (InputStream in = fs.open(src)) {
      Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
    }
    String name = src.getName();
    int dot = name.lastIndexOf('.');
    org.apache.hadoop.fs.Path side = new org.apache.hadoop.fs.Path(src.getParent(),
        (dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
    if (fs.exists(side)) {
      try (InputStream in = fs.open(side)) {
        Files.copy(in, dir.resolve(side.getName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return local;
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a temp file left behind is harmless
        }
      });
    } catch (IOException e) {
      // same
    }
  }
}
