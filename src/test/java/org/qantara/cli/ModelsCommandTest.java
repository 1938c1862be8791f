package org.qantara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantara.core.embed.ModelRecipe;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.embed.ModelRecipe.Pooling;
import org.qantara.core.embed.ModelRegistry;
import picocli.CommandLine;

class ModelsCommandTest {

  @TempDir Path temp;

  @Test
  void listPullVerifyAndPathThroughTheCommandLine() throws IOException {
    byte[] weights = "pretend these are weights".getBytes();
    String sha = java.util.HexFormat.of().formatHex(sha256(weights));
    HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hub.createContext("/", exchange -> {
      boolean known = exchange.getRequestURI().getPath().equals("/org/repo/resolve/main/weights.bin");
      exchange.sendResponseHeaders(known ? 200 : 404, known ? weights.length : -1);
      if (known) {
        exchange.getResponseBody().write(weights);
      }
      exchange.close();
    });
    hub.start();
    try {
      Path recipes = temp.resolve("models");
      new ModelRecipe("demo", "a demo", "org/repo", "main", List.of(
              new ModelFile("weights.bin", "weights.bin", sha, (long) weights.length)),
          Pooling.MEAN, null, true, 8, "MIT", 2_500_000_000L, false, null)
          .write(recipes.resolve("demo").resolve(ModelRecipe.FILE_NAME));
      ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("downloads"));
      URI endpoint = URI.create("http://127.0.0.1:" + hub.getAddress().getPort());

      Result before = run(registry, endpoint, "list");
      assertThat(before.out()).contains("demo").contains("not downloaded").contains("2.5 GB").contains("MIT");

      Result pull = run(registry, endpoint, "pull", "demo");
      assertThat(pull.code()).isZero();
      assertThat(pull.err()).contains("moving revision 'main'");
      assertThat(Files.readAllBytes(temp.resolve("downloads/demo/weights.bin"))).isEqualTo(weights);

      assertThat(run(registry, endpoint, "list").out()).contains("downloaded").doesNotContain("not downloaded");
      assertThat(run(registry, endpoint, "verify", "demo").out()).contains("ok  " + sha);
      assertThat(run(registry, endpoint, "path", "demo").out().strip())
          .isEqualTo(temp.resolve("downloads/demo").toAbsolutePath().toString());

      Result unknown = run(registry, endpoint, "path", "nope");
      assertThat(unknown.code()).isNotZero();
      assertThat(unknown.err()).contains("unknown model 'nope'").contains("demo");
    } finally {
      hub.stop(0);
    }
  }

  /** Issue 8: `models pull --allow-unpinned` accepted a web page as model.onnx; now it is refused in one line. */
  @Test
  void aWebPageServedAsTheModelIsRefusedInOneLineAndNotKept() throws IOException {
    byte[] page = "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes();
    HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hub.createContext("/", exchange -> {
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    hub.start();
    try {
      Path recipes = temp.resolve("models");
      new ModelRecipe("demo", "a demo", "org/repo", "0123456789abcdef0123456789abcdef01234567", List.of(
              new ModelFile("onnx/model.onnx", "model.onnx", null, null),
              new ModelFile("tokenizer.json", "tokenizer.json", null, null)),
          Pooling.MEAN, null, true, 8, "MIT", 1000, false, null)
          .write(recipes.resolve("demo").resolve(ModelRecipe.FILE_NAME));
      ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("downloads"));

      Result pull = run(registry, URI.create("http://127.0.0.1:" + hub.getAddress().getPort()),
          "pull", "demo", "--allow-unpinned");

      assertThat(pull.code()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(pull.err().strip().lines()).as(pull.err()).hasSize(1);
      assertThat(pull.err()).startsWith("qantara: ").contains("onnx/model.onnx")
          .contains("it is a web page (HTML), not an ONNX model").contains("QANTARA_HUB_ENDPOINT");
      assertThat(temp.resolve("downloads/demo/model.onnx")).doesNotExist();
      assertThat(run(registry, URI.create("http://127.0.0.1:9"), "list").out()).contains("not downloaded");
    } finally {
      hub.stop(0);
    }
  }

  /** A recipe that cannot be read is named, and every other model is still listed and usable. */
  @Test
  void oneBadRecipeHidesNoOtherModelAndDamagedFilesShow() throws IOException {
    Path recipes = temp.resolve("models");
    Path tiny = recipes.resolve("tiny");
    Files.createDirectories(tiny);
    Files.writeString(tiny.resolve("weights.bin"), "0123456789");
    ModelRecipe.builtin("tiny", "a tiny model", List.of(ModelFile.describe(tiny.resolve("weights.bin"))),
        Pooling.MEAN, true, 8, "MIT").write(tiny.resolve(ModelRecipe.FILE_NAME));
    Path broken = recipes.resolve("broken").resolve(ModelRecipe.FILE_NAME);
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "{ \"name\": \"broken\", ");
    ModelRegistry registry = new ModelRegistry(recipes, temp.resolve("downloads"));
    URI nowhere = URI.create("http://127.0.0.1:9");

    Result list = run(registry, nowhere, "list");
    assertThat(list.out()).contains("tiny").contains("builtin").contains("broken").contains("unreadable recipe");
    assertThat(list.err()).contains(broken.toString()).contains("not valid");
    assertThat(list.code()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(run(registry, nowhere, "path", "tiny").out().strip()).isEqualTo(tiny.toAbsolutePath().toString());
    assertThat(run(registry, nowhere, "path", "nope").err()).contains("known models: broken, tiny");

    Files.writeString(tiny.resolve("weights.bin"), "012345");
    Result damaged = run(registry, nowhere, "list");
    assertThat(damaged.out()).containsPattern("tiny +damaged");
    assertThat(damaged.err()).contains("weights.bin has another size than its recipe records")
        .contains("qantara models verify tiny");
  }

  @Test
  void noSubcommandIsMisuseWithTheUsageOnStandardError() {
    Result models = run(new ModelRegistry(temp.resolve("models"), temp.resolve("downloads")), URI.create("http://127.0.0.1:9"));
    assertThat(models.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(models.out()).isEmpty();
    assertThat(models.err()).contains("Missing command: name one of list, pull, verify").contains("Usage: models");

    CliRunner bare = CliRunner.run();
    assertThat(bare.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bare.err()).contains("Missing command").contains("Usage: qantara");
    assertThat(CliRunner.run("corpus").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void buildRefusesModelsThatAreNotBuiltIn() {
    ModelRegistry registry = new ModelRegistry(temp.resolve("models"), temp.resolve("downloads"));

    Result result = run(registry, URI.create("http://127.0.0.1:9"), "build", "labse");

    assertThat(result.code()).isNotZero();
    assertThat(result.err()).contains("only the built-in model can be built, not 'labse'");
    assertThat(temp.resolve("models")).doesNotExist();
  }

  private record Result(int code, String out, String err) {}

  private static Result run(ModelRegistry registry, URI endpoint, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ModelsCommand(registry, endpoint));
    cli.setExecutionExceptionHandler(Main::handleFailure);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
