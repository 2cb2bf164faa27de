package dev.lexicon.adapter.persistence.user;

import dev.lexicon.adapter.persistence.DuplicateKey;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users in the {@code users} table. Uniqueness is the database's to decide: the unique constraints
 * on the canonical columns refuse a second "Alice" even when both arrive at the same moment.
 */
@Singleton
@TranslatesStoreFailures
class JdbcUserRepository implements UserRepository {

  static final String USERNAME_CONSTRAINT = "UQ_USERS_USERNAME_CANONICAL";
  static final String EMAIL_CONSTRAINT = "UQ_USERS_EMAIL_CANONICAL";

  /** Sorts before every id, as the first page has no cursor. */
  private static final String BEFORE_EVERY_ID = "";

  private final UserRows rows;
  private final UserRowMapper mapper;

  JdbcUserRepository(UserRows rows, UserRowMapper mapper) {
    this.rows = rows;
    this.mapper = mapper;
  }

  @Override
  public UserId nextId() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public void add(User user) {
    try {
      rows.save(mapper.toRow(user));
    } catch (DataAccessException e) {
      throw takenOr(e);
    }
  }

  @Override
  public void update(User user) {
    try {
      rows.update(mapper.toRow(user));
    } catch (DataAccessException e) {
      throw takenOr(e);
    }
  }

  @Override
  public Optional<User> findById(UserId id) {
    return rows.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return rows.findByUsernameCanonical(username.canonical()).map(mapper::toDomain);
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return rows.findByEmailCanonical(email.canonical()).map(mapper::toDomain);
  }

  @Override
  public List<User> findPage(Optional<UserId> after, int limit) {
    String cursor = after.map(UserId::toString).orElse(BEFORE_EVERY_ID);
    return rows.findPage(cursor, limit).stream().map(mapper::toDomain).toList();
  }

  @Override
  public long countActiveAdmins() {
    return rows.countActiveWithRole(Role.ADMIN.name());
  }

  private static RuntimeException takenOr(DataAccessException failure) {
    Optional<SQLException> duplicate = DuplicateKey.causeOf(failure);
    if (duplicate.isPresent() && DuplicateKey.on(duplicate.get(), USERNAME_CONSTRAINT)) {
      return new UsernameTaken();
    }
    if (duplicate.isPresent() && DuplicateKey.on(duplicate.get(), EMAIL_CONSTRAINT)) {
      return new EmailTaken();
    }
    return failure;
  }
}
