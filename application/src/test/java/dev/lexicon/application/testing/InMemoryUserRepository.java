package dev.lexicon.application.testing;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Users in a map, for tests that swap out the database. Safe for concurrent use: every method holds
 * the repository's lock, so each conditional write is atomic. Locking the administrators is left to
 * {@link InMemoryTransactions}, which runs one transaction at a time.
 */
public final class InMemoryUserRepository implements UserRepository {

  private final Map<UserId, User> users = new LinkedHashMap<>();

  @Override
  public UserId nextId() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public synchronized void add(User user) {
    if (heldByAnother(user.username().loginName(), user.id())) {
      throw new UsernameTaken();
    }
    if (heldByAnother(user.email().loginName(), user.id())) {
      throw new EmailTaken();
    }
    users.put(user.id(), user);
  }

  @Override
  public synchronized boolean updateIfVersion(User changed) {
    User stored = users.get(changed.id());
    if (stored == null || stored.version() != changed.version()) {
      return false;
    }
    if (heldByAnother(changed.email().loginName(), changed.id())) {
      throw new EmailTaken();
    }
    users.put(changed.id(), changed.loggedInAt(stored.lastLogin()).stored());
    return true;
  }

  @Override
  public synchronized boolean recordLogin(
      User checked, Instant at, Optional<PasswordHash> upgradedHash) {
    User stored = users.get(checked.id());
    if (stored == null || stored.version() != checked.version() || !stored.active()) {
      return false;
    }
    User loggedIn = stored.loggedInAt(at);
    users.put(
        checked.id(),
        upgradedHash.map(hash -> loggedIn.withPasswordHash(hash).stored()).orElse(loggedIn));
    return true;
  }

  @Override
  public synchronized Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<User> findByLoginName(LoginName name) {
    return users.values().stream().filter(user -> holds(user, name)).findFirst();
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
  public synchronized Set<UserId> lockActiveAdmins() {
    return users.values().stream()
        .filter(User::isActiveAdmin)
        .map(User::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  private boolean heldByAnother(LoginName name, UserId id) {
    return users.values().stream().anyMatch(user -> !user.id().equals(id) && holds(user, name));
  }

  private static boolean holds(User user, LoginName name) {
    return user.username().loginName().equals(name) || user.email().loginName().equals(name);
  }

  /** The order of the ids' text, as a database orders the CHAR(36) column. */
  private static int byId(UserId left, UserId right) {
    return left.toString().compareTo(right.toString());
  }
}
