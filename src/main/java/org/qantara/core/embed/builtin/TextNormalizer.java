package org.qantara.core.embed.builtin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text normalisation of the built-in model, defined once and used twice: written into
 * {@code tokenizer.json} (so the Rust tokenizer applies it at run time) and applied in Java at build time (so
 * dictionary words become exactly the strings the tokenizer will look up). Arabic orthographic variants are
 * folded the way Arabic search engines fold them (as Lucene's ArabicNormalizer does): diacritics and tatweel
 * dropped, hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to ha; Arabic-Indic and Persian
 * digits become ASCII digits so numbers match across the two texts.
 */
public final class TextNormalizer {

  /** One regex replacement, in the order applied. */
  public record Replacement(String regex, String content) {}

  static final List<Replacement> REPLACEMENTS = replacements();

  private static final List<Map.Entry<Pattern, String>> COMPILED = REPLACEMENTS.stream()
      .map(r -> Map.entry(Pattern.compile(r.regex()), r.content()))
      .toList();

  private TextNormalizer() {}

  private static List<Replacement> replacements() {
    List<Replacement> list = new ArrayList<>();
    list.add(new Replacement("[\\x{064B}-\\x{065F}\\x{0670}\\x{0640}]", ""));
    list.add(new Replacement("[\\x{0622}\\x{0623}\\x{0625}\\x{0671}]", "\u0627"));
    list.add(new Replacement("\u0649", "\u064A"));
    list.add(new Replacement("\u0629", "\u0647"));
    for (int digit = 0; digit <= 9; digit++) {
      list.add(new Replacement("[" + (char) ('\u0660' + digit) + (char) ('\u06F0' + digit) + "]",
          String.valueOf(digit)));
    }
    return List.copyOf(list);
  }

  /** What the tokenizer's normaliser does, in Java: NFKC, lower case, then the replacements. */
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
    for (Replacement replacement : REPLACEMENTS) {
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
