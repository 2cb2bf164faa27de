package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;

/** The service must always keep one active administrator, or nobody could administer it. */
final class AdminGuard {

  private AdminGuard() {}

  /**
   * Stores the change unless it would leave no active administrator. Two administrators stepping
   * down at the same moment can both pass the first check; whoever then finds none left puts its
   * user back, so at most one of them succeeds and the service is never left without one.
   */
  static void update(UserRepository users, User before, User after) {
    boolean stepsDown = before.isActiveAdmin() && !after.isActiveAdmin();
    if (stepsDown && users.countActiveAdmins() <= 1) {
      throw new LastActiveAdmin();
    }
    users.update(after);
    if (stepsDown && users.countActiveAdmins() == 0) {
      users.update(before);
      throw new LastActiveAdmin();
    }
  }
}
