package dev.lexicon.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who can log in. Build a new one with {@link #register} and a stored one with {@link
 * #restore}; {@code lastLogin} is null until the first login.
 */
public record User(
    UserId id,
    Username username,
    Email email,
    PasswordHash passwordHash,
    Instant dateJoined,
    Instant lastLogin,
    boolean active,
    Set<Role> roles) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(dateJoined, "dateJoined");
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a user has at least one role");
    }
    roles = Set.copyOf(roles);
  }

  /** A new, active user with the USER role who has never logged in. */
  public static User register(
      UserId id, Username username, Email email, PasswordHash passwordHash, Instant now) {
    return new User(id, username, email, passwordHash, now, null, true, EnumSet.of(Role.USER));
  }

  /** A user as it was stored. */
  public static User restore(
      UserId id,
      Username username,
      Email email,
      PasswordHash passwordHash,
      Instant dateJoined,
      Instant lastLogin,
      boolean active,
      Set<Role> roles) {
    return new User(id, username, email, passwordHash, dateJoined, lastLogin, active, roles);
  }

  public User loggedInAt(Instant now) {
    return new User(id, username, email, passwordHash, dateJoined, now, active, roles);
  }

  public User withEmail(Email newEmail) {
    return new User(id, username, newEmail, passwordHash, dateJoined, lastLogin, active, roles);
  }

  public User withPasswordHash(PasswordHash newHash) {
    return new User(id, username, email, newHash, dateJoined, lastLogin, active, roles);
  }

  public User withActive(boolean nowActive) {
    return new User(id, username, email, passwordHash, dateJoined, lastLogin, nowActive, roles);
  }

  public User withRoles(Set<Role> newRoles) {
    return new User(id, username, email, passwordHash, dateJoined, lastLogin, active, newRoles);
  }

  /** An active administrator: the kind of user the service must never run out of. */
  public boolean isActiveAdmin() {
    return active && isAdmin();
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  @Override
  public String toString() {
    return "User[" + id + ", " + username + "]";
  }
}
