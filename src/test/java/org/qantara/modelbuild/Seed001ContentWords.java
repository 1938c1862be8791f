package org.qantara.modelbuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qantara.core.embed.Embedder;
import org.qantara.core.embed.TokenVectors;

/**
 * Word-level evidence on seed 001: for each hand-checked content word ({@code seed001-content-words.tsv}), whether
 * the best-matching token of its gold English sentence(s) belongs to one of its acceptable translations.
 *
 * @param found content words whose best match is right
 * @param total content words checked
 * @param missed each miss as "Arabic word → the English word it matched best" (or "→ nothing")
 */
record Seed001ContentWords(int found, int total, List<String> missed) {

  private static final Path DIR = Path.of("../shared/gold/seed-001");

  double share() {
    return (double) found / total;
  }

  static Seed001ContentWords of(Embedder embedder) throws IOException {
    List<String> ar = Files.readAllLines(DIR.resolve("ar.txt"));
    List<String> en = Files.readAllLines(DIR.resolve("en.txt"));
    List<String> gold = Files.readAllLines(DIR.resolve("gold.txt"));
    List<String> rows = Files.readAllLines(Path.of("src/test/resources/seed001-content-words.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split("\t");
      int source = Integer.parseInt(f[0]);
      String targets = gold.get(source).replaceAll("[\\[\\] ]", "").split(":")[1];
      StringBuilder english = new StringBuilder();
      for (String t : targets.split(",")) {
        english.append(en.get(Integer.parseInt(t))).append(' ');
      }
      TokenVectors arabic = embedder.embedTokens(List.of(ar.get(source))).get(0);
      TokenVectors target = embedder.embedTokens(List.of(english.toString())).get(0);
      int start = ar.get(source).indexOf(f[1]);
      if (start < 0) {
        throw new IllegalStateException(f[1] + " is not in line " + source + " of seed 001");
      }
      float[] word = new float[embedder.dimension()];
      for (int i = 0; i < arabic.tokens().size(); i++) {
        TokenVectors.Token token = arabic.tokens().get(i);
        if (token.start() >= start && token.end() <= start + f[1].length()) {
          for (int d = 0; d < word.length; d++) {
            word[d] += arabic.vectors()[i][d];
          }
        }
      }
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < target.tokens().size(); i++) {
        double score = BuiltinModelTest.dot(word, target.vectors()[i])
            / Math.max(1e-9, Math.sqrt(BuiltinModelTest.dot(target.vectors()[i], target.vectors()[i])));
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best >= 0) {
        TokenVectors.Token token = target.tokens().get(best);
        // Judge the whole English word the token belongs to, so a letter piece of a name counts only if the
        // name is right.
        String text = target.text();
        int from = token.start();
        int to = token.end();
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
          from--;
        }
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
          to++;
        }
        String surface = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (List.of(f[2].split(",")).contains(surface)) {
          found++;
        } else {
          missed.add(f[1] + " → " + surface);
        }
      } else {
        missed.add(f[1] + " → nothing");
      }
    }
    return new Seed001ContentWords(found, rows.size(), List.copyOf(missed));
  }
}
