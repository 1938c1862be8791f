package org.qantara.core.embed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that serves files like the hub's {@code /{repo}/resolve/{revision}/{path}},
 * with Range support, and can misbehave on purpose: cut the body short, or ignore Range requests.
 */
public final class FixtureHub implements AutoCloseable {

  /** One request as the server saw it. */
  public record Request(String path, String range) {}

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger truncateNext = new AtomicInteger();
  private volatile boolean ignoreRange;

  public FixtureHub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves {@code bytes} at {@code /{repo}/resolve/{revision}/{path}}. */
  public void put(String repo, String revision, String path, byte[] bytes) {
    files.put("/" + repo + "/resolve/" + revision + "/" + path, bytes);
  }

  /** The next {@code count} responses announce the full length but close the connection halfway. */
  void truncateNext(int count) {
    truncateNext.set(count);
  }

  void ignoreRange(boolean ignore) {
    ignoreRange = ignore;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String range = exchange.getRequestHeaders().getFirst("Range");
    requests.add(new Request(path, range));
    byte[] body = files.get(path);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    int from = 0;
    int status = 200;
    if (range != null && !ignoreRange) {
      from = Integer.parseInt(range.replaceAll("bytes=(\\d+)-.*", "$1"));
      if (from >= body.length) {
        exchange.sendResponseHeaders(416, -1);
        exchange.close();
        return;
      }
      status = 206;
      exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
    }
    int length = body.length - from;
    exchange.sendResponseHeaders(status, length);
    OutputStream out = exchange.getResponseBody();
    if (truncateNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      out.write(body, from, length / 2);
      out.flush();
      // Closing with bytes still owed makes the server drop the connection: the client sees a short body.
      try {
        exchange.close();
      } catch (RuntimeException e) {
        // expected: "insufficient bytes written to stream"
      }
      return;
    }
    out.write(body, from, length);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
