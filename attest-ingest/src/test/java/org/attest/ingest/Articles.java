package org.attest.ingest;

/** Short invented news texts for tests (written for this project; no corpus text). */
final class Articles {

  private Articles() {}

  static final String BRIDGE =
      "The city council of Riverton voted on Tuesday to close the old river bridge to heavy traffic, "
          + "citing a safety report that found cracks in two of its supports. The mayor said the closure "
          + "would last at least three months while engineers assess the damage. Local businesses warned "
          + "that the detour would add twenty minutes to every delivery and asked the council for help. "
          + "According to the transport department, about 4,000 lorries cross the bridge each week. "
          + "A spokesman for the engineering firm that wrote the report declined to comment on the cost of repairs.";

  static final String FLOODS =
      "Heavy rain flooded the lower districts of Port Alder on Sunday night, and emergency services said "
          + "they had moved more than 300 residents to a school on the hill. The regional governor told reporters "
          + "that the army would send boats if the water kept rising. Forecasters expect the rain to ease by Wednesday, "
          + "but warned that the river could stay high for days. Several roads into the town were closed and the "
          + "railway company suspended its services until the track could be inspected.";

  static final String GERMAN =
      "Der Stadtrat von Riverton hat am Dienstag beschlossen, die alte Flussbrücke für den Schwerverkehr zu sperren. "
          + "Grund ist ein Gutachten, das Risse in zwei Stützen gefunden hat. Der Bürgermeister sagte, die Sperrung "
          + "werde mindestens drei Monate dauern, während Ingenieure den Schaden untersuchen. Örtliche Unternehmen "
          + "warnten, dass die Umleitung jede Lieferung um zwanzig Minuten verlängern werde.";
}
