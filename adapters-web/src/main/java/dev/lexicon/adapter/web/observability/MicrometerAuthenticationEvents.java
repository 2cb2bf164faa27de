package dev.lexicon.adapter.web.observability;

import dev.lexicon.application.port.out.AuthenticationEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts logins by outcome ({@code lexicon_logins_total}), refreshes by outcome ({@code
 * lexicon_token_refreshes_total}) and revocations by reason ({@code
 * lexicon_token_revocations_total}). Every counter is registered up front, so a dashboard sees a
 * zero rather than no series at all.
 */
@Singleton
final class MicrometerAuthenticationEvents implements AuthenticationEvents {

  private final Map<LoginOutcome, Counter> logins;
  private final Map<RefreshOutcome, Counter> refreshes;
  private final Map<RevocationReason, Counter> revocations;

  MicrometerAuthenticationEvents(MeterRegistry registry) {
    this.logins = counters(registry, "lexicon.logins", "outcome", LoginOutcome.class);
    this.refreshes = counters(registry, "lexicon.token.refreshes", "outcome", RefreshOutcome.class);
    this.revocations =
        counters(registry, "lexicon.token.revocations", "reason", RevocationReason.class);
  }

  @Override
  public void login(LoginOutcome outcome) {
    logins.get(outcome).increment();
  }

  @Override
  public void refresh(RefreshOutcome outcome) {
    refreshes.get(outcome).increment();
  }

  @Override
  public void revocation(RevocationReason reason) {
    revocations.get(reason).increment();
  }

  private static <E extends Enum<E>> Map<E, Counter> counters(
      MeterRegistry registry, String name, String tag, Class<E> values) {
    Map<E, Counter> counters = new EnumMap<>(values);
    for (E value : values.getEnumConstants()) {
      counters.put(
          value,
          Counter.builder(name).tag(tag, value.name().toLowerCase(Locale.ROOT)).register(registry));
    }
    return counters;
  }
}
