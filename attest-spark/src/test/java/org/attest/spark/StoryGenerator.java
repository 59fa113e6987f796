package org.attest.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented news reports for the Spark tests and benchmarks, from a seed: a handful of running
 * stories (a port blockade, a ceasefire, a strike, an election dispute, a merger) told by several
 * outlets with claims, denials, relays, dates and numbers, so that cross-document resolution has
 * entities to join, events to cluster and findings to make. Every sentence is written here; no
 * corpus text. Deterministic: the same seed and count give the same files.
 *
 * <p>Besides plain text (some with {@code NAME.meta.json} sidecars) it writes web pages, a JSON
 * Lines file, wire copies (near-duplicates), an exact duplicate, an empty file, a binary file and a
 * non-English text, so every ingest outcome occurs.
 */
final class StoryGenerator {

  private static final String[] COUNTRIES = {"Norland", "Vesteria", "Calvania", "Ostrava", "Meridia", "Tarsia"};
  private static final String[] LEADERS = {"President Anna Kovac", "Prime Minister Jonas Berg", "General Idris Malek",
    "Foreign Minister Lena Ortiz", "Governor Paul Danner", "Minister Sara Quist"};
  private static final String[] PLACES = {"Port Elske", "the Varn Strait", "Karsk", "the Delta region", "Lindholm",
    "the northern border"};
  private static final String[] OUTLETS = {"Harbor Wire", "Coastline Daily", "Continental Post", "Evening Ledger",
    "Northern Courier", "Daily Meridian"};
  private static final String[] MONTHS = {"March", "April", "May", "June"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private StoryGenerator() {}

  /** One report of story {@code story} (0–4) by a random outlet. */
  static String report(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int story = r.nextInt(5);
    String a = COUNTRIES[(story + r.nextInt(2)) % COUNTRIES.length];
    String b = COUNTRIES[(story + 3) % COUNTRIES.length];
    String leader = LEADERS[(story + r.nextInt(3)) % LEADERS.length];
    String place = PLACES[story % PLACES.length];
    String month = MONTHS[story % MONTHS.length];
    int day = 2 + story * 3 + r.nextInt(2);
    int n = (story + 1) * 100 + (r.nextInt(4) == 0 ? 50 : 0);
    String weekday = DAYS[r.nextInt(DAYS.length)];
    List<String> s = new ArrayList<>();
    switch (story) {
      case 0 -> {
        s.add(a + " blocks ships at " + place);
        s.add(a + "n forces blocked " + n + " cargo ships at " + place + " on " + month + " " + day + ", officials in " + b
            + " said on " + weekday + ".");
        s.add(leader + " denied the reports and said the port was open.");
        s.add("According to the port authority, the ships were stopped for inspections.");
        s.add(b + " condemned the blockade and called for talks.");
      }
      case 1 -> {
        s.add("Ceasefire agreed between " + a + " and " + b);
        s.add(a + " and " + b + " signed a ceasefire in " + place + " on " + month + " " + day + ", state media reported.");
        s.add(leader + " said the agreement would hold \"for as long as both sides keep their word.\"");
        s.add("Officials in " + b + " confirmed that " + n + " prisoners would be released next week.");
        s.add("Observers from " + COUNTRIES[(story + 4) % COUNTRIES.length] + " will monitor the line.");
      }
      case 2 -> {
        s.add("Dock workers strike in " + place);
        s.add("About " + n + " dock workers went on strike in " + place + " on " + weekday + ", the union said.");
        s.add("The transport ministry of " + a + " said the strike was illegal.");
        s.add(leader + " met union leaders on " + month + " " + day + " and promised higher wages.");
        s.add("Police arrested " + (n / 50) + " protesters near the harbour, citing local officials.");
      }
      case 3 -> {
        s.add("Opposition in " + a + " rejects election result");
        s.add("The election commission of " + a + " announced on " + month + " " + day + " that " + leader + " had won.");
        s.add("The opposition accused the commission of fraud and said " + n + " polling stations were closed early.");
        s.add(b + " said it had no evidence of irregularities.");
        s.add("Protesters gathered in " + place + " on " + weekday + ", according to witnesses.");
      }
      default -> {
        s.add("Shipping groups in " + a + " and " + b + " to merge");
        s.add("Two shipping companies from " + a + " and " + b + " agreed to merge on " + month + " " + day
            + ", the companies said in a statement.");
        s.add("The deal is worth " + n + " million dollars, according to people familiar with the talks.");
        s.add(leader + " welcomed the merger and said it would create jobs in " + place + ".");
        s.add("Regulators in " + b + " said they would review the deal.");
      }
    }
    StringBuilder sb = new StringBuilder(s.get(0)).append("\n\n");
    for (int i = 1; i < s.size(); i++) {
      sb.append(s.get(i)).append(i == 2 ? "\n\n" : " ");
    }
    return sb.toString().strip() + "\n";
  }

  static String outlet(long seed) {
    return OUTLETS[(int) Math.floorMod(seed * 7 + 3, (long) OUTLETS.length)];
  }

  static String published(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int story = r.nextInt(5);
    return String.format(Locale.ROOT, "2025-%02d-%02d", 3 + story % 4, 10 + (int) Math.floorMod(seed, 15L));
  }

  /** Writes {@code n} generated inputs (plus the special cases) under {@code dir}; returns the dir. */
  static Path write(Path dir, int n, long firstSeed) throws IOException {
    Files.createDirectories(dir.resolve("wire"));
    Files.createDirectories(dir.resolve("web"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < n; i++) {
      long seed = firstSeed + i;
      String text = report(seed);
      String name = String.format(Locale.ROOT, "story-%04d", i);
      switch (i % 10) {
        case 7 -> Files.writeString(dir.resolve("web").resolve(name + ".html"), html(text, seed), StandardCharsets.UTF_8);
        case 9 -> jsonl.append(String.format(Locale.ROOT,
            "{\"text\": %s, \"outlet\": \"%s\", \"published\": \"%s\", \"url\": \"https://example.org/%s\"}%n",
            quote(text), outlet(seed), published(seed), name));
        default -> {
          Path f = dir.resolve(name + ".txt");
          Files.writeString(f, text, StandardCharsets.UTF_8);
          if (i % 2 == 0) {
            Files.writeString(dir.resolve(name + ".meta.json"), String.format(Locale.ROOT,
                "{\"title\": %s, \"outlet\": \"%s\", \"published\": \"%s\"}%n", quote(text.lines().findFirst().orElse("")),
                outlet(seed), published(seed)), StandardCharsets.UTF_8);
          }
        }
      }
      if (i % 25 == 3) { // a wire copy: same story, another outlet's line on top
        Files.writeString(dir.resolve("wire").resolve(name + "-copy.txt"), "(" + outlet(seed + 1) + ")\n\n" + text,
            StandardCharsets.UTF_8);
      }
    }
    Files.writeString(dir.resolve("feed.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("zz-same-as-first.txt"), report(firstSeed), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("zz-empty.txt"), "", StandardCharsets.UTF_8);
    Files.write(dir.resolve("zz-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
    Files.writeString(dir.resolve("zz-german.txt"), "Die Regierung hat am Montag erklärt, dass die Gespräche über den "
        + "Hafen in der nächsten Woche weitergehen werden, und die Opposition hat das kritisiert.\n", StandardCharsets.UTF_8);
    return dir;
  }

  private static String html(String text, long seed) {
    String[] lines = text.split("\n\n");
    StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>").append(esc(lines[0]))
        .append("</title><meta property=\"og:site_name\" content=\"").append(outlet(seed))
        .append("\"><meta property=\"article:published_time\" content=\"").append(published(seed))
        .append("\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(esc(lines[0])).append("</h1>");
    for (int i = 1; i < lines.length; i++) {
      sb.append("<p>").append(esc(lines[i].strip())).append("</p>");
    }
    return sb.append("</article><footer>Share this story</footer></body></html>\n").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** {@code StoryGenerator DIR N [FIRST_SEED]}: writes a corpus for benchmarks. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
  }
}
