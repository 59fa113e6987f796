package org.attest.extract.attributions;

import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.Lexicon.Cue;
import org.attest.extract.lexicon.WordSet;
import org.attest.model.Certainty;
import org.attest.model.Stance;

/**
 * The stance and certainty a noun cue gives what it introduces ("the report said", "claims that
 * …"): a noun naming a piece of reporting ({@code story-nouns}) reports it, certainly; any other
 * noun takes its cue-lexicon entry, else it asserts, probably. The one rule for noun cues, whether
 * the rule extractor or the learned one found them.
 */
record NounCueStance(Stance stance, Certainty certainty) {

  static NounCueStance of(Lexicon lexicon, String lemma) {
    if (lexicon.words(WordSet.Name.STORY_NOUNS).contains(lemma)) {
      return new NounCueStance(Stance.REPORT, Certainty.CERTAIN);
    }
    Cue cue = lexicon.cue(lemma);
    return cue != null ? new NounCueStance(cue.stance(), cue.certainty()) : new NounCueStance(Stance.ASSERT, Certainty.PROBABLE);
  }
}
