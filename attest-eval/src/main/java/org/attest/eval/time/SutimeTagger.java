package org.attest.eval.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attest.model.Span;
import org.attest.time.timeml.TimeMLAnnotator;

/**
 * The SUTime baseline (Stanford CoreNLP): tokenize, ssplit, pos, lemma, then SUTime's {@link
 * TimeAnnotator} with the document date. Used only to compare against our normalizer through the
 * same TimeML writer and scorer. Loading the POS model takes a few seconds; one instance is reused.
 */
public final class SutimeTagger implements TimeMLAnnotator.Tagger {

  private final AnnotationPipeline pipeline;

  public SutimeTagger() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StanfordCoreNLP base = new StanfordCoreNLP(props);
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(base);
    Properties sutime = new Properties();
    sutime.setProperty("sutime.includeRange", "true");
    sutime.setProperty("sutime.markTimeRanges", "false");
    p.addAnnotator(new TimeAnnotator("sutime", sutime));
    this.pipeline = p;
  }

  @Override
  public synchronized List<org.attest.time.Timex> annotate(String text, LocalDate anchor) {
    Annotation doc = new Annotation(text);
    if (anchor != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
    }
    pipeline.annotate(doc);
    List<org.attest.time.Timex> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    int lastEnd = 0;
    for (CoreMap cm : timexes) {
      Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
      Integer b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (t == null || b == null || e == null || b < lastEnd || e <= b) {
        continue;
      }
      String value = t.value() != null ? t.value() : t.altVal();
      String mod = null;
      try {
        org.w3c.dom.Element x = t.toXmlElement();
        if (x.hasAttribute("mod")) {
          mod = x.getAttribute("mod");
        }
      } catch (RuntimeException ex) {
        mod = null; // no XML form: no mod
      }
      out.add(new org.attest.time.Timex(Span.of(b, e), text.substring(b, e), t.timexType(),
          value == null ? "" : value, mod));
      lastEnd = e;
    }
    return out;
  }
}
