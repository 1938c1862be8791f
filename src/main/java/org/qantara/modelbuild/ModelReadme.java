package org.qantara.modelbuild;

/**
 * The README.md written next to the built model: licence, provenance, how to rebuild and the measured effect
 * of each idea. The step table is measured by the test-scope tool {@code StepTable} and pasted here, so the
 * README (like every other output file) does not depend on the machine that builds it.
 */
final class ModelReadme {

  static final String STEPS = """
      | step | ar→en | en→ar | notes |
      |---|---|---|---|
      | whole dictionary words only, all words weight 1 (closed-class concepts off), no smoothing, no letters | 19.6% | 19.2% | 153848 tokens, 23.2 MB; seed 001 margin -0.147, gold − non-gold -0.223 |
      | + function words weight 0 | 22.4% | 24.4% | 153848 tokens, 23.1 MB; seed 001 margin -0.024, gold − non-gold -0.252 |
      | + Arabic morphology pieces (whole clitic forms only where needed) | 25.0% | 26.2% | 350011 tokens, 29.4 MB; seed 001 margin -0.003, gold − non-gold -0.218 |
      | + one smoothing round | 33.6% | 31.2% | 350011 tokens, 29.4 MB; seed 001 margin -0.038, gold − non-gold -0.184 |
      | + pooling over Arabic light stems | 39.2% | 36.0% | 350011 tokens, 29.4 MB; seed 001 margin 0.001, gold − non-gold -0.078 |
      | + second smoothing round | 42.6% | 41.0% | 350011 tokens, 29.4 MB; seed 001 margin -0.016, gold − non-gold -0.109 |
      | + phonetic letter fallback | 42.8% | 41.4% | 350012 tokens, 29.4 MB; seed 001 margin 0.033, gold − non-gold -0.071 |
      | + third smoothing round, stem share 1.0 | 46.2% | 43.0% | 350012 tokens, 29.4 MB; seed 001 margin 0.037, gold − non-gold -0.082 |
      | + pronoun, negation, question-word concepts at 0.5 | 52.6% | 48.8% | 348269 tokens, 29.4 MB; seed 001 margin 0.021, gold − non-gold -0.097 |
      | + rows centred per language | 52.2% | 49.0% | 348269 tokens, 29.4 MB; seed 001 margin 0.049, gold − non-gold -0.085 |
      | + squared edge weights | 51.4% | 48.4% | 348269 tokens, 29.4 MB; seed 001 margin 0.081, gold − non-gold -0.047 |
      | + letter weight 0.6 | 51.8% | 48.6% | 348269 tokens, 29.4 MB; seed 001 margin 0.111, gold − non-gold +0.044 |
      | + six smoothing rounds (shipped until issue 14, model8) | 52.8% | 52.2% | 348335 tokens, 29.4 MB; seed 001 margin 0.110, gold − non-gold +0.034, content words 34/44 |
      | + future and subjunctive prefixes before every person of a verb (ستفعل = س + تفعل, not ست "six" + فعل) (not shipped) | 53.0% | 52.0% | 377815 tokens, 30.3 MB; seed 001 margin 0.110, gold − non-gold +0.034, content words 34/44 |
      | + IBM Model 1 word translations from the Tatoeba training pairs, weight 2, least score 0.1; a learned form pools its dictionary key's evidence and carries its pronoun; prepositions with pronouns split (not shipped) | 61.8% | 60.4% | 410862 tokens, 32.2 MB; seed 001 margin 0.136, gold − non-gold +0.041, content words 34/44 |
      | + the same learned translations without the verb prefixes of the step before (shipped until names10) | 61.8% | 60.4% | 375750 tokens, 31.1 MB; seed 001 margin 0.136, gold − non-gold +0.041, content words 34/44 |
      | + learned translations (weight 2, no verb prefixes) joining a word the dictionaries render at 0.0 of their weight (not shipped) | 57.4% | 57.0% | 375737 tokens, 31.1 MB; seed 001 margin 0.122, gold − non-gold +0.031, content words 34/44 |
      | + learned translations (weight 2, no verb prefixes) joining a word the dictionaries render at 0.5 of their weight (not shipped) | 59.8% | 59.0% | 375750 tokens, 31.1 MB; seed 001 margin 0.131, gold − non-gold +0.038, content words 34/44 |
      | + learned translations at weight 2, least score 0.2, joining a word the dictionaries render at 1.0 of their weight (not shipped) | 59.6% | 56.6% | 356620 tokens, 30.0 MB; seed 001 margin 0.136, gold − non-gold +0.057, content words 34/44 |
      | + learned translations at weight 2, least score 0.3, joining a word the dictionaries render at 1.0 of their weight (not shipped) | 56.8% | 55.0% | 348818 tokens, 29.5 MB; seed 001 margin 0.138, gold − non-gold +0.057, content words 34/44 |
      | + learned translations at weight 4, least score 0.3, joining a word the dictionaries render at 0.5 of their weight (not shipped) | 56.6% | 55.6% | 348818 tokens, 29.5 MB; seed 001 margin 0.137, gold − non-gold +0.055, content words 34/44 |
      | + learned translations at weight 1, least score 0.2, joining a word the dictionaries render at 0.5 of their weight (not shipped) | 56.0% | 54.8% | 356620 tokens, 30.0 MB; seed 001 margin 0.125, gold − non-gold +0.053, content words 34/44 |
      | + WordNet synonyms of each translation at 0.10 of its weight, for the Arabic rows only (not shipped) | 53.4% | 51.8% | 348335 tokens, 29.4 MB; seed 001 margin 0.111, gold − non-gold +0.038, content words 34/44 |
      | + WordNet synonyms of each translation at 0.20 of its weight, for the Arabic rows only (not shipped) | 53.4% | 52.4% | 348335 tokens, 29.4 MB; seed 001 margin 0.112, gold − non-gold +0.039, content words 34/44 |
      | + WordNet synonyms of each translation at 0.25 of its weight, for the Arabic rows only (not shipped) | 53.4% | 52.8% | 348335 tokens, 29.4 MB; seed 001 margin 0.110, gold − non-gold +0.033, content words 35/44 |
      | + WordNet synonyms of each translation at 0.50 of its weight, for the Arabic rows only (not shipped) | 53.4% | 53.8% | 348335 tokens, 29.4 MB; seed 001 margin 0.095, gold − non-gold +0.010, content words 33/44 |
      | + a word the vocabulary lacks also read as one token by its consonant key, the same in both scripts, in 4096 name buckets; dictionary pairs of one key (بوتين / butene) share their bucket (not shipped) | 53.2% | 52.4% | 352431 tokens, 30.5 MB; seed 001 margin 0.142, gold − non-gold +0.052, content words 38/44 |
      | + the same name buckets over the learned translations; the article may come glued to a name's first stem (القام + شل + ي) (shipped since names10) | 61.4% | 60.0% | 379846 tokens, 32.3 MB; seed 001 margin 0.163, gold − non-gold +0.098, content words 38/44 |
      """;

  private ModelReadme() {}

  static String text(int tokens, int rows, int dimension) {
    return """
        # builtin-ar-en: Qantara's built-in Arabic–English embedding model

        A static (context-free) cross-lingual embedding model built by Qantara from the FreeDict Arabic–English and
        English–Arabic dictionaries and from word translations that IBM Model 1 learns from the Tatoeba training pairs
        (12,068 sentence pairs, the evaluation pairs removed). It is served like any transformer: `tokenizer.json` (Hugging Face WordPiece)
        and `model.onnx` whose output `last_hidden_state` [batch, seq, %d] holds token vectors; sentence vectors
        are their mean under the attention mask, L2-normalised (see `recipe.json`).

        - %d tokens reading %d int8 rows of %d dimensions, each token with its own float scale (its weight times
          the row's quantisation step). Function words, clitics and most suffixes have weight 0.
        - Vectors: random indexing over the bilingual dictionary graph. Each English stem gets a pseudo-random
          vector seeded by its spelling; an Arabic word is the sum of its translations weighted by the squared
          edge weight (a pair attested again and again outweighs one-off links from multi-word phrases), plus
          those of the words sharing its light stem; English stems then absorb their Arabic neighbours (6
          rounds). Finally each language's mean row is subtracted (centring), so that what all words of one
          language share no longer makes every sentence look alike.
        - Arabic morphology: proclitic pieces (و ف ب ل ك س ال وال بال لل ...), suffix continuation pieces (ه ها
          هم ... ات ون ين), ta marbuta before suffixes (قاعدتها), imperfect-verb person prefixes; a whole-word
          token with a proclitic only where greedy WordPiece splitting would otherwise go wrong (والمعدات must
          not start with the dictionary word والم); dictionary entries that are a key plus a pronoun suffix
          (قاعدتها) read their stem's row; the accusative alef (مالا) is a light-stem suffix; orthographic folding
          in the normaliser (harakat, tatweel and the Quranic annotation signs of Uthmani text dropped); Arabic-Indic and Persian digits as vocabulary aliases of the ASCII digit tokens.
        - Numbers, duals (يومين = two + days), months (Gregorian and Levantine) and weekdays: a small hand-made
          lexicon in `HandLexicon`. It also pairs closed-class words across the scripts at weight 0.5: pronouns
          (Arabic possessive suffixes as pieces), negation (English contractions arrive as "didn ' t"), question
          words and a few others (this, all, some, more, only, can, was, have ...).
        - Unknown words (names) fall back to single letters (weight 0.6) whose rows are shared across scripts by
          a consonant key (`PhoneticLetters`); a word the vocabulary lacks also gains one token of 4096 name buckets
          chosen by a coarse consonant key both scripts spell alike (بوتين and Putin "btn"), added by the runtime
          (`NameKeys`, the recipe's `names`; since names10, issue 14).


        ## Licence and provenance

        Derived work of FreeDict `dict-freedict-ara-eng` (Arabeyes.org) and `dict-freedict-eng-ara`, both under
        the GNU General Public License version 2 or later; this model is therefore distributed under
        GPL-2.0-or-later. It also learns word translations from sentence pairs of Tatoeba (https://tatoeba.org),
        licensed CC BY 2.0 FR (https://creativecommons.org/licenses/by/2.0/fr/): this model credits Tatoeba and its
        contributors, listed pair by pair in the pairs' `ATTRIBUTION.tsv` (`../shared/train/tatoeba-ara-eng`); its
        recipe says `GPL-2.0-or-later AND CC-BY-2.0-FR`. Shipped since issue 14 (model8); before, the dictionaries
        alone (the step table's "six smoothing rounds" row).

        ## Rebuild

        With the dictionaries installed (`apt-get install dict-freedict-ara-eng dict-freedict-eng-ara`) and the shared
        data beside the checkout, run `bin/qantara models build builtin-ar-en` (`--train-dir` names the Tatoeba pairs,
        default `../shared/train/tatoeba-ara-eng`; or call `org.qantara.modelbuild.BuiltinModelBuilder.build(Path.of("/usr/share/dictd"), Path.of("models/builtin-ar-en"))`).
        The build is deterministic: the same dictionaries and pairs give byte-identical files (checked by
        `BuiltinModelBuilderTest`).

        ## Measured steps (Tatoeba dev set, 500 pairs, top-1 retrieval)

        Reproduce with the test-scope tool `org.qantara.modelbuild.StepTable` (after `mvn -q test-compile`: `java -cp
        target/classes:target/test-classes:CLASSPATH org.qantara.modelbuild.StepTable /usr/share/dictd
        ../shared/train/tatoeba-ara-eng [ONLY [KEEP_DIR]]`, CLASSPATH from `mvn dependency:build-classpath
        -Dmdep.includeScope=test`): ONLY picks the steps whose name contains it; KEEP_DIR keeps each step's model as
        KEEP_DIR/step-N/builtin-ar-en, for `QANTARA_MODELS_DIR=KEEP_DIR/step-N bin/qantara eval-review`. It also
        prints each step's missed content words: 44 hand-checked Arabic words of seed 001
        (`src/test/resources/seed001-content-words.tsv`). They count دمشق on Arabic line 6, whose English says
        "Damascus"; it stood on line 4 before, whose English renders it as "the new Syrian army", so it could never
        be found (33/44 then for each of these rows).

        %s
        Tried and not kept (measured on the same set): an inverse-frequency weight from the dictionary itself
        (entries mentioning a word; it helped seed 001 but cost 1 to 5 points here, the everyday verbs of short
        sentences being exactly the words defined most often); weighting translations by their rank in the
        entry and a bonus for pairs found in both dictionaries (no change; squared edge weights do that job);
        imperfect-verb forms generated from triliteral past forms (no change); no letter continuation pieces
        for English (names became [UNK]: worse); a phonetic consonant component in every row (worse); 320 or
        384 dimensions (within a point); more than six smoothing rounds (rows converge).

        Future and subjunctive prefixes (`Settings.verbProclitics`): greedy splitting reads ستفعل as ست "six" +
        فعل, سنذهب as سن "tooth" + ذهب, سيفعل as سيف "sword" + letters; a whole-word token for س / وس / فس / ل / ول /
        فل before every person of a dictionary verb, added only where the split goes wrong, fixes that. Not shipped
        because one guard falls: the review benchmark's strict-place ADDITION precision, 0.868 → 0.852 (guard 0.86;
        the real-text set's flags per 100 links go from 28.3 to 28.5, at its bound).

        Word translations learned by IBM Model 1 (`Lexicon.learn`: EM, 5 rounds, both directions, on the 12,068
        Tatoeba training pairs of `../shared/train/tatoeba-ara-eng`, CC BY 2.0 FR; a pair whose geometric mean of
        t(en | ar) and t(ar | en) reaches the least score joins the dictionary graph at weight × that mean).
        Measured again on the review and aligner of 2026-12-03 20:40 (`bin/qantara eval-review` on the step's model
        kept by `StepTable`, `RealTextFalseAlarmTest`, `AlignerQualityTest`), the last row above against the shipped
        model: real text 10.4 major-or-worse and 21.9 in all per 100 links (shipped 10.3 / 25.2; the issue's targets
        10 / 25), the benchmark's clean pairs 3.8 / 5.2 (5.5 / 7.1), strict-place OMISSION 0.804 / 0.882 (0.745 /
        0.804), LOW_SIMILARITY 0.518 / 0.863 (0.427 / 0.863), NEGATION precision 0.960 (0.889), OMISSION 0.857 /
        0.941 (0.855 / 0.922), ADDITION 0.857 / 0.941 (0.889 / 0.941); the dev pseudo-documents' strict / lax F1
        0.885 / 0.969 (0.885 / 0.963), but the ten-pair Tatoeba documents' strict F1 0.957 (0.985). Three guards
        fall: strict-place ADDITION precision 0.821 and recall 0.902 (guards 0.87 / 0.92; the aligner's links decide
        them: an inserted sentence the learned model finds something in joins a link and is reported as
        LOW_SIMILARITY, not ADDITION, "Our living room is sunny." in tatoeba 041), and PARTIAL_OMISSION recall 0.172
        (guard 0.2: one deleted clause of 29 less, "and pulled out a knife" cut to "and", whose link now scores
        under the reviewer's weak-link z of 2 because the model also finds more in the document's unrelated pairs).
        With the verb prefixes (the row before it): strict-place ADDITION 0.807 / 0.902, OMISSION 0.789 / 0.882,
        LOW_SIMILARITY 0.543 / 0.863, PARTIAL_OMISSION 0.714 / 0.172. So neither is shipped. (On the review of
        18:45 the learned step with the verb prefixes lost LOW_SIMILARITY recall too, 0.843 against 0.86. On main of
        21:15, with this round's riders and reviewer and guards of 0.90 / 0.94, strict-place ADDITION reads 0.839 /
        0.922 against the shipped 0.906 / 0.941, PARTIAL_OMISSION recall 0.172 against 0.207. Without verb
        prefixes at weight 1, 60.0%% / 59.0%%, the review figures are the same and so are the guards that fall; at
        weight 1.5, 60.8%% / 59.2%%.) What made the learned words safer: a learned form made of a dictionary key
        and clitics (شعرك, بيده) pools that key's
        evidence like the key's other light-stem forms, and a form ending in a pronoun (شعرك "your hair") carries
        the pronoun piece's concept in its row, so a clean clause keeps its word evidence ("You need a haircut" no
        longer a PARTIAL_OMISSION false alarm); a preposition with a pronoun (بي "with me", لها) is a function word
        in training and no dictionary key when learning (بي read the row of بي إس دي "BSD"). Earlier variants, on
        the review of before: weight 1: 58.8%% / 59.0%%; weight 2: 61.0%% / 59.4%%; with English lemmas from
        WordNet 3.0's exception lists (Debian `wordnet-base`): 61.8%% / 60.4%%, content words 32/44; weights 4 to
        32: 61.8%% to 63.4%% ar→en, ADDITION precision 0.74 to 0.77; least score 0.15: 60.0%% / 58.0%%; learned
        forms merged into their dictionary key: 61.4%% / 57.4%% (a pronoun suffix only: 61.4%% / 58.2%%).

        Learned translations blended with the dictionaries (`Settings.learnedDictionaryShare`, the two rows after the
        learned ones): a word the dictionaries render takes its learned translations at a share of their weight, so
        that the dictionary's senses keep their say where it has an entry, and a word it lacks (the everyday forms of
        Tatoeba: تشجع, ارحل) takes them whole. Measured on main of 2026-12-04 05:35 (`bin/qantara eval-review`,
        `ReviewBenchmarkTest`, `RealTextFalseAlarmTest`, `AlignerQualityTest` on each step's model), shipped / learned
        at 1 / at 0.5 / at 0: LOW_SIMILARITY recall 0.902 / 0.882 / 0.882 / 0.882 (guard 0.9; the replaced sentence
        missed is the same in all three: tatoeba 038's "Sami had a little bit of cash in his pocket." for "أتستطيع تحدث
        الفرنسية؟", still a 1-1 link below unrelated pairs (z 0.27), but the learned rows make its two sides rank each
        other among the closest fifth of the ten-sentence document (the Arabic's closest English, the English's
        second-closest Arabic after "كان سامي يستعير من أخيه"; the shipped model ranks that English sixth for its Arabic), which the reviewer takes for a
        rendering it cannot read, the chance event of about one link in 25 that its mutual-rank rule accepts), strict-place OMISSION precision 0.792 / 0.797 / 0.810 /
        0.780 (guard 0.79), strict-place ADDITION 0.906 / 0.941, 0.825 / 0.922, 0.839 / 0.922, 0.825 / 0.922 (guards
        0.9 / 0.94), PARTIAL_OMISSION precision 0.929 / 0.765 / 0.765 / 0.813 (guard 0.9), the clean pairs' major-or-
        worse and all flags per 100 links 2.4 / 4.3, 2.8 / 5.0, 3.0 / 5.4, 2.8 / 4.9 (guards 2.5 / 5), real text 8.6 /
        20.6, 8.8 / 18.8, 8.8 / 18.8, 8.1 / 19.9, the dev pseudo-documents' strict / lax F1 0.885 / 0.963, 0.885 / 0.969,
        0.879 / 0.965, 0.873 / 0.960. The blend keeps the real text's figures (at 0 the best of all) but neither the
        benchmark's guards nor the Tatoeba target: not shipped. Again on main of 06:20 (review7's clean-pair step, guard under 1.9 major-or-worse
        flags per 100 clean links): the shipped model 1.8 / 4.1, PARTIAL_OMISSION 1.000 / 0.448, the rest as above; the
        learned step (weight 2, share 1) 2.4 / 4.8, and four guards still fall: LOW_SIMILARITY recall 0.882, strict-place
        ADDITION 0.825 / 0.922, PARTIAL_OMISSION precision 0.813, the clean pairs' 2.4. The four rows with a higher least score
        (0.2, 0.3: fewer, surer learned pairs) on the same main, in table order: LOW_SIMILARITY recall 0.882 / 0.882 /
        0.882 / 0.902, strict-place OMISSION 0.772 / 0.863, 0.759 / 0.863, 0.759 / 0.863, 0.772 / 0.863 (guards 0.79 /
        0.82), strict-place ADDITION 0.842 / 0.941, 0.842 / 0.941, 0.842 / 0.941, 0.857 / 0.941, clean pairs 2.8 / 5.1,
        2.4 / 5.0, 2.4 / 5.0, 2.4 / 4.3, real text 9.3 / 21.1 (bound 8.9), 8.8 / 20.6, 8.8 / 20.6, 8.7 / 20.5, dev
        pseudo-documents' strict F1 0.876, 0.872, 0.872, 0.876 (0.885 shipped); the last (weight 1, least score 0.2,
        share 0.5) keeps LOW_SIMILARITY recall but loses strict-place OMISSION and ADDITION precision, the clean pairs'
        figure and the aligner's strict F1, and none reaches 60%% both ways: none shipped. What every learned variant
        shares: more similarity between short unrelated Tatoeba sentences of one document (the same everyday words,
        now linked), where the aligner then crosses near-identical neighbours (tatoeba 038: "عليك أن تدرس أكثر." left
        alone and "عليك أن تدرس بجهد أكثر من ذلك." given both "You must study more." and "You should study harder.")
        and chance ranks decide weak links.

        English synonyms from WordNet 3.0 (`Settings.synonymShare`, `WordNetSynonyms`: Debian `wordnet-base`, read
        from `/usr/share/wordnet`; the WordNet 3.0 licence, a permissive BSD-style licence from Princeton University
        that asks for its copyright notice to be kept with copies of the database, none of which is copied here):
        each translation of an Arabic key also reaches the synonyms of its English word's first sense (an adjective
        satellite's head too: martial → military) at a share of its weight, for the Arabic rows only (the four rows
        above). Fed to the English smoothing as well, they blur each synonym group together: 55.6%% / 50.2%%, content
        words 33/44 at 0.25; 50.6%% / 49.0%% at 0.5; 45.0%% / 47.4%% at 1. The 0.25 row gains one content word
        (القامشلي, the name, by a shift of its letter pieces rather than by a synonym: عسكرية still misses, its key
        reads "militarism" and عسكري's synonym edge to military is too light beside "martial") but is not shipped
        because a guard falls: LOW_SIMILARITY recall 0.882 (45 of 51; guard 0.9) on the review benchmark
        (`ReviewBenchmarkTest` on main of 2026-12-04 00:30). The learned step without verb prefixes, measured again on
        the same main (`ReviewBenchmarkTest`, `RealTextFalseAlarmTest`, `AlignerQualityTest` with its model in
        `models/builtin-ar-en`): the aligner's guards hold (dev pseudo-documents strict / lax F1 0.885 / 0.969), but
        real text gives 10.24 major-or-worse flags per 100 links (bound 10.1) and LOW_SIMILARITY recall falls to
        0.882 (precision 0.523); a stricter word-pairing floor for that model (0.35 instead of 0.3, the candidate for
        a model-owned calibration) keeps the real-text major figure under its bound but leaves LOW_SIMILARITY recall
        at 0.882 and makes a NAME guard fall (`renderedNamesRaiseNoMajorNameFlag`): the sentence-level cut-offs,
        not only the word floor, would need a model of their own.

        WordNet hypernyms as well (tried by model7, code not kept): the synonyms at 0.25 plus the words of the first
        sense's hypernym synsets (apparatus → equipment, which FreeDict gives المعدات) reach 55.4%% / 54.0%% and 36/44
        content words (معدات and والمعدات found), but the seed 001 margin falls to 0.062 (gold − non-gold -0.001) and
        the guards fall: real text 10.1 major-or-worse and 23.4 in all per 100 links (bound 10.1; two more NEGATION
        flags on lexical negatives), LOW_SIMILARITY recall 0.882, strict-place OMISSION 0.782 / 0.843, PARTIAL_OMISSION
        0.786 / 0.379, clean pairs 2.6 / 5.3 per 100 links.

        Names by their sound (names8, issue 14; the row before the last, `Settings.nameBuckets`, `NameKeys`): a word
        the vocabulary lacks (its pieces, less proclitics and suffixes, hold a lone consonant, or after the article
        more than one stem; a Latin word only when capitalised: Putin = put + i + n, القامشلي = ال + قام + شل + ي) keeps
        its pieces and gains one token, one of 4096 name buckets chosen by a coarse consonant key both scripts spell
        alike (article, vowels and a final h dropped; بوتين and Putin are both "btn", اللاذقية and Latakia "ltk"),
        weight 1, added by the runtime after tokenisation on the Java path and the ONNX Runtime path alike (the
        recipe's `names`); a dictionary pair whose two words share a key (بوتين "butene", موسكو "Moscow": 4669 pairs)
        has its bucket mixed into both rows at half weight. Seed 001's four names (القامشلي, اللاذقية, بوتين, بشار)
        then find their English, 38/44 content words, but three review guards fall (`ReviewBenchmarkTest`,
        `RealTextFalseAlarmTest` on main of 2026-12-04 13:32): the real text's flags per 100 links 22.3 in all (bound
        21.0; shipped 20.6: minor ADDITION 5.5 → 7.4), LOW_SIMILARITY precision as raised 0.623 (guard 0.63), and a
        MAJOR NAME flag on a rendered name (Qur'an). At bucket weight 0.6: 53.0%% / 52.4%%, 38/44, real text 22.1, the
        same guards fall. Replacing a name word's pieces by its bucket instead of adding it found the same 38 at
        53.4%% / 52.8%%, but seed 001's lowest gold link fell under its best non-gold pair (gold − non-gold -0.046: the
        letter pieces of حميميم had matched Hmeimim's three times over, the bucket alone matched less, while Qamishli
        now joins two sentences that are not linked); at bucket weight 1.5 or 2 it held (+0.008, +0.004) but en→ar
        fell to 51.6%% and 50.8%%. Two stems made a name without the article too at first, and any lone letter: 50.4%%
        / 48.4%% (verb forms the vocabulary splits wrongly, وست + حافظ, lost the stem it found).

        The same name buckets over the shipped learned translations (names9, issue 14; the last row): Tatoeba holds
        (61.4%% / 60.0%%) and, with the reviewer's word pairing leaving a word's bucket token out of its vector
        (`WordAligner`), every review guard holds, but seed 001's content words reached 37/44, one short of the issue's
        38: القامشلي got no bucket at all, since the vocabulary holds the article glued to its first stem as one
        whole-word clitic token (القام + شل + ي, not ال + قام + شل + ي) and the rule wanted the article as a piece of its
        own (at bucket weight 1.5 still 37/44, and en→ar 59.0%%). names10 lets a first piece that begins with the
        article count as the article (`NameKeys`, a runtime rule: the model's files are the same bytes): 38/44, Tatoeba
        unchanged, every review guard holds (docs/QUALITY.md, "names10, issue 14"). Shipped.

        Before names8's row none of the variants moved seed 001's content words (34/44; the issue's target is 38): the misses were names
        (القامشلي, اللاذقية, بوتين, بشار) and news words (معدات twice, رتلاً "convoy", صراع "conflict", الآليات
        "vehicles", and عسكرية, which matches the "equipment" beside "military"). No open data at hand renders them:
        FreeDict has none of معدات, رتل, صراع (its English–Arabic side gives equipment, convoy, conflict as الأجهزة,
        القافلة, النزاع), the Tatoeba training pairs have none but one صراع, Debian's Arabic thesaurus `mythes-ar`
        (from LibreOffice's dictionaries; GPL-2+, LGPL-2.1+ or MPL-1.1), which could have bridged them to a
        dictionary synonym, lists none of the three, `hunspell-ar` is a spelling dictionary without translations and
        `libelixirfm-perl` ships no lexicon. The names split into dictionary pieces on both sides instead of falling
        back to letters: القامشلي = ال + قام "stood" + شل + ي, بشار = ب + ش + ار, and in English Bashar = bash + a + r,
        Putin = put + i + n, Tartus = tart + u + s.

        Shipped since names10 (issue 14, 4 Dec evening; `Settings.DEFAULT`): the learned step below with the name buckets
        (the last row), 61.4%% / 60.0%% top-1 on the Tatoeba dev set, seed 001's content words 38/44, 32.3 MB.

        Shipped from issue 14 (model8, 4 Dec afternoon) to names10: the learned step without verb prefixes (weight 2, least score
        0.1, every learned translation at its full weight), 61.8%% / 60.4%% top-1 on the Tatoeba dev
        set, 31.1 MB. The guards it used to make fall were the aligner's and reviewer's, and are mended there
        (docs/QUALITY.md, "Issue 14, model8"): two riders crossed into a 2-1 beside a 1-2 are read as each other's
        rendering, a sentence left alone beside a link holding two near-paraphrases of the other side takes the one
        its words render, a silent sentence (content words, none rendered) is the one left alone rather than a
        neighbour the words cannot place, a weak link's two sides ranking each other closest clear it only when they
        share the sentence's mood, and a partial omission is MAJOR only in a link closer than unrelated sentences. On
        main of 4 Dec 14:10 with the learned model: strict-place OMISSION 0.889 / 0.941 and ADDITION 0.887 / 0.922,
        LOW_SIMILARITY 0.613 / 0.902, PARTIAL_OMISSION 0.789 / 0.517, the clean pairs 1.98 major-or-worse and 4.2 in
        all per 100 links, real text 8.8 / 19.0, the dev pseudo-documents' strict / lax F1 0.934 / 0.969; the
        dictionaries-only model gives every figure of `eval-review` as before these changes. Seed 001's hand-checked
        content words stay at 34/44 (the issue's 0.85 is 38): the names are names8's part of the build.
        """.formatted(dimension, tokens, rows, dimension, STEPS);
  }
}
