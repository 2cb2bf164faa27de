package dev.lexicon.application.testing;

import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** Users for tests, each with a username and email no other test uses. */
public final class UserMother {

  public static final Instant JOINED = Instant.parse("2026-01-02T03:04:05.123456Z");
  public static final PasswordHash SOME_HASH =
      new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$c29tZWhhc2g");

  private UserMother() {}

  public static String uniqueName() {
    return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  public static User aUser() {
    return aUserNamed(uniqueName());
  }

  public static User aUserNamed(String username) {
    return User.register(
        new UserId(UUID.randomUUID()),
        new Username(username),
        new Email(uniqueName() + "@example.com"),
        SOME_HASH,
        JOINED);
  }

  public static User anAdmin() {
    User user = aUser();
    return User.restore(
        user.id(),
        user.username(),
        user.email(),
        user.passwordHash(),
        user.dateJoined(),
        null,
        true,
        Set.of(Role.USER, Role.ADMIN),
        User.FIRST_VERSION);
  }

  public static Instant later() {
    return JOINED.plus(3, ChronoUnit.DAYS);
  }
}
