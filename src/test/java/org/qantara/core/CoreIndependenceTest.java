package org.qantara.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One core, thin shells: the core must not know the command line, the desktop or the terminal. It reports
 * through return values, typed {@link Problem}s and {@link Progress} listeners; each shell renders them.
 */
class CoreIndependenceTest {
  private static final Map<String, Pattern> FORBIDDEN = Map.of(
      "imports a shell's package (picocli, Swing, AWT, FlatLaf, the CLI or the window)",
      Pattern.compile("^import\\s+(static\\s+)?(picocli|javax\\.swing|java\\.awt|com\\.formdev|org\\.qantara\\.(cli|ui))\\b.*",
          Pattern.MULTILINE),
      "prints on standard output or error (report through a return value, a Problem or a Progress)",
      Pattern.compile("System\\s*\\.\\s*(out|err)\\b"),
      "talks to the terminal (console, progress bars, ANSI escapes)",
      Pattern.compile("System\\s*\\.\\s*console\\(|me\\.tongfei\\.progressbar|\\\\u001[bB]\\[|\\\\033\\["),
      "words a problem for the command line (name the problem's kind; the CLI says which command fixes it)",
      Pattern.compile("`qantara |\"qantara [a-z]|qantara models (pull|build|verify|list)"),
      // Evaluation and model building are tools around the runtime; the runtime must run without them.
      "uses evaluation or model-building code",
      Pattern.compile("\\borg\\.qantara\\.(eval|modelbuild)\\b"));

  @Test
  void coreSourcesKnowNoShell() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/qantara/core"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(20);
    for (Path source : sources) {
      String code = Files.readString(source);
      FORBIDDEN.forEach((what, pattern) -> assertThat(pattern.matcher(code).find())
          .as(source + " " + what + ": " + (pattern.matcher(code).find() ? firstMatch(pattern, code) : ""))
          .isFalse());
    }
  }

  @Test
  void theRulesCatchWhatTheyForbid() {
    assertThat(FORBIDDEN.values()).allSatisfy(p -> assertThat(p.matcher("class Clean { int x = 1; }").find()).isFalse());
    for (String bad : List.of("import picocli.CommandLine;", "System.err.println(x);", "System.out.print(x);",
        "Console c = System.console();", "String RESET = \"\\u001b[0m\";", "\"run `qantara models pull \" + name",
        "import me.tongfei.progressbar.ProgressBar;", "import org.qantara.eval.review.CleanPair;")) {
      assertThat(FORBIDDEN.values().stream().anyMatch(p -> p.matcher(bad).find())).as(bad).isTrue();
    }
  }

  private static String firstMatch(Pattern pattern, String code) {
    var m = pattern.matcher(code);
    return m.find() ? m.group() : "";
  }
}
