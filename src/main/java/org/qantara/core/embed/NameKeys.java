package org.qantara.core.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Names read by their sound, in both scripts alike. A word the vocabulary does not know splits into pieces that
 * mean something else (Putin = put + i + n, القامشلي = ال + قام "stood" + شل + ي), so its two renderings share
 * nothing. After WordPiece, such a word (its pieces, less proclitics and suffixes, hold a lone consonant, or, after
 * the article, more than one stem) gains one token: a bucket of the model chosen by the word's consonant key, which
 * both scripts spell alike (بوتين and Putin are both "btn"). Its pieces stay: for the everyday words this also
 * catches (a verb form the vocabulary splits), they still carry what they found. The model's tokenizer holds the
 * bucket tokens under names the tokenizer itself never produces; both the Java path and the ONNX Runtime path add
 * them here, so they give the same vectors.
 *
 * @param firstId the token id of bucket 0; buckets are consecutive ids
 * @param buckets how many buckets the model holds
 * @param affixes the pieces that are a proclitic ("ال", "وال") or, with the continuation prefix, a suffix ("##ات")
 */
public record NameKeys(int firstId, int buckets, Set<String> affixes) {

  /** How a bucket token is spelled: '[' is punctuation to the BERT pre-tokenizer, so no text tokenises to it. */
  public static final String BUCKET_PREFIX = "[name ";

  static final String CONTINUATION = "##";

  /** Articles stripped before the key: القامشلي and Qamishli, اللاذقية and Latakia. */
  private static final List<String> ARTICLES = List.of("وال", "بال", "فال", "كال", "ولل", "ال", "لل");

  /**
   * Consonant classes, coarser than the model's letter rows because renderings of names blur them: ذ is "t" in
   * Latakia, ق is "k" there and "q" in Qamishli, غ is "g" in Erdogan. Letters not listed (vowels, ا و ي ع ء) are
   * left out, since English writes short vowels Arabic omits.
   */
  private static final String CLASSES = """
      b ب b p
      t ت ط ث د ض ذ ظ t d
      g ج غ j g
      h ح ه خ h x
      k ق ك q k
      r ر r
      z ز z
      s س ص s
      S ش
      f ف f v
      l ل l
      m م m
      n ن n
      """;

  private static final char[] CLASS_OF = classes();

  public NameKeys {
    // Sorted, so that the recipe writes them in one order; hashed, since every piece of a split word is looked up.
    affixes = Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(affixes)));
    if (buckets <= 0 || firstId < 0) {
      throw new IllegalArgumentException("name buckets need a positive count and a first id: " + buckets + ", " + firstId);
    }
  }

  private static char[] classes() {
    char[] classOf = new char[0x700];
    CLASSES.lines().map(l -> l.strip().split("\\s+")).forEach(f -> {
      for (int i = 1; i < f.length; i++) {
        classOf[f[i].charAt(0)] = f[0].charAt(0);
      }
    });
    return classOf;
  }

  /**
   * The consonant key of a word as the tokenizer normalised it (lower case, Arabic folded), or null when it has
   * fewer than two consonants (too little to tell names apart). English digraphs read as one sound (sh, ch, th,
   * ph, kh, gh, ck), c is k or s by the vowel after it, a repeated class counts once (Assad, حميميم), and the
   * article and a final h (ta marbuta, Sarah) are dropped.
   */
  public static String key(String word) {
    String w = word;
    for (String article : ARTICLES) {
      if (w.startsWith(article) && w.length() >= article.length() + 3) {
        w = w.substring(article.length());
        break;
      }
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char sound = c < CLASS_OF.length ? CLASS_OF[c] : 0;
      if (next == 'h' && "sctpkgd".indexOf(c) >= 0) {
        sound = switch (c) {
          case 's', 'c' -> 'S';
          case 'p' -> 'f';
          case 'k' -> 'h';
          default -> CLASS_OF[c]; // th, dh, gh: the letter's own class
        };
        i++;
      } else if (c == 'c') {
        sound = next == 'k' || "eiy".indexOf(next) < 0 ? 'k' : 's';
        if (next == 'k') {
          i++;
        }
      }
      if (sound != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != sound)) {
        key.append(sound);
      }
    }
    if (key.length() > 2 && key.charAt(key.length() - 1) == 'h' && "هh".indexOf(w.charAt(w.length() - 1)) >= 0) {
      key.setLength(key.length() - 1);
    }
    return key.length() >= 2 ? key.toString() : null;
  }

  /** The bucket of a key: FNV-1a over its characters. */
  public int bucket(String key) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      hash = (hash ^ key.charAt(i)) * 0x01000193;
    }
    return Math.floorMod(hash, buckets);
  }

  public static String bucketToken(int bucket) {
    return BUCKET_PREFIX + bucket + "]";
  }

  /** A name word: the token id of its bucket and its pieces [start, end) among the text's tokens. */
  record Name(int id, int start, int end) {}

  /**
   * The name words of a text's tokens, in order; an empty list for most texts, which costs nothing.
   *
   * @param piece the token string of a token index, with the continuation prefix ("##") where it has one
   * @param capitalised whether the text's character at a token's start is upper case: a Latin word is a name only
   *     when capitalised (a rare English word the vocabulary splits, "revealed" = rev + e + a + l + ed, keeps its
   *     pieces alone)
   */
  List<Name> find(int[] ids, IntFunction<String> piece, IntPredicate capitalised) {
    return find(ids, i -> kind(piece.apply(i)), piece, capitalised);
  }

  /**
   * The same, with each token's {@link #kind} from {@code kinds} (a caller that sees the same tokens again and again
   * keeps them per token id): the pieces' strings are asked for only to spell a name word's key.
   */
  List<Name> find(int[] ids, IntUnaryOperator kinds, IntFunction<String> piece, IntPredicate capitalised) {
    List<Name> found = List.of();
    int start = 0;
    while (start < ids.length) {
      int end = start + 1;
      while (end < ids.length && (kinds.applyAsInt(end) & CONTINUES) != 0) {
        end++;
      }
      int bucket = end - start > 1 ? nameBucket(start, end, kinds, piece) : -1;
      if (bucket >= 0 && (kinds.applyAsInt(start) & LATIN) != 0 && !capitalised.test(start)) {
        bucket = -1;
      }
      if (bucket >= 0) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.add(new Name(firstId + bucket, start, end));
      }
      start = end;
    }
    return found;
  }

  /** Bits of a piece's {@link #kind}; {@code KNOWN} is set in every kind, so that 0 can mean "not yet looked at". */
  private static final int KNOWN = 1;
  private static final int CONTINUES = 2;
  private static final int ONE_LETTER = 4;
  private static final int LONGER = 8;
  private static final int AFFIX = 16;
  private static final int CONSONANT = 32;
  private static final int ARTICLE = 64;
  private static final int LATIN = 128;

  /** What {@link #find} reads of a token's piece, as bits that fit in a byte. */
  int kind(String piece) {
    boolean continues = piece.startsWith(CONTINUATION);
    int from = continues ? CONTINUATION.length() : 0; // the piece's text starts after the continuation prefix
    int length = piece.length() - from;
    int kind = KNOWN | (continues ? CONTINUES : 0) | (length == 1 ? ONE_LETTER : 0) | (length > 1 ? LONGER : 0);
    if (affixes.contains(piece)) {
      kind |= AFFIX;
    }
    if (length > 0 && piece.charAt(from) < CLASS_OF.length && CLASS_OF[piece.charAt(from)] != 0) {
      kind |= CONSONANT;
    }
    if (ARTICLES.stream().anyMatch(piece::startsWith)) {
      // The article may come glued to the first stem, as a whole-word clitic form of the vocabulary (القام + شل + ي).
      kind |= ARTICLE;
    }
    return piece.charAt(0) < 0x80 ? kind | LATIN : kind;
  }

  /** The bucket of the word made of pieces [start, end) if it is a name word, else -1. */
  private int nameBucket(int start, int end, IntUnaryOperator kinds, IntFunction<String> piece) {
    int stems = 0;
    boolean letter = false;
    boolean afterLetter = false;
    for (int i = start; i < end; i++) {
      int kind = kinds.applyAsInt(i);
      boolean lone = (kind & ONE_LETTER) != 0 && i > start;
      // A lone consonant inside a word: the vocabulary had nothing longer; a suffix letter too after a lone letter
      // (Tartus = tart + u + s). A lone letter first is a prefix (تحب), a lone vowel a spelling (the alef of كلبا).
      if (lone && (afterLetter || (kind & AFFIX) == 0)) {
        letter |= (kind & CONSONANT) != 0;
      } else if ((kind & LONGER) != 0 && (kind & AFFIX) == 0) {
        stems++;
      }
      afterLetter = lone;
    }
    // Stems alone make a name only after the article: a noun the vocabulary lacks (ال + قام + شل + ي), where a verb
    // form with prefixes the vocabulary splits wrongly (وست + حافظ) would lose the stem it does find.
    if (!letter && (stems < 2 || (kinds.applyAsInt(start) & ARTICLE) == 0)) {
      return -1;
    }
    String key = key(word(start, end, piece));
    return key == null ? -1 : bucket(key);
  }

  /** The word of pieces [start, end) as the tokenizer normalised it: the pieces without the continuation prefix. */
  static String word(int start, int end, IntFunction<String> piece) {
    StringBuilder word = new StringBuilder(piece.apply(start));
    for (int i = start + 1; i < end; i++) {
      String continuation = piece.apply(i);
      word.append(continuation, CONTINUATION.length(), continuation.length());
    }
    return word.toString();
  }
}
