package org.attest.extract.attributions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.attest.extract.attributions.model.AttributionFeatures.DocView;
import org.attest.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * The shipped attribution model was trained on the exact text of its feature strings: this pins
 * every cue and role feature of a hand-built document covering subtyped relations ("nmod:poss",
 * "acl:relcl", "obl:agent", "aux:pass"), a label the typed view does not know, predeterminers,
 * possessive pronouns and every NER tag, so that a change in how the features read the parse
 * (typed relations, POS classes, NER tags) cannot change a single string unnoticed. The hash was
 * recorded on the code that trained the model (main f8e4d78).
 */
class FeatureStringsTest {

  /** "All the agency 's officials , who were briefed by Reuters , said on Monday that Kim 's plan had not failed : “ It works , ” his aide told The Times . “ Yes , ” all the men said ." */
  static AnnotatedDocument doc() {
    return TinyDoc.of(
        "All/all/PDT/O/4/det:predet the/the/DT/O/3/det agency/agency/NN/ORGANIZATION/5/nmod:poss 's/'s/POS/O/3/case "
            + "officials/official/NNS/O/16/nsubj ,/,/,/O/5/punct who/who/WP/O/9/nsubj:pass were/be/VBD/O/9/aux:pass "
            + "briefed/brief/VBN/O/5/acl:relcl by/by/IN/O/11/case Reuters/Reuters/NNP/ORGANIZATION/9/obl:agent "
            + ",/,/,/O/5/punct Monday/Monday/NNP/DATE/16/obl:tmod that/that/IN/O/22/mark "
            + "x/x/FW/MISC/16/nmod:unmarked said/say/VBD/O/0/root Kim/Kim/NNP/PERSON/19/nmod:poss 's/'s/POS/O/17/case "
            + "plan/plan/NN/O/22/nsubj had/have/VBD/O/22/aux not/not/RB/O/22/advmod failed/fail/VBN/O/16/ccomp "
            + ":/:/:/O/16/punct",
        "\u201C/\u201C/``/O/3/punct It/it/PRP/O/3/nsubj works/work/VBZ/O/8/ccomp ,/,/,/O/3/punct "
            + "\u201D/\u201D/''/O/3/punct his/his/PRP$/O/7/nmod:poss aide/aide/NN/PERSON/8/nsubj "
            + "told/tell/VBD/LOCATION/0/root The/the/DT/O/10/det Times/Times/NNPS/ORGANIZATION/8/obj ./././O/8/punct",
        "\u201C/\u201C/``/O/2/punct Yes/yes/UH/O/8/ccomp ,/,/,/O/2/punct \u201D/\u201D/''/O/2/punct all/all/PDT/O/7/det:predet "
            + "the/the/DT/O/7/det men/man/NNS/O/8/nsubj said/say/VBD/O/0/root ./././O/8/punct");
  }

  static String dump() {
    AnnotatedDocument d = doc();
    DocView v = new DocView(d, TinyDoc.LEXICON);
    List<String> lines = new ArrayList<>();
    String[] prev = {"O", "B", "I"};
    for (int i = 0; i < d.tokens().size(); i++) {
      lines.add("cue " + i + " " + String.join(" ", AttributionFeatures.cue(v, i, prev[i % 3])));
    }
    for (List<Integer> cue : List.of(List.of(15), List.of(30), List.of(29, 30), List.of(8), List.of(41))) {
      int h = AttributionFeatures.cueHead(d, cue);
      lines.add("window " + cue + " " + AttributionFeatures.window(v, cue));
      for (int t = 0; t < d.tokens().size(); t++) {
        if (!cue.contains(t)) {
          lines.add("role " + cue + " " + t + " " + String.join(" ", AttributionFeatures.role(v, cue, h, t)));
        }
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void theFeatureStringsAreTheOnesTheModelWasTrainedOn() throws Exception {
    String all = dump();
    assertThat(all).contains("r=nmod:poss", "r=nmod:unmarked", "n=ORGANIZATION", "p=PDT", "cr=acl:relcl");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
    assertThat(sha).as(all).isEqualTo("a12c89a6876b96c062f29ca2d8c450478d7fa765ed1bda4e5715461f52a1ff2d");
  }
}
