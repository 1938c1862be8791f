package org.qantara.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qantara.core.text.Lang;
import org.qantara.core.text.MatchNormalizer;
import org.qantara.core.text.Span;
import org.qantara.core.text.WordMemo;

/**
 * Finds the quantities of a sentence (digits of any script, number words, Arabic duals, approximate
 * quantities, ordinals, Gregorian / Levantine / Maghrebi / Hijri month names) and reduces them to
 * comparable {@link Quantity} keys, so that "منذ يومين" and "two days ago" agree and "five days" does not.
 */
public final class QuantityExtractor {

  private static final Map<String, Long> AR_NUMBER_WORDS = new HashMap<>();
  private static final Map<String, String> AR_SPECIAL = new HashMap<>(); // word -> key (duals, approx, ordinals, months)
  private static final Map<String, String> AR_MONTH_PAIRS = new HashMap<>(); // "first second" -> key
  /** What the keys of {@link #AR_MONTH_PAIRS} hold before a space: the first words a pair may open with. */
  private static final Set<String> AR_MONTH_PAIR_OPENINGS = new HashSet<>();
  private static final Map<String, Long> EN_NUMBER_WORDS = new HashMap<>();
  private static final Map<String, Long> MULTIPLIER_PLURALS =
      Map.of("الاف", 1000L, "ملايين", 1_000_000L, "مليارات", 1_000_000_000L);
  private static final Map<String, String> EN_SPECIAL = new HashMap<>();

  static {
    arNumbers(1, "واحد", "واحده");
    arNumbers(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "الاثنان", "الاثنتان"); // not الاثنين: also Monday
    arNumbers(3, "ثلاث", "ثلاثه");
    arNumbers(4, "اربع", "اربعه");
    arNumbers(5, "خمس", "خمسه");
    arNumbers(6, "ست", "سته");
    arNumbers(7, "سبع", "سبعه");
    arNumbers(8, "ثمان", "ثماني", "ثمانيه");
    arNumbers(9, "تسع", "تسعه");
    arNumbers(10, "عشر", "عشره");
    arNumbers(20, "عشرون", "عشرين");
    arNumbers(30, "ثلاثون", "ثلاثين");
    arNumbers(40, "اربعون", "اربعين");
    arNumbers(50, "خمسون", "خمسين");
    arNumbers(60, "ستون", "ستين");
    arNumbers(70, "سبعون", "سبعين");
    arNumbers(80, "ثمانون", "ثمانين");
    arNumbers(90, "تسعون", "تسعين");
    arNumbers(100, "مئه", "مائه");
    arNumbers(200, "مئتان", "مئتين", "مائتان", "مائتين");
    arNumbers(1000, "الف");
    arNumbers(2000, "الفان", "الفين");
    arNumbers(1_000_000, "مليون");
    arNumbers(1_000_000_000, "مليار");
    // Duals carry the number in the noun: يومين = two days.
    for (String dual : List.of("يومين", "يومان", "شهرين", "شهران", "عامين", "عامان", "سنتين", "سنتان",
        "ساعتين", "ساعتان", "اسبوعين", "اسبوعان", "دقيقتين", "دقيقتان", "مرتين", "مرتان", "ليلتين",
        "قرنين", "رجلين", "طفلين", "جنديين", "شخصين", "دولتين", "طائرتين", "كيلومترين")) {
      AR_SPECIAL.put(dual, "2");
    }
    AR_SPECIAL.put("عشرات", "approx:10");
    AR_SPECIAL.put("مئات", "approx:100");
    AR_SPECIAL.put("الاف", "approx:1000");
    AR_SPECIAL.put("ملايين", "approx:1000000");
    AR_SPECIAL.put("مليارات", "approx:1000000000");
    String[][] ordinals = {
      {"1", "اول", "اولي"}, {"2", "ثاني", "ثانيه"}, {"3", "ثالث", "ثالثه"}, {"4", "رابع", "رابعه"},
      {"5", "خامس", "خامسه"}, {"6", "سادس", "سادسه"}, {"7", "سابع", "سابعه"}, {"8", "ثامن", "ثامنه"},
      {"9", "تاسع", "تاسعه"}, {"10", "عاشر", "عاشره"}
    };
    for (String[] o : ordinals) {
      // Only with the article: bare "ثاني" / "اول" are too often other words.
      AR_SPECIAL.put("ال" + o[1], "ordinal:" + o[0]);
      AR_SPECIAL.put("ال" + o[2], "ordinal:" + o[0]);
    }
    String[][] months = {
      {"1", "يناير", "جانفي"}, {"2", "فبراير", "شباط", "فيفري", "فبرير"}, {"3", "مارس", "اذار"},
      {"4", "ابريل", "نيسان", "افريل"}, {"5", "مايو", "ايار", "ماي"}, {"6", "يونيو", "يونيه", "حزيران", "جوان"},
      {"7", "يوليو", "يوليه", "تموز", "جويليه", "يوليوز"}, {"8", "اغسطس", "اوت", "غشت"},
      {"9", "سبتمبر", "ايلول", "شتنبر"}, {"10", "اكتوبر"}, {"11", "نوفمبر", "نونبر"}, {"12", "ديسمبر", "دجنبر"}
    };
    for (String[] m : months) {
      for (int i = 1; i < m.length; i++) {
        AR_SPECIAL.put(m[i], "month:" + m[0]);
      }
    }
    String[][] hijri = {
      {"1", "محرم"}, {"7", "رجب"}, {"8", "شعبان"}, {"9", "رمضان"}, {"10", "شوال"}
    };
    for (String[] h : hijri) {
      AR_SPECIAL.put(h[1], "hijri:" + h[0]);
    }
    AR_MONTH_PAIRS.put("كانون الثاني", "month:1");
    AR_MONTH_PAIRS.put("تشرين الاول", "month:10");
    AR_MONTH_PAIRS.put("تشرين الثاني", "month:11");
    AR_MONTH_PAIRS.put("كانون الاول", "month:12");
    AR_MONTH_PAIRS.put("ربيع الاول", "hijri:3");
    AR_MONTH_PAIRS.put("ربيع الثاني", "hijri:4");
    AR_MONTH_PAIRS.put("ربيع الاخر", "hijri:4");
    AR_MONTH_PAIRS.put("جمادي الاولي", "hijri:5");
    AR_MONTH_PAIRS.put("جمادي الاخره", "hijri:6");
    AR_MONTH_PAIRS.put("جمادي الثانيه", "hijri:6");
    AR_MONTH_PAIRS.put("ذو القعده", "hijri:11");
    AR_MONTH_PAIRS.put("ذي القعده", "hijri:11");
    AR_MONTH_PAIRS.put("ذو الحجه", "hijri:12");
    AR_MONTH_PAIRS.put("ذي الحجه", "hijri:12");

    // Entries are written by hand; fold them the way running text is folded so that both always meet.
    foldKeys(AR_NUMBER_WORDS);
    foldKeys(AR_SPECIAL);
    foldKeys(AR_MONTH_PAIRS);
    for (String key : AR_MONTH_PAIRS.keySet()) {
      for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        AR_MONTH_PAIR_OPENINGS.add(key.substring(0, space));
      }
    }

    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < units.length; i++) {
      EN_NUMBER_WORDS.put(units[i], (long) i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      EN_NUMBER_WORDS.put(tens[i], 20L + 10L * i);
    }
    EN_NUMBER_WORDS.put("hundred", 100L);
    EN_NUMBER_WORDS.put("thousand", 1000L);
    EN_NUMBER_WORDS.put("million", 1_000_000L);
    EN_NUMBER_WORDS.put("billion", 1_000_000_000L);
    EN_SPECIAL.put("dozen", "12");
    EN_SPECIAL.put("twice", "2");
    EN_SPECIAL.put("dozens", "approx:10");
    EN_SPECIAL.put("tens", "approx:10");
    EN_SPECIAL.put("hundreds", "approx:100");
    EN_SPECIAL.put("thousands", "approx:1000");
    EN_SPECIAL.put("millions", "approx:1000000");
    EN_SPECIAL.put("billions", "approx:1000000000");
    String[] ordinalWords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth"};
    for (int i = 0; i < ordinalWords.length; i++) {
      EN_SPECIAL.put(ordinalWords[i], "ordinal:" + (i + 1));
    }
    String[] enMonths = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int i = 0; i < enMonths.length; i++) {
      EN_SPECIAL.put(enMonths[i], "month:" + (i + 1));
    }
    String[][] enHijri = {
      {"1", "muharram"}, {"2", "safar"}, {"7", "rajab"}, {"8", "shaban", "sha'ban"}, {"9", "ramadan"},
      {"10", "shawwal"}, {"11", "qadah", "qa'dah", "qaada", "qa'da"}, {"12", "hijjah", "hijja"}
    };
    for (String[] h : enHijri) {
      for (int i = 1; i < h.length; i++) {
        EN_SPECIAL.put(h[i], "hijri:" + h[0]);
      }
    }
  }

  private QuantityExtractor() {}

  private static <V> void foldKeys(Map<String, V> table) {
    Map<String, V> folded = new HashMap<>();
    table.forEach((key, value) -> folded.put(MatchNormalizer.normalize(key), value));
    table.clear();
    table.putAll(folded);
  }

  private static void arNumbers(long value, String... words) {
    for (String w : words) {
      AR_NUMBER_WORDS.put(w, value);
    }
  }

  public static List<Quantity> extract(List<Word> words, Lang lang) {
    return lang == Lang.AR ? arabic(words) : english(words);
  }

  private static List<Quantity> arabic(List<Word> written) {
    // Quranic spelling writes the long a of number words as a superscript alef (ثَلَٰثَ is ثلاث, three),
    // which folding drops: read it as the alef it stands for. Spans stay those of the words as written.
    List<Word> words = withSuperscriptAlefsRead(written);
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (OPENS_NO_ARABIC_QUANTITY.apply(w.text())) {
        i++;
        continue;
      }
      if (hasDigit(w.text())) {
        found.addAll(digitRuns(w));
        i++;
        continue;
      }
      if (i + 1 < words.size()) {
        String monthKey = lookupPair(w, words.get(i + 1));
        if (monthKey != null) {
          found.add(new Quantity(monthKey, false, w.text() + " " + words.get(i + 1).text(), new Span(w.start(), words.get(i + 1).end())));
          i += 2;
          continue;
        }
      }
      // آب (August) folds to اب, which is also أب (father): only the spelling with madda counts.
      String special = w.text().equals("آب") ? "month:8" : lookup(w.text(), AR_SPECIAL);
      if (special != null) {
        found.add(new Quantity(special, special.equals("ordinal:1"), written.get(i).text(), w.span()));
        i++;
        continue;
      }
      // 11 and 12 open with a form used nowhere else: اثنا / اثني عشر, أحد / إحدى عشرة (with or without ال).
      Long teenUnit = i + 1 < words.size() && TEEN_TENS.contains(MatchNormalizer.normalize(words.get(i + 1).text()))
          ? lookupForms(w.text(), TEEN_UNITS) : null;
      if (teenUnit != null) {
        Word ten = words.get(i + 1);
        found.add(new Quantity(Long.toString(10 + teenUnit), false, w.text() + " " + ten.text(),
            new Span(w.start(), ten.end())));
        i += 2;
        continue;
      }
      // A run of number words, joined by و: "خمسة وعشرين", "ثلاثة آلاف".
      NumberRun run = new NumberRun();
      int j = i;
      while (j < words.size() && !isPercentWord(words.get(j).text())) {
        Long value = lookupNumber(words.get(j).text(), j > i);
        if (value == null) {
          break;
        }
        run.add(value);
        j++;
      }
      if (j > i) {
        found.add(run.toQuantity(words.subList(i, j)));
        i = j;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The words with each superscript alef read as an alef; the list itself where none has one (most texts). */
  private static List<Word> withSuperscriptAlefsRead(List<Word> written) {
    List<Word> words = null;
    for (int i = 0; i < written.size(); i++) {
      Word w = written.get(i);
      if (words == null && w.text().indexOf('\u0670') < 0) {
        continue;
      }
      if (words == null) {
        words = new ArrayList<>(written.subList(0, i));
      }
      words.add(w.text().indexOf('\u0670') < 0 ? w : new Word(w.text().replace('\u0670', 'ا'), w.start(), w.end()));
    }
    return words == null ? written : words;
  }

  /**
   * Whether the Arabic holds a noun that may be a dual, which carries "two" in its ending: ـان / ـين
   * (الفريقين, "the two parties"), or in construct ـا / ـي where the vowels show it (يَٰصَٰحِبَيِ, "O my
   * two companions"). Unvocalised, ـين is also a plural ending, so this says "may", not "is": it lets an
   * English "two" stand without a counterpart among the listed duals, never a different number.
   */
  public static boolean mayHoldDual(List<Word> arabicWords) {
    for (Word w : arabicWords) {
      if (MAY_BE_DUAL.apply(w.text())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mayHoldDual} of one word, kept by its text: every link's number check asks it of all its words. */
  private static final WordMemo<Boolean> MAY_BE_DUAL = new WordMemo<>(QuantityExtractor::mayBeDual, 1 << 16);

  private static boolean mayBeDual(String text) {
    if (VOCALISED_DUAL.matcher(text).find()) {
      return true;
    }
    boolean vocalised = text.codePoints().anyMatch(c -> c >= 0x064B && c <= 0x0652);
    return !vocalised && !StopWords.isStopWord(text, Lang.AR) && MatchNormalizer.lookupForms(text).stream()
        .anyMatch(f -> f.length() >= 5 && (f.endsWith("ين") || f.endsWith("ان")));
  }

  /**
   * Whether an Arabic word (its superscript alefs read as alefs) opens no quantity, whatever follows it: no digit,
   * no month name's first word, no special word, no unit of 11 or 12, no number word. Most words of a text are such,
   * and each of those tests looks up the word's forms: kept by its text, as every link's words are read twice (the
   * word aligner's comparison and the word-evidence pass's).
   */
  private static final WordMemo<Boolean> OPENS_NO_ARABIC_QUANTITY =
      new WordMemo<>(QuantityExtractor::opensNoArabicQuantity, 1 << 16);

  private static boolean opensNoArabicQuantity(String text) {
    return !hasDigit(text) && MatchNormalizer.lookupForms(text).stream().noneMatch(AR_MONTH_PAIR_OPENINGS::contains)
        && !text.equals("آب") && lookup(text, AR_SPECIAL) == null && lookupForms(text, TEEN_UNITS) == null
        && (isPercentWord(text) || lookupNumber(text, false) == null);
  }

  /**
   * A dual ending with its vowels: fatha, then alef + nun with kasra (ـَانِ), ya + sukun + nun with kasra
   * (ـَيۡنِ), or in construct ya with kasra ending the word (ـَيِ). Not fatha + ya + sukun alone, the
   * diphthong of عَلَيۡكَ and بَيۡت.
   */
  private static final Pattern VOCALISED_DUAL = Pattern.compile(
      "\\p{L}\u064E(?:\u0627\u0646\u0650|\u064A[\u0652\u06E1]\u0646\u0650|\u064A\u0650(?!\\p{L}))");

  private static final Map<String, Long> TEEN_UNITS = Map.of(
      "احد", 1L, "احدي", 1L, "اثنا", 2L, "اثني", 2L, "اثنتا", 2L, "اثنتي", 2L);
  private static final Set<String> TEEN_TENS = Set.of("عشر", "عشره");

  private static Long lookupForms(String word, Map<String, Long> table) {
    return MatchNormalizer.lookupForms(word).stream().map(table::get).filter(v -> v != null).findFirst().orElse(null);
  }

  private static String lookupPair(Word first, Word second) {
    String secondFolded = null;
    for (String form : MatchNormalizer.lookupForms(first.text())) {
      if (!AR_MONTH_PAIR_OPENINGS.contains(form)) {
        continue; // no key starts with it and a space: most words, asked of every word of a text
      }
      secondFolded = secondFolded != null ? secondFolded : MatchNormalizer.normalize(second.text());
      String key = AR_MONTH_PAIRS.get(form + " " + secondFolded);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  private static String lookup(String word, Map<String, String> table) {
    for (String form : MatchNormalizer.lookupForms(word)) {
      String key = table.get(form);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /** "في المئة" / "بالمئة" mark a percentage, not the number 100. */
  private static boolean isPercentWord(String word) {
    String folded = MatchNormalizer.normalize(word);
    return folded.endsWith("المئه") || folded.endsWith("المائه");
  }

  private static Long lookupNumber(String word, boolean continuing) {
    String folded = MatchNormalizer.normalize(word);
    if (continuing && MULTIPLIER_PLURALS.containsKey(folded)) {
      return MULTIPLIER_PLURALS.get(folded); // "ثلاثة آلاف" is 3000, not 3 and "thousands"
    }
    if (continuing && !folded.startsWith("و") && !AR_NUMBER_WORDS.containsKey(folded)) {
      return null;
    }
    Long direct = AR_NUMBER_WORDS.get(folded);
    if (direct != null) {
      return direct;
    }
    for (String prefix : List.of("و", "ب", "ل", "ف")) {
      // A particle on a two-letter number is usually another word: لست is "I am not", not "for six".
      if (folded.startsWith(prefix) && folded.length() - prefix.length() >= 3) {
        Long value = AR_NUMBER_WORDS.get(folded.substring(prefix.length()));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static List<Quantity> english(List<Word> words) {
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (OPENS_NO_ENGLISH_QUANTITY.apply(w.text())) {
        i++;
        continue;
      }
      String lower = w.text().toLowerCase(Locale.ROOT);
      if (hasDigit(w.text())) {
        found.addAll(digitRuns(w));
        i++;
        continue;
      }
      String special = EN_SPECIAL.get(lower);
      if (special != null && isEnglishQuantityWord(words, i, special)) {
        boolean weak = special.equals("ordinal:1") || special.equals("ordinal:2");
        found.add(new Quantity(special, weak, w.text(), w.span()));
        i++;
        continue;
      }
      NumberRun run = new NumberRun();
      int j = i;
      while (j < words.size()) {
        List<Long> parts = englishNumberParts(words.get(j).text());
        if (parts == null) {
          break;
        }
        parts.forEach(run::add);
        j++;
      }
      if (j > i) {
        found.add(run.toQuantity(words.subList(i, j)));
        i = j;
      } else {
        numberInCompound(w).ifPresent(number -> {
          NumberRun single = new NumberRun();
          englishNumberParts(number.text()).forEach(single::add);
          found.add(single.toQuantity(List.of(number)));
        });
        i++;
      }
    }
    return found;
  }

  /**
   * Whether an English word opens no quantity, whatever follows it: no digit, no special word, no number word, no
   * number opening a compound. Most words of a text are such, and each test lower-cases or splits the word: kept by
   * its text, as every link's words are read again (the word-evidence pass meets a sentence in many candidate links).
   */
  private static final WordMemo<Boolean> OPENS_NO_ENGLISH_QUANTITY =
      new WordMemo<>(QuantityExtractor::opensNoEnglishQuantity, 1 << 16);

  private static boolean opensNoEnglishQuantity(String text) {
    return !hasDigit(text) && EN_SPECIAL.get(text.toLowerCase(Locale.ROOT)) == null && englishNumberParts(text) == null
        && numberInCompoundLength(text) == 0;
  }

  /** The number that opens a compound adjective: "three" of "three-headed", "twenty-five" of "twenty-five-year". */
  private static Optional<Word> numberInCompound(Word w) {
    int length = numberInCompoundLength(w.text());
    return length == 0 ? Optional.empty() : Optional.of(new Word(w.text().substring(0, length), w.start(), w.start() + length));
  }

  /** The length of the number that opens a compound adjective ({@link #numberInCompound}), 0 if none does. */
  private static int numberInCompoundLength(String text) {
    String[] pieces = text.split("-");
    int end = 0;
    int length = 0;
    for (String piece : pieces) {
      if (EN_NUMBER_WORDS.get(piece.toLowerCase(Locale.ROOT)) == null) {
        break;
      }
      length += (end == 0 ? 0 : 1) + piece.length();
      end++;
    }
    return end == 0 || end == pieces.length ? 0 : length;
  }

  /** Month names count only when capitalised; "May" and "March" only inside a sentence. */
  private static boolean isEnglishQuantityWord(List<Word> words, int i, String key) {
    if (!key.startsWith("month:")) {
      return true;
    }
    String text = words.get(i).text();
    if (!Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    // "May I…" / "March!" open sentences; capitalised inside one they are the months.
    boolean ambiguous = key.equals("month:5") || key.equals("month:3");
    return !ambiguous || i > 0;
  }

  /** Values of an English number word, "twenty-five" giving [20, 5]; null for any other word. */
  private static List<Long> englishNumberParts(String word) {
    List<Long> parts = new ArrayList<>();
    for (String piece : word.toLowerCase(Locale.ROOT).split("-")) {
      Long value = EN_NUMBER_WORDS.get(piece);
      if (value == null) {
        return null;
      }
      parts.add(value);
    }
    return parts;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Each run of digits (any script, with separators) in the word: "1,500" → 1500, "٣٫٥" → 3.5, "24th" → 24. */
  private static List<Quantity> digitRuns(Word w) {
    List<Quantity> found = new ArrayList<>();
    String text = w.text();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder digits = new StringBuilder();
      boolean decimal = false;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          digits.append(Character.digit(c, 10));
        } else if ((c == ',' || c == '٬') && isThousandsGroup(text, i + 1)) {
          // thousands separator: drop it
        } else if ((c == '.' || c == '٫' || c == ',') && !decimal && i + 1 < text.length()
            && Character.isDigit(text.charAt(i + 1))) {
          digits.append('.');
          decimal = true;
        } else {
          break;
        }
        i++;
      }
      String key = decimalKey(digits.toString());
      found.add(new Quantity(key, false, text.substring(start, i), new Span(w.start() + start, w.start() + i)));
    }
    return found;
  }

  /**
   * A run of digits with at most one point ("007.50") without the zeros that do not change its value ("7.5"; "1500",
   * "0"): what {@code new BigDecimal(digits).stripTrailingZeros().toPlainString()} writes, without initialising
   * {@code BigDecimal} (10-13 ms of a command's main thread, docs/BENCHMARKS.md, start11).
   */
  static String decimalKey(String digits) {
    int point = digits.indexOf('.');
    int wholeEnd = point < 0 ? digits.length() : point;
    int wholeStart = 0;
    while (wholeStart < wholeEnd - 1 && digits.charAt(wholeStart) == '0') {
      wholeStart++;
    }
    int decimalsEnd = digits.length();
    while (point >= 0 && decimalsEnd > point + 1 && digits.charAt(decimalsEnd - 1) == '0') {
      decimalsEnd--;
    }
    String whole = digits.substring(wholeStart, wholeEnd);
    return point < 0 || decimalsEnd == point + 1 ? whole : whole + digits.substring(point, decimalsEnd);
  }

  private static boolean isThousandsGroup(String text, int from) {
    if (from + 3 > text.length()) {
      return false;
    }
    for (int k = from; k < from + 3; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return from + 3 == text.length() || !Character.isDigit(text.charAt(from + 3));
  }

  /** Standard composition of number words: "three hundred five thousand" → 305000. */
  private static final class NumberRun {
    private long total;
    private long current;

    void add(long value) {
      if (value == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (value >= 1000) {
        total += (current == 0 ? 1 : current) * value;
        current = 0;
      } else {
        current += value;
      }
    }

    Quantity toQuantity(List<Word> run) {
      long value = total + current;
      Word first = run.get(0);
      Word last = run.get(run.size() - 1);
      String text = run.stream().map(Word::text).reduce((a, b) -> a + " " + b).orElseThrow();
      return new Quantity(Long.toString(value), value == 1, text, new Span(first.start(), last.end()));
    }
  }
}
