package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.AuthenticationEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is told, for tests that check what operators would see. */
public final class RecordingAuthenticationEvents implements AuthenticationEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @Override
  public void login(LoginOutcome outcome) {
    events.add(outcome);
  }

  @Override
  public void refresh(RefreshOutcome outcome) {
    events.add(outcome);
  }

  @Override
  public void revocation(RevocationReason reason) {
    events.add(reason);
  }

  public List<Object> events() {
    return List.copyOf(events);
  }
}
