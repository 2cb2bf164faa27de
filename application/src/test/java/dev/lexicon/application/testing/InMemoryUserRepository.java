package dev.lexicon.application.testing;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.LinkedHashMap;
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
  public synchronized Optional<User> findByEmail(Email email) {
    return users.values().stream()
        .filter(user -> user.email().canonical().equals(email.canonical()))
        .findFirst();
  }
}
