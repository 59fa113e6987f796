package org.attest.ingest;

import org.attest.testkit.HostileXml;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates hostile inputs for the reliability suite: every kind of bad, odd or malicious file
 * ingest and extract must survive (binary, encodings, byte-order marks, late NUL bytes, broken
 * and malicious feeds, XXE, links and symbolic links out of the folder, FIFOs, odd names, bad
 * sidecars, run-on texts, multi-gigabyte sparse files, over-long paths), mixed with good reports,
 * duplicates and near-duplicates. All text is invented here.
 *
 * <p>Layout under ROOT: {@code in/} (the inputs), {@code outside/} (a secret file and folder that
 * nothing may read), {@code manifest.tsv} (each input entry with its kind). {@code
 * HostileCorpus ROOT N SEED [huge]} writes N entries; {@code huge} adds the big ones (a 5 MB
 * one-sentence text, a 1 MB run-on, 3 GB sparse files as text, linked page, sidecar and JSON Lines).
 */
public final class HostileCorpus {

  /** Marker of the secret outside the input folder: no stored text or output may contain it. */
  public static final String SECRET = "Zanzibar-Quokka-Secret-7731";

  static final String[] KINDS = {"good", "near-dup", "duplicate", "binary", "empty", "blank", "bom-only-html", "late-nul",
      "utf16-bom", "utf16-no-bom", "latin1", "invalid-utf8", "not-english", "feed-file-uri", "feed-absolute-link",
      "feed-dotdot-link", "feed-xxe", "feed-malformed", "html-deep", "html-scripts-only", "jsonl-mixed", "jsonl-bad-utf8",
      "symlink-out", "symlink-dangling", "symlink-dir-out", "fifo", "odd-name", "sidecar-bom", "sidecar-invalid",
      "sidecar-symlink-out", "unsupported", "run-on", "deep-dirs", "html-latin1", "control-chars", "feed-good-link"};

  private HostileCorpus() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    boolean huge = args.length > 3 && args[3].equals("huge");
    int written = write(root, n, seed, huge, 3L << 30);
    System.out.println(written);
  }

  /** A sparse file: {@code size} bytes long, {@code head} first, the rest holes (NUL bytes, no disk). */
  static void sparse(Path file, String head, long size) throws IOException {
    Files.writeString(file, head);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  /**
   * Writes {@code n} input entries (plus the huge ones when asked) and returns how many entries
   * ingest will see as inputs.
   */
  public static int write(Path root, int n, long seed, boolean huge, long sparseBytes) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Path secret = outside.resolve("secret.html");
    String secretText = SECRET + " " + SyntheticNews.report(seed - 1);
    Files.writeString(secret, "<html><body><article><p>" + secretText + "</p></article></body></html>");
    Files.writeString(outside.resolve("secret.txt"), secretText);
    Files.writeString(outside.resolve("secret.meta.json"), "{\"title\": \"" + SECRET + "\"}");
    Path outDir = Files.createDirectories(outside.resolve("dir"));
    Files.writeString(outDir.resolve("inner.txt"), secretText);
    List<String> manifest = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(seed);
    List<Map.Entry<String, byte[]>> xxe = new ArrayList<>(HostileXml.cases(secret.toUri().toString(), "rss",
        "<rss version=\"2.0\">", "<channel><title>Wire</title><item><title>Port</title><description>"
            + "The port reopened on Monday, the harbour master said.</description></item></channel>", "</rss>").entrySet());
    int entries = 0;
    for (int i = 0; i < n; i++) {
      String kind = KINDS[i % KINDS.length];
      String base = String.format("%05d-%s", i, kind);
      long s = seed * 100_000 + i;
      String report = SyntheticNews.report(s);
      Path dir = in.resolve("g" + (i / 200));
      Files.createDirectories(dir);
      Path f;
      switch (kind) {
        case "good" -> Files.writeString(f = dir.resolve(base + ".txt"), report);
        case "near-dup" -> Files.writeString(f = dir.resolve(base + ".txt"),
            "Wire copy\n\n" + SyntheticNews.report(s - 1) + "(Valley Wire)\n");
        case "duplicate" -> Files.writeString(f = dir.resolve(base + ".txt"), SyntheticNews.report(s - 2));
        case "binary" -> {
          byte[] b = new byte[64 + r.nextInt(4096)];
          r.nextBytes(b);
          b[r.nextInt(b.length)] = 0;
          Files.write(f = dir.resolve(base + (r.nextBoolean() ? ".txt" : ".html")), b);
        }
        case "empty" -> Files.write(f = dir.resolve(base + (r.nextBoolean() ? ".txt" : ".html")), new byte[0]);
        case "blank" -> Files.writeString(f = dir.resolve(base + ".txt"), " \n\t\n ".repeat(1 + r.nextInt(50)));
        case "bom-only-html" -> Files.write(f = dir.resolve(base + ".html"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        case "late-nul" -> Files.writeString(f = dir.resolve(base + ".txt"), report + " ".repeat(9000) + "\u0000" + report);
        case "utf16-bom" -> Files.write(f = dir.resolve(base + ".txt"), ("\uFEFF" + report).getBytes(
            r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
        case "utf16-no-bom" -> Files.write(f = dir.resolve(base + ".txt"), report.getBytes(StandardCharsets.UTF_16LE));
        case "latin1" -> Files.write(f = dir.resolve(base + ".txt"),
            ("Caf\u00e9 owners in M\u00fcnster said " + report).getBytes(StandardCharsets.ISO_8859_1));
        case "invalid-utf8" -> {
          byte[] b = report.getBytes(StandardCharsets.UTF_8);
          b[r.nextInt(b.length)] = (byte) 0xC3;
          b[b.length / 2] = (byte) 0xFF;
          Files.write(f = dir.resolve(base + ".txt"), b);
        }
        case "not-english" -> Files.writeString(f = dir.resolve(base + ".txt"), Articles.GERMAN);
        case "feed-file-uri" -> Files.writeString(f = dir.resolve(base + ".rss"), feed(secret.toUri().toString()));
        case "feed-absolute-link" -> Files.writeString(f = dir.resolve(base + ".rss"),
            feed(r.nextBoolean() ? secret.toString() : "/etc/passwd"));
        case "feed-dotdot-link" -> Files.writeString(f = dir.resolve(base + ".xml"), feed("../../outside/secret.html"));
        case "feed-xxe" -> {
          Map.Entry<String, byte[]> c = xxe.get((i / KINDS.length) % xxe.size());
          Files.write(f = dir.resolve(base + "-" + c.getKey() + ".rss"), c.getValue());
        }
        case "feed-malformed" -> Files.writeString(f = dir.resolve(base + ".atom"),
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</entry>" + "<".repeat(r.nextInt(100)));
        case "html-deep" -> Files.writeString(f = dir.resolve(base + ".html"),
            "<html><body>" + "<div>".repeat(2000 + r.nextInt(20000)) + "<p>" + report + "</p></body></html>");
        case "html-scripts-only" -> Files.writeString(f = dir.resolve(base + ".html"),
            "<html><head><script>var a = '" + report.replace("'", "") + "';</script></head><body><nav>Home</nav></body></html>");
        case "jsonl-mixed" -> Files.writeString(f = dir.resolve(base + ".jsonl"), "{\"text\": \"" + report.replace("\n", "\\n")
            + "\", \"title\": \"T\"}\nnot json\n[1,2]\n{\"text\": \"\"}\n{\"title\": \"no text\"}\n");
        case "jsonl-bad-utf8" -> {
          byte[] good = ("{\"text\": \"" + report.replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8);
          byte[] bad = {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
          byte[] all = new byte[good.length + bad.length];
          System.arraycopy(bad, 0, all, 0, bad.length);
          System.arraycopy(good, 0, all, bad.length, good.length);
          Files.write(f = dir.resolve(base + ".jsonl"), all);
        }
        case "symlink-out" -> Files.createSymbolicLink(f = dir.resolve(base + (r.nextBoolean() ? ".txt" : ".html")),
            r.nextBoolean() ? secret : outside.resolve("secret.txt"));
        case "symlink-dangling" -> Files.createSymbolicLink(f = dir.resolve(base + ".txt"), dir.resolve("nowhere-" + i));
        case "symlink-dir-out" -> Files.createSymbolicLink(f = dir.resolve(base), outDir);
        case "fifo" -> {
          f = dir.resolve(base + ".txt");
          try {
            if (new ProcessBuilder("mkfifo", f.toString()).start().waitFor() != 0) {
              Files.writeString(f, report);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
          }
        }
        case "odd-name" -> {
          String[] names = {"hash#bad", "two\nlines", "tab\there", " spaced ", "-dash", "caf\u00e9 \u2013 \u65e5\u672c",
              "back\\slash", "quote\"s", "hash#item=3", "semi;colon", "percent%20"};
          Files.writeString(f = dir.resolve(base + "-" + names[(i / KINDS.length) % names.length] + ".txt"), report);
        }
        case "sidecar-bom" -> {
          Files.writeString(f = dir.resolve(base + ".txt"), report);
          Files.write(dir.resolve(base + ".meta.json"), ("\uFEFF{\"title\": \"Report " + s + "\", \"published\": \"2025-03-04\"}")
              .getBytes(StandardCharsets.UTF_8));
        }
        case "sidecar-invalid" -> {
          Files.writeString(f = dir.resolve(base + ".txt"), report);
          Files.writeString(dir.resolve(base + ".meta.json"), "{\"title\": ");
        }
        case "sidecar-symlink-out" -> {
          Files.writeString(f = dir.resolve(base + ".txt"), report);
          Files.createSymbolicLink(dir.resolve(base + ".meta.json"), outside.resolve("secret.meta.json"));
        }
        case "unsupported" -> Files.writeString(f = dir.resolve(base + ".pdf"), report);
        case "run-on" -> Files.writeString(f = dir.resolve(base + ".txt"), runOn(r, 2_000 + r.nextInt(20_000)));
        case "deep-dirs" -> {
          Path d = dir.resolve(base);
          for (int k = 0; k < 30; k++) {
            d = d.resolve("d" + k);
          }
          Files.createDirectories(d);
          Files.writeString(f = d.resolve("deep.txt"), report);
        }
        case "html-latin1" -> Files.write(f = dir.resolve(base + ".html"),
            ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><article><p>" + report
                + "</p></article></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        case "control-chars" -> {
          StringBuilder b = new StringBuilder();
          for (int k = 0; k < 2000; k++) {
            b.append((char) (1 + r.nextInt(31)));
          }
          Files.writeString(f = dir.resolve(base + ".txt"), b + report);
        }
        case "feed-good-link" -> {
          Files.writeString(dir.resolve(base + "-page.htm"), "<html><body><article><p>" + report + "</p></article></body></html>");
          Files.writeString(f = dir.resolve(base + ".rss"), feed(base + "-page.htm"));
          entries++; // the page is an input of its own too
        }
        default -> throw new IllegalStateException(kind);
      }
      manifest.add(in.relativize(f).toString().replace("\n", "\\n").replace("\t", "\\t") + "\t" + kind);
      entries++;
    }
    // an over-long path (over the store's 4,000 characters, under the system's 4,096)
    Path deep = in.resolve("long");
    while (deep.toString().length() < 3900) {
      deep = deep.resolve("p".repeat(100));
    }
    Files.createDirectories(deep);
    Path longFile = deep.resolve("x".repeat(Math.max(1, 4050 - deep.toString().length() - 5)) + ".txt");
    Files.writeString(longFile, SyntheticNews.report(seed + 7));
    manifest.add("long/…\tlong-path");
    entries++;
    // multi-gigabyte sparse files: refused by size before any byte is read
    Path big = Files.createDirectories(in.resolve("huge"));
    sparse(big.resolve("sparse.txt"), "Some words. ", sparseBytes);
    sparse(big.resolve("sparse-linked.html"), "<html>", sparseBytes);
    Files.writeString(big.resolve("links-sparse.rss"), feed("sparse-linked.html"));
    Files.writeString(big.resolve("sparse-sidecar.txt"), SyntheticNews.report(seed + 8));
    sparse(big.resolve("sparse-sidecar.meta.json"), "{\"title\": \"", sparseBytes);
    sparse(big.resolve("sparse.jsonl"), "{\"text\": \"" + SyntheticNews.report(seed + 9).replace("\n", "\\n") + "\"}\n{\"text\": \"",
        huge ? sparseBytes : 64L << 20);
    for (String h : List.of("sparse.txt", "sparse-linked.html", "links-sparse.rss", "sparse-sidecar.txt", "sparse.jsonl")) {
      manifest.add("huge/" + h + "\thuge-sparse");
      entries++;
    }
    if (huge) {
      // 5 MB of one sentence, and a 1 MB run-on
      StringBuilder one = new StringBuilder("The minister said that");
      while (one.length() < 5_000_000) {
        one.append(" the boats and the lorries and the ferries kept coming to the harbour");
      }
      Files.writeString(big.resolve("one-sentence-5mb.txt"), one.append(".\n"));
      Files.writeString(big.resolve("run-on-1mb.txt"), runOn(r, 1_000_000));
      manifest.add("huge/one-sentence-5mb.txt\thuge-sentence");
      manifest.add("huge/run-on-1mb.txt\thuge-run-on");
      entries += 2;
    }
    Files.write(root.resolve("manifest.tsv"), manifest);
    return entries;
  }

  static String feed(String link) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Item</title><link>" + link
        .replace("&", "&amp;").replace("<", "&lt;") + "</link></item></channel></rss>";
  }

  /** Words without a sentence end, {@code chars} long. */
  static String runOn(SplittableRandom r, int chars) {
    String[] w = {"and", "the", "council", "said", "boats", "harbour", "minister", "lorries", "bridge", "which", "that", "kept"};
    StringBuilder b = new StringBuilder(chars + 16);
    while (b.length() < chars) {
      b.append(w[r.nextInt(w.length)]).append(r.nextInt(8) == 0 ? ", " : " ");
    }
    return b.toString();
  }
}
