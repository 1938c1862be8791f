package org.qantara.modelbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.qantara.core.embed.NameKeys;

/**
 * The WordPiece vocabulary of the built-in model and, for each token, which vector row it reads and with
 * what weight. Arabic morphology lives here: a word-initial piece is a whole word, a proclitic (و ف ب ل ك
 * وال بال لل ...) or an imperfect-verb variant of a dictionary verb; a continuation piece ("##...") is a stem
 * after a proclitic or a suffix (pronouns, feminine and plural endings). The tokenizer's greedy
 * longest-match then splits والمعدات into وال + ##معدات and قاعدتها into قاعدت + ##ها, and all those forms
 * read the stem's row; a whole-word token with a proclitic exists only where that splitting would go wrong,
 * which keeps the tokenizer small and quick to load. Function words and affixes read their rows with weight
 * 0, so they do not dilute the mean (pronoun suffixes, like pronouns, are closed-class concepts of
 * {@link HandLexicon} and weigh a little). Single letters keep every word tokenisable; they read phonetic rows
 * shared by both scripts.
 */
final class Vocabulary {

  static final String PAD = "[PAD]";
  static final String UNK = "[UNK]";
  static final String CONTINUATION = "##";

  /** Which row a token reads and how strongly; row null means a zero vector. */
  record Assignment(String row, double weight) {}

  static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال",
      "لل", "ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "وس", "فس", "وبال", "وكال", "فبال");

  static final List<String> SUFFIXES = List.of("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا",
      "ني", "ي", "ت", "تم", "تن", "تما", "تا", "وا", "ون", "ين", "ان", "ات", "يه", "يات", "يون", "يين");

  /** Article and commonest proclitics: their whole-word forms are added where greedy splitting goes wrong. */
  private static final List<String> CANDIDATE_PROCLITICS = List.of("ال", "و", "وال", "بال", "لل", "ب", "ل");

  /**
   * What stands before an imperfect verb only: the future prefix س (ستفعل "you will do") and the subjunctive ل
   * (ليذهب "so that he goes"), alone or after و / ف. Greedy splitting goes wrong on them often, because س + a
   * person prefix is itself a word (ست "six", سن "tooth", سيف "sword").
   */
  private static final List<String> VERB_PROCLITICS = List.of("س", "وس", "فس", "ل", "ول", "فل");

  private static final List<String> ENGLISH_SUFFIXES = List.of("s", "es", "ed", "ing", "ly", "er", "ers", "'s");

  /** Token id of name bucket 0, right after the two special tokens ({@link #orderedTokens}). */
  static final int FIRST_NAME_BUCKET_ID = 2;

  final SortedMap<String, Assignment> tokens = new TreeMap<>();

  /** How many name buckets {@link #addNameBuckets} added. */
  private int nameBuckets;

  private final SortedMap<String, Assignment> cliticCandidates = new TreeMap<>();

  /** Whether verbs get candidates with {@link #VERB_PROCLITICS} (see {@link BuiltinModelBuilder.Settings}). */
  private final boolean verbProclitics;

  Vocabulary(boolean verbProclitics) {
    this.verbProclitics = verbProclitics;
  }

  /**
   * Assigns {@code token} unless an earlier, more specific rule already did: callers add hand-made entries
   * first, then function words, affixes, dictionary words and finally letters.
   */
  void add(String token, String row, double weight) {
    tokens.putIfAbsent(token, new Assignment(row, weight));
  }

  void addZero(String token) {
    add(token, null, 0);
  }

  void addAffixes() {
    PROCLITICS.forEach(this::addZero);
    SUFFIXES.forEach(s -> addZero(CONTINUATION + s));
    ENGLISH_SUFFIXES.forEach(s -> addZero(CONTINUATION + s));
  }

  /**
   * The surface forms of one Arabic key, all reading {@code row}: the key itself, its ta-marbuta form before
   * suffixes and the other persons of an imperfect verb, each word-initial and as a continuation piece. Forms
   * with the article or a common proclitic are only candidates ({@link #addNeededCliticForms}): most of them
   * tokenise right as proclitic + stem without a token of their own.
   */
  void addArabicWord(String key, String row, double weight, boolean morphology) {
    if (!morphology) {
      add(key, row, weight);
      add("ال" + key, row, weight);
      return;
    }
    List<String> forms = new ArrayList<>(List.of(key));
    if (key.endsWith("ه")) {
      // Ta marbuta (normalised to ه) is written ت before a suffix: قاعدة → قاعدتها.
      forms.add(key.substring(0, key.length() - 1) + "ت");
    }
    if (key.startsWith("ي") && key.length() >= 4) {
      // Dictionaries list verbs in the third person; other persons swap the imperfect prefix.
      List<String> persons = new ArrayList<>(List.of(key));
      for (String prefix : List.of("ت", "ن", "ا")) {
        persons.add(prefix + key.substring(1));
      }
      forms.addAll(persons.subList(1, persons.size()));
      if (verbProclitics) {
        for (String person : persons) {
          for (String proclitic : VERB_PROCLITICS) {
            cliticCandidates.putIfAbsent(proclitic + person, new Assignment(row, weight));
          }
        }
      }
    }
    for (String form : forms) {
      add(form, row, weight);
      add(CONTINUATION + form, row, weight);
    }
    for (String proclitic : CANDIDATE_PROCLITICS) {
      cliticCandidates.putIfAbsent(proclitic + key, new Assignment(row, weight));
    }
  }

  /**
   * Adds a whole-word token for each proclitic + key candidate that greedy longest-match WordPiece would split
   * wrongly with the pieces alone: والمعدات would otherwise start with the dictionary word والم. Repeated
   * until stable, since a new whole word can itself be the wrong prefix of a longer candidate.
   */
  void addNeededCliticForms() {
    boolean added = true;
    while (added) {
      added = false;
      for (Map.Entry<String, Assignment> candidate : cliticCandidates.entrySet()) {
        String form = candidate.getKey();
        if (!tokens.containsKey(form) && !readsOnly(form, candidate.getValue().row())) {
          tokens.put(form, candidate.getValue());
          added = true;
        }
      }
    }
  }

  /**
   * Gives every all-digit token ("12", "##7") Arabic-Indic and Persian spellings that read the same row, so
   * "٢٠٢٦" splits exactly like "2026" without a normaliser pass per digit (see {@link TextNormalizer}).
   */
  void addDigitAliases() {
    Map<String, Assignment> aliases = new TreeMap<>();
    tokens.forEach((token, assignment) -> {
      String digits = token.startsWith(CONTINUATION) ? token.substring(CONTINUATION.length()) : token;
      if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        String prefix = token.substring(0, token.length() - digits.length());
        for (char zero : new char[] {'\u0660', '\u06F0'}) {
          StringBuilder alias = new StringBuilder(prefix);
          digits.chars().forEach(c -> alias.append((char) (zero + c - '0')));
          aliases.put(alias.toString(), assignment);
        }
      }
    });
    aliases.forEach(tokens::putIfAbsent);
  }

  /** Whether {@code word} tokenises into pieces whose only weighted one reads {@code row}. */
  private boolean readsOnly(String word, String row) {
    List<Assignment> weighted = pieces(word).stream().filter(a -> a.weight() != 0).toList();
    return weighted.size() == 1 && row.equals(weighted.get(0).row());
  }

  /** The assignments of {@code word}'s pieces under greedy longest-match WordPiece, as the tokenizer splits it. */
  List<Assignment> pieces(String word) {
    List<Assignment> pieces = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Assignment found = tokens.get((start > 0 ? CONTINUATION : "") + word.substring(start, end));
      while (found == null && --end > start) {
        found = tokens.get((start > 0 ? CONTINUATION : "") + word.substring(start, end));
      }
      if (found == null) {
        return List.of(); // WordPiece makes the whole word [UNK]
      }
      pieces.add(found);
      start = end;
    }
    return pieces;
  }

  /** Every letter and digit, word-initial and continuation, so that no word becomes [UNK]. */
  void addLetters(Map<String, String> letterRows, double weight) {
    letterRows.forEach((letter, row) -> {
      add(letter, row, row == null ? 0 : weight);
      add(CONTINUATION + letter, row, row == null ? 0 : weight);
    });
  }

  /**
   * The pieces that are affixes to {@link NameKeys}: proclitics as they stand at the start of a word, suffixes as
   * continuation pieces. A word made of one stem and these is not a name.
   */
  static List<String> affixPieces() {
    List<String> affixes = new ArrayList<>(PROCLITICS);
    SUFFIXES.forEach(s -> affixes.add(CONTINUATION + s));
    ENGLISH_SUFFIXES.forEach(s -> affixes.add(CONTINUATION + s));
    return affixes;
  }

  /** The name buckets' tokens ({@link NameKeys}), each reading a row of its own. */
  void addNameBuckets(int buckets, double weight) {
    for (int bucket = 0; bucket < buckets; bucket++) {
      tokens.put(NameKeys.bucketToken(bucket), new Assignment(BuiltinModelBuilder.nameRow(bucket), weight));
    }
    nameBuckets = buckets;
  }

  /** Token ids: the two special tokens first, the name buckets in order, then all tokens in code-point order. */
  List<String> orderedTokens() {
    List<String> ordered = new ArrayList<>(List.of(PAD, UNK));
    for (int bucket = 0; bucket < nameBuckets; bucket++) {
      ordered.add(NameKeys.bucketToken(bucket));
    }
    tokens.keySet().stream()
        .filter(t -> !t.equals(PAD) && !t.equals(UNK) && !t.startsWith(NameKeys.BUCKET_PREFIX))
        .forEach(ordered::add);
    return ordered;
  }
}
