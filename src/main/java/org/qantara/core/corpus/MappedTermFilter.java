package org.qantara.core.corpus;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces every token's text by a function of it (the corpus's own Arabic fields: folding, plural skeleton). */
final class MappedTermFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final UnaryOperator<String> mapping;

  MappedTermFilter(TokenStream input, UnaryOperator<String> mapping) {
    super(input);
    this.mapping = mapping;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String mapped = mapping.apply(term.toString());
    term.setEmpty().append(mapped);
    return true;
  }
}
