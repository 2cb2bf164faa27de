package dev.lexicon.domain.user;

public enum Role {
  USER,
  ADMIN
}
