package dev.lexicon.application.port.out;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.List;
import java.util.Optional;

/** Where users live. Usernames and emails are unique regardless of case. */
public interface UserRepository {

  UserId nextId();

  /**
   * Stores a new user.
   *
   * @throws UsernameTaken when another user has the username, in any case
   * @throws EmailTaken when another user has the email, in any case
   */
  void add(User user);

  /**
   * Replaces the stored state of an existing user.
   *
   * @throws EmailTaken when the new email belongs to another user, in any case
   */
  void update(User user);

  Optional<User> findById(UserId id);

  Optional<User> findByUsername(Username username);

  Optional<User> findByEmail(Email email);

  /** Up to {@code limit} users in ascending id order, each after {@code after} when given. */
  List<User> findPage(Optional<UserId> after, int limit);

  long countActiveAdmins();
}
