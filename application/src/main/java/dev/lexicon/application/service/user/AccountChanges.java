package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Stores changes to accounts, each as one transaction: the conditional write of the user, the guard
 * that keeps one active administrator, and the revocation of every session that holds what the
 * change took away (a role, the activation, or the password it was opened with).
 */
public final class AccountChanges {

  private final UserRepository users;
  private final SessionRevocations revocations;
  private final Transactions transactions;
  private final Clock clock;

  public AccountChanges(
      UserRepository users,
      SessionRevocations revocations,
      Transactions transactions,
      Clock clock) {
    this.users = users;
    this.revocations = revocations;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A stored change: the account before it, and as it is stored now. */
  public record Change(User before, User after) {

    public boolean revokedSessions() {
      return before.losesAccessIn(after) || !before.passwordHash().equals(after.passwordHash());
    }
  }

  /**
   * Applies the change to the account as it is now, and again to the newer state whenever another
   * change was stored in between, so it is never applied to a state it did not see. Each round that
   * loses means another change won, so the rounds end.
   */
  public Change apply(UserId id, UnaryOperator<User> change) {
    while (true) {
      User before = users.findById(id).orElseThrow(() -> new UserNotFound(id));
      Optional<Change> stored = store(before, change.apply(before));
      if (stored.isPresent()) {
        return stored.get();
      }
    }
  }

  /** Stores {@code after} if the account is still as {@code before}; empty if it changed. */
  public Optional<Change> store(User before, User after) {
    return transactions.inTransaction(
        () -> {
          if (before.isActiveAdmin() && !after.isActiveAdmin()) {
            requireAnotherActiveAdmin(before.id());
          }
          if (!users.updateIfVersion(after)) {
            return Optional.empty();
          }
          Change change = new Change(before, after.stored());
          if (change.revokedSessions()) {
            revocations.revokeAllOf(before.id(), clock.instant());
          }
          return Optional.of(change);
        });
  }

  /**
   * The active administrators stay locked until the change commits, so two administrators stepping
   * down at once are decided one after the other and the second finds itself the last.
   */
  private void requireAnotherActiveAdmin(UserId steppingDown) {
    Set<UserId> admins = users.lockActiveAdmins();
    if (admins.stream().noneMatch(admin -> !admin.equals(steppingDown))) {
      throw new LastActiveAdmin();
    }
  }
}
