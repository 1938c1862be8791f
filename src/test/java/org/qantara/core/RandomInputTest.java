package org.qantara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.align.AlignerParams;
import org.qantara.core.edit.EditsTest;
import org.qantara.core.edit.Provenance;
import org.qantara.core.edit.SeedAlignments;
import org.qantara.core.formats.JsonFormat;
import org.qantara.core.formats.TmxReader;
import org.qantara.core.formats.VecalignFormat;
import org.qantara.core.pipeline.BatchAlignment;
import org.qantara.core.project.Project;
import org.qantara.core.project.ProjectFiles;
import org.qantara.core.review.ReviewOptions;
import org.qantara.core.text.Boilerplate;
import org.qantara.core.text.BilingualSplitter;
import org.qantara.core.text.Lang;
import org.qantara.core.text.Sentence;
import org.qantara.core.text.SentenceSegmenter;
import org.qantara.core.text.TextOptions;
import org.qantara.core.text.TextReader;

/**
 * Seeded random input for every reader of user files: the text reader, segmenter, boilerplate detector,
 * bilingual splitter, batch manifest, Vecalign, alignment JSON, TMX and project readers. Inputs are real
 * files mutated (bytes flipped, inserted, deleted, duplicated; control bytes, BOMs, broken UTF-8, huge
 * lines) and random text. Each reader must return, or fail with the project's own {@link
 * QantaraException}: no other exception, no hang (each input has {@link #PER_INPUT_SECONDS}), and no
 * {@link OutOfMemoryError} under the test JVM's heap. Runs for {@code -Dqantara.fuzz.seconds} (default 20)
 * from {@code -Dqantara.fuzz.seed} (default 8); a failing input is saved under target/ to replay.
 */
class RandomInputTest {
  private static final int PER_INPUT_SECONDS = 20;
  private static final long SEED = Long.getLong("qantara.fuzz.seed", 8);
  private static final long SECONDS = Long.getLong("qantara.fuzz.seconds", 20);
  private static final String WORDS_AR = "قال المصدر إن القوات الروسية بدأت الانسحاب من القاعدة ٢٠٢٦ لن نتراجع";
  private static final String WORDS_EN = "The source said Russian forces began to withdraw from the base 2026 Dr. U.S. we will not";
  private static final String SPECIALS = "\u0000\u001b[2J\u0007\r\n\t\uFEFF\u200F\u202E\u00A0\u0085\u2028…؟؛،.!?«»\"'©|>•";

  private static ExecutorService worker;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    worker = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("fuzz").unstarted(r));
  }

  @AfterAll
  static void stop() {
    worker.shutdownNow();
  }

  /** One reader under test: given the bytes of a file (also written at {@code file}), it reads them. */
  @FunctionalInterface
  private interface Reader {
    void read(byte[] bytes, Path file) throws Exception;
  }

  private record Target(String name, List<byte[]> seeds, Reader reader) {}

  @Test
  void everyReaderReturnsOrFailsWithATypedProblemOnRandomInput() throws Exception {
    List<Target> targets = targets();
    Random random = new Random(SEED);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    int inputs = 0;
    while (System.nanoTime() < deadline || inputs < 10 * targets.size()) {
      Target target = targets.get(inputs % targets.size());
      byte[] input = random.nextInt(5) == 0 ? randomText(random) : mutate(target.seeds().get(random.nextInt(target.seeds().size())), random);
      Path file = Files.write(dir.resolve("input-" + target.name()), input);
      Future<?> run = worker.submit(() -> {
        target.reader().read(input, file);
        return null;
      });
      try {
        run.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        failWith(target, input, "did not finish within " + PER_INPUT_SECONDS + " s", null);
      } catch (java.util.concurrent.ExecutionException e) {
        if (!(e.getCause() instanceof QantaraException)) {
          failWith(target, input, "threw " + e.getCause(), e.getCause());
        }
        assertThat(e.getCause().getMessage()).as("a typed problem has a message").isNotBlank();
      }
      inputs++;
    }
    assertThat(inputs).isGreaterThanOrEqualTo(10 * targets.size());
  }

  private static void failWith(Target target, byte[] input, String what, Throwable cause) throws IOException {
    Path saved = Path.of("target", "fuzz-failure-" + target.name() + ".bin");
    Files.createDirectories(saved.getParent());
    Files.write(saved, input);
    fail(target.name() + " " + what + " on the input saved as " + saved + " (seed " + SEED + ")", cause);
  }

  private static List<Target> targets() throws IOException {
    List<byte[]> texts = new ArrayList<>();
    for (String seed : List.of("corpora/001_cf1290a72f3a51aa.txt", "corpora/004_f7073c6b32d1ead5.txt",
        "../shared/gold/seed-001/ar.txt", "../shared/gold/seed-001/en.txt")) {
      texts.add(Files.readAllBytes(Path.of(seed)));
    }
    byte[] manifest = "# pairs\na.ar\ta.en\n\nb_ar.txt\tb_en.txt\nbilingual.txt\n".getBytes(StandardCharsets.UTF_8);
    byte[] vecalign = Files.readAllBytes(Path.of("../shared/gold/seed-001/gold.txt"));
    byte[] tmx = Files.readAllBytes(Path.of("src/test/resources/tmx/other-tool.tmx"));
    Project project = new Project(EditsTest.withFlags(SeedAlignments.gold()),
        new Provenance("builtin-ar-en", AlignerParams.defaults(), ReviewOptions.defaults()), TextOptions.DEFAULT, List.of());
    Path projectFile = dir.resolve("seed" + ProjectFiles.EXTENSION);
    ProjectFiles.write(project, projectFile);
    byte[] projectBytes = Files.readAllBytes(projectFile);

    return List.of(
        new Target("text-reader", texts, (bytes, file) -> {
          TextReader.decode("input", bytes, null);
          TextReader.decode("input", bytes, TextReader.WINDOWS_1256);
        }),
        new Target("segmenter", texts, (bytes, file) -> {
          String text = new String(bytes, StandardCharsets.UTF_8);
          for (Lang lang : Lang.values()) {
            checkOffsets(text, SentenceSegmenter.segment(text, lang, List.of()));
          }
          checkOffsets(text, SentenceSegmenter.presegmented(text));
          Boilerplate.detect(text);
        }),
        new Target("bilingual-splitter", texts, (bytes, file) -> BilingualSplitter.split(new String(bytes, StandardCharsets.UTF_8))),
        new Target("manifest", List.of(manifest), (bytes, file) -> BatchAlignment.fromManifest(file)),
        new Target("vecalign", List.of(vecalign), (bytes, file) -> VecalignFormat.read(file)),
        new Target("alignment-json", List.of(projectBytes),
            (bytes, file) -> JsonFormat.read(new StringReader(new String(bytes, StandardCharsets.UTF_8)), "input")),
        new Target("tmx", List.of(tmx), (bytes, file) -> TmxReader.read(new ByteArrayInputStream(bytes), "input", "doc")),
        new Target("project", List.of(projectBytes), (bytes, file) -> ProjectFiles.read(file)));
  }

  private static void checkOffsets(String text, List<Sentence> sentences) {
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  /** Random text of Arabic and English words, digits, punctuation, controls and line breaks; sometimes a huge line. */
  private static byte[] randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(random.nextInt(10) == 0 ? 20_000 : 300);
    String[] ar = WORDS_AR.split(" ");
    String[] en = WORDS_EN.split(" ");
    for (int i = 0; i < words; i++) {
      switch (random.nextInt(6)) {
        case 0, 1 -> text.append(ar[random.nextInt(ar.length)]);
        case 2, 3 -> text.append(en[random.nextInt(en.length)]);
        case 4 -> text.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
        default -> text.appendCodePoint(random.nextInt(0x3000));
      }
      text.append(random.nextInt(12) == 0 ? "\n" : " ");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A few random edits of a real file's bytes. */
  private static byte[] mutate(byte[] seed, Random random) {
    List<Byte> bytes = new ArrayList<>(seed.length + 64);
    for (byte b : seed) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits; e++) {
      int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
      switch (random.nextInt(7)) {
        case 0 -> { if (!bytes.isEmpty()) bytes.set(at, (byte) random.nextInt(256)); }
        case 1 -> bytes.add(at, (byte) random.nextInt(256));
        case 2 -> { if (!bytes.isEmpty()) bytes.subList(at, Math.min(bytes.size(), at + random.nextInt(64) + 1)).clear(); }
        case 3 -> { // duplicate a stretch, up to many times
          int end = Math.min(bytes.size(), at + random.nextInt(200) + 1);
          List<Byte> stretch = new ArrayList<>(bytes.subList(at, end));
          for (int k = random.nextInt(random.nextInt(20) == 0 ? 500 : 5); k >= 0; k--) {
            bytes.addAll(at, stretch);
          }
        }
        case 4 -> { for (byte b : SPECIALS.substring(random.nextInt(SPECIALS.length())).getBytes(StandardCharsets.UTF_8)) bytes.add(at, b); }
        case 5 -> { if (!bytes.isEmpty()) bytes.subList(at, bytes.size()).clear(); }
        default -> { for (byte b : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) bytes.add(0, b); }
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }
}
