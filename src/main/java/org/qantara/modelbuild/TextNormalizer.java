package org.qantara.modelbuild;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text normalisation of the built-in model, defined once and used twice: written into
 * {@code tokenizer.json} (so the Rust tokenizer applies it at run time) and applied in Java at build time (so
 * dictionary words become exactly the strings the tokenizer will look up). Arabic orthographic variants are
 * folded the way Arabic search engines fold them (as Lucene's ArabicNormalizer does): diacritics and tatweel
 * dropped, hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to ha. At build time Arabic-Indic
 * and Persian digits also become ASCII digits; the tokenizer leaves them alone and reads them through
 * vocabulary aliases instead ({@link Vocabulary#addDigitAliases}), because every normaliser step is a pass
 * over the text and ten digit passes made tokenisation the bottleneck of sentence embedding.
 *
 * <p>The runtime's matching folding ({@code org.qantara.core.text.MatchNormalizer}, used by the reviewer
 * and the corpus index) goes further on purpose: it also folds the hamza carriers ئ ؤ, drops Quranic
 * annotation signs and case-folds. This normaliser stays smaller because every step costs a tokenizer pass
 * and because the vocabulary keeps hamza spellings apart; changing it changes the model (rebuild it).
 */
public final class TextNormalizer {

  /** One regex replacement, in the order applied. */
  public record Replacement(String regex, String content) {}

  /** Orthographic folding, applied by the tokenizer and at build time. */
  static final List<Replacement> ORTHOGRAPHY = List.of(
      // Harakat, superscript alef, tatweel, and the Quranic annotation signs of Uthmani text (small high
      // letters, pause marks): one character class, so Quranic text costs no extra tokenizer pass.
      new Replacement("[\\x{064B}-\\x{065F}\\x{0670}\\x{0640}\\x{0610}-\\x{061A}\\x{06D6}-\\x{06DC}"
          + "\\x{06DF}-\\x{06E4}\\x{06E7}\\x{06E8}\\x{06EA}-\\x{06ED}]", ""),
      new Replacement("[\\x{0622}\\x{0623}\\x{0625}\\x{0671}]", "\u0627"),
      new Replacement("\u0649", "\u064A"),
      new Replacement("\u0629", "\u0647"));

  /** Arabic-Indic and Persian digits to ASCII: build time only. */
  static final List<Replacement> DIGITS = digits();

  private static final List<Map.Entry<Pattern, String>> COMPILED = Stream.concat(ORTHOGRAPHY.stream(), DIGITS.stream())
      .map(r -> Map.entry(Pattern.compile(r.regex()), r.content()))
      .toList();

  private TextNormalizer() {}

  private static List<Replacement> digits() {
    List<Replacement> list = new ArrayList<>();
    for (int digit = 0; digit <= 9; digit++) {
      list.add(new Replacement("[" + (char) ('\u0660' + digit) + (char) ('\u06F0' + digit) + "]",
          String.valueOf(digit)));
    }
    return List.copyOf(list);
  }

  /** What the tokenizer does to words before lookup, in Java: NFKC, lower case, the folding, ASCII digits. */
  public static String normalize(String text) {
    String result = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, String> replacement : COMPILED) {
      result = replacement.getKey().matcher(result).replaceAll(replacement.getValue());
    }
    return result;
  }

  /** The {@code normalizer} object of tokenizer.json. */
  static Map<String, Object> tokenizerJson() {
    List<Object> steps = new ArrayList<>();
    steps.add(Map.of("type", "NFKC"));
    steps.add(Map.of("type", "Lowercase"));
    for (Replacement replacement : ORTHOGRAPHY) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("type", "Replace");
      step.put("pattern", Map.of("Regex", replacement.regex()));
      step.put("content", replacement.content());
      steps.add(step);
    }
    Map<String, Object> sequence = new LinkedHashMap<>();
    sequence.put("type", "Sequence");
    sequence.put("normalizers", steps);
    return sequence;
  }
}
