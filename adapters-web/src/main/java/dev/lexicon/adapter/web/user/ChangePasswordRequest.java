package dev.lexicon.adapter.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record ChangePasswordRequest(@Nullable JsonNode currentPassword, @Nullable JsonNode newPassword) {

  @Override
  public String toString() {
    return "ChangePasswordRequest[hidden]";
  }
}
