package org.qantara.modelbuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.NameKeys;
import org.qantara.core.embed.Vectors;

/**
 * Builds the built-in Arabic–English static embedding model from the two FreeDict dictionaries: a WordPiece
 * {@code tokenizer.json} (see {@link Vocabulary}, {@link TextNormalizer}) and a {@code model.onnx} whose token
 * vectors come from random indexing over the bilingual dictionary graph. Every English key gets a
 * pseudo-random vector seeded by its own spelling (so the build is reproducible and independent of
 * iteration order); an Arabic key is the weighted sum of its translations' vectors; English keys then absorb
 * their Arabic neighbours so English synonyms move together, and Arabic keys are recomputed from that.
 */
public final class BuiltinModelBuilder {

  public static final String MODEL_NAME = "builtin-ar-en";
  /** The dictionaries' licence, which the model inherits (see the model README). */
  public static final String LICENCE = "GPL-2.0-or-later";
  /** With translations learned from the Tatoeba pairs: their licence too, which asks for attribution. */
  public static final String LICENCE_WITH_TATOEBA = LICENCE + " AND CC-BY-2.0-FR";

  static final int MAX_TOKENS = 256;

  /**
   * The knobs the README's step table varies; {@link #DEFAULT} is what ships.
   *
   * @param dimension vector size
   * @param morphology generate clitic/suffix/verb-prefix pieces (off: whole dictionary words only)
   * @param smoothingRounds English-absorbs-Arabic rounds after the first Arabic pass
   * @param functionWordsZero give function words weight 0 (off: weight 1 like content words)
   * @param letterWeight weight of the phonetic letter fallback (0: unknown words contribute nothing)
   * @param stemShare how much an Arabic key borrows from keys with the same light stem (0: nothing)
   * @param edgePower an Arabic key weighs each translation by the edge's summed weight raised to this power,
   *     so that a pair attested again and again (in both dictionaries, in several entries) outweighs one-off
   *     links from multi-word phrases (كتاب → "casebook")
   * @param centred subtract each language's mean vector from its rows, so that what all words of a language
   *     share stops making every sentence look alike (hubs)
   * @param closedClassWeight weight of the pronoun, negation and question-word concepts of {@link HandLexicon}
   *     (0: silent like other function words)
   * @param maxArabicKeys 0 for all; a small number builds a slice of the vocabulary (tests)
   * @param learnedWeight weight of the word translations learned from the training pairs ({@link Lexicon#learn};
   *     0: dictionaries only)
   * @param learnedMinScore the least geometric mean of the two learned directions that makes a link
   * @param verbProclitics whole-word tokens for the future prefix س and the subjunctive ل before every person of a
   *     verb where greedy splitting goes wrong (ستفعل is not ست "six" + فعل); see {@link Vocabulary}
   * @param synonymShare share of its weight at which each translation also reaches its English synonyms from WordNet
   *     ({@link Lexicon#addSynonyms}; 0: none, and WordNet is not read)
   * @param learnedDictionaryShare share of {@code learnedWeight} at which a learned translation joins an Arabic key the
   *     dictionaries already render (1: as any other; 0: learned translations only for words the dictionaries lack, so
   *     that a dictionary word keeps the dictionary's senses)
   * @param nameBuckets how many name buckets the model holds ({@link NameKeys}: a word the vocabulary does not know
   *     gains a token for its consonant key, the same in both scripts; 0: none; 4096 ship since names10, issue 14)
   */
  public record Settings(int dimension, boolean morphology, int smoothingRounds, boolean functionWordsZero,
      double letterWeight, double stemShare, double edgePower, boolean centred, double closedClassWeight,
      int maxArabicKeys, double learnedWeight, double learnedMinScore, boolean verbProclitics,
      double synonymShare, double learnedDictionaryShare, int nameBuckets) {
    /** The dictionaries alone: the shipped model until issue 14's learned translations (the README's step table). */
    public static final Settings DICTIONARIES_ONLY = new Settings(256, true, 6, true, 0.6, 1.0, 2, true, 0.5, 0, 0,
        0.1, false, 0, 1, 0);
    /**
     * What ships: the dictionaries and the word translations IBM Model 1 learns from the Tatoeba training pairs (weight
     * 2, least score 0.1, no verb prefixes; docs/QUALITY.md, "model8, issue 14") and 4096 name buckets: Tatoeba dev
     * 61.4% / 60.0% top-1, seed 001's content words 38/44 (docs/QUALITY.md, "names10, issue 14").
     */
    public static final Settings DEFAULT = DICTIONARIES_ONLY.withLearned(2, 0.1).withNameBuckets(4096);

    public Settings(int dimension, boolean morphology, int smoothingRounds, boolean functionWordsZero,
        double letterWeight, double stemShare, double edgePower, boolean centred, double closedClassWeight,
        int maxArabicKeys, double learnedWeight, double learnedMinScore, boolean verbProclitics) {
      this(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare, edgePower, centred,
          closedClassWeight, maxArabicKeys, learnedWeight, learnedMinScore, verbProclitics, 0, 1, 0);
    }

    public Settings withMaxArabicKeys(int max) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, max, learnedWeight, learnedMinScore, verbProclitics, synonymShare,
          learnedDictionaryShare, nameBuckets);
    }

    public Settings withLearned(double weight, double minScore) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, maxArabicKeys, weight, minScore, verbProclitics, synonymShare,
          learnedDictionaryShare, nameBuckets);
    }

    public Settings withSynonyms(double share) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, maxArabicKeys, learnedWeight, learnedMinScore, verbProclitics, share,
          learnedDictionaryShare, nameBuckets);
    }

    public Settings withLearnedDictionaryShare(double share) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, maxArabicKeys, learnedWeight, learnedMinScore, verbProclitics,
          synonymShare, share, nameBuckets);
    }

    public Settings withVerbProclitics(boolean on) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, maxArabicKeys, learnedWeight, learnedMinScore, on, synonymShare,
          learnedDictionaryShare, nameBuckets);
    }

    public Settings withNameBuckets(int buckets) {
      return new Settings(dimension, morphology, smoothingRounds, functionWordsZero, letterWeight, stemShare,
          edgePower, centred, closedClassWeight, maxArabicKeys, learnedWeight, learnedMinScore, verbProclitics,
          synonymShare, learnedDictionaryShare, buckets);
    }
  }

  /**
   * The sentence pairs the shipped model learns word translations from (12,068 Tatoeba pairs, CC BY 2.0 FR, the
   * evaluation pairs removed), as the shared data lays them out beside a checkout.
   */
  public static final String TATOEBA_TRAIN_DIR = "../shared/train/tatoeba-ara-eng";

  /** {@link #TATOEBA_TRAIN_DIR} as a path (the command line's default names the folder as text). */
  public static final Path TATOEBA_TRAIN = Path.of(TATOEBA_TRAIN_DIR);

  /** Where Debian's {@code wordnet-base} puts WordNet's database files. */
  static final Path WORDNET = Path.of("/usr/share/wordnet");

  /** EM rounds of IBM Model 1: the table barely moves after five. */
  static final int LEARNING_ROUNDS = 5;

  /** What one build produced. */
  public record BuildReport(Path outDir, int tokens, int rows, int dimension, List<ModelFile> files,
      long totalBytes, long millis) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private BuiltinModelBuilder() {}

  public static BuildReport build(Path freedictDir, Path outDir) {
    return build(freedictDir, TATOEBA_TRAIN, outDir, Settings.DEFAULT);
  }

  /**
   * @param trainDir the sentence pairs word translations are learned from ({@link ParallelCorpus}); read only when
   *     {@code settings.learnedWeight()} is not 0 (the shipped settings learn from {@link #TATOEBA_TRAIN})
   */
  public static BuildReport build(Path freedictDir, Path trainDir, Path outDir, Settings settings) {
    long start = System.nanoTime();
    Lexicon lexicon = Lexicon.of(FreeDict.read(freedictDir, "ara-eng"), FreeDict.read(freedictDir, "eng-ara"));
    if (settings.learnedWeight() > 0) {
      lexicon.learn(ParallelCorpus.read(trainDir), LEARNING_ROUNDS, settings.learnedWeight(),
          settings.learnedMinScore(), settings.learnedDictionaryShare());
    }
    if (settings.synonymShare() > 0) {
      lexicon.addSynonyms(WordNetSynonyms.read(WORDNET), settings.synonymShare());
    }
    if (settings.maxArabicKeys() > 0) {
      lexicon = lexicon.slice(settings.maxArabicKeys());
    }
    NameKeys names = settings.nameBuckets() > 0
        ? new NameKeys(Vocabulary.FIRST_NAME_BUCKET_ID, settings.nameBuckets(),
        new TreeSet<>(Vocabulary.affixPieces())) : null;
    Map<String, float[]> rowVectors = rowVectors(lexicon, settings, names);
    Vocabulary vocabulary = vocabulary(lexicon, settings);
    if (names != null) {
      vocabulary.addNameBuckets(names.buckets(), NAME_WEIGHT);
    }
    try {
      Files.createDirectories(outDir);
      List<String> tokens = vocabulary.orderedTokens();
      writeTokenizer(tokens, outDir.resolve(ModelRecipe.TOKENIZER_FILE));
      OnnxModelWriter.write(quantize(tokens, vocabulary, rowVectors, settings.dimension()), MODEL_NAME,
          outDir.resolve(ModelRecipe.MODEL_FILE));
      List<ModelFile> files = List.of(ModelFile.describe(outDir.resolve(ModelRecipe.TOKENIZER_FILE)),
          ModelFile.describe(outDir.resolve(ModelRecipe.MODEL_FILE)));
      boolean learned = settings.learnedWeight() > 0;
      ModelRecipe.builtin(MODEL_NAME, "Built-in Arabic-English static embeddings from the FreeDict dictionaries"
          + (learned ? " and word translations learned from the Tatoeba sentence pairs" : "")
          + " (random indexing over the bilingual word graph); offline, fast, word-level evidence.",
          files, ModelRecipe.Pooling.MEAN, true, MAX_TOKENS, learned ? LICENCE_WITH_TATOEBA : LICENCE)
          .withNames(names)
          .write(outDir.resolve(ModelRecipe.FILE_NAME));
      long rows = new TreeSet<>(vocabulary.tokens.values().stream()
          .filter(a -> a.row() != null && a.weight() != 0).map(Vocabulary.Assignment::row).toList()).size();
      Files.writeString(outDir.resolve("README.md"), ModelReadme.text(tokens.size(), (int) rows + 1,
          settings.dimension()));
      long total = files.stream().mapToLong(ModelFile::size).sum();
      return new BuildReport(outDir, tokens.size(), (int) rows, settings.dimension(), files, total,
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new QantaraException("cannot write the built-in model to " + outDir + ": " + e.getMessage(),
          "check that the folder is writable", e);
    }
  }

  private static Vocabulary vocabulary(Lexicon lexicon, Settings settings) {
    Vocabulary vocabulary = new Vocabulary(settings.verbProclitics());
    for (HandLexicon.Concept concept : HandLexicon.CONCEPTS) {
      double weight = concept.closedClass() ? settings.closedClassWeight() : 1;
      for (String arabic : concept.arabic()) {
        String form = TextNormalizer.normalize(arabic);
        if (form.startsWith(Vocabulary.CONTINUATION)) {
          vocabulary.add(form, "hand:" + concept.id(), weight);
        } else {
          vocabulary.addArabicWord(form, "hand:" + concept.id(), weight, settings.morphology());
        }
      }
      concept.english().forEach(e -> vocabulary.add(e, "hand:" + concept.id(), weight));
    }
    double functionWeight = settings.functionWordsZero() ? 0 : 1;
    Words.ARABIC_FUNCTION_WORDS.forEach(w -> vocabulary.add(w, "ar:" + w, functionWeight));
    Words.ENGLISH_FUNCTION_WORDS.forEach(w -> vocabulary.add(w, "en:" + w, functionWeight));
    if (settings.morphology()) {
      vocabulary.addAffixes();
    }
    lexicon.arabicToEnglish.keySet().forEach(k ->
        vocabulary.addArabicWord(k, "ar:" + lexicon.arabicRowKey(k), 1, settings.morphology()));
    lexicon.arabicForms.forEach((form, key) -> vocabulary.add(form, "ar:" + lexicon.arabicRowKey(key), 1));
    lexicon.englishForms.forEach((form, key) -> vocabulary.add(form, "en:" + key, 1));
    vocabulary.addLetters(PhoneticLetters.rows(), settings.letterWeight());
    vocabulary.addNeededCliticForms();
    vocabulary.addDigitAliases();
    return vocabulary;
  }

  /** Weight of a name bucket's token: a name is a content word like any other. */
  static final double NAME_WEIGHT = 1.0;

  /**
   * Share of a name bucket's vector in the rows of a dictionary pair that is a sound rendering (بوتين "butene",
   * موسكو "Moscow": the same consonant key on both sides), so that such a word also meets the bucket the other
   * script's spelling of the name falls into when the vocabulary lacks it (Putin).
   */
  static final double SOUND_RENDERING_SHARE = 0.5;

  /** Row key of a name bucket. */
  static String nameRow(int bucket) {
    return "name:" + bucket;
  }

  /** Row key → vector, for every row a token can read. */
  private static Map<String, float[]> rowVectors(Lexicon lexicon, Settings settings, NameKeys names) {
    int dim = settings.dimension();
    SortedMap<String, SortedMap<String, Double>> arabicToEnglish = new TreeMap<>();
    SortedMap<String, SortedMap<String, Double>> englishToArabic = new TreeMap<>();
    lexicon.arabicToEnglish.forEach((ar, edges) -> edges.forEach((en, w) -> {
      // Sharpened where an Arabic key sums its translations; English smoothing keeps the plain weights
      // (sharpening both ways measured a point or two worse).
      arabicToEnglish.computeIfAbsent(ar, k -> new TreeMap<>()).put(en, Math.pow(w, settings.edgePower()));
      englishToArabic.computeIfAbsent(en, k -> new TreeMap<>()).put(ar, w);
    }));
    // Synonym edges feed the Arabic rows only: in the English smoothing they blur every synonym group together.
    lexicon.synonymEdges.forEach((ar, edges) -> edges.forEach((en, w) -> arabicToEnglish.get(ar)
        .merge(en, Math.pow(w, settings.edgePower()), Double::sum)));

    Map<String, float[]> english = new TreeMap<>();
    englishToArabic.keySet().forEach(en -> english.put(en, seed("en:" + en, dim)));
    Map<String, float[]> arabic = arabicFromEnglish(arabicToEnglish, english, dim, settings.stemShare(),
        lexicon.learnedStems);
    for (int round = 0; round < settings.smoothingRounds(); round++) {
      Map<String, float[]> smoothed = new TreeMap<>();
      englishToArabic.forEach((en, edges) -> {
        float[] neighbours = new float[dim];
        edges.forEach((ar, w) -> add(neighbours, arabic.get(ar), w));
        float[] own = english.get(en).clone();
        add(own, Vectors.normalised(neighbours), 1);
        smoothed.put(en, Vectors.normalised(own));
      });
      english.putAll(smoothed);
      arabic.putAll(arabicFromEnglish(arabicToEnglish, english, dim, settings.stemShare(), lexicon.learnedStems));
    }

    Map<String, float[]> rows = new TreeMap<>();
    float[] englishMean = settings.centred() ? mean(english.values(), dim) : new float[dim];
    float[] arabicMean = settings.centred() ? mean(arabic.values(), dim) : new float[dim];
    english.forEach((en, v) -> rows.put("en:" + en, Vectors.normalised(minus(v, englishMean))));
    arabic.forEach((ar, v) -> {
      float[] row = Vectors.normalised(minus(v, arabicMean));
      String suffix = lexicon.learnedPronouns.get(ar);
      if (suffix != null) {
        // A learned form that is a word plus a pronoun (شعرك) is one token: it carries the pronoun piece's
        // concept itself, at the weight the piece would have had beside the word.
        add(row, handConcept(HandLexicon.pronounOfSuffix(suffix), dim), settings.closedClassWeight());
        Vectors.scaleToUnit(row);
      }
      rows.put("ar:" + ar, row);
    });
    if (names != null) {
      addSoundRenderings(lexicon, rows, names, dim);
    }
    addHandConcepts(rows, dim);
    return rows;
  }

  /** Mixes a name bucket into both rows of every dictionary pair whose two words share a consonant key. */
  private static void addSoundRenderings(Lexicon lexicon, Map<String, float[]> rows, NameKeys names, int dim) {
    Map<String, Integer> buckets = new TreeMap<>();
    lexicon.arabicToEnglish.forEach((ar, edges) -> {
      String key = NameKeys.key(ar);
      if (key != null && key.length() >= 3) {
        edges.keySet().stream().filter(en -> key.equals(NameKeys.key(en))).forEach(en -> {
          buckets.put("ar:" + ar, names.bucket(key));
          buckets.put("en:" + en, names.bucket(key));
        });
      }
    });
    buckets.forEach((row, bucket) -> {
      float[] vector = rows.get(row);
      add(vector, seed(nameRow(bucket), dim), SOUND_RENDERING_SHARE);
      Vectors.scaleToUnit(vector);
    });
  }

  /**
   * Each Arabic key: its own translations, plus (at {@code stemShare}) those of every key with the same light
   * stem, so inflections the dictionary lists separately (عسكري "martial", عسكرية ...) pool their evidence.
   */
  private static Map<String, float[]> arabicFromEnglish(SortedMap<String, SortedMap<String, Double>> arabicToEnglish,
      Map<String, float[]> english, int dim, double stemShare, Map<String, String> learnedStems) {
    Map<String, float[]> own = new TreeMap<>();
    Map<String, float[]> byStem = new TreeMap<>();
    arabicToEnglish.forEach((ar, edges) -> {
      float[] sum = new float[dim];
      edges.forEach((en, w) -> add(sum, english.get(en), w));
      own.put(ar, Vectors.normalised(sum));
      add(byStem.computeIfAbsent(Words.arabicStem(ar), k -> new float[dim]), Vectors.normalised(sum), 1);
    });
    Map<String, float[]> arabic = new TreeMap<>();
    own.forEach((ar, v) -> {
      float[] mixed = v.clone();
      add(mixed, Vectors.normalised(byStem.get(Words.arabicStem(learnedStems.getOrDefault(ar, ar)))), stemShare);
      arabic.put(ar, Vectors.normalised(mixed));
    });
    return arabic;
  }

  private static float[] mean(Iterable<float[]> vectors, int dim) {
    float[] sum = new float[dim];
    int count = 0;
    for (float[] v : vectors) {
      add(sum, v, 1);
      count++;
    }
    return scaled(sum, 1.0 / Math.max(1, count));
  }

  /** Hand-made concepts get their own seeded vectors; the duals are sums of their parts. */
  private static void addHandConcepts(Map<String, float[]> rows, int dim) {
    for (HandLexicon.Concept concept : HandLexicon.CONCEPTS) {
      rows.put("hand:" + concept.id(), handConcept(concept.id(), dim));
    }
  }

  private static float[] handConcept(String id, int dim) {
    float[] vector = new float[dim];
    for (String part : id.split("\\+")) {
      add(vector, seed("hand:" + part, dim), 1);
    }
    return Vectors.normalised(vector);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A unit vector with Gaussian components, seeded by the FNV-1a hash of {@code key}. */
  static float[] seed(String key, int dim) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : utf8(key)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    SplittableRandom random = new SplittableRandom(hash);
    float[] v = new float[dim];
    for (int i = 0; i < dim; i++) {
      v[i] = (float) gaussian(random);
    }
    return Vectors.normalised(v);
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller spelled out: SplittableRandom.nextGaussian's algorithm is not specified across JDKs.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static void add(float[] sum, float[] v, double w) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += (float) (w * v[i]);
    }
  }

  private static float[] minus(float[] a, float[] b) {
    float[] out = a.clone();
    add(out, b, -1);
    return out;
  }

  private static float[] scaled(float[] v, double factor) {
    float[] out = new float[v.length];
    add(out, v, factor);
    return out;
  }

  /** int8 rows with one scale per token = token weight × the row's quantisation step. */
  private static OnnxModelWriter.Graph quantize(List<String> tokens, Vocabulary vocabulary,
      Map<String, float[]> rowVectors, int dim) {
    Map<String, Integer> rowIndex = new LinkedHashMap<>();
    rowIndex.put(null, 0); // row 0 is all zeros: padding, unknown and weightless tokens read it
    List<float[]> rowList = new ArrayList<>();
    rowList.add(new float[dim]);
    int[] tokenRow = new int[tokens.size()];
    float[] tokenScale = new float[tokens.size()];
    for (int id = 0; id < tokens.size(); id++) {
      Vocabulary.Assignment assignment = vocabulary.tokens.get(tokens.get(id));
      if (assignment == null || assignment.row() == null || assignment.weight() == 0) {
        continue;
      }
      float[] vector = rowVectors.get(assignment.row());
      if (vector == null) {
        vector = seed(assignment.row(), dim);
      }
      Integer index = rowIndex.get(assignment.row());
      if (index == null) {
        index = rowList.size();
        rowIndex.put(assignment.row(), index);
        rowList.add(vector);
      }
      tokenRow[id] = index;
      tokenScale[id] = (float) (assignment.weight() * maxAbs(rowList.get(index)) / 127);
    }
    byte[] rows = new byte[rowList.size() * dim];
    for (int r = 1; r < rowList.size(); r++) {
      float[] vector = rowList.get(r);
      float step = maxAbs(vector) / 127;
      for (int i = 0; i < dim; i++) {
        rows[r * dim + i] = (byte) Math.round(vector[i] / step);
      }
    }
    return StaticEmbeddingGraph.quantized(tokenRow, tokenScale, rows, dim);
  }

  private static float maxAbs(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }

  private static void writeTokenizer(List<String> tokens, Path file) throws IOException {
    Map<String, Integer> vocab = new LinkedHashMap<>();
    for (int id = 0; id < tokens.size(); id++) {
      vocab.put(tokens.get(id), id);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("type", "WordPiece");
    model.put("unk_token", Vocabulary.UNK);
    model.put("continuing_subword_prefix", Vocabulary.CONTINUATION);
    model.put("max_input_chars_per_word", 100);
    model.put("vocab", vocab);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", "1.0");
    json.put("truncation", null);
    json.put("padding", null);
    json.put("added_tokens", List.of(special(0, Vocabulary.PAD), special(1, Vocabulary.UNK)));
    json.put("normalizer", TextNormalizer.tokenizerJson());
    json.put("pre_tokenizer", Map.of("type", "BertPreTokenizer"));
    json.put("post_processor", null);
    // Sorted maps only: Map.of iterates in a per-JVM random order, which would make the file differ run to run.
    json.put("decoder", new TreeMap<>(Map.of("type", "WordPiece", "prefix", Vocabulary.CONTINUATION, "cleanup", true)));
    json.put("model", model);
    Files.write(file, JSON.writeValueAsBytes(json));
  }

  private static Map<String, Object> special(int id, String content) {
    Map<String, Object> token = new LinkedHashMap<>();
    token.put("id", id);
    token.put("content", content);
    token.put("single_word", false);
    token.put("lstrip", false);
    token.put("rstrip", false);
    token.put("normalized", false);
    token.put("special", true);
    return token;
  }
}
