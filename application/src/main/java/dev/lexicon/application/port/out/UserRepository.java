package dev.lexicon.application.port.out;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where users live. Usernames and emails share one namespace of {@link LoginName}s: no two accounts
 * hold the same login name, whether it is a username or an email. Every change is conditional on
 * the version the caller read, so no write overwrites a change it did not see.
 */
public interface UserRepository {

  UserId nextId();

  /**
   * Stores a new user.
   *
   * @throws UsernameTaken when the username's login name belongs to another account
   * @throws EmailTaken when the email's login name belongs to another account
   */
  void add(User user);

  /**
   * Stores a change of email, password, roles or activation if the stored user is still at {@code
   * changed.version()}; tells whether it was stored. The stored version then grows by one.
   *
   * @throws EmailTaken when the new email's login name belongs to another account
   */
  boolean updateIfVersion(User changed);

  /**
   * Notes a successful login of the user as it was checked: only if the stored user is still at
   * {@code checked.version()} and active, so a login never outlives a change that ran at the same
   * moment. An upgraded hash of the same password replaces the stored one, and, being a change,
   * grows the version. Tells whether the login was noted.
   */
  boolean recordLogin(User checked, Instant at, Optional<PasswordHash> upgradedHash);

  Optional<User> findById(UserId id);

  /** The one account whose username or email has this login name, if any. */
  Optional<User> findByLoginName(LoginName name);

  /** Up to {@code limit} users in ascending id order, each after {@code after} when given. */
  List<User> findPage(Optional<UserId> after, int limit);

  /**
   * The active administrators, locked until the current transaction ends: until then no other
   * transaction can change any of them, so a check of how many remain holds until the change it
   * guards has committed.
   */
  Set<UserId> lockActiveAdmins();
}
