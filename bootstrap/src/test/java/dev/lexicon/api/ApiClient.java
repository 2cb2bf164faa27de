package dev.lexicon.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for the API tests. The JDK's client sends paths and bodies byte for byte as
 * written (percent escapes, lone surrogate escapes, odd media types) and never throws on an error
 * status, which is what tests of those very cases need.
 */
final class ApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URL base;
  private final JsonMapper json;

  ApiClient(URL base, JsonMapper json) {
    this.base = base;
    this.json = json;
  }

  Request request(String method, String path) {
    return new Request(method, path);
  }

  String toJson(Map<String, ?> body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  final class Request {

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private boolean chunked;

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Request token(String token) {
      return header("Authorization", "Bearer " + token);
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Request json(Map<String, ?> fields) {
      return json(toJson(fields));
    }

    Request json(String raw) {
      return body("application/json", raw);
    }

    Request body(String contentType, String raw) {
      return body(contentType, raw.getBytes(StandardCharsets.UTF_8));
    }

    Request body(String contentType, byte[] raw) {
      headers.put("Content-Type", contentType);
      return bytes(raw);
    }

    /** A body exactly as given, without a Content-Type. */
    Request bytes(byte[] raw) {
      this.body = raw.clone();
      return this;
    }

    /** Sends the body in chunks, without a Content-Length. */
    Request chunked() {
      this.chunked = true;
      return this;
    }

    ApiResponse send() {
      var builder =
          HttpRequest.newBuilder(URI.create(base.toString() + path)).method(method, body());
      headers.forEach(builder::header);
      try {
        var response = http.send(builder.build(), BodyHandlers.ofString());
        return new ApiResponse(
            response.statusCode(), response.headers(), response.body(), parse(response.body()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private BodyPublisher body() {
      if (body == null) {
        return BodyPublishers.noBody();
      }
      byte[] bytes = body;
      return chunked
          ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
          : BodyPublishers.ofByteArray(bytes);
    }
  }

  private JsonNode parse(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return json.readValue(body, JsonNode.class);
    } catch (IOException notJson) {
      return null;
    }
  }
}
