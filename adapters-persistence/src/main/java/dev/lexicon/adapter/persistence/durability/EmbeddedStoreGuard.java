package dev.lexicon.adapter.persistence.durability;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Checks an embedded H2 store before its connection pool opens it (see {@link EmbeddedStoreFile}),
 * and marks it as holding the schema once the service has started on it, migrations done.
 */
@Singleton
final class EmbeddedStoreGuard implements BeanCreatedEventListener<DatasourceConfiguration> {

  private DatasourceConfiguration configuration;

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    configuration = event.getBean();
    EmbeddedStoreFile.of(configuration.getUrl())
        .ifPresent(
            file -> file.requireIntact(configuration.getUsername(), configuration.getPassword()));
    return configuration;
  }

  @EventListener
  void onStartup(StartupEvent started) {
    if (configuration != null) {
      EmbeddedStoreFile.of(configuration.getUrl()).ifPresent(EmbeddedStoreFile::markInitialized);
    }
  }
}
