package dev.lexicon.adapter.web.password;

import dev.lexicon.application.port.out.PasswordHasher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Puts every {@link PasswordHasher} the context creates behind the bound before any use case can
 * receive it. A listener rather than a factory, so that no hasher reaches a use case unbounded:
 * neither the Argon2id one nor one put in its place, and no use case has to ask for the bounded
 * one.
 */
@Singleton
final class BoundedPasswordHashing implements BeanCreatedEventListener<PasswordHasher> {

  private final PasswordCheckLimits limits;
  private final MeterRegistry meters;

  BoundedPasswordHashing(PasswordCheckLimits limits, MeterRegistry meters) {
    this.limits = limits;
    this.meters = meters;
  }

  @Override
  public PasswordHasher onCreated(BeanCreatedEvent<PasswordHasher> event) {
    return new BoundedPasswordHasher(event.getBean(), limits, meters);
  }
}
