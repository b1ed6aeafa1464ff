package exp;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.function.Supplier;

import opennlp.tools.namefind.*;
import opennlp.tools.util.*;
import opennlp.tools.util.featuregen.*;

/**
 * ANERcorp / OpenNLP name finder experiments.
 *
 * Usage: java exp.Exp key=value ...
 *   level=a0|a|b|c|d     feature set (a0 = default features on RAW tokens; a = default on folded tokens;
 *                        b = a + clitic/affix; c = b + dictionaries; d = c + trigger words)
 *   algo=MAXENT|PERCEPTRON|MAXENT_QN   iters=100  cutoff=5  l2=..(QN)  l1=..(QN)
 *   mode=holdout|cv      clear=0 (clear adaptive data every N sentences; 0 = never)
 *   post=none|multi|all  (gazetteer post-rule on O tokens; evaluation prints both with and without)
 *   cap=100              (max sentence length; longer sentences split at an O token)
 *   nodict=ANER|MALAFF   (ablation: drop a dictionary source)
 *   save=path            (serialize model)
 *   tag=name             (label printed in the result line)
 */
public class Exp {

  // ---------------------------------------------------------------- data
  static final String DATA = System.getProperty("data", "../../../shared/data/anercorp/ANERCorp.txt");
  static final String GAZ = System.getProperty("gazetteers", "../../../shared/data/anercorp/ANERGazet/");
  static final String RES = System.getProperty("lists", "../../src/main/resources/org/malaff/read/");

  static final class Sent {
    final String[] tok, fold, tag;
    Sent(List<String> t, List<String> g) {
      tok = t.toArray(new String[0]);
      tag = g.toArray(new String[0]);
      fold = new String[tok.length];
      for (int i = 0; i < tok.length; i++) fold[i] = fold(tok[i]);
    }
    Span[] gold() { return bioToSpans(tag); }
  }

  static Span[] bioToSpans(String[] tag) {
    List<Span> out = new ArrayList<>();
    int start = -1; String type = null;
    for (int i = 0; i <= tag.length; i++) {
      String t = i < tag.length ? tag[i] : "O";
      boolean cont = t.startsWith("I-") && type != null && t.substring(2).equals(type);
      if (!cont && type != null) { out.add(new Span(start, i, type)); type = null; }
      if (t.startsWith("B-") || (t.startsWith("I-") && !cont)) { start = i; type = t.substring(2); }
    }
    return out.toArray(new Span[0]);
  }

  static List<Sent> load(int cap) throws IOException {
    List<Sent> sents = new ArrayList<>();
    List<String> t = new ArrayList<>(), g = new ArrayList<>();
    int skipped = 0, lineNo = 0;
    List<String> lines = Files.readAllLines(Paths.get(DATA), StandardCharsets.UTF_8);
    List<String[]> toks = new ArrayList<>();
    for (String line : lines) {
      lineNo++;
      String[] f = line.trim().split("[ \t]+");
      String tag = f[f.length - 1];
      String tok = f.length >= 2 ? f[0].replaceAll("[\u200e\u200f\u200b\u200c\u200d\ufeff]", "") : "";
      if (f.length < 2 || tok.isEmpty() || !tag.matches("O|[BI]-(PERS|LOC|ORG|MISC)")) { skipped++; continue; }
      toks.add(new String[] {tok, tag});
    }
    for (int i = 0; i < toks.size(); i++) {
      String tok = toks.get(i)[0], tag = toks.get(i)[1];
      t.add(tok); g.add(tag);
      boolean end = tok.equals(".") || tok.equals("!") || tok.equals("؟") || tok.equals("?");
      String next = i + 1 < toks.size() ? toks.get(i + 1)[1] : "O";
      if (!end && t.size() >= cap && tag.equals("O") && !next.startsWith("I-")) end = true;
      if (end) { sents.add(new Sent(t, g)); t = new ArrayList<>(); g = new ArrayList<>(); }
    }
    if (!t.isEmpty()) sents.add(new Sent(t, g));
    System.err.println("loaded tokens=" + toks.size() + " skippedLines=" + skipped + " sentences=" + sents.size());
    return sents;
  }

  // ---------------------------------------------------------------- Arabic folding
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue; // harakat, dagger alef, tatweel
      switch (c) {
        case 'أ': case 'إ': case 'آ': case 'ٱ': c = 'ا'; break;
        case 'ى': c = 'ي'; break;
        case 'ة': c = 'ه'; break;
        default:
          if (c >= '\u0660' && c <= '\u0669') c = (char) ('0' + (c - '\u0660'));
          else c = Character.toLowerCase(c);
      }
      b.append(c);
    }
    return b.length() == 0 ? s : b.toString();
  }

  static final String[] PFX = {"وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك"};

  /** returns {prefix, base}; prefix "" if none. Base never has the article. */
  static String[] strip(String t) {
    for (String p : PFX) {
      int min = p.length() == 1 ? 3 : 2;
      if (t.startsWith(p) && t.length() - p.length() >= min) return new String[] {p, t.substring(p.length())};
    }
    return new String[] {"", t};
  }

  /** variants of a token used for dictionary lookup: itself, minus a conjunction/preposition, minus the article too. */
  static List<String> lookupForms(String t) {
    List<String> v = new ArrayList<>(3);
    v.add(t);
    for (String p : new String[] {"وب", "ول", "و", "ف", "ب", "ل", "ك"}) {
      if (t.startsWith(p) && t.length() - p.length() >= 2) { v.add(t.substring(p.length())); break; }
    }
    if (t.startsWith("لل") && t.length() > 3) v.add("ال" + t.substring(2));
    if (t.startsWith("ال") && t.length() > 3) v.add(t.substring(2));
    return v;
  }

  // ---------------------------------------------------------------- dictionaries
  static final class Dict {
    final Map<String, Set<String>> phrase = new HashMap<>();
    int maxLen = 1;
    void add(String p, String type) {
      p = p.trim();
      if (p.isEmpty() || p.startsWith("#") || p.startsWith("==")) return;
      String[] w = p.split("\\s+");
      StringBuilder b = new StringBuilder();
      for (String x : w) { if (b.length() > 0) b.append(' '); b.append(fold(x)); }
      phrase.computeIfAbsent(b.toString(), k -> new HashSet<>()).add(type);
      maxLen = Math.max(maxLen, w.length);
    }
    /** per token: list of marks like "LOC:B:2". */
    List<String>[] marks(String[] fold) {
      @SuppressWarnings("unchecked") List<String>[] m = new List[fold.length];
      for (int i = 0; i < fold.length; i++) m[i] = new ArrayList<>(2);
      for (int i = 0; i < fold.length; i++) {
        for (int len = Math.min(maxLen, Math.min(6, fold.length - i)); len >= 1; len--) {
          Set<String> types = null;
          for (String first : lookupForms(fold[i])) {
            StringBuilder b = new StringBuilder(first);
            for (int k = 1; k < len; k++) b.append(' ').append(fold[i + k]);
            types = phrase.get(b.toString());
            if (types != null) break;
          }
          if (types == null) continue;
          for (String ty : types) {
            String l = len == 1 ? "1" : len == 2 ? "2" : "3+";
            m[i].add(ty + ":B:" + l);
            for (int k = 1; k < len; k++) m[i + k].add(ty + ":I:" + l);
          }
          break; // longest match from this start
        }
      }
      return m;
    }
  }

  static Dict aner, malaff;

  static void loadDicts(Set<String> drop) throws IOException {
    aner = new Dict(); malaff = new Dict();
    if (!drop.contains("ANER")) {
      for (String[] f : new String[][] {{"PersGazetteer.txt", "PERS"}, {"LocGazetteer.txt", "LOC"}, {"OrgGazetteer.txt", "ORG"}})
        for (String l : Files.readAllLines(Paths.get(GAZ + f[0]), StandardCharsets.UTF_8)) aner.add(l, f[1]);
    }
    if (!drop.contains("MALAFF")) {
      for (String[] f : new String[][] {{"places.tsv", "LOC"}, {"outlets.tsv", "ORG"}, {"agencies.tsv", "ORG"}}) {
        for (String l : Files.readAllLines(Paths.get(RES + f[0]), StandardCharsets.UTF_8)) {
          if (l.startsWith("#") || l.isBlank()) continue;
          String[] c = l.split("\t");
          malaff.add(c[0], "M" + f[1]);
          if (c.length > 1) for (String v : c[1].split("\\|")) malaff.add(v, "M" + f[1]);
        }
      }
      for (String l : Files.readAllLines(Paths.get(RES + "given-names.txt"), StandardCharsets.UTF_8)) malaff.add(l, "FN");
    }
    System.err.println("dict entries aner=" + aner.phrase.size() + " malaff=" + malaff.phrase.size());
  }

  // ---------------------------------------------------------------- triggers
  static final Map<String, String> TRIG = new HashMap<>();
  static void trig(String type, String... ws) { for (String w : ws) TRIG.put(fold(w), type); }
  static {
    trig("PERS", "الرئيس", "رئيس", "الرئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "الملك", "الأمير", "الأميرة", "السيد", "السيدة",
        "الدكتور", "د", "الشيخ", "العاهل", "المستشار", "النائب", "الجنرال", "العقيد", "اللواء", "العميد", "الرئيسين", "نائب",
        "المتحدث", "الناطق", "المندوب", "السفير", "الأمين", "المبعوث", "الزعيم", "القائد", "الكاتب", "الشاعر", "الفنان", "المخرج",
        "اللاعب", "المدرب", "الممثل", "المغني", "الروائي", "الباحث", "البروفيسور", "المهندس", "الأستاذ", "الإمام", "البابا",
        "المستشارة", "الرئيس", "مستشار", "السلطان", "ولي", "رئيسة", "المرشح", "المرشحة", "الحاكم", "المحامي", "القاضي", "المدير");
    trig("SAY", "قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "أعلن", "وأعلن", "صرح", "وصرح",
        "ذكر", "وذكر", "أشار", "وأشار", "دعا", "ودعا", "التقى", "استقبل", "واستقبل", "بحث", "وبحث", "اتهم", "واتهم", "رأى", "ورأى",
        "يقول", "تقول", "ويقول", "وتقول");
    trig("LOC", "مدينة", "ولاية", "العاصمة", "عاصمة", "منطقة", "محافظة", "إقليم", "بلدة", "قرية", "جزيرة", "مقاطعة", "مدينتي",
        "ميناء", "مخيم", "حي", "بلدات", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "دولة", "جمهورية",
        "مملكة", "إمارة", "نهر", "بحر", "جبل", "قطاع", "الضفة");
    trig("ORG", "شركة", "وكالة", "حزب", "منظمة", "جامعة", "صحيفة", "جريدة", "مجلة", "بنك", "مصرف", "جمعية", "حركة", "اتحاد",
        "هيئة", "لجنة", "مجلس", "وزارة", "مؤسسة", "مركز", "نادي", "فريق", "منتخب", "قناة", "تلفزيون", "إذاعة", "محطة", "مجموعة",
        "شركات", "جبهة", "تنظيم", "كتائب", "جيش", "الشركة", "الوكالة", "الحزب", "المنظمة", "الجامعة", "الصحيفة", "مجلة", "معهد",
        "بورصة", "سوق", "محكمة", "البنك", "اتحاد", "الاتحاد", "رابطة", "نقابة");
  }
  static String trigOf(String folded) {
    String t = TRIG.get(folded);
    if (t == null) for (String p : new String[] {"و", "ف", "ب", "ل"})
      if (folded.startsWith(p) && folded.length() > 2 && (t = TRIG.get(folded.substring(1))) != null) break;
    return t;
  }
  static boolean nisba(String f) { return f.startsWith("ال") && (f.endsWith("ي") || f.endsWith("يه")) && f.length() > 4; }

  // ---------------------------------------------------------------- feature generators
  /** clitic / affix features (level b). */
  static final class MorphFG implements AdaptiveFeatureGenerator {
    public void createFeatures(List<String> f, String[] tok, int i, String[] prev) {
      String t = tok[i];
      String[] s = strip(t);
      f.add("st=" + s[1]);
      f.add("px=" + s[0]);
      String b = s[1];
      for (int k = 1; k <= 3; k++) {
        if (b.length() > k) { f.add("bs" + k + "=" + b.substring(b.length() - k)); f.add("bp" + k + "=" + b.substring(0, k)); }
        if (t.length() > k) f.add("ts" + k + "=" + t.substring(t.length() - k));
      }
      f.add("blen=" + Math.min(b.length(), 8));
      if (i > 0) f.add("st-1=" + strip(tok[i - 1])[1]); else f.add("st-1=BOS");
      if (i + 1 < tok.length) f.add("st+1=" + strip(tok[i + 1])[1]); else f.add("st+1=EOS");
    }
  }

  /** dictionary features (level c). */
  static final class DictFG implements AdaptiveFeatureGenerator {
    private String[] lastTok; private List<String>[] lastA, lastM;
    public void createFeatures(List<String> f, String[] tok, int i, String[] prev) {
      if (tok != lastTok) { lastTok = tok; lastA = aner.marks(tok); lastM = malaff.marks(tok); }
      emit(f, "", lastA[i], lastM[i]);
      if (i > 0) emit(f, "p", lastA[i - 1], lastM[i - 1]);
      if (i + 1 < tok.length) emit(f, "n", lastA[i + 1], lastM[i + 1]);
    }
    static void emit(List<String> f, String pos, List<String> a, List<String> m) {
      for (String x : a) { f.add(pos + "dA=" + x); f.add(pos + "dA=" + x.substring(0, x.indexOf(':') + 2)); }
      for (String x : m) { f.add(pos + "dM=" + x); f.add(pos + "dM=" + x.substring(0, x.indexOf(':') + 2)); }
      if (pos.isEmpty() && a.isEmpty() && m.isEmpty()) f.add("dNone");
    }
  }

  /** trigger-word features (level d). */
  static final class TrigFG implements AdaptiveFeatureGenerator {
    public void createFeatures(List<String> f, String[] tok, int i, String[] prev) {
      for (int d = -2; d <= 1; d++) {
        int j = i + d;
        if (j < 0 || j >= tok.length) continue;
        String t = trigOf(tok[j]);
        if (t != null) f.add("trg" + d + "=" + t);
      }
      // "الرئيس السوري بشار": trigger two back with a nisba adjective in between
      if (i >= 2 && nisba(tok[i - 1])) { String t = trigOf(tok[i - 2]); if (t != null) f.add("trgN=" + t); }
      if (i >= 1 && nisba(tok[i - 1])) f.add("prevNisba");
      if (i + 1 < tok.length && nisba(tok[i + 1])) f.add("nextNisba");
    }
  }

  /** wider clitic-stripped context (level e). */
  static final class EnhFG implements AdaptiveFeatureGenerator {
    public void createFeatures(List<String> f, String[] tok, int i, String[] prev) {
      String c = strip(tok[i])[1];
      for (int d : new int[] {-2, 2}) { int j = i + d; if (j >= 0 && j < tok.length) f.add("st" + d + "=" + strip(tok[j])[1]); }
      for (int d : new int[] {-1, 1}) {
        int j = i + d; if (j < 0 || j >= tok.length) continue;
        String b = strip(tok[j])[1];
        if (b.length() > 2) f.add("bs2" + d + "=" + b.substring(b.length() - 2));
        f.add("px" + d + "=" + strip(tok[j])[0]);
      }
      if (i > 0) f.add("stbg-=" + strip(tok[i - 1])[1] + "_" + c);
      if (i + 1 < tok.length) f.add("stbg+=" + c + "_" + strip(tok[i + 1])[1]);
    }
  }

  static AdaptiveFeatureGenerator build(String level) {
    List<AdaptiveFeatureGenerator> g = new ArrayList<>();
    g.add(new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2));
    g.add(new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2));
    g.add(new OutcomePriorFeatureGenerator());
    g.add(new PreviousMapFeatureGenerator());
    g.add(new BigramNameFeatureGenerator());
    g.add(new SentenceFeatureGenerator(true, false));
    if (level.compareTo("b") >= 0) g.add(new MorphFG());
    if (level.compareTo("c") >= 0) g.add(new DictFG());
    if (level.compareTo("d") >= 0) g.add(new TrigFG());
    if (level.compareTo("e") >= 0) { g.add(new EnhFG()); g.add(new CharacterNgramFeatureGenerator(3, 4)); }
    return new CachedFeatureGenerator(new AggregatedFeatureGenerator(g.toArray(new AdaptiveFeatureGenerator[0])));
  }

  static volatile Supplier<AdaptiveFeatureGenerator> GEN;
  static int genCalls = 0;

  static byte[] defaultXml() {
    try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream("/opennlp/tools/namefind/ner-default-features.xml")) {
      return in.readAllBytes();
    } catch (IOException e) { throw new UncheckedIOException(e); }
  }

  // ---------------------------------------------------------------- train / eval
  static boolean RAW = false;
  static String[] view(Sent s) { return RAW ? s.tok : s.fold; }

  static List<NameSample> samples(List<Sent> sents, int clearEvery) {
    List<NameSample> out = new ArrayList<>();
    for (int i = 0; i < sents.size(); i++)
      out.add(new NameSample(view(sents.get(i)), sents.get(i).gold(), clearEvery > 0 && i % clearEvery == 0));
    return out;
  }

  static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};

  static final class Score {
    final Map<String, int[]> c = new LinkedHashMap<>(); // tp, fp, fn
    Score() { for (String t : TYPES) c.put(t, new int[3]); }
    void add(Span[] gold, Span[] pred) {
      Set<String> g = new HashSet<>(), p = new HashSet<>();
      for (Span s : gold) g.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
      for (Span s : pred) p.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
      for (String x : p) c.get(x.substring(x.lastIndexOf(':') + 1))[g.contains(x) ? 0 : 1]++;
      for (String x : g) if (!p.contains(x)) c.get(x.substring(x.lastIndexOf(':') + 1))[2]++;
    }
    void addAll(Score o) { for (String t : TYPES) for (int k = 0; k < 3; k++) c.get(t)[k] += o.c.get(t)[k]; }
    static double[] prf(int tp, int fp, int fn) {
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
    double[] micro() {
      int tp = 0, fp = 0, fn = 0;
      for (int[] x : c.values()) { tp += x[0]; fp += x[1]; fn += x[2]; }
      return prf(tp, fp, fn);
    }
    double f1(String t) { int[] x = c.get(t); return prf(x[0], x[1], x[2])[2]; }
    String line() {
      double[] m = micro();
      StringBuilder b = new StringBuilder(String.format("micro P=%.4f R=%.4f F1=%.4f", m[0], m[1], m[2]));
      for (String t : TYPES) { int[] x = c.get(t); double[] v = prf(x[0], x[1], x[2]);
        b.append(String.format(" | %s P=%.3f R=%.3f F1=%.4f (tp=%d fp=%d fn=%d)", t, v[0], v[1], v[2], x[0], x[1], x[2])); }
      return b.toString();
    }
    String shortLine() {
      return String.format("%.4f\t%.4f\t%.4f\t%.4f\t%.4f", micro()[2], f1("PERS"), f1("LOC"), f1("ORG"), f1("MISC"));
    }
  }

  /** Gazetteer post-rule: add matches over tokens left O. */
  static Span[] postRule(Sent s, Span[] pred, String mode) {
    if (mode.equals("none")) return pred;
    boolean[] used = new boolean[s.fold.length];
    for (Span p : pred) for (int k = p.getStart(); k < p.getEnd(); k++) used[k] = true;
    List<Span> out = new ArrayList<>(Arrays.asList(pred));
    List<String>[] m = aner.marks(s.fold);
    List<String>[] mm = malaff.marks(s.fold);
    for (int i = 0; i < s.fold.length; i++) {
      List<String> all = new ArrayList<>(m[i]);
      for (String x : mm[i]) if (x.startsWith("M")) all.add(x.substring(1)); // MLOC -> LOC, MORG -> ORG; FN ignored
      for (String x : all) {
        String[] p = x.split(":");
        if (!p[1].equals("B")) continue;
        int len = p[2].equals("3+") ? -1 : Integer.parseInt(p[2]);
        if (len == -1) { len = 1; while (i + len < s.fold.length && all(m, mm, i + len, p[0])) len++; }
        if (mode.equals("multi") && len < 2) continue;
        boolean free = true;
        for (int k = i; k < i + len; k++) free &= !used[k];
        if (!free) continue;
        out.add(new Span(i, i + len, p[0]));
        for (int k = i; k < i + len; k++) used[k] = true;
        break;
      }
    }
    out.sort(Comparator.comparingInt(Span::getStart));
    return out.toArray(new Span[0]);
  }
  static int PROPW = 15;
  static final Set<String> NOPROP = new HashSet<>(Arrays.asList("بن", "ابن", "عبد", "ابو", "ال", "الله", "دي", "دو", "فان", "لا", "بنت", "ولد", "الدين"));

  /** Name propagation: strings predicted as entities in nearby sentences (+-PROPW) are tagged where left O. */
  static Span[] propagate(List<Sent> test, List<Span[]> preds, int i) {
    Map<String, String> full = new HashMap<>(); Map<String, String> single = new HashMap<>();
    for (int j = Math.max(0, i - PROPW); j <= Math.min(test.size() - 1, i + PROPW); j++) {
      String[] fo = test.get(j).fold;
      for (Span sp : preds.get(j)) {
        StringBuilder b = new StringBuilder();
        for (int k = sp.getStart(); k < sp.getEnd(); k++) { if (b.length() > 0) b.append(' '); b.append(k == sp.getStart() ? lookupForms(fo[k]).get(lookupForms(fo[k]).size() > 1 ? 1 : 0) : fo[k]); }
        full.putIfAbsent(b.toString(), sp.getType());
        if (sp.getType().equals("PERS") && sp.length() > 1) {
          String last = fo[sp.getEnd() - 1];
          if (last.length() >= 3 && !NOPROP.contains(last)) single.putIfAbsent(last, "PERS");
        }
      }
    }
    Sent s = test.get(i);
    boolean[] used = new boolean[s.fold.length];
    List<Span> out = new ArrayList<>(Arrays.asList(preds.get(i)));
    for (Span p : out) for (int k = p.getStart(); k < p.getEnd(); k++) used[k] = true;
    for (int k = 0; k < s.fold.length; k++) {
      if (used[k]) continue;
      boolean done = false;
      for (int len = Math.min(5, s.fold.length - k); len >= 1 && !done; len--) {
        boolean free = true; for (int q = k; q < k + len; q++) free &= !used[q];
        if (!free) continue;
        for (String first : lookupForms(s.fold[k])) {
          StringBuilder b = new StringBuilder(first);
          for (int q = 1; q < len; q++) b.append(' ').append(s.fold[k + q]);
          String ty = full.get(b.toString());
          if (ty == null && len == 1) ty = single.get(first);
          if (ty != null && (len > 1 || first.length() >= 3)) {
            out.add(new Span(k, k + len, ty)); for (int q = k; q < k + len; q++) used[q] = true; done = true; break;
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(Span::getStart));
    return out.toArray(new Span[0]);
  }

  static boolean all(List<String>[] m, List<String>[] mm, int j, String ty) {
    for (String x : m[j]) if (x.startsWith(ty + ":I")) return true;
    for (String x : mm[j]) if (x.startsWith("M" + ty + ":I")) return true;
    return false;
  }

  static String arg(Map<String, String> a, String k, String d) { return a.getOrDefault(k, d); }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String x : args) { int e = x.indexOf('='); a.put(x.substring(0, e), x.substring(e + 1)); }
    String level = arg(a, "level", "a");
    RAW = level.equals("a0");
    String lv = RAW ? "a" : level;
    String algo = arg(a, "algo", "MAXENT");
    int iters = Integer.parseInt(arg(a, "iters", "100"));
    int cutoff = Integer.parseInt(arg(a, "cutoff", "5"));
    int clear = Integer.parseInt(arg(a, "clear", "0"));
    int cap = Integer.parseInt(arg(a, "cap", "100"));
    String mode = arg(a, "mode", "holdout");
    String tag = arg(a, "tag", String.join(" ", args));
    loadDicts(new HashSet<>(Arrays.asList(arg(a, "nodict", "").split(","))));
    GEN = () -> build(lv);

    List<Sent> sents = load(cap);
    int n = 0; for (Sent s : sents) n += s.tok.length;
    int[] lens = sents.stream().mapToInt(s -> s.tok.length).sorted().toArray();
    System.err.println("sentence length median=" + lens[lens.length / 2] + " p95=" + lens[(int) (lens.length * 0.95)] + " max=" + lens[lens.length - 1]);

    // split: contiguous folds on sentence boundaries by token offset
    int folds = mode.equals("cv") ? 5 : 1;
    int[] foldOf = new int[sents.size()];
    int off = 0;
    for (int i = 0; i < sents.size(); i++) {
      if (mode.equals("cv")) foldOf[i] = Math.min(4, (int) ((long) off * 5 / n));
      else foldOf[i] = off >= (long) n * 8 / 10 ? 0 : -1; // test = sentences starting at/after 80% of tokens
      off += sents.get(i).tok.length;
    }

    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ALGORITHM_PARAM, algo);
    tp.put(TrainingParameters.ITERATIONS_PARAM, iters);
    tp.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    if (a.containsKey("l2")) tp.put("L2Cost", Double.parseDouble(a.get("l2")));
    if (a.containsKey("l1")) tp.put("L1Cost", Double.parseDouble(a.get("l1")));
    if (a.containsKey("beam")) tp.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, Integer.parseInt(a.get("beam")));

    String[] posts = {"none", "multi", "all", "prop", "prop+multi"};
    PROPW = Integer.parseInt(arg(a, "propw", "15"));
    Score[] tot = new Score[posts.length];
    for (int p = 0; p < posts.length; p++) tot[p] = new Score();
    List<String> foldLines = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Sent> train = new ArrayList<>(), test = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) (foldOf[i] == f ? test : train).add(sents.get(i));
      int trTok = train.stream().mapToInt(s -> s.tok.length).sum(), teTok = test.stream().mapToInt(s -> s.tok.length).sum();
      System.err.println("fold " + f + " train sents=" + train.size() + " tokens=" + trTok + " test sents=" + test.size() + " tokens=" + teTok);
      long t0 = System.nanoTime();
      TokenNameFinderModel model = NameFinderME.train("ar", null,
          ObjectStreamUtils.createObjectStream(samples(train, clear)), tp, new NerFactory());
      double trainS = (System.nanoTime() - t0) / 1e9;
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      model.serialize(bo);
      if (a.containsKey("save")) Files.write(Paths.get(a.get("save")), bo.toByteArray());

      NameFinderME finder = new NameFinderME(model);
      // warm-up pass for throughput
      if (f == 0 && a.containsKey("speed")) for (Sent s : test) finder.find(view(s));
      finder.clearAdaptiveData();
      Score[] sc = new Score[posts.length];
      for (int p = 0; p < posts.length; p++) sc[p] = new Score();
      long t1 = System.nanoTime();
      List<Span[]> preds = new ArrayList<>();
      for (int i = 0; i < test.size(); i++) {
        if (clear > 0 && i % clear == 0) finder.clearAdaptiveData();
        preds.add(finder.find(view(test.get(i))));
      }
      double tagS = (System.nanoTime() - t1) / 1e9;
      for (int i = 0; i < test.size(); i++)
        for (int p = 0; p < posts.length; p++) {
          Span[] pr = preds.get(i);
          if (posts[p].startsWith("prop")) pr = propagate(test, preds, i);
          String base = posts[p].startsWith("prop") ? posts[p].replace("prop", "").replace("+", "") : posts[p];
          sc[p].add(test.get(i).gold(), postRule(test.get(i), pr, base.isEmpty() ? "none" : base));
        }
      for (int p = 0; p < posts.length; p++) tot[p].addAll(sc[p]);
      String fl = String.format("fold=%d train=%.1fs model=%.1fMB tag=%.0f tok/s genCalls=%d %s", f, trainS, bo.size() / 1e6, teTok / tagS, genCalls, sc[0].line());
      System.err.println(fl);
      foldLines.add(String.format("%s\tfold%d\t%s\t%.1f", tag, f, sc[0].shortLine(), trainS));
      if (a.containsKey("dump") && f == 0) dump(a.get("dump"), test, preds);
    }
    try (PrintWriter w = new PrintWriter(new FileWriter("results.tsv", true))) {
      for (int p = 0; p < posts.length; p++) {
        System.out.println(tag + " post=" + posts[p] + " :: " + tot[p].line());
        w.println(tag + "\tpost=" + posts[p] + "\t" + tot[p].shortLine() + "\t" + tot[p].line());
      }
      if (folds > 1) for (String l : foldLines) w.println(l);
    }
  }

  static void dump(String path, List<Sent> test, List<Span[]> preds) throws IOException {
    try (PrintWriter w = new PrintWriter(path, StandardCharsets.UTF_8)) {
      for (int i = 0; i < test.size(); i++) {
        Sent s = test.get(i);
        String[] pt = new String[s.tok.length]; Arrays.fill(pt, "O");
        for (Span sp : preds.get(i)) for (int k = sp.getStart(); k < sp.getEnd(); k++) pt[k] = (k == sp.getStart() ? "B-" : "I-") + sp.getType();
        for (int k = 0; k < s.tok.length; k++) w.println(s.tok[k] + " " + s.tag[k] + " " + pt[k]);
        w.println();
      }
    }
  }
}
