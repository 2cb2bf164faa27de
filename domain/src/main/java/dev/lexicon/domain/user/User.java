package dev.lexicon.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Someone who can log in. Identity is the id: usernames and emails are unique but not keys. */
public final class User {

  private final UserId id;
  private final Username username;
  private final Email email;
  private final PasswordHash passwordHash;
  private final Instant dateJoined;
  private final Instant lastLogin;
  private final boolean active;
  private final Set<Role> roles;

  private User(
      UserId id,
      Username username,
      Email email,
      PasswordHash passwordHash,
      Instant dateJoined,
      Instant lastLogin,
      boolean active,
      Set<Role> roles) {
    this.id = Objects.requireNonNull(id, "id");
    this.username = Objects.requireNonNull(username, "username");
    this.email = Objects.requireNonNull(email, "email");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.dateJoined = Objects.requireNonNull(dateJoined, "dateJoined");
    this.lastLogin = lastLogin;
    this.active = active;
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user has at least one role");
    }
    this.roles = Set.copyOf(roles);
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

  public UserId id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public Email email() {
    return email;
  }

  public PasswordHash passwordHash() {
    return passwordHash;
  }

  public Instant dateJoined() {
    return dateJoined;
  }

  public Optional<Instant> lastLogin() {
    return Optional.ofNullable(lastLogin);
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof User user && id.equals(user.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "User[" + id + ", " + username + "]";
  }
}
