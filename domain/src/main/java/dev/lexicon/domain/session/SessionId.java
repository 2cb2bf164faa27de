package dev.lexicon.domain.session;

import java.util.Objects;
import java.util.UUID;

public record SessionId(UUID value) {

  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
