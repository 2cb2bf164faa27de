package dev.lexicon.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes over a socket as they are, for the requests no HTTP client will write: a header line
 * without a colon, two Content-Lengths, a broken chunk. Reads one response, or every response until
 * the server closes the connection.
 */
final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final URL base;
  private final JsonMapper json;

  RawHttp(URL base, JsonMapper json) {
    this.base = base;
    this.json = json;
  }

  /** Sends the request head (ending in an empty line) and then the body, if any. */
  ApiResponse send(String head, byte[] body) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends the bytes and reads until the server closes the connection: every response it sent, in
   * order. A connection the server keeps open fails the read once the socket's timeout passes.
   */
  List<ApiResponse> sendUntilClosed(String request) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] received;
      try {
        received = socket.getInputStream().readAllBytes();
      } catch (SocketTimeoutException stillOpen) {
        throw new AssertionError("the server kept the connection open", stillOpen);
      }
      List<ApiResponse> responses = new ArrayList<>();
      String rest = new String(received, StandardCharsets.ISO_8859_1);
      while (!rest.isEmpty()) {
        int headEnd = rest.indexOf("\r\n\r\n");
        int length = headEnd < 0 ? -1 : contentLength(rest.substring(0, headEnd));
        int end = length < 0 ? rest.length() : headEnd + 4 + length;
        responses.add(response(rest.substring(0, end)));
        rest = rest.substring(end);
      }
      return responses;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ApiResponse read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    int contentLength = -1;
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        received.write(buffer, 0, n);
        String text = received.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
          contentLength = contentLength(text.substring(0, headEnd));
        }
        if (headEnd >= 0 && contentLength >= 0 && received.size() >= headEnd + 4 + contentLength) {
          break;
        }
      }
    } catch (SocketTimeoutException readUntilTimeout) {
      // A response without a length ends when the server stops sending.
    }
    return response(received.toString(StandardCharsets.ISO_8859_1));
  }

  private ApiResponse response(String received) throws IOException {
    String text =
        new String(received.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no response head in: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          List.of(lines[i].substring(colon + 1).strip()));
    }
    String body = text.substring(end + 4);
    return new ApiResponse(status, HttpHeaders.of(headers, (a, b) -> true), body, parse(body));
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    return -1;
  }

  private JsonNode parse(String body) {
    try {
      return body.isEmpty() ? null : json.readValue(body, JsonNode.class);
    } catch (IOException notJson) {
      return null;
    }
  }
}
