package org.attest.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The input formats Attest ships, registered in {@code META-INF/services/org.attest.ingest.InputFormat}. */
public final class BuiltInFormats {

  private BuiltInFormats() {}

  /** JSON Lines: one document per record, read as a stream. */
  public static final class JsonLines implements InputFormat {
    @Override
    public String name() {
      return "jsonl";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("jsonl", "ndjson");
    }

    @Override
    public int priority() {
      return 10;
    }

    @Override
    public boolean extensionIsFinal() {
      return true;
    }

    @Override
    public boolean streaming() {
      return true;
    }

    @Override
    public List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits) {
      return JsonLinesFile.read(input.file(), source, limits);
    }
  }

  /** RSS and Atom feeds: one document per item. */
  public static final class Feed implements InputFormat {
    @Override
    public String name() {
      return "feed";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("rss", "atom", "xml");
    }

    @Override
    public int priority() {
      return 20;
    }

    @Override
    public boolean container() {
      return true;
    }

    @Override
    public boolean sniff(String head) {
      return FeedFile.looksLikeFeed(head);
    }

    @Override
    public List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits) {
      return FeedFile.read(input.file(), input.root(), bytes, limits);
    }
  }

  /** A web page: its main text. */
  public static final class Html implements InputFormat {
    @Override
    public String name() {
      return "html";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("html", "htm", "xhtml");
    }

    @Override
    public int priority() {
      return 30;
    }

    @Override
    public boolean sniff(String head) {
      return head.toLowerCase(Locale.ROOT).matches("(?s)\\s*(<!doctype html|<html).*");
    }

    @Override
    public List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
        throws InputRejectedException {
      return List.of(InputOutcome.of(HtmlArticle.parse(InputFiles.decodeHtml(bytes, limits), source,
          input.file().toUri().toString())));
    }
  }

  /** Plain UTF-8 text, with its {@code NAME.meta.json} sidecar when there is one. */
  public static final class Text implements InputFormat {
    @Override
    public String name() {
      return "text";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("txt", "text", "");
    }

    @Override
    public int priority() {
      return 40;
    }

    @Override
    public boolean extensionIsFinal() {
      return true;
    }

    @Override
    public List<InputOutcome> read(InputFiles.Input input, String source, byte[] bytes, IngestLimits limits)
        throws IOException, InputRejectedException {
      SidecarMetadata meta = SidecarMetadata.read(input.file(), input.root(), limits);
      return List.of(InputOutcome.of(new IncomingDocument(source, PlainText.decode(bytes, limits.maxDocumentBytes()),
          meta.title(), meta.outlet(), null, meta.url(), meta.published())));
    }
  }
}
