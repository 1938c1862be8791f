package org.qantara.core.embed.builtin;

/**
 * The README.md written next to the built model: licence, provenance, how to rebuild and the measured effect
 * of each idea. The step table is measured by the test-scope tool {@code StepTable} and pasted here, so the
 * README (like every other output file) does not depend on the machine that builds it.
 */
final class ModelReadme {

  static final String STEPS = """
      | step | ar→en | en→ar | notes |
      |---|---|---|---|
      | whole dictionary words only, all words weight 1, no smoothing, no letters | 16.2% | 18.0% | 153774 tokens, 23.2 MB |
      | + function words weight 0 | 22.4% | 24.2% | 153774 tokens, 23.2 MB |
      | + Arabic morphology pieces | 24.0% | 25.6% | 638349 tokens, 39.2 MB |
      | + one smoothing round | 33.0% | 32.2% | 638349 tokens, 39.2 MB |
      | + pooling over Arabic light stems | 38.6% | 37.0% | 638349 tokens, 39.2 MB |
      | + second smoothing round | 42.2% | 41.0% | 638349 tokens, 39.2 MB |
      | + phonetic letter fallback | 42.0% | 41.4% | 638349 tokens, 39.2 MB |
      | + third smoothing round, stem share 1.0 (shipped) | 45.6% | 43.4% | 638349 tokens, 39.2 MB |
      """;

  private ModelReadme() {}

  static String text(int tokens, int rows, int dimension) {
    return """
        # builtin-ar-en: Qantara's built-in Arabic–English embedding model

        A static (context-free) cross-lingual embedding model built by Qantara from the FreeDict Arabic–English and
        English–Arabic dictionaries. It is served like any transformer: `tokenizer.json` (Hugging Face WordPiece)
        and `model.onnx` whose output `last_hidden_state` [batch, seq, %d] holds token vectors; sentence vectors
        are their mean under the attention mask, L2-normalised (see `recipe.json`).

        - %d tokens reading %d int8 rows of %d dimensions, each token with its own float scale (its weight times
          the row's quantisation step). Function words, clitics and suffixes have weight 0.
        - Vectors: random indexing over the bilingual dictionary graph. Each English stem gets a pseudo-random
          vector seeded by its spelling; an Arabic word is the weighted sum of its translations, plus those of
          the words sharing its light stem; English stems then absorb their Arabic neighbours (3 rounds).
        - Arabic morphology: proclitic pieces (و ف ب ل ك س ال وال بال لل ...), whole-word forms for the commonest
          proclitics, suffix continuation pieces (ه ها هم ... ات ون ين), ta marbuta before suffixes (قاعدتها),
          imperfect-verb person prefixes; orthographic folding and Arabic-Indic digits in the normaliser.
        - Numbers, duals (يومين = two + days), months (Gregorian and Levantine) and weekdays: a small hand-made
          lexicon in `HandLexicon`.
        - Unknown words (names) fall back to single letters whose rows are shared across scripts by a consonant
          key (`PhoneticLetters`).

        ## Licence and provenance

        Derived work of FreeDict `dict-freedict-ara-eng` (Arabeyes.org) and `dict-freedict-eng-ara`, both under
        the GNU General Public License version 2 or later; this model is therefore distributed under
        GPL-2.0-or-later.

        ## Rebuild

        With the dictionaries installed (`apt-get install dict-freedict-ara-eng dict-freedict-eng-ara`), call
        `BuiltinModelBuilder.build(Path.of("/usr/share/dictd"), Path.of("models/builtin-ar-en"))`. The build is
        deterministic: the same dictionaries give byte-identical files (checked by `BuiltinModelBuilderTest`).

        ## Measured steps (Tatoeba dev set, 500 pairs, top-1 retrieval)

        Reproduce with the test-scope tool `org.qantara.core.embed.builtin.StepTable`.

        %s""".formatted(dimension, tokens, rows, dimension, STEPS);
  }
}
