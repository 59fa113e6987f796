package org.attest.extract.attributions.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attest.extract.lexicon.Lexicon;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.Sentence;
import org.attest.extract.attributions.model.AttributionFeatures.DocView;

/**
 * The trained attribution model: a cue tagger (B/I/O over the tokens of each sentence, left to
 * right, each decision seeing the previous label) and a role tagger (for each cue, every token of
 * its window is SOURCE, CONTENT or neither). Decoding turns the scores into spans: a cue is a B
 * and the I's after it; the source is the run of source tokens nearest the cue; the content is
 * the contiguous stretch of the window with the largest sum of CONTENT margins (the CONTENT score
 * minus the best other score, plus {@value #SPAN_BIAS}), so that a word the tagger doubts is kept
 * inside a strong stretch and a weak stretch is not chosen for its length; a cue whose window has
 * no CONTENT-labelled token gets no content. Both taggers are {@link LinearModel}s; the file is
 * gzip'd and byte-identical for the same training data.
 */
public final class AttributionTagger {

  /** The shipped model's classpath resource. */
  public static final String RESOURCE = "/org/attest/extract/attributions/model/attribution-model.bin.gz";
  public static final String FILE_NAME = "attribution-model.bin.gz";

  private static final String MAGIC = "attest-attribution/1";

  /** One attribution found: token indices of its cue, source (maybe empty) and content (maybe empty). */
  public record Tagged(List<Integer> cue, int head, List<Integer> source, List<Integer> content) {}

  private static volatile AttributionTagger shipped;

  private final LinearModel cueModel;
  private final LinearModel roleModel;
  private final String sha256;
  private final int b, i, o, s, c;
  /** Added to every window token's CONTENT margin when the content stretch is chosen (chosen on dev). */
  public static final double SPAN_BIAS = 0.3;

  private int contentGap = 2;
  private boolean bridge = false;
  private boolean maxSpan = true;
  private double spanBias = SPAN_BIAS;
  private double cuePenalty = 1;

  public AttributionTagger(LinearModel cueModel, LinearModel roleModel) {
    this(cueModel, roleModel, null);
  }

  private AttributionTagger(LinearModel cueModel, LinearModel roleModel, String sha256) {
    this.cueModel = cueModel;
    this.roleModel = roleModel;
    this.b = cueModel.label("B");
    this.i = cueModel.label("I");
    this.o = cueModel.label("O");
    this.s = roleModel.label("S");
    this.c = roleModel.label("C");
    this.sha256 = sha256 != null ? sha256 : org.attest.model.DocumentText.sha256(toBytes());
  }

  /**
   * The same model with its decision thresholds moved: {@code cue} is added to the scores of B and
   * I (more cues, fewer missed), {@code content} to CONTENT's and {@code source} to SOURCE's.
   */
  public AttributionTagger shifted(double cue, double content, double source) {
    return new AttributionTagger(cueModel.shifted("B", cue).shifted("I", cue),
        roleModel.shifted("C", content).shifted("S", source));
  }

  /**
   * The same weights decoded as before the stretch decoder (model selection): the largest run of
   * CONTENT-labelled tokens, gaps of up to {@code contentGap} bridged, with or without bridging over cue and source.
   */
  public AttributionTagger decoding(int contentGap, boolean bridge) {
    AttributionTagger t = new AttributionTagger(cueModel, roleModel, sha256);
    t.contentGap = contentGap;
    t.bridge = bridge;
    t.maxSpan = false;
    return t;
  }

  /**
   * The same weights with the content chosen as the contiguous stretch of the window whose summed
   * CONTENT margins (plus {@code bias} per token) are largest; cue words inside it cost {@code cuePenalty}.
   */
  public AttributionTagger maxSpan(double bias, double cuePenalty) {
    AttributionTagger t = new AttributionTagger(cueModel, roleModel, sha256);
    t.spanBias = bias;
    t.cuePenalty = cuePenalty;
    return t;
  }

  /** The model shipped on the classpath (loaded once). */
  public static AttributionTagger shipped() {
    AttributionTagger t = shipped;
    if (t == null) {
      synchronized (AttributionTagger.class) {
        t = shipped;
        if (t == null) {
          try (InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the attribution model " + RESOURCE + " is not on the classpath");
            }
            t = read(in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model: " + e.getMessage(), e);
          }
          shipped = t;
        }
      }
    }
    return t;
  }

  /** Reads a model file's bytes. */
  public static AttributionTagger read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))))) {
      String m = in.readUTF();
      if (!m.equals(MAGIC)) {
        throw new IOException("not an attribution model (" + m + ")");
      }
      LinearModel cue = LinearModel.read(in);
      LinearModel role = LinearModel.read(in);
      return new AttributionTagger(cue, role, org.attest.model.DocumentText.sha256(bytes));
    }
  }

  /** The model file's bytes (gzip with no timestamp: the same model gives the same bytes). */
  public byte[] toBytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes)))) {
        out.writeUTF(MAGIC);
        cueModel.write(out);
        roleModel.write(out);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(OutputStream out) throws IOException {
    out.write(toBytes());
  }

  /** Lower-case hex SHA-256 of the model file. */
  public String sha256() {
    return sha256;
  }

  public LinearModel cueModel() {
    return cueModel;
  }

  public LinearModel roleModel() {
    return roleModel;
  }


  /** Every attribution in the document, in text order of the cues. */
  public List<Tagged> tag(AnnotatedDocument d, Lexicon lexicon) {
    DocView v = new DocView(d, lexicon);
    List<Tagged> out = new ArrayList<>();
    for (List<Integer> cue : cues(v)) {
      out.add(roles(v, cue));
    }
    return out;
  }

  /** The cues of the document: token index lists, in order. */
  public List<List<Integer>> cues(DocView v) {
    AnnotatedDocument d = v.doc();
    List<List<Integer>> out = new ArrayList<>();
    for (Sentence sent : d.sentences()) {
      String prev = "O";
      List<Integer> cur = null;
      for (int t = sent.firstToken(); t < sent.endToken(); t++) {
        int l = LinearModel.argmax(cueModel.scores(AttributionFeatures.cue(v, t, prev)));
        if (l == i && cur == null) {
          l = b;
        }
        if (l == b) {
          cur = new ArrayList<>();
          cur.add(t);
          out.add(cur);
          prev = "B";
        } else if (l == i) {
          cur.add(t);
          prev = "I";
        } else {
          cur = null;
          prev = "O";
        }
      }
    }
    return out;
  }

  /** The source and content of one cue. */
  public Tagged roles(DocView v, List<Integer> cue) {
    AnnotatedDocument d = v.doc();
    int h = AttributionFeatures.cueHead(d, cue);
    List<Integer> win = AttributionFeatures.window(v, cue);
    List<Integer> src = new ArrayList<>(), content = new ArrayList<>();
    double[] margin = new double[win.size()];
    for (int k = 0; k < win.size(); k++) {
      int t = win.get(k);
      double[] sc = roleModel.scores(AttributionFeatures.role(v, cue, h, t));
      int l = LinearModel.argmax(sc);
      double other = Double.NEGATIVE_INFINITY;
      for (int x = 0; x < sc.length; x++) {
        if (x != c) {
          other = Math.max(other, sc[x]);
        }
      }
      margin[k] = sc[c] - other;
      if (l == s) {
        src.add(t);
      } else if (l == c) {
        content.add(t);
      }
    }
    List<Integer> source = nearestRun(src, h, 1);
    if (maxSpan) {
      return new Tagged(List.copyOf(cue), h, source, content.isEmpty() ? List.of() : bestStretch(win, margin, cue));
    }
    // The cue and its source do not break a content run ("The plan, he said, will fail").
    java.util.Set<Integer> transparent = new java.util.HashSet<>(cue);
    if (bridge) {
      transparent.addAll(source);
    } else {
      transparent.clear();
    }
    List<Integer> best = List.of();
    for (List<Integer> r : runs(content, contentGap, transparent)) {
      if (r.size() > best.size()) {
        best = r;
      }
    }
    List<Integer> body = new ArrayList<>();
    for (int t : best) {
      if (!cue.contains(t) && !source.contains(t)) {
        body.add(t);
      }
    }
    return new Tagged(List.copyOf(cue), h, source, List.copyOf(body.isEmpty() ? List.of() : best));
  }

  /**
   * The contiguous stretch of window tokens (cue tokens inside the window's range count {@code
   * -cuePenalty} each) with the largest sum of margins plus the bias; the tokens of the window in it.
   */
  List<Integer> bestStretch(List<Integer> win, double[] margin, List<Integer> cue) {
    double best = 0, cur = 0;
    int bestLo = -1, bestHi = -1, lo = 0;
    for (int k = 0; k < win.size(); k++) {
      double gapCost = 0;
      if (k > 0) {
        for (int x = win.get(k - 1) + 1; x < win.get(k); x++) {
          if (cue.contains(x)) {
            gapCost -= cuePenalty;
          }
        }
      }
      cur += gapCost;
      if (cur <= 0) {
        cur = 0;
        lo = k;
      }
      cur += margin[k] + spanBias;
      if (cur > best) {
        best = cur;
        bestLo = lo;
        bestHi = k;
      }
    }
    if (bestLo < 0) {
      return List.of();
    }
    return List.copyOf(win.subList(bestLo, bestHi + 1));
  }

  /** Runs of indices with gaps of at most {@code gap} missing tokens bridged. */
  static List<List<Integer>> runs(List<Integer> idx, int gap) {
    return runs(idx, gap, java.util.Set.of());
  }

  /** Runs where missing tokens in {@code transparent} do not count towards the gap. */
  static List<List<Integer>> runs(List<Integer> idx, int gap, java.util.Set<Integer> transparent) {
    List<List<Integer>> rs = new ArrayList<>();
    List<Integer> cur = null;
    int last = Integer.MIN_VALUE;
    for (int t : idx) {
      int missing = 0;
      if (cur != null) {
        for (int x = last + 1; x < t; x++) {
          if (!transparent.contains(x)) {
            missing++;
          }
        }
      }
      if (cur == null || missing > gap) {
        cur = new ArrayList<>();
        rs.add(cur);
      } else {
        for (int x = last + 1; x < t; x++) {
          cur.add(x);
        }
      }
      cur.add(t);
      last = t;
    }
    return rs;
  }

  static List<Integer> nearestRun(List<Integer> idx, int head, int gap) {
    List<Integer> best = List.of();
    int bestDist = Integer.MAX_VALUE;
    for (List<Integer> r : runs(idx, gap)) {
      int dist = Math.min(Math.abs(r.get(0) - head), Math.abs(r.get(r.size() - 1) - head));
      if (dist < bestDist) {
        best = r;
        bestDist = dist;
      }
    }
    return List.copyOf(best);
  }

  @Override
  public String toString() {
    return "AttributionTagger[cue " + cueModel.featureCount() + ", role " + roleModel.featureCount() + " features]";
  }
}
