package dev.lexicon.adapter.web.security;

import dev.lexicon.adapter.web.paging.CursorSeal;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

@Factory
class SigningKeyFactory {

  /** The environment that runs on MySQL/MariaDB: a real deployment, which must bring its key. */
  static final String MYSQL_ENVIRONMENT = "mysql";

  /** Loaded at start-up, so a missing or broken key stops the service before it takes requests. */
  @Context
  SigningKey signingKey(
      Environment environment,
      @Value("${lexicon.tokens.signing-key-pem:}") String pem,
      @Value("${lexicon.tokens.signing-key-file:}") String file,
      @Value("${lexicon.data-dir}") String dataDir) {
    return SigningKeys.load(
        Optional.of(pem).filter(text -> !text.isBlank()),
        Optional.of(file).filter(path -> !path.isBlank()).map(Path::of),
        Path.of(dataDir),
        !environment.getActiveNames().contains(MYSQL_ENVIRONMENT));
  }

  @Singleton
  CursorSeal cursorSeal(SigningKey signingKey) {
    return CursorSeal.derivedFrom(signingKey.secret());
  }
}
