package org.qantara.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qantara.core.text.Lang;

/** The text-level detectors on phrases from the seed documents and their classic traps. */
class TextEvidenceTest {

  private static List<String> keys(String text, Lang lang) {
    return QuantityExtractor.extract(Word.split(text, 0), lang).stream().map(Quantity::key).toList();
  }

  @Test
  void compoundNumbersElevenToNineteenAndWaslaSpellings() {
    assertThat(keys("رأيت أحد عشر كوكبا", Lang.AR)).containsExactly("11");
    assertThat(keys("الاثني عشر رجلا و اثنتا عشرة عينا", Lang.AR)).containsExactly("12", "12");
    assertThat(keys("ثلاثة عشر يوما", Lang.AR)).containsExactly("13");
    assertThat(keys("قال ٱلٱثنان", Lang.AR)).containsExactly("2");
    assertThat(keys("ٱلثالثة", Lang.AR)).containsExactly("ordinal:3");
    assertThat(keys("جاء أحد الرجال", Lang.AR)).isEmpty(); // أحد alone is "one of", "someone"
  }

  @Test
  void quantitiesAgreeAcrossScriptsWordsDualsAndMonths() {
    assertThat(keys("شرعت منذ يومين، في نقل عشرات الآليات في أكتوبر الماضي", Lang.AR))
        .containsExactly("2", "approx:10", "month:10");
    assertThat(keys("it started two days ago, dozens of vehicles, last October", Lang.EN))
        .containsExactly("2", "approx:10", "month:10");
    assertThat(keys("وصل ١٥٠٠ جندي وخمسة وعشرون ضابطا في تشرين الأول و٣٫٥ بالمئة في رمضان", Lang.AR))
        .containsExactly("1500", "25", "month:10", "3.5", "hijri:9");
    assertThat(keys("1,500 soldiers and twenty-five officers in October, 3.5 percent in Ramadan", Lang.EN))
        .containsExactly("1500", "25", "month:10", "3.5", "hijri:9");
    assertThat(keys("في كانون الثاني وشباط", Lang.AR)).containsExactly("month:1", "month:2");
  }

  @Test
  void percentWordIsNotTheNumberHundredAndModalMayIsNotAMonth() {
    assertThat(keys("ارتفع 15 في المئة", Lang.AR)).containsExactly("15");
    assertThat(keys("You may go. Born on 5 May.", Lang.EN)).containsExactly("5", "month:5");
  }

  @Test
  void aNumberOpeningACompoundAdjectiveCounts() {
    assertThat(keys("Hey, look, a three-headed monkey!", Lang.EN)).containsExactly("3");
    assertThat(keys("a well-known twenty-five-year-old", Lang.EN)).containsExactly("25");
  }

  @Test
  void weakQuantitiesAreMarked() {
    List<Quantity> q = QuantityExtractor.extract(Word.split("one of the first", 0), Lang.EN);
    assertThat(q).extracting(Quantity::weak).containsOnly(true);
  }

  @Test
  void transliterationMatchesNamesAndTellsDifferentOnesApart() {
    assertThat(sameName("حميميم", "Hmeimim")).isTrue();
    assertThat(sameName("القامشلي", "Qamishli")).isTrue();
    assertThat(sameName("اللاذقية", "Latakia")).isTrue();
    assertThat(sameName("بوتين", "Putin")).isTrue();
    assertThat(sameName("دمشق", "Damascus")).isTrue();
    assertThat(sameName("الشرع", "al-Shara")).isTrue();
    assertThat(sameName("سامي", "Sami")).isTrue();
    assertThat(sameName("طرطوس", "Latakia")).isFalse();
    assertThat(sameName("توم", "Mary")).isFalse();
    assertThat(sameName("سامي", "Layla")).isFalse();
  }

  @Test
  void aNameArabicWritesInTwoWordsMatchesTheirJoin() {
    Word vietnam = new Word("Vietnam", 0, 7);
    List<Word> arabic = Word.split("ما حدث في فييت نام كان كالكابوس", 0);
    assertThat(arabic).noneMatch(w -> Names.sameName(vietnam, w));
    assertThat(Names.withJoinedNeighbours(arabic)).filteredOn(w -> Names.sameName(vietnam, w))
        .extracting(Word::text).containsExactly("فييتنام");
  }

  @Test
  void skeletonIndexFindsWhatSameNameWouldWithoutComparingEveryEntry() {
    SkeletonIndex index = new SkeletonIndex();
    index.add(Transliteration.skeleton("Damascus"), "Damascus");
    index.add(Transliteration.skeleton("Hmeimim"), "Hmeimim");
    index.add(Transliteration.skeleton("Tom"), "Tom");
    assertThat(index.find(Transliteration.skeleton("دمشق"))).contains("Damascus"); // one edit, five consonants
    assertThat(index.find(Transliteration.skeleton("حميميم"))).contains("Hmeimim");
    assertThat(index.find(Transliteration.skeleton("توم"))).contains("Tom");
    assertThat(index.find(Transliteration.skeleton("طرطوس"))).isEmpty();
    assertThat(index.find(Transliteration.skeleton("تيم"))).contains("Tom"); // same skeleton "tm"
    assertThat(index.find("tmk")).isEmpty(); // one edit from "tm", but short skeletons must be equal
  }

  @Test
  void languagesAndFaithsAreNotNamesToMatch() {
    assertThat(Names.isGroupAdjective("English")).isTrue();
    assertThat(Names.isGroupAdjective("Christians")).isTrue();
    assertThat(Names.isGroupAdjective("Syrian")).isTrue();
    assertThat(Names.isGroupAdjective("Iran")).isFalse();
    assertThat(Names.isGroupAdjective("Damascus")).isFalse();
  }

  private static boolean sameName(String arabic, String english) {
    return Names.sameName(new Word(english, 0, english.length()), new Word(arabic, 0, arabic.length()));
  }

  private static List<String> negations(String text, Lang lang) {
    return Negation.markers(Word.split(text, 0), lang, text).stream().map(Word::text).toList();
  }

  @Test
  void negationMarkersButNotStillOrEspecially() {
    assertThat(negations("لا يزالون داخل القاعدة وما تزال مستمرة", Lang.AR)).isEmpty();
    assertThat(negations("بلاده لن تكون مصدر إزعاج، دون الدخول في صراع، من دون سبب", Lang.AR))
        .containsExactly("لن", "دون", "من");
    assertThat(negations("He didn't come, it is unlikely, they failed to act, never without reason", Lang.EN))
        .containsExactly("didn't", "unlikely", "failed", "never", "without");
    assertThat(negations("The interest under discussion is still ongoing", Lang.EN)).isEmpty();
    assertThat(negations("He acted illegally, impossibly late and unnecessarily; it was hopelessly lost", Lang.EN))
        .containsExactly("illegally", "impossibly", "unnecessarily", "hopelessly");
    assertThat(negations("She sings lovely songs, really", Lang.EN)).isEmpty();
    assertThat(negations("She's really smart, isn't she?", Lang.EN)).isEmpty();
    assertThat(negations("Aren't you tired?", Lang.EN)).containsExactly("Aren't");
    assertThat(negations("إنها ذكية جداً ، أليس كذلك؟", Lang.AR)).isEmpty();
    assertThat(negations("ألست متعباً؟ لا يسعني إلا الانتظار", Lang.AR)).containsExactly("ألست");
  }

  @Test
  void fusedAndLexicalNegativesAreMarkersAndTheLexicalOnesSaySo() {
    assertThat(negations("لكيلا يضطر المرء، تعذر الاتصال، فشل إحضار الملف", Lang.AR))
        .containsExactly("لكيلا", "تعذر", "فشل");
    String text = "تعذر الاتصال من دون سبب ولم يصل";
    List<Word> markers = Negation.markers(Word.split(text, 0), Lang.AR, text);
    assertThat(markers).extracting(m -> Negation.isLexical(m, Lang.AR)).containsExactly(true, true, false);
    assertThat(negations("rights indispensable for his dignity", Lang.EN)).containsExactly("indispensable");
  }

  @Test
  void anExceptionOrOnlyMakesARestrictionNotAFlippedPolarity() {
    assertThat(Negation.isRestriction(Word.split("لا يبرم عقد الزواج إلا برضى الطرفين", 0),
        Word.split("Marriage shall be entered into only with the consent of the spouses", 0))).isTrue();
    assertThat(Negation.isRestriction(Word.split("بلاده لن تكون مصدر إزعاج", 0),
        Word.split("his country will be a source of trouble", 0))).isFalse();
  }

  @Test
  void englishNameCandidatesSkipFunctionWordsTitlesAndMonths() {
    List<Word> words = Word.split("This step comes after President Ahmad al-Shara's visit in October", 0);
    assertThat(Names.englishCandidates(words)).extracting(Word::text).containsExactly("Ahmad", "al-Shara's");
  }

  @Test
  void quranicSpellingReadsTheSuperscriptAlefOfNumbersAndTheJoinedVocativeOfNames() {
    assertThat(keys("أَلَّا تُكَلِّمَ ٱلنَّاسَ ثَلَٰثَ لَيَالٖ سَوِيّٗا", Lang.AR)).containsExactly("3");
    assertThat(sameName("يَٰزَكَرِيَّآ", "Zechariah")).isTrue();
    assertThat(sameName("يَٰمَرۡيَمُ", "Mary")).isTrue();
    assertThat(sameName("يا", "Mary")).isFalse();
    assertThat(sameName("يَٰيَحۡيَىٰ", "John")).isTrue(); // the dagger alef over ى only says how ى is read
    assertThat(sameName("جَهَنَّمَ", "Hell")).isTrue();
  }

  @Test
  void aDualMayCarryTheEnglishTwoButAPluralOrADiphthongDoesNotWhenVocalised() {
    assertThat(QuantityExtractor.mayHoldDual(Word.split("تنافس الفريقين في المباراة النهائية", 0))).isTrue();
    assertThat(QuantityExtractor.mayHoldDual(Word.split("أَيُّ ٱلۡفَرِيقَيۡنِ خَيۡرٞ", 0))).isTrue();
    assertThat(QuantityExtractor.mayHoldDual(Word.split("وَدَخَلَ مَعَهُ ٱلسِّجۡنَ فَتَيَانِۖ", 0))).isTrue();
    assertThat(QuantityExtractor.mayHoldDual(Word.split("يَٰصَٰحِبَيِ ٱلسِّجۡنِ", 0))).isTrue();
    assertThat(QuantityExtractor.mayHoldDual(Word.split("إِنَّ ٱللَّهَ يَجۡزِي ٱلۡمُتَصَدِّقِينَ عَلَيۡكَ", 0))).isFalse();
    assertThat(QuantityExtractor.mayHoldDual(Word.split("كتبت رسالة لأمي", 0))).isFalse();
  }

  @Test
  void lexicalNegativeVerbsInAnyPersonAndNegatedAdjectives() {
    assertThat(negations("تعذرت قراءة القائمة، يتعذر الوصول، فشلوا في الحل", Lang.AR))
        .containsExactly("تعذرت", "يتعذر", "فشلوا");
    assertThat(Negation.hasNegatedAdjective(Word.split("This company is indifferent to the safety of its workers", 0)))
        .isTrue();
    assertThat(Negation.hasNegatedAdjective(Word.split("Please install the display and inform the income office", 0)))
        .isFalse();
    assertThat(negations("This company is indifferent", Lang.EN)).isEmpty(); // not a marker of the English itself
    assertThat(Negation.mayBeNegated(Word.split("كَلَّاۚ سَنَكۡتُبُ مَا يَقُولُ", 0))).isTrue();
    assertThat(Negation.mayBeNegated(Word.split("وَإِلَّا تَصۡرِفۡ عَنِّي كَيۡدَهُنَّ", 0))).isTrue();
    assertThat(Negation.mayBeNegated(Word.split("مَا عَلِمۡنَا عَلَيۡهِ مِن سُوٓءٖ", 0))).isTrue();
    assertThat(Negation.mayBeNegated(Word.split("ما قلته صحيح", 0))).isFalse();
  }

  @Test
  void spelledArabicLettersAndQuotationOpenersAreNoNames() {
    assertThat(Names.englishCandidates(Word.split("Kaf, Ha, Ya, 'Ayn, Sad", 0))).isEmpty();
    assertThat(Names.englishCandidates(Word.split("Ha said it to Dal", 0))).extracting(Word::text)
        .containsExactly("Ha", "Dal");
    String text = "He said, \"Rather, your souls have enticed you\" to Rather";
    List<Word> words = Word.split(text, 0);
    assertThat(words).filteredOn(w -> Names.opensQuotation(w, text)).extracting(Word::start)
        .containsExactly(text.indexOf("Rather"));
  }

  @Test
  void wordsKeepTheirDocumentOffsets() {
    List<Word> words = Word.split("قال: 1,500 جندي", 10);
    assertThat(words).extracting(Word::text).containsExactly("قال", "1,500", "جندي");
    assertThat(words.get(1).start()).isEqualTo(15);
  }
}
