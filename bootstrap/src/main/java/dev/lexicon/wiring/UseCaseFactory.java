package dev.lexicon.wiring;

import dev.lexicon.application.port.in.dictionary.CreateEntryUseCase;
import dev.lexicon.application.port.in.dictionary.DeleteEntryUseCase;
import dev.lexicon.application.port.in.dictionary.GetEntryUseCase;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.in.dictionary.PutEntryUseCase;
import dev.lexicon.application.port.in.session.LogOutUseCase;
import dev.lexicon.application.port.in.session.PurgeExpiredUseCase;
import dev.lexicon.application.port.in.session.RefreshTokensUseCase;
import dev.lexicon.application.port.in.session.VerifySessionUseCase;
import dev.lexicon.application.port.in.user.AdministerUserUseCase;
import dev.lexicon.application.port.in.user.ChangeEmailUseCase;
import dev.lexicon.application.port.in.user.ChangePasswordUseCase;
import dev.lexicon.application.port.in.user.DeactivateAccountUseCase;
import dev.lexicon.application.port.in.user.EnsureAdminUseCase;
import dev.lexicon.application.port.in.user.GetUserUseCase;
import dev.lexicon.application.port.in.user.ListUsersUseCase;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.service.dictionary.CreateEntryService;
import dev.lexicon.application.service.dictionary.DeleteEntryService;
import dev.lexicon.application.service.dictionary.GetEntryService;
import dev.lexicon.application.service.dictionary.ListEntriesService;
import dev.lexicon.application.service.dictionary.PutEntryService;
import dev.lexicon.application.service.session.LogInService;
import dev.lexicon.application.service.session.LogOutService;
import dev.lexicon.application.service.session.PurgeExpiredService;
import dev.lexicon.application.service.session.RefreshTokensService;
import dev.lexicon.application.service.session.TokenPairs;
import dev.lexicon.application.service.session.VerifySessionService;
import dev.lexicon.application.service.user.AccountChanges;
import dev.lexicon.application.service.user.AdministerUserService;
import dev.lexicon.application.service.user.ChangeEmailService;
import dev.lexicon.application.service.user.ChangePasswordService;
import dev.lexicon.application.service.user.DeactivateAccountService;
import dev.lexicon.application.service.user.EnsureAdminService;
import dev.lexicon.application.service.user.FailedLogins;
import dev.lexicon.application.service.user.GetUserService;
import dev.lexicon.application.service.user.ListUsersService;
import dev.lexicon.application.service.user.PasswordPolicy;
import dev.lexicon.application.service.user.RegisterUserService;
import dev.lexicon.domain.user.LoginThrottle;
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

  private final Duration accessTokenLifetime;
  private final Duration refreshTokenLifetime;

  UseCaseFactory(
      @Value("${lexicon.tokens.access-lifetime:15m}") Duration accessTokenLifetime,
      @Value("${lexicon.tokens.refresh-lifetime:14d}") Duration refreshTokenLifetime) {
    this.accessTokenLifetime = accessTokenLifetime;
    this.refreshTokenLifetime = refreshTokenLifetime;
  }

  @Singleton
  LoginThrottle loginThrottle(
      @Value("${lexicon.login-throttle.max-failures:5}") int maxFailures,
      @Value("${lexicon.login-throttle.window:15m}") Duration window) {
    return new LoginThrottle(maxFailures, window);
  }

  @Singleton
  PasswordPolicy passwordPolicy(CommonPasswords commonPasswords) {
    return new PasswordPolicy(commonPasswords);
  }

  @Singleton
  FailedLogins failedLogins(
      LoginAttemptRepository attempts,
      LoginThrottle throttle,
      @Value("${lexicon.login-throttle.max-wait:2s}") Duration maxWait) {
    return new FailedLogins(attempts, throttle, maxWait);
  }

  @Singleton
  TokenPairs tokenPairs(
      SessionRepository sessions, RefreshTokenRepository refreshTokens, TokenIssuer tokenIssuer) {
    return new TokenPairs(sessions, refreshTokens, tokenIssuer, refreshTokenLifetime);
  }

  @Singleton
  AccountChanges accountChanges(
      UserRepository users,
      SessionRevocations revocations,
      Transactions transactions,
      Clock clock) {
    return new AccountChanges(users, revocations, transactions, clock);
  }

  @Singleton
  RegisterUserService registration(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Transactions transactions,
      Clock clock) {
    return new RegisterUserService(users, hasher, policy, transactions, clock);
  }

  @Singleton
  EnsureAdminUseCase ensureAdmin(RegisterUserService registration) {
    return new EnsureAdminService(registration);
  }

  @Singleton
  LogInUseCase logIn(
      UserRepository users,
      FailedLogins failedLogins,
      PasswordHasher hasher,
      TokenPairs tokenPairs,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    return new LogInService(users, failedLogins, hasher, tokenPairs, transactions, events, clock);
  }

  @Singleton
  RefreshTokensUseCase refreshTokens(
      UserRepository users,
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      SessionRevocations revocations,
      TokenPairs tokenPairs,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    return new RefreshTokensService(
        users, sessions, refreshTokens, revocations, tokenPairs, transactions, events, clock);
  }

  @Singleton
  LogOutUseCase logOut(
      RefreshTokenRepository refreshTokens,
      SessionRevocations revocations,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    return new LogOutService(refreshTokens, revocations, transactions, events, clock);
  }

  @Singleton
  VerifySessionUseCase verifySession(SessionRepository sessions) {
    return new VerifySessionService(sessions);
  }

  @Singleton
  PurgeExpiredUseCase purgeExpired(
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      LoginAttemptRepository attempts,
      LoginThrottle throttle,
      Clock clock) {
    return new PurgeExpiredService(
        sessions, refreshTokens, attempts, throttle, accessTokenLifetime, clock);
  }

  @Singleton
  GetUserUseCase getUser(UserRepository users) {
    return new GetUserService(users);
  }

  @Singleton
  ChangeEmailUseCase changeEmail(UserRepository users, AccountChanges accounts) {
    return new ChangeEmailService(users, accounts);
  }

  @Singleton
  ChangePasswordUseCase changePassword(
      UserRepository users,
      AccountChanges accounts,
      PasswordHasher hasher,
      PasswordPolicy policy,
      FailedLogins failedLogins,
      AuthenticationEvents events,
      Clock clock) {
    return new ChangePasswordService(users, accounts, hasher, policy, failedLogins, events, clock);
  }

  @Singleton
  DeactivateAccountUseCase deactivateAccount(AccountChanges accounts, AuthenticationEvents events) {
    return new DeactivateAccountService(accounts, events);
  }

  @Singleton
  ListUsersUseCase listUsers(UserRepository users) {
    return new ListUsersService(users);
  }

  @Singleton
  AdministerUserUseCase administerUser(AccountChanges accounts, AuthenticationEvents events) {
    return new AdministerUserService(accounts, events);
  }

  @Singleton
  RegisterUserUseCase registerUser(RegisterUserService registration) {
    return registration;
  }

  @Singleton
  CreateEntryUseCase createEntry(DictionaryRepository entries, RecentEntries recent, Clock clock) {
    return new CreateEntryService(entries, recent, clock);
  }

  @Singleton
  GetEntryUseCase getEntry(DictionaryRepository entries) {
    return new GetEntryService(entries);
  }

  @Singleton
  PutEntryUseCase putEntry(DictionaryRepository entries, RecentEntries recent, Clock clock) {
    return new PutEntryService(entries, recent, clock);
  }

  @Singleton
  DeleteEntryUseCase deleteEntry(DictionaryRepository entries, RecentEntries recent) {
    return new DeleteEntryService(entries, recent);
  }

  @Singleton
  ListEntriesUseCase listEntries(DictionaryRepository entries) {
    return new ListEntriesService(entries);
  }
}
