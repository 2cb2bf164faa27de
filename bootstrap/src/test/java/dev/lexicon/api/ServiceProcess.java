package dev.lexicon.api;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service in a process of its own, started as an operator starts it (the Application class,
 * with its configuration as system properties), so that a test can kill it as the operating system
 * would: SIGKILL, no shutdown hook, no chance to flush anything.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final URL url;

  private ServiceProcess(Process process, URL url) {
    this.process = process;
    this.url = url;
  }

  static ServiceProcess start(Map<String, String> properties, Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-Dmicronaut.server.port=" + port);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.lexicon.Application");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      ServiceProcess service = new ServiceProcess(process, new URL("http://127.0.0.1:" + port));
      service.awaitReady(log);
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ApiClient client() {
    return new ApiClient(url, JsonMapper.createDefault());
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitReady(Path log) {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited during start-up; see " + log);
      }
      try {
        var request = HttpRequest.newBuilder(URI.create(url + "/health/readiness")).build();
        if (http.send(request, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    throw new IllegalStateException("the service was not ready within " + START_TIMEOUT);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
