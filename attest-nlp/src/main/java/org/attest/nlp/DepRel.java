package org.attest.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Universal Dependencies (v2) relation, with the subtypes the English parser emits. Each
 * relation knows its universal base ({@code nsubj:pass} is an {@code nsubj}); relations this
 * enum does not list read as {@link #OTHER} and keep their label on the token.
 */
public enum DepRel {
  ROOT("root"),
  NSUBJ("nsubj"),
  NSUBJ_PASS("nsubj:pass", NSUBJ),
  CSUBJ("csubj"),
  CSUBJ_PASS("csubj:pass", CSUBJ),
  OBJ("obj"),
  IOBJ("iobj"),
  CCOMP("ccomp"),
  XCOMP("xcomp"),
  OBL("obl"),
  OBL_AGENT("obl:agent", OBL),
  OBL_TMOD("obl:tmod", OBL),
  OBL_NPMOD("obl:npmod", OBL),
  VOCATIVE("vocative"),
  EXPL("expl"),
  DISLOCATED("dislocated"),
  ADVCL("advcl"),
  ADVMOD("advmod"),
  DISCOURSE("discourse"),
  AUX("aux"),
  AUX_PASS("aux:pass", AUX),
  COP("cop"),
  MARK("mark"),
  NMOD("nmod"),
  NMOD_POSS("nmod:poss", NMOD),
  NMOD_TMOD("nmod:tmod", NMOD),
  NMOD_NPMOD("nmod:npmod", NMOD),
  APPOS("appos"),
  NUMMOD("nummod"),
  ACL("acl"),
  ACL_RELCL("acl:relcl", ACL),
  AMOD("amod"),
  DET("det"),
  DET_PREDET("det:predet", DET),
  DET_QMOD("det:qmod", DET),
  CLF("clf"),
  CASE("case"),
  CONJ("conj"),
  CC("cc"),
  CC_PRECONJ("cc:preconj", CC),
  FIXED("fixed"),
  FLAT("flat"),
  FLAT_FOREIGN("flat:foreign", FLAT),
  COMPOUND("compound"),
  COMPOUND_PRT("compound:prt", COMPOUND),
  LIST("list"),
  PARATAXIS("parataxis"),
  ORPHAN("orphan"),
  GOESWITH("goeswith"),
  REPARANDUM("reparandum"),
  PUNCT("punct"),
  DEP("dep"),
  /** A label this enum does not know; the token keeps it as written. */
  OTHER("?");

  private static final Map<String, DepRel> BY_LABEL = new HashMap<>();

  static {
    for (DepRel r : values()) {
      BY_LABEL.put(r.label, r);
    }
  }

  private final String label;
  private final DepRel base;

  DepRel(String label) {
    this.label = label;
    this.base = null;
  }

  DepRel(String label, DepRel base) {
    this.label = label;
    this.base = base;
  }

  /** The relation named by a parser's label ("nsubj:pass"); {@link #OTHER} when unknown. */
  public static DepRel of(String label) {
    if (label == null) {
      return DEP;
    }
    DepRel r = BY_LABEL.get(label);
    if (r == null) {
      r = BY_LABEL.get(label.toLowerCase(Locale.ROOT));
    }
    return r == null ? OTHER : r;
  }

  /** The label as UD writes it ("nsubj:pass"). */
  public String label() {
    return label;
  }

  /** The universal relation without its subtype: {@code NMOD} for {@code NMOD_POSS}. */
  public DepRel base() {
    return base == null ? this : base;
  }

  /** True for this relation and its subtypes: {@code NMOD_POSS.is(NMOD)}. */
  public boolean is(DepRel universal) {
    return this == universal || base == universal;
  }

  /**
   * What a verb acts on: its object, or the subject of its passive ("seized the tankers", "the
   * tankers were seized").
   */
  public boolean isPatient() {
    return this == OBJ || this == NSUBJ_PASS;
  }

  /** An oblique or nominal modifier ({@code obl*}, {@code nmod*}): a case-marked phrase. */
  public boolean isObliqueOrNominal() {
    return is(OBL) || is(NMOD);
  }

  /** A temporal modifier ({@code obl:tmod}, {@code nmod:tmod}). */
  public boolean isTemporal() {
    return this == OBL_TMOD || this == NMOD_TMOD;
  }
}
