package dev.lexicon.adapter.persistence.user;

import dev.lexicon.adapter.persistence.DuplicateKey;
import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Users in {@code users}, and the names they log in with in {@code login_names}. Uniqueness is the
 * database's to decide: the primary key of a login name refuses a second account for it even when
 * both arrive at the same moment. Writes of several rows join the caller's transaction, or run in
 * their own.
 */
@Singleton
@TranslatesStoreFailures
class JdbcUserRepository implements UserRepository {

  /** Sorts before every id, as the first page has no cursor. */
  private static final String BEFORE_EVERY_ID = "";

  private final UserRows rows;
  private final LoginNameRows names;
  private final UserRowMapper mapper;

  JdbcUserRepository(UserRows rows, LoginNameRows names, UserRowMapper mapper) {
    this.rows = rows;
    this.names = names;
    this.mapper = mapper;
  }

  @Override
  public UserId nextId() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  @Transactional
  public void add(User user) {
    rows.save(mapper.toRow(user));
    LoginName username = user.username().loginName();
    hold(username, user.id(), LoginNameRow.USERNAME, UsernameTaken::new);
    holdEmail(user, username);
  }

  @Override
  @Transactional
  public boolean updateIfVersion(User changed) {
    UserRow row = mapper.toRow(changed);
    int updated =
        rows.updateIfVersion(
            row.id(), row.version(), row.email(), row.passwordHash(), row.active(), row.roles());
    if (updated == 0) {
      return false;
    }
    names.deleteOf(row.id(), LoginNameRow.EMAIL);
    holdEmail(changed, changed.username().loginName());
    return true;
  }

  @Override
  public boolean recordLogin(User checked, Instant at, Optional<PasswordHash> upgradedHash) {
    long newVersion = upgradedHash.isPresent() ? checked.version() + 1 : checked.version();
    String hash = upgradedHash.orElse(checked.passwordHash()).value();
    return rows.recordLogin(
            checked.id().toString(), checked.version(), Timestamps.toText(at), hash, newVersion)
        == 1;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return rows.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public Optional<User> findByLoginName(LoginName name) {
    return rows.findByLoginName(name.fingerprint()).map(mapper::toDomain);
  }

  @Override
  public List<User> findPage(Optional<UserId> after, int limit) {
    String cursor = after.map(UserId::toString).orElse(BEFORE_EVERY_ID);
    return rows.findPage(cursor, limit).stream().map(mapper::toDomain).toList();
  }

  @Override
  public Set<UserId> lockActiveAdmins() {
    return rows.lockAdmins().stream()
        .map(mapper::toDomain)
        .filter(User::isActiveAdmin)
        .map(User::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** An email with the same canonical form as the account's own username is held already. */
  private void holdEmail(User user, LoginName username) {
    LoginName email = user.email().loginName();
    if (!email.equals(username)) {
      hold(email, user.id(), LoginNameRow.EMAIL, EmailTaken::new);
    }
  }

  private void hold(
      LoginName name, UserId user, String kind, Supplier<RuntimeException> takenError) {
    try {
      names.save(new LoginNameRow(name.fingerprint(), user.toString(), kind));
    } catch (DataAccessException failure) {
      if (DuplicateKey.causeOf(failure).isPresent()) {
        throw takenError.get();
      }
      throw failure;
    }
  }
}
