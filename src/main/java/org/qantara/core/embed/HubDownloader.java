package org.qantara.core.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.qantara.core.Problem;
import org.qantara.core.Problem.DownloadFailed.Retry;
import org.qantara.core.Progress;
import org.qantara.core.QantaraException;
import org.qantara.core.embed.ModelRecipe.ModelFile;
import org.qantara.core.io.Sha256;

/**
 * Fetches model files from a Hugging Face style hub: {@code {endpoint}/{repo}/resolve/{revision}/{path}}.
 * A file is written to {@code NAME.part} first; an interrupted download resumes from there with an HTTP Range
 * request, and only a file whose size and SHA-256 check out, and whose form is what its name says (an ONNX
 * graph, a tokenizer JSON: {@link ModelFileContent}), is moved into place (atomically), so a model directory
 * never holds a half-written, corrupt or substituted file under its real name.
 */
public final class HubDownloader {

  public static final String ENDPOINT_ENV = "QANTARA_HUB_ENDPOINT";
  public static final String ENDPOINT_PROPERTY = "qantara.hub.endpoint";
  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

  /** A server that drops the connection gets this many tries in all before we give up. */
  private static final int ATTEMPTS = 3;

  private final URI endpoint;
  private final boolean offline;
  private final Progress progress;
  private final HttpClient http;

  /** @param progress told the bytes of each file received ({@link Progress.Stage#DOWNLOADING}, the file's path) */
  public HubDownloader(URI endpoint, boolean offline, Progress progress) {
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.offline = offline;
    this.progress = progress;
    this.http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL) // the hub redirects LFS files to its CDN
        .connectTimeout(Duration.ofSeconds(20))
        .build();
  }

  /** Endpoint from {@value #ENDPOINT_PROPERTY}, else {@value #ENDPOINT_ENV}, else huggingface.co. */
  public static HubDownloader fromEnvironment(boolean offline, Progress progress) {
    String configured = System.getProperty(ENDPOINT_PROPERTY, System.getenv(ENDPOINT_ENV));
    URI endpoint = configured == null || configured.isBlank() ? DEFAULT_ENDPOINT : URI.create(configured.trim());
    return new HubDownloader(endpoint, offline, progress);
  }

  public URI endpoint() {
    return endpoint;
  }

  public URI urlOf(ModelRecipe recipe, ModelFile file) {
    return URI.create(endpoint + "/" + recipe.hubRepo() + "/resolve/" + recipe.revision() + "/" + file.path());
  }

  /**
   * Downloads {@code file} of {@code recipe} to {@code target}. When the file has a checksum the download must
   * match it; otherwise the checksum of what arrived is returned so the caller can record it.
   *
   * @return the SHA-256 of the file now at {@code target}
   */
  public String fetch(ModelRecipe recipe, ModelFile file, Path target) {
    URI url = urlOf(recipe, file);
    if (offline) {
      throw new QantaraException("offline mode: not downloading " + file.path() + " of model '" + recipe.name()
          + "' from " + url, "run without --offline, or copy the file to " + target + " yourself");
    }
    Path part = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      long expected = downloadWithResume(recipe, file, url, part);
      long have = Files.size(part);
      if (expected >= 0 && have != expected) {
        throw new QantaraException(new Problem.DownloadFailed(recipe.name(), "download of " + file.path() + " from "
            + url + " stopped at " + have + " of " + expected + " bytes after " + ATTEMPTS + " tries",
            Retry.RESUMES, part));
      }
      String actual = Sha256.of(part);
      if (file.sha256() != null && !file.sha256().equals(actual)) {
        // A wrong file must not survive as a resumable .part either: the next try starts clean.
        Files.deleteIfExists(part);
        throw new QantaraException(new Problem.DownloadFailed(recipe.name(), "checksum mismatch for " + file.path()
            + " of model '" + recipe.name() + "' downloaded from " + url + ": expected sha256 " + file.sha256()
            + ", got " + actual + "; the file was not kept", Retry.CHECK_PIN, null));
      }
      Optional<String> wrongContent = ModelFileContent.whyNot(file.saveAs(), part);
      if (wrongContent.isPresent()) {
        Files.deleteIfExists(part);
        throw new QantaraException(new Problem.DownloadFailed(recipe.name(), "the download of " + file.path()
            + " for model '" + recipe.name() + "' from " + url + " is not what it should be: " + wrongContent.get()
            + "; the file was not kept", Retry.CHECK_SOURCE, null));
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return actual;
    } catch (IOException e) {
      throw new QantaraException("cannot write " + part + ": " + e.getMessage(),
          "check free disk space and permissions of " + target.getParent(), e);
    }
  }

  /** Returns the full size of the file when the server told us, else -1. */
  private long downloadWithResume(ModelRecipe recipe, ModelFile file, URI url, Path part) throws IOException {
    long expected = file.size() == null ? -1 : file.size();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      long have = Files.exists(part) ? Files.size(part) : 0;
      if (expected >= 0 && have == expected) {
        return expected;
      }
      if (expected >= 0 && have > expected) {
        Files.delete(part);
        have = 0;
      }
      HttpResponse<InputStream> response = send(recipe, file, url, have);
      int status = response.statusCode();
      boolean resumed = status == 206;
      if (status == 416 && have > 0) {
        // The server says our partial file is already complete (or longer than its file): start afresh.
        response.body().close();
        Files.delete(part);
        continue;
      }
      if (status != 200 && !resumed) {
        response.body().close();
        throw httpError(recipe, file, url, status);
      }
      long base = resumed ? have : 0; // 200 to a Range request: the server sends the whole file, so restart
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent()) {
        expected = base + length.getAsLong();
      }
      if (copyBody(response.body(), part, resumed, base, expected, file.path())) {
        return expected;
      }
    }
    return expected;
  }

  /** Streams the body into the .part file; false when the connection broke before the end. */
  private boolean copyBody(InputStream body, Path part, boolean append, long base, long expected, String name)
      throws IOException {
    StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    long written = base;
    try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
      byte[] buffer = new byte[1 << 16];
      progress.update(Progress.Stage.DOWNLOADING, name, written, expected);
      for (int n; (n = readOrEnd(body, buffer)) > 0; ) {
        out.write(buffer, 0, n);
        written += n;
        // A cancelled download keeps what arrived in the .part file; the next pull resumes after it.
        progress.step(Progress.Stage.DOWNLOADING, name, written, expected);
      }
    } finally {
      closeQuietly(body);
    }
    return expected < 0 || written == expected;
  }

  /**
   * Reads the next chunk; a dropped connection counts as the end, since whatever arrived stays in the .part file
   * and the caller compares the length with what the server announced (and the next try resumes after it).
   */
  private static int readOrEnd(InputStream body, byte[] buffer) {
    try {
      return body.read(buffer);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // The connection is already broken; nothing left to release.
    }
  }

  private HttpResponse<InputStream> send(ModelRecipe recipe, ModelFile file, URI url, long offset) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().header("User-Agent", "qantara");
    if (offset > 0) {
      request.header("Range", "bytes=" + offset + "-");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException e) {
      throw new QantaraException("cannot connect to the model hub at " + endpoint + " to fetch " + file.path()
          + " of model '" + recipe.name() + "' (connection refused)",
          "check your network, or set " + ENDPOINT_ENV + " to a reachable mirror", e);
    } catch (IOException e) {
      throw new QantaraException(
          new Problem.DownloadFailed(recipe.name(), "cannot download " + url + ": " + e, Retry.NETWORK, null), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QantaraException("download of " + url + " was interrupted", "run the pull again", e);
    }
  }

  private static QantaraException httpError(ModelRecipe recipe, ModelFile file, URI url, int status) {
    if (status == 404) {
      return new QantaraException("file " + file.path() + " not found in repo " + recipe.hubRepo() + " at revision "
          + recipe.revision() + " (" + url + " answered 404)",
          "check hubRepo, revision and files in models/" + recipe.name() + "/" + ModelRecipe.FILE_NAME);
    }
    if (status == 401 || status == 403) {
      return new QantaraException("the hub refused " + url + " (HTTP " + status + ")",
          "the repository may be private or gated; check models/" + recipe.name() + "/" + ModelRecipe.FILE_NAME);
    }
    return new QantaraException("the hub answered HTTP " + status + " for " + url,
        "retry later, or set " + ENDPOINT_ENV + " to a mirror");
  }
}
