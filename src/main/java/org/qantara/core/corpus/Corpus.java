package org.qantara.core.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene101.Lucene101Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.qantara.core.QantaraException;
import org.qantara.core.edit.ReviewStatus;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.Vectors;
import org.qantara.core.formats.Bitext;
import org.qantara.core.formats.BitextUnit;
import org.qantara.core.formats.FlagText;
import org.qantara.core.io.Sha256;
import org.qantara.core.review.Flag;

/**
 * A bilingual corpus on disk (Lucene): every distinct Arabic–English segment pair once, with the places it
 * occurs (document, position, score, flags, review status), searchable as a concordance (Arabic through
 * Lucene's Arabic analysis, through the reviewer's folding and through a skeleton that joins broken plurals
 * to their singulars, English through English analysis; boolean
 * and phrase queries, highlighted matches, filters, paging) and as a translation memory (nearest pairs to a
 * sentence in either language: found through one vector graph of the pairs, ranked by each side's own sentence
 * vector).
 *
 * <p>Each {@link #add} is one Lucene commit: a process killed during an add leaves the corpus as it was
 * before that document, never half of it. The commit records the schema version and the model that made
 * the vectors; a corpus refuses vectors from another model. One process writes a corpus at a time.
 */
public final class Corpus implements AutoCloseable {
  /**
   * 5: the folded field reads the Persian letters ک and ی as ك and ي (an index of version 4 holds them unfolded,
   * so a query typed on an Arabic keyboard would miss them); 4: one vector graph per pair, the sides' vectors kept
   * flat; 3: a broken-plural skeleton field; 2: unit vectors compared by dot product (1: cosine).
   */
  public static final int SCHEMA_VERSION = 5;
  /**
   * Pairs written between two commits of a multi-document add: a commit flushes every writer thread's
   * segment, and many small segments of vectors cost graph merges, so commits are rare; the bound keeps
   * the occurrences remembered between two commits ({@link #pending}) small.
   */
  static final int COMMIT_EVERY = 250_000;
  /**
   * The vector graph (HNSW): Lucene's 16 neighbours a node, but a construction beam of 32 instead of 100.
   * Building the graph is most of the cost of adding pairs; a translation-memory lookup asks for the ten
   * nearest of sentence vectors that are far apart unless they are near-translations, where the narrower
   * beam loses next to nothing (CorpusTest's cross-language lookups, the recall the benchmark measures,
   * docs/BENCHMARKS.md).
   */
  private static final int GRAPH_NEIGHBOURS = 16;
  private static final int GRAPH_BEAM = 32;
  /**
   * Candidates a vector search gathers from the pairs' graph before ranking them by their sides and keeping the
   * best {@code k}: Lucene's graph search uses k as its beam, and with k = 1 on a small or concurrently built graph
   * it can stop at a local best and miss the nearest pair; and a pair whose sides are far apart (a poor
   * translation) has a pair vector far from both, found among more candidates.
   */
  private static final int SEARCH_CANDIDATES = 200;
  /** Documents handed to the writer threads ahead of the one being prepared (bounds the memory queued). */
  private static final int DOCUMENTS_IN_FLIGHT = 2;
  /** Threads writing pairs into the index (each builds its own segment's vector graph). */
  private static final int WRITER_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  static final String KEY = "key";
  static final String AR = "ar";
  static final String AR_FOLDED = "ar_folded";
  /** Broken plurals meet their singulars here ({@link PluralSkeletonAnalyzer}); searched with a low weight. */
  static final String AR_SKELETON = "ar_skeleton";
  private static final float SKELETON_WEIGHT = 0.3f;
  static final String EN = "en";
  static final String DOC = "doc";
  static final String STATUS = "status";
  static final String FLAG = "flag";
  static final String SCORE = "score";
  static final String COUNT = "count";
  static final String OCCURRENCES = "occurrences";
  /** Each side's sentence vector, kept flat (no graph): the exact similarity of a pair the graph found. */
  static final String AR_VECTOR = "ar_vector";
  static final String EN_VECTOR = "en_vector";
  /**
   * The pair's direction in the cross-lingual space (the sum of its sides' unit vectors, at unit length), the
   * one vector a pair has in a graph: half the graph building of a graph per side, the costliest part of adding.
   */
  static final String PAIR_VECTOR = "pair_vector";
  private static final String SCHEMA_KEY = "qantara.schema";
  private static final String MODEL_KEY = "qantara.model";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Stored text with offsets in the postings: the highlighter reads matches there instead of re-analysing. */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();
  private static final TypeReference<List<Occurrence>> OCCURRENCE_LIST = new TypeReference<>() {};

  private final Path path;
  private final Directory directory;
  /** Null when the corpus is open for reading only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Embedder embedder;
  private String modelId;
  /**
   * The occurrences of every pair written since the searchers last saw the index (empty: deleted), so
   * that adding many documents needs no reopening of the index between them.
   */
  private final Map<String, List<Occurrence>> pending = new HashMap<>();
  private final java.util.Set<String> pendingDocuments = new java.util.HashSet<>();

  private Corpus(Path path, Directory directory, IndexWriter writer, Analyzer analyzer, Embedder embedder, String modelId)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.embedder = embedder;
    this.modelId = modelId;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /**
   * Opens the corpus in {@code dir}, creating it if the folder is empty or missing.
   *
   * @param embedder the model for vectors (adding, nearest search); null to open for keyword search,
   *     statistics and removal only
   */
  public static Corpus open(Path dir, Embedder embedder) {
    Directory directory = null;
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new QantaraException(dir + " is a file, not a corpus folder", "name a folder for the corpus");
      }
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      String modelId = null;
      if (DirectoryReader.indexExists(directory)) {
        modelId = committedModel(dir, directory);
      } else if (!isEmpty(dir)) {
        throw new QantaraException(dir + " is not empty and holds no corpus", "name an empty or new folder for the corpus");
      }
      Analyzer analyzer = analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCodec(codec())
          .setRAMBufferSizeMB(256)
          .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      if (modelId == null && embedder != null) {
        modelId = embedder.modelId();
      }
      return new Corpus(dir, directory, writer, analyzer, embedder, modelId);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new QantaraException("the corpus " + dir + " is in use by another Qantara process",
          "wait for it to finish, or use another corpus folder");
    } catch (IOException e) {
      closeQuietly(directory);
      throw new QantaraException("cannot open the corpus " + dir + ": " + e.getMessage(),
          "check that the folder is readable and writable", e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * Opens an existing corpus for searching only (concordance, nearest pairs, statistics, export): it takes
   * no lock and writes nothing, so a {@code corpus add} may run meanwhile; each search sees its last commit.
   * Adding and removing are refused.
   *
   * @param embedder the corpus's model, for nearest search; null for everything else
   */
  public static Corpus openReadOnly(Path dir, Embedder embedder) {
    Directory directory = null;
    try {
      if (!Files.isDirectory(dir)) {
        throw new QantaraException("there is no corpus folder " + dir, "name the folder a corpus was built in (corpus add)");
      }
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        throw new QantaraException(dir + " holds no corpus", "name the folder a corpus was built in (corpus add)");
      }
      String modelId = committedModel(dir, directory);
      return new Corpus(dir, directory, null, analyzer(), embedder, modelId);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new QantaraException("cannot open the corpus " + dir + ": " + e.getMessage(), "check that the folder is readable", e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /** The model recorded by the last commit, after checking that the index is a corpus this Qantara reads. */
  private static String committedModel(Path dir, Directory directory) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String schema = data.get(SCHEMA_KEY);
    if (schema == null) {
      throw new QantaraException(dir + " holds a Lucene index that is not a Qantara corpus",
          "name another folder for the corpus");
    }
    if (!schema.equals(Integer.toString(SCHEMA_VERSION))) {
      throw new QantaraException(dir + " is a corpus of schema version " + schema + "; this Qantara reads version "
          + SCHEMA_VERSION, "rebuild the corpus with this version (corpus add), or use the Qantara that made it");
    }
    return data.get(MODEL_KEY);
  }

  /**
   * Lucene's codec with the corpus's vector settings (an index written with it reads with the default, which
   * finds each field's format by its recorded name): the pair vectors in a graph, the sides' vectors flat.
   */
  private static Codec codec() {
    KnnVectorsFormat graph = new Lucene99HnswVectorsFormat(GRAPH_NEIGHBOURS, GRAPH_BEAM);
    KnnVectorsFormat flat = new SideVectorsFormat();
    return new Lucene101Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return field.equals(PAIR_VECTOR) ? graph : flat;
      }
    };
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Where a corpus lives when the user names none: under the user's data home. */
  public static Path defaultLocation() {
    String home = System.getenv("QANTARA_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "corpus");
    }
    String data = System.getenv("XDG_DATA_HOME");
    Path base = data != null && !data.isBlank() ? Path.of(data) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("qantara").resolve("corpus");
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(AR, new ArabicAnalyzer(), AR_FOLDED, new FoldingAnalyzer(),
        AR_SKELETON, new PluralSkeletonAnalyzer()));
  }

  public Path path() {
    return path;
  }

  /** The model whose vectors the corpus holds (null for a new corpus opened without a model). */
  public String modelId() {
    return modelId;
  }

  /** Adds a document's pairs, replacing what an earlier add of the same document id put there; one commit. */
  public void add(Bitext bitext) {
    addAll(List.of(bitext));
  }

  /**
   * Adds documents, each replacing its earlier version. Commits after every {@value #COMMIT_EVERY} pairs or
   * so and at the end: each commit holds whole documents, so a process killed in the middle leaves the
   * corpus with whole documents only.
   */
  public synchronized void addAll(List<Bitext> bitexts) {
    requireWritable("add to it");
    requireModel("add to it");
    try (Writers writers = new Writers(writer)) {
      String current = null;
      try {
        int uncommitted = 0;
        for (Bitext bitext : bitexts) {
          current = bitext.id();
          writers.submit(bitext.id(), write(bitext, writers));
          uncommitted += bitext.units().size();
          if (uncommitted >= COMMIT_EVERY) {
            writers.awaitAll();
            commit();
            uncommitted = 0;
          }
        }
        writers.awaitAll();
        commit();
      } catch (IOException e) {
        String failed = writers.failedDocument() != null ? writers.failedDocument() : current;
        throw new QantaraException("cannot add " + failed + " to the corpus " + path + ": " + e.getMessage(),
            "check the disk space and the folder's permissions", e);
      }
    }
  }

  /** One pair's write: its new document (added when the pair is new, else replacing the stored one), or its deletion. */
  private record PairWrite(String key, Document document, boolean replaces) {
    static PairWrite deletion(String key) {
      return new PairWrite(key, null, true);
    }

    void applyTo(IndexWriter writer) throws IOException {
      if (document == null) {
        writer.deleteDocuments(new Term(KEY, key));
      } else if (replaces) {
        writer.updateDocument(new Term(KEY, key), document);
      } else {
        writer.addDocument(document); // a new pair: nothing to replace, no delete to apply
      }
    }
  }

  /**
   * The writer threads of one add, each a single thread taking its writes in the order they were handed over;
   * every write of one pair goes to the same thread, so a pair's versions and its deletion stay in order. The
   * caller prepares the next document (occurrences, vectors) while the threads write the ones before it, at
   * most {@value #DOCUMENTS_IN_FLIGHT} documents ahead.
   */
  private static final class Writers implements AutoCloseable {
    private record Queued(String document, List<Future<?>> writes) {}

    private final IndexWriter writer;
    private final List<ExecutorService> threads = new ArrayList<>(WRITER_THREADS);
    private final Deque<Queued> queued = new ArrayDeque<>();
    private String failedDocument;

    Writers(IndexWriter writer) {
      this.writer = writer;
      for (int t = 0; t < WRITER_THREADS; t++) {
        threads.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("corpus-writer-" + t).daemon().factory()));
      }
    }

    /** Queues a document's writes; waits for the oldest queued document when too many are ahead. */
    void submit(String document, List<PairWrite> writes) throws IOException {
      List<List<PairWrite>> perThread = new ArrayList<>(WRITER_THREADS);
      for (int t = 0; t < WRITER_THREADS; t++) {
        perThread.add(new ArrayList<>());
      }
      for (PairWrite write : writes) {
        perThread.get(Math.floorMod(write.key().hashCode(), WRITER_THREADS)).add(write);
      }
      List<Future<?>> futures = new ArrayList<>(WRITER_THREADS);
      for (int t = 0; t < WRITER_THREADS; t++) {
        List<PairWrite> mine = perThread.get(t);
        if (!mine.isEmpty()) {
          futures.add(threads.get(t).submit(() -> {
            for (PairWrite write : mine) {
              write.applyTo(writer);
            }
            return null;
          }));
        }
      }
      queued.addLast(new Queued(document, futures));
      while (queued.size() > DOCUMENTS_IN_FLIGHT) {
        await(queued.removeFirst());
      }
    }

    /** Waits until every queued write is in the index writer (not yet committed). */
    void awaitAll() throws IOException {
      while (!queued.isEmpty()) {
        await(queued.removeFirst());
      }
    }

    /** The document whose writes failed, once one did. */
    String failedDocument() {
      return failedDocument;
    }

    private void await(Queued document) throws IOException {
      try {
        for (Future<?> future : document.writes()) {
          future.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failedDocument = document.document();
        throw new IOException("interrupted while writing pairs", e);
      } catch (ExecutionException e) {
        failedDocument = document.document();
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    /** After a failure the writes not yet begun are dropped (the add is not committed); those begun finish. */
    @Override
    public void close() {
      for (Queued document : queued) {
        document.writes().forEach(future -> future.cancel(false));
      }
      threads.forEach(ExecutorService::close);
    }
  }

  /** Prepares a document's pairs (occurrences merged with other documents', vectors) as writes. */
  private List<PairWrite> write(Bitext bitext, Writers writers) throws IOException {
    if (pendingDocuments.contains(bitext.id())) {
      // The same document twice before a commit: its first version must be written and visible to be replaced.
      writers.awaitAll();
      refresh();
    }
    List<PairWrite> writes = new ArrayList<>(bitext.units().size());
    Map<String, List<Occurrence>> others = removeOccurrences(bitext.id(), writes);
    Map<String, BitextUnit> firstUnit = new LinkedHashMap<>();
    Map<String, List<Occurrence>> mine = new HashMap<>();
    for (BitextUnit unit : bitext.units()) {
      String key = key(unit.arabic(), unit.english());
      firstUnit.putIfAbsent(key, unit);
      mine.computeIfAbsent(key, k -> new ArrayList<>()).add(occurrence(unit));
    }
    List<String> keys = new ArrayList<>(firstUnit.keySet());
    Map<String, List<Occurrence>> elsewhere = existing(keys, others);
    List<String> texts = new ArrayList<>(2 * keys.size());
    for (String key : keys) {
      texts.add(firstUnit.get(key).arabic());
      texts.add(firstUnit.get(key).english());
    }
    float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.embedSentences(texts);
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      List<Occurrence> before = elsewhere.get(key);
      List<Occurrence> occurrences = new ArrayList<>(before == null ? List.of() : before);
      occurrences.addAll(mine.get(key));
      BitextUnit unit = firstUnit.get(key);
      Document doc = pairDocument(key, unit.arabic(), unit.english(), occurrences, vectors[2 * k], vectors[2 * k + 1]);
      writes.add(new PairWrite(key, doc, before != null || pending.containsKey(key)));
      pending.put(key, occurrences);
    }
    pendingDocuments.add(bitext.id());
    return writes;
  }

  /** Removes a document's pairs (pairs other documents share stay, with their count lowered); one commit. */
  public synchronized int remove(String documentId) {
    requireWritable("remove from it");
    try {
      refresh();
      List<PairWrite> writes = new ArrayList<>();
      int touched = removeOccurrences(documentId, writes).size();
      if (touched == 0) {
        throw new QantaraException("the corpus " + path + " holds no document '" + documentId + "'",
            "see the documents it holds with corpus stats");
      }
      for (PairWrite write : writes) {
        write.applyTo(writer);
      }
      commit();
      return touched;
    } catch (IOException e) {
      throw new QantaraException("cannot remove " + documentId + " from the corpus: " + e.getMessage(),
          "check the disk space and the folder's permissions", e);
    }
  }

  /**
   * Takes the document's occurrences out of every pair: adds to {@code writes} the deletion of the pairs left
   * with none and the rewriting of the others. Returns, per pair key that held the document, the occurrences
   * left. The document must not have been written since the last refresh (pairs written since then are read
   * from {@link #pending}).
   */
  private Map<String, List<Occurrence>> removeOccurrences(String documentId, List<PairWrite> writes) throws IOException {
    Map<String, List<Occurrence>> left = new LinkedHashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      Query ofDocument = new TermQuery(new Term(DOC, documentId));
      int count = searcher.count(ofDocument);
      ScoreDoc[] found = count == 0 ? new ScoreDoc[0] : searcher.search(ofDocument, count).scoreDocs;
      for (ScoreDoc hit : found) {
        Document stored = searcher.storedFields().document(hit.doc);
        String key = stored.get(KEY);
        List<Occurrence> current = pending.containsKey(key) ? pending.get(key) : occurrences(stored);
        List<Occurrence> rest = current.stream().filter(o -> !o.document().equals(documentId)).toList();
        left.put(key, rest);
        pending.put(key, rest);
        if (rest.isEmpty()) {
          writes.add(PairWrite.deletion(key));
        } else {
          String arabic = stored.get(AR);
          String english = stored.get(EN);
          if (requireModelOrNull() == null) {
            throw new QantaraException("removing " + documentId + " rewrites pairs other documents share, which needs their vectors",
                "open the corpus with its model (" + modelId + ")");
          }
          float[][] vectors = embedder.embedSentences(List.of(arabic, english));
          writes.add(new PairWrite(key, pairDocument(key, arabic, english, rest, vectors[0], vectors[1]), true));
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return left;
  }

  /**
   * Occurrences already stored for these keys (other documents'): those just computed first, then what was
   * written since the last refresh, then the index. A key absent from the result is a new pair.
   */
  private Map<String, List<Occurrence>> existing(List<String> keys, Map<String, List<Occurrence>> known) throws IOException {
    Map<String, List<Occurrence>> result = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (String key : keys) {
        List<Occurrence> latest = known.containsKey(key) ? known.get(key) : pending.get(key);
        if (latest != null) {
          if (!latest.isEmpty()) {
            result.put(key, latest);
          }
          continue;
        }
        TopDocs found = searcher.search(new TermQuery(new Term(KEY, key)), 1);
        if (found.scoreDocs.length > 0) {
          result.put(key, occurrences(searcher.storedFields().document(found.scoreDocs[0].doc)));
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return result;
  }

  private Document pairDocument(
      String key, String arabic, String english, List<Occurrence> occurrences, float[] arabicVector, float[] englishVector) {
    Document doc = new Document();
    doc.add(new StringField(KEY, key, Field.Store.YES));
    doc.add(new Field(AR, arabic, HIGHLIGHTED_TEXT));
    doc.add(new TextField(AR_FOLDED, arabic, Field.Store.NO));
    doc.add(new TextField(AR_SKELETON, arabic, Field.Store.NO));
    doc.add(new Field(EN, english, HIGHLIGHTED_TEXT));
    for (Occurrence occurrence : occurrences) {
      doc.add(new StringField(DOC, occurrence.document(), Field.Store.NO));
      doc.add(new StringField(STATUS, occurrence.status().name(), Field.Store.NO));
      if (!Double.isNaN(occurrence.score())) {
        doc.add(new DoublePoint(SCORE, occurrence.score()));
      }
      for (String flag : occurrence.flags()) {
        doc.add(new StringField(FLAG, flag.substring(0, flag.indexOf(';')), Field.Store.NO));
      }
    }
    doc.add(new NumericDocValuesField(COUNT, occurrences.size()));
    try {
      doc.add(new StoredField(OCCURRENCES, JSON.writeValueAsString(occurrences)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("occurrences are plain records", e);
    }
    float[] arabicUnit = addVector(doc, AR_VECTOR, arabic, arabicVector);
    float[] englishUnit = addVector(doc, EN_VECTOR, english, englishVector);
    float[] pair = arabicUnit == null ? englishUnit
        : englishUnit == null ? arabicUnit : unitLength(Vectors.sum(new float[][] {arabicUnit, englishUnit}, List.of(0, 1)));
    if (pair != null) {
      doc.add(new KnnFloatVectorField(PAIR_VECTOR, pair, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return doc;
  }

  /**
   * Vectors are stored at unit length and compared by dot product (the cosine, without the two norms a
   * cosine recomputes at every comparison while the graph is built). An empty side, or text the model has
   * no word for (a zero vector), has no direction to compare: it gets no vector, and null is returned.
   */
  private static float[] addVector(Document doc, String field, String text, float[] vector) {
    float[] unit = text.isBlank() ? null : unitLength(vector);
    if (unit != null) {
      doc.add(new KnnFloatVectorField(field, unit, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return unit;
  }

  /** The vector scaled to length 1, or null for a zero (or broken) vector. */
  private static float[] unitLength(float[] vector) {
    double norm = 0;
    for (float x : vector) {
      norm += x * x;
    }
    if (!(norm > 1e-12) || !Double.isFinite(norm)) {
      return null;
    }
    float[] unit = new float[vector.length];
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] * scale);
    }
    return unit;
  }

  private static Occurrence occurrence(BitextUnit unit) {
    return new Occurrence(unit.document(), unit.position(), unit.source(), unit.target(), unit.score(), unit.state(),
        unit.flags().stream().map(FlagText::encode).toList());
  }

  private static List<Occurrence> occurrences(Document stored) {
    try {
      return JSON.readValue(stored.get(OCCURRENCES), OCCURRENCE_LIST);
    } catch (JsonProcessingException e) {
      throw new QantaraException("a pair in the corpus has unreadable occurrences: " + e.getOriginalMessage(),
          "rebuild the corpus (corpus add)", e);
    }
  }

  /** Pairs are the same when both texts are identical, character for character. */
  static String key(String arabic, String english) {
    MessageDigest digest = Sha256.newDigest();
    digest.update(arabic.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(english.getBytes(StandardCharsets.UTF_8));
    return Sha256.hex(digest).substring(0, 32);
  }

  /** Makes everything written visible to the searchers; {@link #pending} is then the index's to tell. */
  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    pending.clear();
    pendingDocuments.clear();
  }

  private void commit() throws IOException {
    Map<String, String> data = new TreeMap<>();
    data.put(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION));
    if (modelId != null) {
      data.put(MODEL_KEY, modelId);
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    refresh();
  }

  private void requireWritable(String what) {
    if (writer == null) {
      throw new QantaraException("the corpus " + path + " is open for reading only; cannot " + what,
          "open it for writing (corpus add, corpus remove)");
    }
  }

  private void requireModel(String what) {
    if (embedder == null) {
      throw new QantaraException("the corpus needs its model to " + what, "open it with a model");
    }
    if (modelId != null && !modelId.equals(embedder.modelId())) {
      throw new QantaraException(
          "the corpus " + path + " holds vectors of model " + modelId + ", not of " + embedder.modelId(),
          "use the corpus's model (--model " + modelName(modelId) + "), or build a new corpus with this one");
    }
    if (modelId == null && writer != null) {
      modelId = embedder.modelId();
    }
  }

  private Embedder requireModelOrNull() {
    if (embedder == null) {
      return null;
    }
    requireModel("rewrite its vectors");
    return embedder;
  }

  /** The name users type, from a model id such as {@code builtin-ar-en@3f2a…}. */
  public static String modelName(String id) {
    int at = id.indexOf('@');
    return at < 0 ? id : id.substring(0, at);
  }

  /**
   * Concordance search: {@code query} in Lucene's syntax over both languages (words, "phrases", AND, OR,
   * NOT, +word, -word; all words required unless OR is written).
   *
   * @param page from 0
   */
  public SearchPage search(String query, SearchFilter filter, int page, int pageSize) {
    if (page < 0 || pageSize < 1) {
      throw new QantaraException("page " + page + " of size " + pageSize + " does not exist", "ask for page 0 or later, of at least one hit");
    }
    Query parsed = parse(query);
    Query full = withFilter(parsed, filter);
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(full, (page + 1) * pageSize);
      List<ScoreDoc> pageDocs = new ArrayList<>();
      for (int k = page * pageSize; k < top.scoreDocs.length; k++) {
        pageDocs.add(top.scoreDocs[k]);
      }
      Highlights highlights = Highlights.of(searcher, analyzer, parsed, pageDocs);
      List<CorpusHit> hits = new ArrayList<>();
      for (int k = 0; k < pageDocs.size(); k++) {
        Document stored = searcher.storedFields().document(pageDocs.get(k).doc);
        hits.add(new CorpusHit(stored.get(AR), stored.get(EN), occurrences(stored), pageDocs.get(k).score,
            highlights.arabic(k), highlights.english(k)));
      }
      return new SearchPage(top.totalHits.value(), page, pageSize, hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new QantaraException("the search query is empty", "give a word or a \"phrase\" in Arabic or English");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {AR, AR_FOLDED, AR_SKELETON, EN}, analyzer,
        Map.of(AR_SKELETON, SKELETON_WEIGHT));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QantaraException("cannot read the query '" + query + "': " + e.getMessage().lines().findFirst().orElse(""),
          "quote phrases with \"…\", and put a word after AND, OR, NOT; escape special characters with \\");
    }
  }

  private static Query withFilter(Query query, SearchFilter filter) {
    Query restriction = restriction(filter);
    if (restriction == null) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(restriction, Occur.FILTER).build();
  }

  /** The filter as a query, or null when it restricts nothing. */
  private static Query restriction(SearchFilter filter) {
    if (filter == null || filter.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    if (filter.document() != null) {
      builder.add(new TermQuery(new Term(DOC, filter.document())), Occur.FILTER);
    }
    if (filter.minScore() != null) {
      builder.add(DoublePoint.newRangeQuery(SCORE, filter.minScore(), Double.POSITIVE_INFINITY), Occur.FILTER);
    }
    if (filter.flag() != null) {
      builder.add(new TermQuery(new Term(FLAG, filter.flag().name())), Occur.FILTER);
    }
    if (filter.status() != null) {
      builder.add(new TermQuery(new Term(STATUS, filter.status().name())), Occur.FILTER);
    }
    return builder.build();
  }

  /**
   * Translation-memory search: the {@code k} pairs whose Arabic or English sentence vector is nearest to
   * {@code sentence} (either language), with the cosine similarity as relevance; optionally only among pairs
   * matching {@code keywords} (a concordance query) and the filter.
   */
  public List<CorpusHit> nearest(String sentence, int k, SearchFilter filter, String keywords) {
    requireModel("search it by meaning");
    if (sentence == null || sentence.isBlank()) {
      throw new QantaraException("the sentence to look up is empty", "give a sentence in Arabic or English");
    }
    if (k < 1) {
      throw new QantaraException("asked for " + k + " nearest pairs", "ask for at least one");
    }
    float[] vector = unitLength(embedder.embedSentences(List.of(sentence))[0]);
    if (vector == null) {
      return List.of(); // no word of the sentence is known to the model: nothing is near it
    }
    Query restriction = restriction(filter);
    if (keywords != null && !keywords.isBlank()) {
      restriction = restriction == null ? parse(keywords) : withFilter(parse(keywords), filter);
    }
    IndexSearcher searcher = acquire();
    try {
      int candidates = Math.max(k, SEARCH_CANDIDATES);
      TopDocs near = searcher.search(new KnnFloatVectorQuery(PAIR_VECTOR, vector, candidates, restriction), candidates);
      List<ScoreDoc> ranked = Arrays.stream(sideSimilarities(searcher.getIndexReader(), near.scoreDocs, vector))
          .sorted(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc))
          .limit(k).toList();
      List<CorpusHit> hits = new ArrayList<>();
      for (ScoreDoc hit : ranked) {
        Document stored = searcher.storedFields().document(hit.doc);
        hits.add(new CorpusHit(stored.get(AR), stored.get(EN), occurrences(stored), hit.score, List.of(), List.of()));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Each candidate with its similarity to the query: the cosine of its nearer side, read from the sides' flat
   * vectors (the pair vector that found it is only the sides' common direction).
   */
  private static ScoreDoc[] sideSimilarities(IndexReader reader, ScoreDoc[] candidates, float[] query) throws IOException {
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc)); // the sides' vectors are read forward, leaf by leaf
    List<LeafReaderContext> leaves = reader.leaves();
    ScoreDoc[] scored = new ScoreDoc[byDoc.length];
    int leaf = -1;
    SideVectors arabic = null;
    SideVectors english = null;
    for (int c = 0; c < byDoc.length; c++) {
      int doc = byDoc[c].doc;
      if (leaf < 0 || doc >= leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc()) {
        leaf = ReaderUtil.subIndex(doc, leaves);
        arabic = new SideVectors(leaves.get(leaf), AR_VECTOR);
        english = new SideVectors(leaves.get(leaf), EN_VECTOR);
      }
      int local = doc - leaves.get(leaf).docBase;
      scored[c] = new ScoreDoc(doc, Math.max(arabic.similarity(local, query), english.similarity(local, query)));
    }
    return scored;
  }

  /** One side's vectors in one segment, read in increasing document order. */
  private static final class SideVectors {
    private final FloatVectorValues values;
    private final KnnVectorValues.DocIndexIterator iterator;

    SideVectors(LeafReaderContext leaf, String field) throws IOException {
      values = leaf.reader().getFloatVectorValues(field);
      iterator = values == null ? null : values.iterator();
    }

    /** The cosine of the document's vector with the query (both of unit length); -1 when it has none. */
    float similarity(int doc, float[] query) throws IOException {
      if (iterator == null) {
        return -1;
      }
      if (iterator.docID() < doc) {
        iterator.advance(doc);
      }
      return iterator.docID() == doc ? VectorUtil.dotProduct(query, values.vectorValue(iterator.index())) : -1;
    }
  }

  public CorpusStats stats() {
    IndexSearcher searcher = acquire();
    try {
      long occurrences = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        NumericDocValues counts = leaf.reader().getNumericDocValues(COUNT);
        var live = leaf.reader().getLiveDocs();
        if (counts == null) {
          continue;
        }
        for (int doc = counts.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = counts.nextDoc()) {
          if (live == null || live.get(doc)) {
            occurrences += counts.longValue();
          }
        }
      }
      Map<String, Long> perDocument = new TreeMap<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), DOC);
      if (terms != null) {
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
          String id = term.utf8ToString();
          long pairs = searcher.count(new TermQuery(new Term(DOC, id)));
          if (pairs > 0) {
            perDocument.put(id, pairs);
          }
        }
      }
      return new CorpusStats(searcher.getIndexReader().numDocs(), occurrences, perDocument, modelId, SCHEMA_VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The corpus (or the pairs matching {@code query} and the filter) as documents of units, one unit per
   * occurrence, for export; units in document order.
   */
  public List<Bitext> bitexts(String query, SearchFilter filter) {
    Query selection = withFilter(query == null || query.isBlank() ? new MatchAllDocsQuery() : parse(query), filter);
    IndexSearcher searcher = acquire();
    try {
      Map<String, List<BitextUnit>> byDocument = new TreeMap<>();
      int count = searcher.count(selection);
      ScoreDoc[] all = count == 0 ? new ScoreDoc[0] : searcher.search(selection, count).scoreDocs;
      for (ScoreDoc hit : all) {
        Document stored = searcher.storedFields().document(hit.doc);
        for (Occurrence o : occurrences(stored)) {
          if (filter != null && filter.document() != null && !filter.document().equals(o.document())) {
            continue;
          }
          List<Flag> flags = o.flags().stream().map(f -> FlagText.decode(f, o.position(), "corpus")).toList();
          byDocument.computeIfAbsent(o.document(), d -> new ArrayList<>()).add(new BitextUnit(
              o.document(), o.position(), o.source(), o.target(), stored.get(AR), stored.get(EN), o.score(), flags,
              o.status()));
        }
      }
      List<Bitext> bitexts = new ArrayList<>();
      byDocument.forEach((id, units) -> bitexts.add(
          new Bitext(id, modelId, units.stream().sorted(Comparator.comparingInt(BitextUnit::position)).toList())));
      return bitexts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() {
    try {
      searchers.maybeRefresh();
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the index; whatever was not committed (an add that did not finish) is dropped. */
  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(directory);
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // nothing was written through it that a close could lose
      }
    }
  }
}
