package org.attest.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The verb a noun nominalizes, by the regular English suffixes: deploy-ment, negotiat-ion,
 * produc-tion, explo-sion, withdraw-al, seiz-ure, assist-ance, deliver-y, bomb-ing. A candidate
 * counts only when the predicate knows it as a verb (the CAMEO dictionary's verbs and the trigger
 * lexicon), so "station" is not read as "state".
 */
final class Nominalizations {

  private Nominalizations() {}

  /** The base verb of a noun lemma, or null when it nominalizes no known verb. */
  static String baseVerb(String noun, Predicate<String> isVerb) {
    for (String c : candidates(noun)) {
      if (c.length() > 2 && isVerb.test(c)) {
        return c;
      }
    }
    return null;
  }

  static List<String> candidates(String n) {
    List<String> out = new ArrayList<>();
    if (n.endsWith("ization") || n.endsWith("isation")) {
      String stem = n.substring(0, n.length() - 5);
      out.add(stem + "e"); // mobiliz-ation → mobilize
    }
    if (n.endsWith("ation")) {
      String stem = n.substring(0, n.length() - 5);
      out.add(stem + "ate"); // negoti-ation → negotiate
      out.add(stem + "e"); // declar-ation → declare
      out.add(stem); // consult-ation → consult
    }
    if (n.endsWith("ition")) {
      out.add(n.substring(0, n.length() - 5) + "e"); // compet-ition → compete (after -e)
    }
    if (n.endsWith("tion")) {
      String stem = n.substring(0, n.length() - 3);
      out.add(stem); // elect-ion → elect
      out.add(n.substring(0, n.length() - 4) + "e"); // reduc-tion → reduce
      out.add(n.substring(0, n.length() - 4) + "ve"); // resolu-tion → resolve
    }
    if (n.endsWith("sion")) {
      String stem = n.substring(0, n.length() - 4);
      out.add(stem + "d"); // expan-sion → expand
      out.add(stem + "de"); // explo-sion → explode
      out.add(stem + "t"); // emis-sion → emit
      out.add(n.substring(0, n.length() - 3)); // (rare)
      if (stem.endsWith("s")) {
        out.add(stem.substring(0, stem.length() - 1) + "t"); // admis-sion → admit
      }
    }
    if (n.endsWith("ment")) {
      out.add(n.substring(0, n.length() - 4)); // deploy-ment
    }
    if (n.endsWith("al") && n.length() > 5) {
      String stem = n.substring(0, n.length() - 2);
      out.add(stem); // withdraw-al
      out.add(stem + "e"); // arriv-al → arrive
      if (stem.endsWith("i")) {
        out.add(stem.substring(0, stem.length() - 1) + "y"); // deni-al → deny
      }
    }
    if (n.endsWith("ure") && n.length() > 5) {
      out.add(n.substring(0, n.length() - 3) + "e"); // seiz-ure → seize
      out.add(n.substring(0, n.length() - 3)); // fail-ure → fail
    }
    if (n.endsWith("ance") || n.endsWith("ence")) {
      out.add(n.substring(0, n.length() - 4)); // assist-ance
      out.add(n.substring(0, n.length() - 4) + "e"); // interfer-ence → interfere
    }
    if (n.endsWith("ery") || n.endsWith("ary")) {
      out.add(n.substring(0, n.length() - 1)); // deliver-y
    }
    if (n.endsWith("ing") && n.length() > 5) {
      String stem = n.substring(0, n.length() - 3);
      out.add(stem); // bomb-ing
      out.add(stem + "e"); // shak-ing → shake
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        out.add(stem.substring(0, stem.length() - 1)); // shell-ing stays; hitt-ing → hit
      }
    }
    return out;
  }
}
