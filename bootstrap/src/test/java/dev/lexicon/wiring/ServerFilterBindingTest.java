package dev.lexicon.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.FilterMatcher;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every server filter of the assembled service, the framework's included, is bound to every path
 * and every method. Micronaut resolves such a filter list once; a single filter bound to paths, a
 * method or a route annotation makes it match and sort all filters again for every request.
 */
class ServerFilterBindingTest {

  @TempDir static Path dataDir;

  private static ApplicationContext context;

  @BeforeAll
  static void start() {
    context =
        ApplicationContext.run(
            Map.of("lexicon.data-dir", dataDir.toString(), "micronaut.server.port", -1));
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void every_server_filter_is_bound_to_every_path() {
    List<String> boundToSomePaths = new ArrayList<>();
    for (BeanDefinition<?> filter : filters()) {
      List<String> patterns = List.of(filter.stringValues(annotationOf(filter)));
      if (!patterns.isEmpty() && !patterns.equals(List.of(ServerFilter.MATCH_ALL_PATTERN))) {
        boundToSomePaths.add(filter.getBeanType().getName() + " " + patterns);
      }
    }
    assertEquals(List.of(), boundToSomePaths);
  }

  @Test
  void no_server_filter_is_bound_to_a_method_or_a_route_annotation() {
    for (BeanDefinition<?> filter : filters()) {
      String name = filter.getBeanType().getName();
      assertEquals(
          0, filter.stringValues(annotationOf(filter), "methods").length, name + " binds methods");
      assertFalse(filter.hasStereotype(FilterMatcher.NAME), name + " binds a route annotation");
    }
  }

  private static List<BeanDefinition<?>> filters() {
    List<BeanDefinition<?>> filters = new ArrayList<>();
    filters.addAll(context.getBeanDefinitions(Qualifiers.byStereotype(ServerFilter.class)));
    filters.addAll(context.getBeanDefinitions(Qualifiers.byStereotype(Filter.class)));
    return filters;
  }

  private static Class<? extends Annotation> annotationOf(BeanDefinition<?> filter) {
    return filter.hasAnnotation(ServerFilter.class) ? ServerFilter.class : Filter.class;
  }
}
