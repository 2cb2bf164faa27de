package dev.lexicon.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * Everything under {@code /api/v1} needs a token, except the public auth routes, whether or not a
 * route exists there: an anonymous caller cannot probe which paths are real. It runs after the
 * {@code @Secured} annotations, so a route's own annotation still decides for matched routes.
 */
@Singleton
final class ApiRequiresTokenRule implements SecurityRule<HttpRequest<?>> {

  static final String API_ROOT = "/api/v1";
  static final Set<String> PUBLIC_PATHS =
      Set.of("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh");

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    String path = request.getPath();
    boolean underApi = path.equals(API_ROOT) || path.startsWith(API_ROOT + "/");
    if (!underApi || PUBLIC_PATHS.contains(path)) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    return Publishers.just(
        authentication == null ? SecurityRuleResult.REJECTED : SecurityRuleResult.ALLOWED);
  }

  @Override
  public int getOrder() {
    return SecuredAnnotationRule.ORDER + 1;
  }
}
