package org.qantara.core.corpus;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Arabic words reduced to a skeleton that a singular shares with its broken plural, for recall: Lucene's
 * light stem (article, clitics, sound-plural and feminine endings off), then the letters a plural pattern
 * inserts dropped — alef and hamza anywhere, waw and yeh after the first letter. So الوزير and الوزراء both
 * give وزر, كتاب and كتب كتب, مدرسة and مدارس مدرس, قلم and أقلام قلم. The price is precision (طالب and
 * طلب meet too), so the corpus searches this field beside the exact and stemmed ones with a low weight: the
 * same word ranks first, the plural is found after it. Skeletons shorter than two letters keep the stem.
 */
final class PluralSkeletonAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stemmed = new ArabicStemFilter(new ArabicNormalizationFilter(tokenizer));
    return new TokenStreamComponents(tokenizer, new MappedTermFilter(stemmed, PluralSkeletonAnalyzer::skeleton));
  }

  /** The skeleton of a normalised, light-stemmed word. */
  private static String skeleton(String stem) {
    StringBuilder kept = new StringBuilder(stem.length());
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      boolean alefOrHamza = c == 'ا' || c == 'ء' || c == 'أ' || c == 'إ' || c == 'آ' || c == 'ؤ' || c == 'ئ';
      boolean longVowel = i > 0 && (c == 'و' || c == 'ي' || c == 'ى');
      if (!alefOrHamza && !longVowel) {
        kept.append(c);
      }
    }
    return kept.length() >= 2 ? kept.toString() : stem;
  }
}
