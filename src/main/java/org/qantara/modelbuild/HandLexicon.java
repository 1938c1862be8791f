package org.qantara.modelbuild;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Small closed-class vocabularies the dictionaries cover badly but news text leans on: numbers (with Arabic
 * duals and the "dozens/hundreds" plurals), digits, Gregorian and Levantine month names, weekdays. Each line
 * is one concept: every Arabic and English form on it (and the digits, if any) share one vector. A concept
 * whose id joins others with "+" (the Arabic duals: يومين = 2+day) gets the sum of their vectors.
 */
final class HandLexicon {

  /**
   * One concept: its forms in both languages (Arabic forms are normalised when the vocabulary is built; one
   * starting with ## is a suffix piece, taken as is), and whether it is a closed-class function concept
   * (pronouns, negation ...), which weighs less than content words.
   */
  record Concept(String id, List<String> arabic, List<String> english, boolean closedClass) {}

  private static final String TABLE = """
      0 | صفر | zero 0
      1 | واحد واحده احد | one 1
      2 | اثنان اثنين اثنتان اثنتين | two 2
      3 | ثلاث ثلاثه | three 3
      4 | اربع اربعه | four 4
      5 | خمس خمسه | five 5
      6 | ست سته | six 6
      7 | سبع سبعه | seven 7
      8 | ثمان ثماني ثمانيه | eight 8
      9 | تسع تسعه | nine 9
      10 | عشر عشره | ten 10
      11 | | eleven 11
      12 | | twelve 12
      20 | عشرون عشرين | twenty 20
      30 | ثلاثون ثلاثين | thirty 30
      40 | اربعون اربعين | forty 40
      50 | خمسون خمسين | fifty 50
      60 | ستون ستين | sixty 60
      70 | سبعون سبعين | seventy 70
      80 | ثمانون ثمانين | eighty 80
      90 | تسعون تسعين | ninety 90
      100 | مئه مائه | hundred 100
      1000 | الف | thousand 1000
      million | مليون ملايين | million millions
      billion | مليار مليارات | billion billions
      dozens | عشرات | dozens tens
      hundreds | مئات | hundreds
      thousands | الاف | thousands
      first | اول اولي | first
      second | ثاني ثانيه | second
      third | ثالث ثالثه | third
      half | نصف | half
      2+day | يومين يومان |
      2+month | شهرين شهران |
      2+year | عامين عامان سنتين سنتان |
      2+week | اسبوعين اسبوعان |
      2+hour | ساعتين ساعتان |
      day | يوم ايام | day days
      week | اسبوع اسابيع | week weeks
      month | شهر اشهر شهور | month months
      year | سنه اعوام سنوات | year years
      hour | ساعه ساعات | hour hours
      today | اليوم | today
      yesterday | امس | yesterday
      tomorrow | غدا | tomorrow
      january | يناير | january
      february | فبراير شباط | february
      march | مارس اذار | march
      april | ابريل نيسان | april
      may | مايو ايار |
      june | يونيو حزيران | june
      july | يوليو تموز | july
      august | اغسطس | august
      september | سبتمبر ايلول | september
      october | اكتوبر تشرين | october
      november | نوفمبر | november
      december | ديسمبر كانون | december
      monday | الاثنين | monday
      tuesday | الثلاثاء | tuesday
      wednesday | الاربعاء | wednesday
      thursday | الخميس | thursday
      friday | الجمعه | friday
      saturday | السبت | saturday
      sunday | الاحد | sunday
      """;

  /**
   * Pronouns, negation, question words and a few other function words: closed classes that the stop lists
   * silence, yet they tell short sentences apart ("Sami took my money" / "Sami took the money", "... has no
   * money"). They weigh less than content words (Settings.closedClassWeight). Arabic attaches possessive and object pronouns as suffixes,
   * so those are suffix pieces; English contractions reach the tokenizer as "didn ' t", so their first part
   * carries the negation.
   */
  private static final String CLOSED_CLASS_TABLE = """
      i | انا ##ي ##ني | i me my mine myself
      you | انت انتم انتما انتن ##ك ##كم ##كما ##كن | you your yours yourself yourselves
      he | هو ##ه | he him his himself
      she | هي ##ها | she her hers herself
      we | نحن ##نا | we us our ours ourselves
      they | هم هن ##هم ##هن | they them their theirs themselves
      not | لا لم لن ليس ليست لست لسنا ليسوا | not no never cannot don didn doesn isn aren wasn weren haven hasn hadn couldn wouldn shouldn mustn
      what | ماذا | what
      where | اين | where
      when | متي | when
      why | لماذا | why
      how | كيف | how
      this | هذا هذه هذان هاتان هؤلاء | this these
      here | هنا | here
      there | هناك | there
      all | كل جميع | all every
      some | بعض | some
      very | جدا | very
      now | الان | now
      always | دائما | always
      also | ايضا | also too
      can | يمكن يستطيع تستطيع استطيع نستطيع | can could able
      with | مع | with
      without | بدون دون | without
      more | اكثر المزيد مزيد | more most
      only | فقط فحسب | only just
      other | اخر اخري اخرون | other another else
      same | نفس | same
      much | كثير كثيرا الكثير | much many lot lots
      will | سوف | will shall
      was | كان كانت كانوا كنت | was were
      have | لدي عند لديه عنده لديها عندها لدينا عندنا | have has had
      """;

  static final List<Concept> CONCEPTS = Stream.concat(
          TABLE.lines().map(line -> concept(line, false)),
          CLOSED_CLASS_TABLE.lines().map(line -> concept(line, true)))
      .toList();

  private HandLexicon() {}

  private static Concept concept(String line, boolean closedClass) {
    String[] f = line.split("\\|", -1);
    return new Concept(f[0].strip(), words(f[1]), words(f[2]), closedClass);
  }

  private static List<String> words(String field) {
    return Arrays.stream(field.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** The closed-class concept whose Arabic forms include the suffix piece {@code suffix} (ه → he); null if none. */
  static String pronounOfSuffix(String suffix) {
    return CONCEPTS.stream().filter(c -> c.arabic().contains(Vocabulary.CONTINUATION + suffix)).map(Concept::id)
        .findFirst().orElse(null);
  }
}
