package dev.lexicon.wiring;

import dev.lexicon.application.port.in.user.EnsureAdminUseCase;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.Username;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator at start-up from ADMIN_USERNAME, ADMIN_EMAIL and ADMIN_PASSWORD
 * when they are set and no such user exists. Invalid values stop the start-up: running without the
 * administrator the operator asked for would be worse than not running.
 */
@Singleton
@Requires(property = "lexicon.first-admin.username", pattern = ".+")
class FirstAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private final EnsureAdminUseCase ensureAdmin;
  private final String username;
  private final String email;
  private final String password;

  FirstAdmin(
      EnsureAdminUseCase ensureAdmin,
      @Value("${lexicon.first-admin.username}") String username,
      @Value("${lexicon.first-admin.email:}") String email,
      @Value("${lexicon.first-admin.password:}") String password) {
    this.ensureAdmin = ensureAdmin;
    this.username = username;
    this.email = email;
    this.password = password;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    RegisterUserCommand command;
    try {
      command =
          new RegisterUserCommand(
              Username.choose(username), new Email(email), Password.of(password));
    } catch (InvalidValue invalid) {
      throw new IllegalStateException(
          "ADMIN_"
              + invalid.field().toUpperCase(java.util.Locale.ROOT)
              + " "
              + invalid.getMessage(),
          invalid);
    }
    if (ensureAdmin.ensureAdmin(command)) {
      LOG.info("Created the first administrator '{}'", username);
    } else {
      // Also the case on every restart; said anyway, so that a name taken by someone else does not
      // go unnoticed: the existing account is never changed into an administrator.
      LOG.info(
          "No administrator created: an account already holds the username '{}' or the email"
              + " of ADMIN_EMAIL, and is left as it is",
          username);
    }
  }
}
