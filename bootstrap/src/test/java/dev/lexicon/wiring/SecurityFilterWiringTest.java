package dev.lexicon.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.filters.SecurityFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests pass one security filter, the web adapter's inline one: Micronaut Security's own filter,
 * which it replaces, is not among the server's filters, so no request is checked twice.
 */
class SecurityFilterWiringTest {

  @Test
  void the_inline_security_filter_is_the_only_one(@TempDir Path dataDir) {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("lexicon.data-dir", dataDir.toString(), "micronaut.server.port", -1))) {
      List<String> securityFilters = new ArrayList<>();
      List<BeanDefinition<?>> filters = new ArrayList<>();
      filters.addAll(context.getBeanDefinitions(Qualifiers.byStereotype(ServerFilter.class)));
      filters.addAll(context.getBeanDefinitions(Qualifiers.byStereotype(Filter.class)));
      for (BeanDefinition<?> filter : filters) {
        if (filter.getBeanType().getSimpleName().contains("SecurityFilter")) {
          securityFilters.add(filter.getBeanType().getSimpleName());
        }
      }

      assertEquals(List.of("InlineSecurityFilter"), securityFilters);
      assertEquals(List.of(), List.copyOf(context.getBeansOfType(SecurityFilter.class)));
    }
  }
}
