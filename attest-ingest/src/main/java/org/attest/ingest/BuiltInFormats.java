package org.attest.ingest;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The input formats Attest ships, registered in {@code META-INF/services/org.attest.ingest.InputFormat}:
 * one declaration each (name, priority, extensions, traits, how to recognize and read it).
 */
public final class BuiltInFormats {

  private BuiltInFormats() {}

  /** JSON Lines: one document per record, read as a stream. */
  public static final class JsonLines extends Declared {
    public JsonLines() {
      super("jsonl", 10, Set.of("jsonl", "ndjson"), EnumSet.of(Trait.FINAL_EXTENSION, Trait.STREAMING), null,
          (input, source, bytes, limits) -> JsonLinesFile.read(input.file(), source, limits));
    }
  }

  /** RSS and Atom feeds: one document per item. */
  public static final class Feed extends Declared {
    public Feed() {
      super("feed", 20, Set.of("rss", "atom", "xml"), EnumSet.of(Trait.CONTAINER), FeedFile::looksLikeFeed,
          (input, source, bytes, limits) -> FeedFile.read(input.file(), input.root(), bytes, limits));
    }
  }

  /** A web page: its main text. */
  public static final class Html extends Declared {
    public Html() {
      super("html", 30, Set.of("html", "htm", "xhtml"), EnumSet.noneOf(Trait.class),
          head -> head.toLowerCase(Locale.ROOT).matches("(?s)\\s*(<!doctype html|<html).*"),
          (input, source, bytes, limits) -> List.of(InputOutcome.of(HtmlArticle.parse(InputFiles.decodeHtml(bytes, limits), source,
              input.file().toUri().toString()))));
    }
  }

  /** Plain UTF-8 text, with its {@code NAME.meta.json} sidecar when there is one. */
  public static final class Text extends Declared {
    public Text() {
      super("text", 40, Set.of("txt", "text", ""), EnumSet.of(Trait.FINAL_EXTENSION), null, (input, source, bytes, limits) -> {
        SidecarMetadata meta = SidecarMetadata.read(input.file(), input.root(), limits);
        return List.of(InputOutcome.of(new IncomingDocument(source, PlainText.decode(bytes, limits.maxDocumentBytes()),
            meta.title(), meta.outlet(), null, meta.url(), meta.published())));
      });
    }
  }

  /** What {@link InputFormat} asks beyond name, extensions and priority. */
  enum Trait {
    /** {@link InputFormat#extensionIsFinal()}. */
    FINAL_EXTENSION,
    /** {@link InputFormat#container()}. */
    CONTAINER,
    /** {@link InputFormat#streaming()}. */
    STREAMING
  }

  /** Reads one file, as {@link InputFormat#read}. */
  @FunctionalInterface
  interface Reader {
    List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
        throws IOException, InputRejectedException;
  }

  /** A format given by its declaration. */
  abstract static class Declared implements InputFormat {
    private final String name;
    private final int priority;
    private final Set<String> extensions;
    private final Set<Trait> traits;
    private final Predicate<String> sniff;
    private final Reader reader;

    /** {@code sniff}: null when the format is known by its extension only. */
    Declared(String name, int priority, Set<String> extensions, EnumSet<Trait> traits, Predicate<String> sniff, Reader reader) {
      this.name = name;
      this.priority = priority;
      this.extensions = Set.copyOf(extensions);
      this.traits = Set.copyOf(traits);
      this.sniff = sniff;
      this.reader = reader;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final Set<String> extensions() {
      return extensions;
    }

    @Override
    public final int priority() {
      return priority;
    }

    @Override
    public final boolean extensionIsFinal() {
      return traits.contains(Trait.FINAL_EXTENSION);
    }

    @Override
    public final boolean container() {
      return traits.contains(Trait.CONTAINER);
    }

    @Override
    public final boolean streaming() {
      return traits.contains(Trait.STREAMING);
    }

    @Override
    public final boolean sniff(String head) {
      return sniff != null && sniff.test(head);
    }

    @Override
    public final List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
        throws IOException, InputRejectedException {
      return reader.read(input, source, bytes, limits);
    }
  }
}
