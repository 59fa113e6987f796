package org.attest.ingest;

import java.nio.file.Path;
import java.util.List;
import org.attest.store.IngestResult;

/** Hears how an ingest run goes, for progress display. Called on the ingesting thread. */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /** The run will read {@code files} files. */
  default void started(int files) {}

  /** One file is done ({@code done} of {@code total}), with the result of each input in it. */
  default void fileDone(int done, int total, Path file, List<RunResult> results) {}

  /** The corpus view is being recomputed (after the last file). */
  default void recomputingView() {}

  /**
   * The result of one input in this run. {@code unchanged} is true when the store already held
   * exactly this result for this input (re-ingest), so nothing was written.
   */
  record RunResult(IngestResult result, boolean unchanged) {}
}
