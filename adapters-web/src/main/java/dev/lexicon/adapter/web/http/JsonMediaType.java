package dev.lexicon.adapter.web.http;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/**
 * Reads the request headers that say how a body is written, as RFC 9110 spells them. Parsed here
 * rather than by the framework, which reads an unparseable {@code Content-Type} as none at all and
 * then takes the body for JSON.
 */
final class JsonMediaType {

  private static final String TCHARS = "!#$%&'*+-.^_`|~";

  private JsonMediaType() {}

  /**
   * Whether the values of {@code Content-Type} name exactly one media type, {@code
   * application/json}, whose charset, if given, is UTF-8.
   */
  static boolean isJson(List<String> contentTypes) {
    return contentTypes.size() == 1 && isJson(contentTypes.get(0));
  }

  private static boolean isJson(String value) {
    Cursor in = new Cursor(value);
    String type = in.token();
    if (type == null || !in.take('/')) {
      return false;
    }
    String subtype = in.token();
    if (subtype == null
        || !type.equalsIgnoreCase("application")
        || !subtype.equalsIgnoreCase("json")) {
      return false;
    }
    // parameters = *( OWS ";" OWS [ parameter ] ), so "application/json;" is well-formed.
    while (true) {
      in.skipWhitespace();
      if (in.atEnd()) {
        return true;
      }
      if (!in.take(';')) {
        return false;
      }
      in.skipWhitespace();
      if (in.atEnd() || in.peek() == ';') {
        continue;
      }
      String name = in.token();
      if (name == null || !in.take('=')) {
        return false;
      }
      String parameterValue = in.peek() == '"' ? in.quotedString() : in.token();
      if (parameterValue == null) {
        return false;
      }
      if (name.equalsIgnoreCase("charset") && !parameterValue.equalsIgnoreCase("utf-8")) {
        return false;
      }
    }
  }

  /**
   * Whether the values of {@code Content-Encoding} name no coding but {@code identity}: the service
   * reads bodies as they are and never inflates one, so a compressed body cannot grow past the body
   * limit after it was let in.
   */
  static boolean isIdentity(List<String> contentEncodings) {
    // A loop rather than a stream: nearly every request has no Content-Encoding at all, and a
    // stream over the empty list still cost 0.8% of a GET's CPU.
    for (String value : contentEncodings) {
      for (String coding : value.split(",", -1)) {
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.equals("identity")) {
          return false;
        }
      }
    }
    return true;
  }

  private static final class Cursor {

    private final String text;
    private int at;

    Cursor(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return at >= text.length();
    }

    char peek() {
      return atEnd() ? '\0' : text.charAt(at);
    }

    boolean take(char expected) {
      if (peek() == expected && !atEnd()) {
        at++;
        return true;
      }
      return false;
    }

    void skipWhitespace() {
      while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
        at++;
      }
    }

    @Nullable
    String token() {
      int start = at;
      while (!atEnd() && isTchar(peek())) {
        at++;
      }
      return at == start ? null : text.substring(start, at);
    }

    /** The content of a quoted string, escapes resolved; null when it is not terminated. */
    @Nullable
    String quotedString() {
      StringBuilder content = new StringBuilder();
      at++;
      while (!atEnd()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return content.toString();
        }
        if (c == '\\') {
          if (atEnd()) {
            return null;
          }
          c = text.charAt(at++);
        }
        content.append(c);
      }
      return null;
    }

    private static boolean isTchar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || TCHARS.indexOf(c) >= 0;
    }
  }
}
