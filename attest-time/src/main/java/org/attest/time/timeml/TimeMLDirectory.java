package org.attest.time.timeml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Tags every {@code .tml} file of a directory into another; unreadable files are skipped with their reason. */
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
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .tml files in " + in);
    }
    Files.createDirectories(out);
    int written = 0;
    long timexes = 0;
    List<String> skipped = new ArrayList<>();
    for (Path f : files) {
      try {
        TimeMLDocument doc = TimeMLReader.read(f);
        var tags = annotator.tag(doc);
        Files.writeString(out.resolve(f.getFileName().toString()), TimeMLWriter.write(doc, tags), StandardCharsets.UTF_8);
        written++;
        timexes += tags.size();
      } catch (TimeMLException e) {
        skipped.add(e.getMessage());
      }
    }
    return new Summary(written, timexes, skipped);
  }
}
