package org.attest.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented English news reports for tests and the ingest benchmark: each a different draw of
 * sentences from templates with varied names, places and numbers, so that two reports are neither
 * equal nor near-duplicates. Seeded: the same call writes the same files.
 */
public final class SyntheticNews {

  private static final String[] PLACES = {"Riverton", "Port Alder", "Ashford", "Millbrook", "Kestrel Bay", "Northgate",
      "Elmsworth", "Harrow Point", "Lindenfield", "Stonebridge", "Westmere", "Greyhaven"};
  private static final String[] PEOPLE = {"Mayor Ellen Park", "Governor Tom Reyes", "Minister Ana Silva",
      "Chief Inspector Omar Haddad", "Councillor Jane Moss", "Director Paul Kim", "Senator Lucy Grant",
      "Commissioner Ravi Shah", "Judge Helen Ortiz", "Professor Mark Lee"};
  private static final String[] BODIES = {"the city council", "the transport department", "the regional police",
      "the health ministry", "the port authority", "the electricity company", "the teachers' union",
      "the fire service", "the water board", "the chamber of commerce"};
  private static final String[] TEMPLATES = {
      "%P said on %D that %B would review the plans for %L before the end of the month.",
      "According to %B, about %N people were affected by the closure in %L.",
      "%P told reporters that the decision had been taken after weeks of talks with %B.",
      "Residents of %L gathered outside the town hall on %D to protest against the new rules.",
      "%B denied that it had ignored earlier warnings about the state of the old buildings in %L.",
      "Officials in %L said the cost of the repairs could reach %N thousand pounds.",
      "%P warned that further delays would hurt local businesses, which employ %N workers.",
      "The announcement came two days after heavy storms damaged roads and bridges across %L.",
      "Critics accused %B of acting too slowly, but %P rejected the claim as unfair.",
      "A spokesperson for %B said the investigation was still at an early stage.",
      "Shops in the centre of %L stayed closed on %D, and buses were diverted around the main square.",
      "%P promised that the first results of the inquiry would be published by %D.",
      "Engineers from %B inspected %N sites in %L and found cracks in several supports.",
      "Local newspapers reported that %B had received more than %N complaints since the spring.",
      "Police in %L arrested %N people after clashes near the station late on %D.",
      "%B said it would send extra staff to %L to help with the clean-up.",
      "The opposition called for an independent review, saying %B could not investigate itself.",
      "Schools in %L will reopen on %D, according to a statement from %B.",
      "%P met representatives of %B on %D and agreed to set up a joint working group.",
      "Farmers near %L said the flooding had destroyed %N hectares of crops.",
      "Train services between %L and the coast were suspended while %B checked the line.",
      "%P described the situation in %L as serious but under control.",
      "Volunteers handed out food and blankets to %N families who had left their homes.",
      "Insurance companies expect claims from %L to rise sharply over the coming weeks.",
      "%B confirmed on %D that the main road into %L would remain closed for repairs.",
      "Experts said the damage showed how little had been spent on maintenance for years.",
      "%P visited the worst-hit streets of %L and spoke with families who had lost their homes.",
      "The weather service forecast more rain for %L and warned of possible landslides.",
      "Business leaders in %L asked %B for a fund to help firms that lost income.",
      "%B said the number of people living in temporary shelters had fallen to %N."};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private SyntheticNews() {}

  /** {@code SyntheticNews DIR N [FIRST_SEED]}: writes N reports into DIR (for the ingest benchmark). */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
  }

  /** One report: a headline and 8–14 sentences in three or four paragraphs. */
  public static String report(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String place = PLACES[r.nextInt(PLACES.length)];
    StringBuilder sb = new StringBuilder();
    sb.append("Report ").append(seed).append(": ").append(capital(BODIES[r.nextInt(BODIES.length)])).append(" acts in ")
        .append(place).append("\n\n");
    int sentences = 8 + r.nextInt(7);
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      int t;
      do {
        t = r.nextInt(TEMPLATES.length);
      } while (used.contains(t));
      used.add(t);
      String s = TEMPLATES[t]
          .replace("%P", PEOPLE[r.nextInt(PEOPLE.length)])
          .replace("%B", BODIES[r.nextInt(BODIES.length)])
          .replace("%L", r.nextInt(3) == 0 ? PLACES[r.nextInt(PLACES.length)] : place)
          .replace("%D", DAYS[r.nextInt(DAYS.length)])
          .replace("%N", String.valueOf(10 + r.nextInt(5000)));
      sb.append(capital(s)).append(i % 4 == 3 ? "\n\n" : " ");
    }
    return sb.toString().strip() + "\n";
  }

  /** Writes {@code n} reports as {@code report-00001.txt ...} into {@code dir}. */
  public static List<Path> write(Path dir, int n, long firstSeed) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve(String.format("report-%05d.txt", i + 1));
      Files.writeString(f, report(firstSeed + i), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
