package dev.lexicon.application.service.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.in.session.LogOutCommand;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.testing.Actors;
import dev.lexicon.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

  private final SessionWorld world = new SessionWorld();
  private final LogOutService logOut =
      new LogOutService(
          world.refreshTokens, world.revocations, world.transactions, world.events, world.clock);
  private final VerifySessionService verify = new VerifySessionService(world.sessions);

  @Test
  void logging_out_ends_the_session_of_the_access_token_used() {
    TokenPair tokens = world.logInAlice();

    logOut.logOut(
        new LogOutCommand(Actors.of(world.alice), world.sessionOf(tokens).id(), Optional.empty()));

    assertFalse(verify.isActive(world.sessionOf(tokens).id()));
  }

  @Test
  void logging_out_with_a_refresh_token_of_another_own_session_ends_that_one_too() {
    TokenPair used = world.logInAlice();
    TokenPair other = world.logInAlice();

    logOut.logOut(
        new LogOutCommand(
            Actors.of(world.alice), world.sessionOf(used).id(), Optional.of(other.refreshToken())));

    assertFalse(verify.isActive(world.sessionOf(other).id()));
  }

  @Test
  void a_refresh_token_of_someone_else_is_ignored() {
    User bob = world.register("bobby");
    TokenPair bobs = world.logIn.logIn(new LogInCommand("bobby", SessionWorld.PASSWORD));
    TokenPair alices = world.logInAlice();

    logOut.logOut(
        new LogOutCommand(
            Actors.of(world.alice),
            world.sessionOf(alices).id(),
            Optional.of(bobs.refreshToken())));

    assertTrue(verify.isActive(world.sessionOf(bobs).id()));
    assertTrue(bob.active());
  }

  @Test
  void logging_out_leaves_other_sessions_active() {
    TokenPair used = world.logInAlice();
    TokenPair other = world.logInAlice();

    logOut.logOut(
        new LogOutCommand(Actors.of(world.alice), world.sessionOf(used).id(), Optional.empty()));

    assertTrue(verify.isActive(world.sessionOf(other).id()));
  }
}
