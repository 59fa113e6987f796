package org.attest.time.timeml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tags every {@code .tml} file of a directory tree into another (subfolders such as TimeBank's
 * {@code TimeBank/} and {@code AQUAINT/} are kept); unreadable files are skipped with their reason.
 */
public final class TimeMLDirectory {

  /** What was done: files written, timexes tagged, files skipped (with reasons). */
  public record Summary(int written, long timexes, List<String> skipped) {}

  private TimeMLDirectory() {}

  public static Summary annotate(Path in, Path out, TimeMLAnnotator annotator) throws IOException {
    if (!Files.isDirectory(in)) {
      throw new IOException(Files.exists(in) ? in + " is not a directory" : "no such directory: " + in);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IOException(out + " exists and is not a directory");
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IOException("output directory must differ from the input directory");
    }
    Path outAbs = out.toAbsolutePath().normalize();
    List<Path> files = list(in).stream()
        .filter(f -> !in.resolve(f).toAbsolutePath().normalize().startsWith(outAbs))
        .toList();
    if (files.isEmpty()) {
      throw new IOException("no .tml files in " + in);
    }
    Files.createDirectories(out);
    int written = 0;
    long timexes = 0;
    List<String> skipped = new ArrayList<>();
    for (Path f : files) {
      try {
        TimeMLDocument doc = TimeMLReader.read(in.resolve(f));
        var tags = annotator.tag(doc);
        Path target = out.resolve(f.toString());
        Files.createDirectories(target.getParent());
        Files.writeString(target, TimeMLWriter.write(doc, tags), StandardCharsets.UTF_8);
        written++;
        timexes += tags.size();
      } catch (TimeMLException e) {
        skipped.add(e.getMessage());
      }
    }
    return new Summary(written, timexes, skipped);
  }

  /**
   * The {@code .tml} files under {@code dir}, at any depth, as paths relative to it, in a fixed
   * order (by their relative path, "/"-separated).
   */
  public static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml"))
          .map(dir::relativize)
          .sorted(java.util.Comparator.comparing(p -> p.toString().replace('\\', '/')))
          .toList();
    }
  }
}
