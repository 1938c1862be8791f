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
