package org.qantara.core.embed;

import java.util.List;

/**
 * The tokens of one text as the model saw them. {@code tokens.get(i)} has character offsets [start, end)
 * into {@code text} and vector {@code vectors[i]} (not normalised). Special tokens are left out.
 */
public record TokenVectors(String text, List<Token> tokens, float[][] vectors) {
  public record Token(String piece, int start, int end) {}

  public TokenVectors {
    tokens = List.copyOf(tokens);
    if (vectors.length != tokens.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + vectors.length + " vectors");
    }
  }
}
