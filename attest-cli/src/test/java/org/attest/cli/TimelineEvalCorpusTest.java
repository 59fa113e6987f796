package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attest.model.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code attest eval timeline --score} on the first documents of SemEval-2015 TimeLine corpus 1. */
@Tag("corpus")
class TimelineEvalCorpusTest {

  @Test
  void writesATimelinePerTargetInTheTaskFormatAndTheScorerAcceptsThem(@TempDir Path out) throws IOException {
    Path shared = SharedData.locate().orElse(null);
    Path corpus = shared == null ? null : shared.resolve("data/timeline/SemEval_Task4_data/corpus_1");
    if (corpus == null || !Files.isDirectory(corpus)) {
      if (SharedData.required()) {
        throw new AssertionError(SharedData.missingMessage("SemEval-2015 TimeLine corpus_1"));
      }
      Assumptions.abort(SharedData.missingMessage("SemEval-2015 TimeLine corpus_1"));
    }
    if (!python3Available()) {
      if (SharedData.required()) {
        throw new AssertionError("python3 is needed to run the TimeLine scorer");
      }
      Assumptions.abort("python3 not found: the TimeLine scorer cannot run");
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cl = new CommandLine(new TimelineEvalCommand());
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    int rc = cl.execute(corpus.toString(), "--out", out.toString(), "--limit", "3", "--score");
    assertThat(rc).as(stdout + "\n" + stderr).isZero();
    List<String> targets = Files.readAllLines(corpus.resolve("list_target_entities_corpus_1.txt")).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.count()).isEqualTo(targets.size());
    }
    for (String t : targets) {
      List<String> lines = Files.readAllLines(out.resolve(TimelineCorpus.fileName(t)));
      assertThat(lines.get(0)).isEqualTo(t);
      for (String line : lines.subList(1, lines.size())) {
        assertThat(line).matches("\\d+\t(\\d{4}|XXXX)-(\\d{2}|XX)-(\\d{2}|XX)(\t\\d+-\\d+-\\S+)+");
      }
    }
    assertThat(stdout.toString()).contains("MICRO-F1").contains("wrote " + targets.size() + " timelines");
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
