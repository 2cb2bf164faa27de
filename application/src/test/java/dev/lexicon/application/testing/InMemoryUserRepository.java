package dev.lexicon.application.testing;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Users in a map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemoryUserRepository implements UserRepository {

  private final Map<UserId, User> users = new LinkedHashMap<>();

  @Override
  public UserId nextId() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public synchronized void add(User user) {
    if (findByUsername(user.username()).isPresent()) {
      throw new UsernameTaken();
    }
    if (findByEmail(user.email()).isPresent()) {
      throw new EmailTaken();
    }
    users.put(user.id(), user);
  }

  @Override
  public synchronized void update(User user) {
    boolean emailTakenByAnother =
        findByEmail(user.email()).filter(other -> !other.id().equals(user.id())).isPresent();
    if (emailTakenByAnother) {
      throw new EmailTaken();
    }
    users.replace(user.id(), user);
  }

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<User> findByUsername(Username username) {
    return users.values().stream()
        .filter(user -> user.username().canonical().equals(username.canonical()))
        .findFirst();
  }

  @Override
  public synchronized List<User> findPage(Optional<UserId> after, int limit) {
    return users.values().stream()
        .filter(user -> after.map(cursor -> byId(user.id(), cursor) > 0).orElse(true))
        .sorted((left, right) -> byId(left.id(), right.id()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long countActiveAdmins() {
    return users.values().stream().filter(User::isActiveAdmin).count();
  }

  /** The order of the ids' text, as a database orders the CHAR(36) column. */
  private static int byId(UserId left, UserId right) {
    return left.toString().compareTo(right.toString());
  }

  @Override
  public synchronized Optional<User> findByEmail(Email email) {
    return users.values().stream()
        .filter(user -> user.email().canonical().equals(email.canonical()))
        .findFirst();
  }
}
