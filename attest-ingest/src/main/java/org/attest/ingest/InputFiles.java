package org.attest.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

  /** The files to read under the given paths, sorted, as absolute normalized paths. */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        try (Stream<Path> s = Files.walk(abs)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !hidden(abs.relativize(f)) && !furniture(f))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.exists(abs)) {
        files.add(abs);
      } else {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
    }
    return files;
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

  /** Reads one file: one outcome for a page or text file, one per item or record for a container. */
  public static List<InputOutcome> read(Path file, IngestLimits limits) {
    String source = file.toString();
    try {
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
        return byExtension.read(file, null, limits);
      }
      long size = Files.size(file);
      boolean container = byExtension != null && byExtension.container();
      long limit = container ? limits.maxContainerBytes() : limits.maxDocumentBytes();
      if (size > limit) {
        return List.of(InputOutcome.rejected(source, SkipReason.TOO_LARGE, size + " bytes > limit " + limit));
      }
      if (size == 0) {
        return List.of(InputOutcome.rejected(source, SkipReason.EMPTY, null));
      }
      byte[] bytes = Files.readAllBytes(file);
      if (PlainText.looksBinary(bytes)) {
        return List.of(InputOutcome.rejected(source, SkipReason.BINARY, null));
      }
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      // The first format that claims the extension or, unless the extension is final, the content.
      boolean sniff = byExtension == null || !byExtension.extensionIsFinal();
      for (InputFormat f : formats) {
        if (f.extensions().contains(ext) || sniff && f.sniff(head)) {
          return f.read(file, bytes, limits);
        }
      }
      return List.of(InputOutcome.rejected(source, SkipReason.UNSUPPORTED,
          "'" + file.getFileName() + "': use " + knownExtensions(formats)));
    } catch (InputRejectedException e) {
      return List.of(InputOutcome.rejected(source, e));
    } catch (IOException e) {
      return List.of(InputOutcome.rejected(source, SkipReason.UNREADABLE, e.getMessage()));
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
