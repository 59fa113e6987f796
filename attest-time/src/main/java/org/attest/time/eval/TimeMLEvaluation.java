package org.attest.time.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.time.timeml.TimeMLDocument;
import org.attest.time.timeml.TimeMLException;
import org.attest.time.timeml.TimeMLReader;
import org.attest.time.timeml.TimeMLTimex;

/**
 * Scores a directory of system TimeML files against a directory of gold ones, file by file (same
 * path relative to the directory, subfolders included). A gold file whose system file is missing counts as no output; a file that cannot be read,
 * or whose text differs from the gold text, is skipped with its reason.
 */
public final class TimeMLEvaluation {

  /** The scores and the files that were skipped, with why. */
  public record Result(TimexScorer scorer, List<String> skipped) {}

  private TimeMLEvaluation() {}

  public static Result run(Path goldDir, Path systemDir) throws IOException {
    requireDir(goldDir, "gold");
    requireDir(systemDir, "system");
    List<Path> goldFiles = org.attest.time.timeml.TimeMLDirectory.list(goldDir);
    if (goldFiles.isEmpty()) {
      throw new IOException("no .tml files in gold directory " + goldDir);
    }
    TimexScorer scorer = new TimexScorer();
    List<String> skipped = new ArrayList<>();
    for (Path rel : goldFiles) {
      Path g = goldDir.resolve(rel);
      String name = rel.toString().replace('\\', '/');
      TimeMLDocument gold;
      try {
        gold = TimeMLReader.read(g);
      } catch (TimeMLException e) {
        skipped.add("gold " + e.getMessage());
        continue;
      }
      Path sf = systemDir.resolve(rel.toString());
      List<TimexScorer.Annotation> sys = List.of();
      if (!Files.isRegularFile(sf)) {
        skipped.add("system " + name + ": missing (scored as no output)");
      } else {
        try {
          TimeMLDocument system = TimeMLReader.read(sf);
          if (!system.text().equals(gold.text())) {
            skipped.add("system " + name + ": TEXT differs from the gold file's text");
            continue;
          }
          sys = withoutCreationTime(annotations(system), gold);
        } catch (TimeMLException e) {
          skipped.add("system " + e.getMessage());
          continue;
        }
      }
      scorer.add(name, annotations(gold), sys);
    }
    return new Result(scorer, skipped);
  }

  /** The TIMEX3 elements of TEXT other than the creation time. */
  public static List<TimexScorer.Annotation> annotations(TimeMLDocument doc) {
    List<TimexScorer.Annotation> out = new ArrayList<>();
    for (TimeMLTimex t : doc.timexes()) {
      if (!t.isCreationTime()) {
        out.add(new TimexScorer.Annotation(t.begin(), t.end(), doc.text().substring(t.begin(), t.end()), t.type(), t.value()));
      }
    }
    return out;
  }

  /**
   * System timexes minus any that overlap the gold creation-time timex where a corpus (MEANTIME)
   * marks the date line inside TEXT as the creation time: both sides leave the DCT out.
   */
  static List<TimexScorer.Annotation> withoutCreationTime(List<TimexScorer.Annotation> system, TimeMLDocument gold) {
    List<TimeMLTimex> dcts = gold.timexes().stream().filter(TimeMLTimex::isCreationTime).toList();
    if (dcts.isEmpty()) {
      return system;
    }
    return system.stream()
        .filter(a -> dcts.stream().noneMatch(d -> a.begin() < d.end() && d.begin() < a.end()))
        .toList();
  }

  private static void requireDir(Path dir, String what) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, what + " directory does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir + " (" + what + ")");
    }
  }
}
