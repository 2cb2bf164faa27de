package dev.lexicon.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who can log in. Build a new one with {@link #register} and a stored one with {@link
 * #restore}; {@code lastLogin} is null until the first login.
 *
 * <p>An account can change from several places at once (a login, the user, an administrator), so it
 * carries the {@code version} it was read at, like a dictionary entry: every change to its email,
 * password, roles or activation is stored only if the account is still at that version, and the
 * stored version then grows by one. The {@code with…} methods keep the version they were derived
 * from, which is the version such a write expects.
 */
public record User(
    UserId id,
    Username username,
    Email email,
    PasswordHash passwordHash,
    Instant dateJoined,
    Instant lastLogin,
    boolean active,
    Set<Role> roles,
    long version) {

  public static final long FIRST_VERSION = 1;

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(dateJoined, "dateJoined");
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("a user has at least one role");
    }
    if (version < FIRST_VERSION) {
      throw new IllegalArgumentException("a user's version starts at " + FIRST_VERSION);
    }
    roles = Set.copyOf(roles);
  }

  /** A new, active user with the USER role who has never logged in. */
  public static User register(
      UserId id, Username username, Email email, PasswordHash passwordHash, Instant now) {
    return new User(
        id, username, email, passwordHash, now, null, true, EnumSet.of(Role.USER), FIRST_VERSION);
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
      Set<Role> roles,
      long version) {
    return new User(
        id, username, email, passwordHash, dateJoined, lastLogin, active, roles, version);
  }

  public User loggedInAt(Instant now) {
    return new User(id, username, email, passwordHash, dateJoined, now, active, roles, version);
  }

  public User withEmail(Email newEmail) {
    return new User(
        id, username, newEmail, passwordHash, dateJoined, lastLogin, active, roles, version);
  }

  public User withPasswordHash(PasswordHash newHash) {
    return new User(id, username, email, newHash, dateJoined, lastLogin, active, roles, version);
  }

  public User withActive(boolean nowActive) {
    return new User(
        id, username, email, passwordHash, dateJoined, lastLogin, nowActive, roles, version);
  }

  public User withRoles(Set<Role> newRoles) {
    return new User(
        id, username, email, passwordHash, dateJoined, lastLogin, active, newRoles, version);
  }

  /** The user as stored after a change based on this version. */
  public User stored() {
    return new User(
        id, username, email, passwordHash, dateJoined, lastLogin, active, roles, version + 1);
  }

  /** Whether a change from this state to {@code after} takes away anything a token may carry. */
  public boolean losesAccessIn(User after) {
    return (active && !after.active) || !after.roles.containsAll(roles);
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
