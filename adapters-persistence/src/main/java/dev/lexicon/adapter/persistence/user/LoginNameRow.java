package dev.lexicon.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code login_names}: one name an account logs in with, as the fingerprint of its
 * canonical form, and whether it is the account's username or its email.
 */
@MappedEntity(value = "login_names", escape = false)
record LoginNameRow(@Id String nameHash, String userId, String kind) {

  static final String USERNAME = "USERNAME";
  static final String EMAIL = "EMAIL";
}
