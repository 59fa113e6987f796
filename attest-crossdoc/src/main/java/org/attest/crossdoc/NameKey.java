package org.attest.crossdoc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The form in which two names are compared across documents: Unicode-compatibility folded, lower
 * case, typographic apostrophes and dashes made plain, a leading "the" and a trailing possessive
 * dropped, whitespace collapsed. "The Kremlin’s" and "Kremlin" have the same key.
 */
public final class NameKey {

  /** Words that may be lower case inside a proper name ("Bank of Korea", "Ministry for Unification"). */
  private static final Set<String> NAME_FUNCTION_WORDS =
      Set.of("of", "and", "for", "the", "de", "du", "la", "le", "del", "von", "van", "al", "bin", "on", "in", "&");

  private NameKey() {}

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('`', '\'')
        .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
        .replace('\u00A0', ' ');
    s = s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    // A name the tokenizer or a URL spelled apart: "Jamal + Williams", "Jamal+Williams", "Deborra - Lee"
    // (a hyphen inside a word stays: "T-Mobile", "Deborra-Lee").
    s = s.replaceAll("(?<=\\p{L}) ?\\+ ?(?=\\p{L})", " ").replaceAll("(?<=\\p{L}) - (?=\\p{L})", "-");
    // Tokenizer debris: "-Airbus" from "Boeing-Airbus", "(EADS": edges that are not part of a name.
    s = s.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[-(\\[{/]+$", "").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s'")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replaceAll("[.,;:]+$", "").strip();
    return s;
  }

  /**
   * True for a description owned by a proper name, "Iran's foreign ministry", "Boeing's chief
   * executive": the possessor pins it to one thing, as a name would (a country has one foreign
   * ministry, a company one chief executive), so it may join across documents where a bare
   * description ("the ministry") may not. At most four words after the possessor.
   */
  public static boolean isOwnedByName(String alias) {
    if (alias == null || alias.isBlank()) {
      return false;
    }
    String s = alias.strip().replace('\u2019', '\'');
    int pos = s.indexOf("'s ");
    if (pos <= 0) {
      return false;
    }
    String owner = s.substring(0, pos);
    String rest = s.substring(pos + 3).strip();
    return isProperName(owner) && !rest.isEmpty() && rest.split("\\s+").length <= 4;
  }

  /** Words after which a description's head is behind: "the organization behind the awards", "the man in the car". */
  private static final Set<String> POST_HEAD =
      Set.of("of", "behind", "in", "at", "from", "for", "on", "with", "who", "that", "which", "whose", "near", "to", "by", ",");

  /**
   * The head noun of a description, lower case, a plural s dropped: "the Indian pirates" →
   * "pirate", "the organization behind the Academy Awards" → "organization"; null for a proper
   * name, a pronoun-like single letter or an empty text.
   */
  public static String descriptionHead(String description) {
    if (description == null || isProperName(description)) {
      return null;
    }
    String head = null;
    for (String w : of(description).split("\\s+")) {
      if (POST_HEAD.contains(w)) {
        break;
      }
      if (w.chars().anyMatch(Character::isLetter)) {
        head = w;
      }
    }
    if (head == null || head.length() < 2) {
      return null;
    }
    if (head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")) {
      head = head.substring(0, head.length() - 1);
    }
    return head;
  }

  /** A lower-case function word that may sit inside a name ("of", "and", "for", "de"). */
  public static boolean isFunctionWord(String w) {
    return w != null && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && NAME_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * True for a proper name (every content word capitalised, or an acronym), false for a
   * description such as "the North Korean leader" or "the president". Descriptions name different
   * things in different documents, so they never join entities across documents.
   */
  public static boolean isProperName(String alias) {
    if (alias == null || alias.isBlank()) {
      return false;
    }
    String[] words = alias.strip().split("\\s+");
    boolean content = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (NAME_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLowerCase(c)) {
        continue;
      }
      if (w.chars().noneMatch(Character::isUpperCase)) {
        return false; // "leader", "president": a description word
      }
      content = true;
    }
    return content;
  }
}
