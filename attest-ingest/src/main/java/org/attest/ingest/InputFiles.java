package org.attest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns paths into documents: walks directories (in name order, skipping hidden files, sidecars and
 * README/LICENSE files), tells the
 * format by extension or, failing that, by content, and reads each file with its reader (the
 * registered {@link InputFormat}s). Every
 * input gets an outcome, a document or a reason it was refused; nothing here throws for bad input.
 */
public final class InputFiles {

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private InputFiles() {}

  /**
   * A file to read and the folder being ingested that it belongs to: the directory named on the
   * command line, or the (real) directory of a file named there. Whatever the file links to
   * locally must lie inside {@code root}.
   */
  public record Input(Path file, Path root) {

    /** A file named on its own: its root is its real parent directory. */
    public static Input of(Path file) {
      Path abs = file.toAbsolutePath().normalize();
      Path dir;
      try {
        dir = abs.toRealPath().getParent();
      } catch (IOException | RuntimeException e) {
        dir = abs.getParent();
      }
      return new Input(abs, dir);
    }
  }

  /** The files to read under the given paths, sorted, as absolute normalized paths. */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Input i : inputs(paths)) {
      files.add(i.file());
    }
    return files;
  }

  /**
   * The inputs under the given paths: each file named, and every entry of each directory named
   * (recursively, in name order, without hidden files and {@linkplain #furniture furniture}). A
   * directory's symbolic links, FIFOs and unreadable entries are listed too, so that each gets an
   * outcome from {@link #read(Input, IngestLimits)}; symbolic links to directories are not
   * descended into. A path that does not exist is an error, before anything is read.
   */
  public static List<Input> inputs(List<Path> paths) throws IOException {
    List<Path> absolute = new ArrayList<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
      absolute.add(abs);
    }
    List<Input> out = new ArrayList<>();
    for (Path abs : absolute) {
      if (Files.isDirectory(abs)) {
        // a directory named on the command line is read even through a symbolic link
        Path root = abs.toRealPath();
        Path start = Files.isSymbolicLink(abs) ? root : abs;
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && hidden(start.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (!hidden(start.relativize(f)) && !furniture(f)) {
              found.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            found.add(f); // read() says why it cannot be read
            return FileVisitResult.CONTINUE;
          }
        });
        found.sort(null);
        for (Path f : found) {
          out.add(new Input(f, root));
        }
      } else {
        out.add(Input.of(abs));
      }
    }
    return out;
  }

  /**
   * Files in a directory that describe articles rather than being one: {@code NAME.meta.json}
   * sidecars (read with their article, see {@link SidecarMetadata}) and a folder's README or
   * LICENSE. Named on the command line they are read like any file.
   */
  private static boolean furniture(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".meta.json") || name.startsWith("readme") || name.startsWith("license") || name.startsWith("copying");
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file named on its own (its folder is its root). */
  public static List<InputOutcome> read(Path file, IngestLimits limits) {
    return read(Input.of(file), limits);
  }

  /** Reads one file: one outcome for a page or text file, one per item or record for a container. */
  public static List<InputOutcome> read(Input input, IngestLimits limits) {
    Path file = input.file();
    String source = file.toString();
    try {
      Path real = file;
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isSymbolicLink()) {
        String target = String.valueOf(Files.readSymbolicLink(file));
        try {
          real = file.toRealPath();
        } catch (IOException e) {
          return List.of(InputOutcome.rejected(source, SkipReason.NOT_A_FILE, "a dangling symbolic link (to " + target + ")"));
        }
        if (!inside(real, input.root())) {
          return List.of(InputOutcome.rejected(source, SkipReason.OUTSIDE_INPUT,
              "a symbolic link to a file outside the input folder (" + target + "); not read"));
        }
        if (!limits.followLocalLinks()) {
          return List.of(InputOutcome.rejected(source, SkipReason.NOT_A_FILE, "a symbolic link; links are not followed here"));
        }
        attrs = Files.readAttributes(real, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
          return List.of(InputOutcome.rejected(source, SkipReason.NOT_A_FILE,
              "a symbolic link to a directory (" + target + "); links to directories are not followed"));
        }
      }
      if (!attrs.isRegularFile()) {
        return List.of(InputOutcome.rejected(source, SkipReason.NOT_A_FILE,
            attrs.isDirectory() ? "a directory" : "a FIFO, socket or device"));
      }
      String ext = extension(file);
      List<InputFormat> formats = formats();
      InputFormat byExtension = null;
      for (InputFormat f : formats) {
        if (f.extensions().contains(ext)) {
          byExtension = f;
          break;
        }
      }
      if (byExtension != null && byExtension.streaming()) {
        return byExtension.read(new Input(real, input.root()), source, null, limits);
      }
      long size = attrs.size();
      boolean container = byExtension != null && byExtension.container();
      long limit = container ? limits.maxContainerBytes() : limits.maxDocumentBytes();
      if (size > limit) {
        return List.of(InputOutcome.rejected(source, SkipReason.TOO_LARGE, size + " bytes > limit " + limit));
      }
      byte[] bytes = unicode(readBounded(real, limit));
      if (bytes.length == 0) {
        return List.of(InputOutcome.rejected(source, SkipReason.EMPTY, null));
      }
      if (PlainText.looksBinary(bytes)) {
        return List.of(InputOutcome.rejected(source, SkipReason.BINARY, null));
      }
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      // The first format that claims the extension or, unless the extension is final, the content.
      boolean sniff = byExtension == null || !byExtension.extensionIsFinal();
      for (InputFormat f : formats) {
        if (f.extensions().contains(ext) || sniff && f.sniff(head)) {
          return f.read(input, source, bytes, limits);
        }
      }
      return List.of(InputOutcome.rejected(source, SkipReason.UNSUPPORTED,
          "'" + file.getFileName() + "': use " + knownExtensions(formats)));
    } catch (InputRejectedException e) {
      return List.of(InputOutcome.rejected(source, e));
    } catch (IOException | RuntimeException e) {
      return List.of(InputOutcome.rejected(source, SkipReason.UNREADABLE, oneLine(e)));
    }
  }

  /** The registered input formats, in the order they are tried (priority, then name). */
  public static List<InputFormat> formats() {
    List<InputFormat> out = new ArrayList<>();
    ServiceLoader.load(InputFormat.class, InputFormat.class.getClassLoader()).forEach(out::add);
    out.sort(Comparator.comparingInt(InputFormat::priority).thenComparing(InputFormat::name));
    return out;
  }

  private static String knownExtensions(List<InputFormat> formats) {
    List<String> each = new ArrayList<>();
    for (InputFormat f : formats) {
      List<String> exts = f.extensions().stream().filter(e -> !e.isEmpty()).sorted().map(e -> "." + e).toList();
      if (!exts.isEmpty()) {
        each.add(String.join("/", exts));
      }
    }
    return String.join(", ", each);
  }

  /** Whether a real path lies inside a root directory (a null root admits nothing). */
  static boolean inside(Path real, Path root) {
    return root != null && real.startsWith(root);
  }

  /**
   * At most {@code max} bytes of a file, read as a stream: a file that grew since its size was
   * checked, or that reports no size (a special file), is refused rather than read whole.
   */
  static byte[] readBounded(Path file, long max) throws IOException, InputRejectedException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new InputRejectedException(SkipReason.TOO_LARGE, "more than " + max + " bytes");
      }
      return bytes;
    }
  }

  /**
   * Bytes with a byte-order mark as UTF-8 without one: a UTF-8 BOM is dropped, UTF-16 with a BOM
   * is decoded (strictly) and re-encoded; other bytes are returned as they are.
   */
  static byte[] unicode(byte[] bytes) throws InputRejectedException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    if (bytes.length >= 2 && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE))) {
      try {
        String s = strict(StandardCharsets.UTF_16, bytes);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
          s = s.substring(1);
        }
        return s.getBytes(StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new InputRejectedException(SkipReason.ENCODING, "UTF-16 with a byte-order mark, but not valid UTF-16");
      }
    }
    return bytes;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private static boolean isText(String ext) {
    return ext.equals("txt") || ext.equals("text") || ext.isEmpty();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * HTML bytes as text: UTF-8 when they are valid UTF-8, else the charset the page declares; a page
   * that is neither is refused rather than read as mojibake.
   */
  static String decodeHtml(byte[] bytes, IngestLimits limits) throws InputRejectedException {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new InputRejectedException(SkipReason.TOO_LARGE, bytes.length + " bytes");
    }
    bytes = unicode(bytes);
    if (PlainText.looksBinary(bytes)) {
      throw new InputRejectedException(SkipReason.BINARY, null);
    }
    try {
      return strict(StandardCharsets.UTF_8, bytes);
    } catch (CharacterCodingException notUtf8) {
      Matcher m = DECLARED_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1));
          if (!cs.equals(StandardCharsets.UTF_8)) {
            return strict(cs, bytes);
          }
        } catch (IllegalArgumentException | CharacterCodingException e) {
          // fall through to the refusal
        }
      }
      throw new InputRejectedException(SkipReason.ENCODING, "neither UTF-8 nor its declared charset");
    }
  }

  private static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
