package dev.lexicon.adapter.web.http;

import dev.lexicon.adapter.web.observability.RequestIds;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin access is off unless {@code lexicon.cors.allowed-origins} names the origins of the
 * web applications that may call the API from a browser. One setting turns it on and says for whom,
 * so CORS can never be on for every origin by accident, as Micronaut's own switch would be when
 * turned on without a list. Those origins get the API's methods, its request headers, and read
 * access to the response headers a client needs (versions, locations, request ids, challenges).
 */
@Singleton
final class CorsSettings
    implements BeanCreatedEventListener<HttpServerConfiguration.CorsConfiguration> {

  private static final String CONFIGURATION_NAME = "lexicon";

  private final List<String> allowedOrigins;

  CorsSettings(@Value("${lexicon.cors.allowed-origins:}") String allowedOrigins) {
    this.allowedOrigins =
        Arrays.stream(allowedOrigins.split(","))
            .map(String::strip)
            .filter(o -> !o.isEmpty())
            .toList();
  }

  @Override
  public HttpServerConfiguration.CorsConfiguration onCreated(
      BeanCreatedEvent<HttpServerConfiguration.CorsConfiguration> event) {
    HttpServerConfiguration.CorsConfiguration cors = event.getBean();
    if (allowedOrigins.isEmpty()) {
      cors.setEnabled(false);
      return cors;
    }
    var origin = new CorsOriginConfiguration();
    origin.setAllowedOrigins(allowedOrigins);
    origin.setAllowedMethods(
        List.of(
            HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE));
    origin.setAllowedHeaders(
        List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH,
            RequestIds.HEADER));
    origin.setExposedHeaders(
        List.of(
            HttpHeaders.ETAG,
            HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER,
            HttpHeaders.WWW_AUTHENTICATE,
            RequestIds.HEADER));
    origin.setAllowCredentials(false);
    cors.setEnabled(true);
    cors.setConfigurations(Map.of(CONFIGURATION_NAME, origin));
    return cors;
  }
}
