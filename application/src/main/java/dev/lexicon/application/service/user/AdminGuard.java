package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;

/** The service must always keep one active administrator, or nobody could administer it. */
final class AdminGuard {

  private AdminGuard() {}

  static void requireAnotherActiveAdmin(UserRepository users, User before, User after) {
    if (before.isActiveAdmin() && !after.isActiveAdmin() && users.countActiveAdmins() <= 1) {
      throw new LastActiveAdmin();
    }
  }
}
