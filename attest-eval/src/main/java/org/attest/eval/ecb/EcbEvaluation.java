package org.attest.eval.ecb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.NameKey;
import org.attest.extract.AttestPipeline;
import org.attest.extract.Extractors;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CachedAnnotator;
import org.attest.nlp.CoreNlpAnnotator;
import org.attest.nlp.Token;

/**
 * {@code attest eval ecbplus}: runs the document extractor and the cross-document resolver on each
 * ECB+ topic (all articles of the topic, both sub-topics mixed, as one corpus), maps the ledger's
 * event triggers and entity mentions to the gold mentions, and scores coreference against the gold
 * chains beside two baselines computed on the very same system mentions: same lemma (events) or
 * same name (entities), and singletons. Only the sentences listed in {@code
 * ECBplus_coreference_sentences.csv} are scored (on both sides). Rules: {@code docs/evaluation.md}.
 */
public final class EcbEvaluation {

  /** Cybulska and Vossen (2015): the dev topics; train is 1–35 without these (15 and 17 do not exist). */
  public static final Set<Integer> DEV = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

  public record Options(Path dir, Set<Integer> topics, Path cache, Path dump) {
    public Options(Path dir, Set<Integer> topics, Path cache) {
      this(dir, topics, cache, null);
    }
  }

  /** One system's scores on one mention kind. */
  public record SystemScore(String system, int clusters, CorefMetrics.Scores scores) {}

  /** Mention detection and the systems' scores, for events or entities. */
  public record KindReport(String kind, int goldMentions, int goldClusters, int systemMentions, int matched,
      List<SystemScore> systems, List<SystemScore> onMatched) {
    public double mentionRecall() {
      return goldMentions == 0 ? 0 : (double) matched / goldMentions;
    }

    public double mentionPrecision() {
      return systemMentions == 0 ? 0 : (double) matched / systemMentions;
    }
  }

  public record Report(List<Integer> topics, int documents, KindReport events, KindReport entities, List<String> errors) {

    public String renderText() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "ECB+ topics %s: %d documents%n%n", topics, documents));
      for (KindReport k : List.of(events, entities)) {
        sb.append(String.format(Locale.ROOT,
            "%s: %d gold mentions in %d chains; %d system mentions, %d matched: mention R %.1f P %.1f F1 %.1f%n",
            k.kind(), k.goldMentions(), k.goldClusters(), k.systemMentions(), k.matched(), 100 * k.mentionRecall(),
            100 * k.mentionPrecision(), 100 * f1(k.mentionRecall(), k.mentionPrecision())));
        sb.append(String.format(Locale.ROOT, "  %-12s %8s | %-17s | %-17s | %-17s | %6s | %-17s%n", "system", "clusters",
            "MUC R/P/F1", "B3 R/P/F1", "CEAF-e R/P/F1", "CoNLL", "xdoc link R/P/F1"));
        sb.append("  all mentions (key: every gold mention; response: every system mention)\n");
        table(sb, k.systems());
        sb.append("  matched mentions only (the resolver's share: key and response restricted to matched pairs)\n");
        table(sb, k.onMatched());
        sb.append('\n');
      }
      for (String e : errors) {
        sb.append("error: ").append(e).append('\n');
      }
      return sb.toString();
    }

    private static void table(StringBuilder sb, List<SystemScore> systems) {
      for (SystemScore s : systems) {
        CorefMetrics.Scores x = s.scores();
        sb.append(String.format(Locale.ROOT, "  %-12s %8d | %s | %s | %s | %6.1f | %s%n", s.system(), s.clusters(),
            rpf(x.muc()), rpf(x.b3()), rpf(x.ceafe()), 100 * x.conll(), rpf(x.links())));
      }
    }

    private static String rpf(CorefMetrics.Score s) {
      return String.format(Locale.ROOT, "%5.1f %5.1f %5.1f", 100 * s.recall(), 100 * s.precision(), 100 * s.f1());
    }

    private static double f1(double r, double p) {
      return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }
  }

  private EcbEvaluation() {}

  public static Set<Integer> parseTopics(String spec) {
    Set<Integer> out = new TreeSet<>();
    if (spec.equals("dev")) {
      out.addAll(DEV);
    } else if (spec.equals("train")) {
      for (int t = 1; t <= 35; t++) {
        if (!DEV.contains(t) && t != 15 && t != 17) {
          out.add(t);
        }
      }
    } else {
      for (String p : spec.split(",")) {
        try {
          int t = Integer.parseInt(p.strip());
          out.add(t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--topics: expected dev, train or a list of topic numbers, not '" + spec + "'");
        }
      }
    }
    for (int t : out) {
      if (t < 1 || t > 35) {
        // Topics 36-45 are the held-out test set: never read here.
        throw new IllegalArgumentException("--topics: topic " + t + " is not a training or development topic (1-35)");
      }
    }
    return out;
  }

  /** Fills the parse cache for every document of the options' topics. */
  public static int parseAll(Options o, Consumer<String> progress) throws IOException {
    CachedAnnotator ann = new CachedAnnotator(CoreNlpAnnotator.shared(), o.cache(), CoreNlpAnnotator.CACHE_TAG);
    int n = 0;
    for (Path f : EcbReader.files(o.dir(), o.topics())) {
      EcbDocument d = EcbReader.read(f);
      boolean had = ann.isCached(d.source());
      ann.annotate(d.source());
      n++;
      if (progress != null && !had) {
        progress.accept("parsed " + d.name());
      }
    }
    return n;
  }

  /** A system mention in the scored region: its key (gold id if matched), span, and features. */
  private record SysMention(String key, String doc, Span span, String cluster, String lemma, String story) {}

  /** One topic read and extracted: its documents, their annotation and ledgers, in file order. */
  public record Topic(int topic, List<EcbDocument> docs, List<AnnotatedDocument> annotated, List<Ledger> ledgers) {}

  /** The extracted topics and the scored sentences: everything scoring needs, resolved many times if tuning. */
  public record Prepared(List<Integer> topics, List<Topic> data, Map<String, Set<Integer>> scored, List<String> errors) {}

  public static Report run(Options o, Consumer<String> progress) throws IOException {
    Prepared p = prepare(o, progress);
    return score(p, org.attest.crossdoc.EventWeights.DEFAULT);
  }

  public static Prepared prepare(Options o, Consumer<String> progress) throws IOException {
    Path csv = o.dir().resolve("ECBplus_coreference_sentences.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException("no ECBplus_coreference_sentences.csv in " + o.dir());
    }
    Map<String, Set<Integer>> scored = EcbReader.scoredSentences(csv);
    CachedAnnotator ann = new CachedAnnotator(CoreNlpAnnotator.shared(), o.cache(), CoreNlpAnnotator.CACHE_TAG);
    AttestPipeline pipeline = new AttestPipeline(ann, Extractors.defaults());
    List<String> errors = new ArrayList<>();
    Map<Integer, List<Path>> byTopic = new TreeMap<>();
    for (Path f : EcbReader.files(o.dir(), o.topics())) {
      byTopic.computeIfAbsent(EcbReader.read(f).topic(), k -> new ArrayList<>()).add(f);
    }
    List<Topic> data = new ArrayList<>();
    for (var topic : byTopic.entrySet()) {
      List<EcbDocument> docs = new ArrayList<>();
      List<Ledger> ledgers = new ArrayList<>();
      List<AnnotatedDocument> annotated = new ArrayList<>();
      for (Path f : topic.getValue()) {
        EcbDocument d = EcbReader.read(f);
        docs.add(d);
        try {
          AnnotatedDocument a = ann.annotate(d.source());
          annotated.add(a);
          ledgers.add(pipeline.extract(a));
        } catch (RuntimeException e) {
          errors.add(f + ": extraction failed: " + e);
          annotated.add(null);
          ledgers.add(new Ledger(Ledger.FORMAT, List.of(d.source().info()), List.of(), List.of(), List.of(), List.of(),
              List.of(), List.of()));
        }
      }
      data.add(new Topic(topic.getKey(), docs, annotated, ledgers));
      if (progress != null) {
        progress.accept("topic " + topic.getKey() + ": " + docs.size() + " documents");
      }
    }
    return new Prepared(List.copyOf(o.topics()), data, scored, errors);
  }

  public static Report score(Prepared p, org.attest.crossdoc.EventWeights weights) throws IOException {
    return score(p, weights, null);
  }

  public static Report score(Prepared p, org.attest.crossdoc.EventWeights weights, Path dump) throws IOException {
    return score(p, new CorpusResolver(weights), dump);
  }

  /** Scores the prepared topics with this resolver (its weights and event-pair model). */
  public static Report score(Prepared p, CorpusResolver resolver, Path dump) throws IOException {
    org.attest.crossdoc.EventWeights weights = resolver.weights();
    Side events = new Side();
    Side entities = new Side();
    int documents = 0;
    for (Topic topic : p.data()) {
      documents += topic.docs().size();
      CorpusLedger corpus = resolver.resolve(new CorpusInput(topic.ledgers(), Map.of(), List.of()));
      if (dump != null) {
        Files.createDirectories(dump);
        Files.writeString(dump.resolve("topic" + topic.topic() + ".json"), org.attest.model.LedgerJson.write(corpus));
      }
      Map<String, Integer> storyOf = CorpusResolver.stories(corpus, weights.storyThreshold());
      Map<String, String> clusterOf = new TreeMap<>();
      for (EventCluster c : corpus.clusters()) {
        for (String v : c.events()) {
          clusterOf.put(v, c.id());
        }
      }
      for (int i = 0; i < topic.docs().size(); i++) {
        EcbDocument d = topic.docs().get(i);
        AnnotatedDocument a = topic.annotated().get(i);
        Set<Integer> region = p.scored().getOrDefault(d.name(), Set.of());
        String t = "t" + topic.topic() + "/";
        // Events: every mention of each ledger event (events[].mentions, the trigger's own
        // included; the trigger alone when it is the only one), each with its own lemma for the
        // baseline and the event's cluster for the system.
        List<SysMention> ev = new ArrayList<>();
        for (Event v : corpus.ledger().events()) {
          if (!v.doc().equals(d.name())) {
            continue;
          }
          for (Event.EventMention m : v.allMentions()) {
            if (inRegion(d, m.span(), region)) {
              ev.add(new SysMention(null, d.name(), m.span(), t + clusterOf.get(v.id()), t + lemma(a, m.span(), m.trigger()),
                  t + "s" + storyOf.get(d.name()) + "/"));
            }
          }
        }
        events.add(d, region, EcbDocument.Kind.EVENT, ev, topic.topic());
        List<SysMention> en = new ArrayList<>();
        for (Entity e : corpus.ledger().entities()) {
          for (Mention m : e.mentions()) {
            if (m.doc().equals(d.name()) && inRegion(d, m.span(), region)) {
              en.add(new SysMention(null, d.name(), m.span(), t + e.id(), t + NameKey.of(m.span().of(d.text())),
                  t + "s" + storyOf.get(d.name()) + "/"));
            }
          }
        }
        entities.add(d, region, EcbDocument.Kind.ENTITY, en, topic.topic());
      }
    }
    if (dump != null) {
      Files.writeString(dump.resolve("entity-mentions.tsv"),
          "doc\tgold\ttag\tchain\tgold text\tsystem text\tsystem cluster\tsame string\tstory\n" + String.join("\n", entities.trace) + "\n");
    }
    return new Report(p.topics(), documents, events.report("events", "same lemma"),
        entities.report("entities", "same string"), p.errors());
  }

  /** Scores every combination of the grid's values (each {@code NAME=V1:V2:...}); one line per combination. */
  public static List<String> grid(Prepared p, org.attest.crossdoc.EventWeights base, List<String> grid) throws IOException {
    return grid(p, base, org.attest.crossdoc.EventPairModel.shipped(), grid);
  }

  /** The same, scoring pairs with this event-pair model where the weights say {@code learned}. */
  public static List<String> grid(Prepared p, org.attest.crossdoc.EventWeights base, org.attest.crossdoc.EventPairModel model,
      List<String> grid) throws IOException {
    List<String> names = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (String g : grid) {
      String[] kv = g.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("--grid: expected NAME=V1:V2:..., not '" + g + "'");
      }
      names.add(kv[0].strip());
      String[] vs = kv[1].split(":");
      double[] d = new double[vs.length];
      for (int i = 0; i < vs.length; i++) {
        d[i] = Double.parseDouble(vs[i].strip());
      }
      values.add(d);
    }
    List<String> out = new ArrayList<>();
    int[] idx = new int[names.size()];
    while (true) {
      org.attest.crossdoc.EventWeights w = base;
      StringBuilder label = new StringBuilder();
      for (int i = 0; i < names.size(); i++) {
        w = w.with(names.get(i), values.get(i)[idx[i]]);
        label.append(names.get(i)).append('=').append(values.get(i)[idx[i]]).append(' ');
      }
      Report r = score(p, new CorpusResolver(w, model), null);
      SystemScore all = r.events().systems().get(0);
      SystemScore m = r.events().onMatched().get(0);
      out.add(String.format(Locale.ROOT,
          "%s| events CoNLL all %.2f matched %.2f link F1 all %.2f matched %.2f | lemma %.2f / %.2f | entities CoNLL %.2f string %.2f",
          label, 100 * all.scores().conll(), 100 * m.scores().conll(), 100 * all.scores().links().f1(),
          100 * m.scores().links().f1(), 100 * r.events().systems().get(1).scores().conll(),
          100 * r.events().onMatched().get(1).scores().conll(), 100 * r.entities().systems().get(0).scores().conll(),
          100 * r.entities().systems().get(1).scores().conll()));
      int k = names.size() - 1;
      while (k >= 0 && ++idx[k] == values.get(k).length) {
        idx[k] = 0;
        k--;
      }
      if (k < 0) {
        break;
      }
    }
    return out;
  }

  /** Whether a span begins in a scored sentence of the document. */
  static boolean inRegion(EcbDocument d, Span s, Set<Integer> region) {
    for (EcbDocument.Tok t : d.tokens()) {
      if (t.span().end() > s.begin() && t.span().begin() < s.end()) {
        return region.contains(t.sentence());
      }
    }
    return false;
  }

  /** The trigger's lemma: lower-cased lemmas of the annotated tokens it covers (its text if none). */
  static String lemma(AnnotatedDocument a, Span s, String fallback) {
    if (a != null) {
      List<String> l = new ArrayList<>();
      for (Token t : a.tokens()) {
        if (t.begin() < s.end() && s.begin() < t.end()) {
          l.add(t.key());
        }
      }
      if (!l.isEmpty()) {
        return String.join(" ", l);
      }
    }
    return fallback == null ? "" : fallback.toLowerCase(Locale.ROOT);
  }

  /** Accumulates key and responses for one mention kind across topics. */
  private static final class Side {
    final Map<String, Set<String>> key = new LinkedHashMap<>();
    final Map<String, Set<String>> system = new LinkedHashMap<>();
    final Map<String, Set<String>> baseline = new LinkedHashMap<>();
    final Map<String, Set<String>> storyBaseline = new LinkedHashMap<>();
    final Map<String, Set<String>> singletons = new LinkedHashMap<>();
    /** The ceiling: matched system mentions clustered as gold clusters them, the others singletons. */
    final Map<String, Set<String>> oracle = new LinkedHashMap<>();
    final Set<String> matchedIds = new java.util.HashSet<>();
    /** One line per gold or system mention (tab-separated), for {@code --dump}. */
    final List<String> trace = new ArrayList<>();
    int gold;
    int sys;
    int matched;

    void add(EcbDocument d, Set<Integer> region, EcbDocument.Kind kind, List<SysMention> mentions, int topic) {
      List<EcbDocument.Mention> g = new ArrayList<>();
      for (EcbDocument.Mention m : d.mentions()) {
        if (m.kind() == kind && region.contains(m.sentence())) {
          g.add(m);
          key.computeIfAbsent("t" + topic + "/" + m.cluster(), k -> new TreeSet<>()).add(m.id());
        }
      }
      // Distinct system spans (an entity may list one mention twice).
      Map<Span, SysMention> bySpan = new TreeMap<>();
      for (SysMention m : mentions) {
        bySpan.putIfAbsent(m.span(), m);
      }
      List<SysMention> s = new ArrayList<>(bySpan.values());
      Map<Integer, Integer> match = MentionMatcher.match(g.stream().map(EcbDocument.Mention::span).toList(),
          s.stream().map(SysMention::span).toList());
      Map<Integer, String> keyOfSys = new TreeMap<>();
      Map<Integer, String> goldChainOfSys = new TreeMap<>();
      match.forEach((gi, si) -> keyOfSys.put(si, g.get(gi).id()));
      match.forEach((gi, si) -> goldChainOfSys.put(si, "t" + topic + "/" + g.get(gi).cluster()));
      matchedIds.addAll(keyOfSys.values());
      Map<Integer, Integer> sysOfGold = match;
      for (int gi = 0; gi < g.size(); gi++) {
        EcbDocument.Mention gm = g.get(gi);
        Integer si = sysOfGold.get(gi);
        SysMention sm = si == null ? null : s.get(si);
        trace.add(String.join("\t", d.name(), gm.id(), gm.tag(), "t" + topic + "/" + gm.cluster(), gm.text(),
            sm == null ? "-" : sm.span().of(d.text()), sm == null ? "-" : sm.cluster(), sm == null ? "-" : sm.lemma(), sm == null ? "-" : sm.story()));
      }
      for (int i = 0; i < s.size(); i++) {
        if (!keyOfSys.containsKey(i)) {
          SysMention sm = s.get(i);
          trace.add(String.join("\t", d.name(), "-", "-", "-", "-", sm.span().of(d.text()), sm.cluster(), sm.lemma(), sm.story()));
        }
      }
      gold += g.size();
      sys += s.size();
      matched += match.size();
      for (int i = 0; i < s.size(); i++) {
        SysMention m = s.get(i);
        String id = keyOfSys.getOrDefault(i, d.name() + "/sys" + m.span().begin() + "-" + m.span().end());
        system.computeIfAbsent(m.cluster(), k -> new TreeSet<>()).add(id);
        baseline.computeIfAbsent(m.lemma(), k -> new TreeSet<>()).add(id);
        storyBaseline.computeIfAbsent(m.story() + m.lemma().substring(m.lemma().indexOf('/') + 1), k -> new TreeSet<>()).add(id);
        singletons.computeIfAbsent(id, k -> new TreeSet<>()).add(id);
        oracle.computeIfAbsent(goldChainOfSys.getOrDefault(i, id), k -> new TreeSet<>()).add(id);
      }
    }

    KindReport report(String kind, String baselineName) {
      List<Set<String>> k = new ArrayList<>(key.values());
      List<Set<String>> km = restrict(key);
      List<SystemScore> systems = new ArrayList<>();
      List<SystemScore> onMatched = new ArrayList<>();
      for (var e : List.of(Map.entry("attest", system), Map.entry(baselineName, baseline), Map.entry("singletons", singletons),
          Map.entry(baselineName.replace("same ", "") + " in story", storyBaseline), Map.entry("gold oracle", oracle))) {
        List<Set<String>> r = new ArrayList<>(e.getValue().values());
        systems.add(new SystemScore(e.getKey(), r.size(), CorefMetrics.all(k, r, EcbEvaluation::documentOf)));
        List<Set<String>> rm = restrict(e.getValue());
        onMatched.add(new SystemScore(e.getKey(), rm.size(), CorefMetrics.all(km, rm, EcbEvaluation::documentOf)));
      }
      return new KindReport(kind, gold, k.size(), sys, matched, systems, onMatched);
    }

    private List<Set<String>> restrict(Map<String, Set<String>> partition) {
      List<Set<String>> out = new ArrayList<>();
      for (Set<String> c : partition.values()) {
        Set<String> r = new TreeSet<>(c);
        r.retainAll(matchedIds);
        if (!r.isEmpty()) {
          out.add(r);
        }
      }
      return out;
    }
  }

  static String documentOf(String mentionId) {
    int slash = mentionId.indexOf('/');
    return slash < 0 ? mentionId : mentionId.substring(0, slash);
  }
}
