package dev.lexicon.wiring;

import dev.lexicon.application.port.in.dictionary.CreateEntryUseCase;
import dev.lexicon.application.port.in.dictionary.DeleteEntryUseCase;
import dev.lexicon.application.port.in.dictionary.GetEntryUseCase;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.in.dictionary.PutEntryUseCase;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.service.dictionary.CreateEntryService;
import dev.lexicon.application.service.dictionary.DeleteEntryService;
import dev.lexicon.application.service.dictionary.GetEntryService;
import dev.lexicon.application.service.dictionary.ListEntriesService;
import dev.lexicon.application.service.dictionary.PutEntryService;
import dev.lexicon.application.service.user.LogInService;
import dev.lexicon.application.service.user.RegisterUserService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The composition root: the use cases are plain Java, so they are built here from whichever
 * adapters implement their ports.
 */
@Factory
class UseCaseFactory {

  @Singleton
  RegisterUserUseCase registerUser(
      UserRepository users, PasswordHasher hasher, CommonPasswords commonPasswords, Clock clock) {
    return new RegisterUserService(users, hasher, commonPasswords, clock);
  }

  @Singleton
  LogInUseCase logIn(
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      Clock clock,
      @Value("${lexicon.tokens.refresh-lifetime:14d}") Duration refreshTokenLifetime) {
    return new LogInService(users, sessions, hasher, tokenIssuer, clock, refreshTokenLifetime);
  }

  @Singleton
  CreateEntryUseCase createEntry(DictionaryRepository entries, Clock clock) {
    return new CreateEntryService(entries, clock);
  }

  @Singleton
  GetEntryUseCase getEntry(DictionaryRepository entries) {
    return new GetEntryService(entries);
  }

  @Singleton
  PutEntryUseCase putEntry(DictionaryRepository entries, Clock clock) {
    return new PutEntryService(entries, clock);
  }

  @Singleton
  DeleteEntryUseCase deleteEntry(DictionaryRepository entries) {
    return new DeleteEntryService(entries);
  }

  @Singleton
  ListEntriesUseCase listEntries(DictionaryRepository entries) {
    return new ListEntriesService(entries);
  }
}
