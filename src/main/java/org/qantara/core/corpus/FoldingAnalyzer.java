package org.qantara.core.corpus;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.qantara.core.text.MatchNormalizer;

/**
 * Words folded the way the reviewer folds them ({@link MatchNormalizer}: diacritics, tatweel, alef and
 * hamza variants, alef maqsura, ta marbuta, digits), without stemming: a second Arabic field beside
 * Lucene's {@code ArabicAnalyzer}, so that a spelling variant is found as the reviewer would match it
 * even where the light stemmer cuts the word differently.
 */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, new MappedTermFilter(tokenizer, MatchNormalizer::normalize));
  }
}
