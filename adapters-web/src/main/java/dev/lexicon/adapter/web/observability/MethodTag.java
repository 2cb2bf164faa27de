package dev.lexicon.adapter.web.observability;

import java.util.Set;

/**
 * The request method as a metric tag. HTTP lets a client invent any method token, and each new one
 * would otherwise open its own latency histogram: a client sending made-up methods could grow the
 * registry, and the heap, without bound. The methods HTTP defines keep their name; any other is
 * counted as {@value #OTHER}. Micronaut's {@code HttpMethod.parse} is not used for this: it reads
 * "Get" as GET, while method names are case-sensitive (RFC 9110, 9.1), so a label would hide what
 * was sent.
 */
final class MethodTag {

  static final String OTHER = "OTHER";

  private static final Set<String> STANDARD =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private MethodTag() {}

  static String of(String method) {
    return STANDARD.contains(method) ? method : OTHER;
  }
}
