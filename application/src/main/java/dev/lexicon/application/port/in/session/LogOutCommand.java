package dev.lexicon.application.port.in.session;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.session.SessionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends the session of the access token used for the call and, when given, the session of a refresh
 * token of the same user.
 */
public record LogOutCommand(Actor actor, SessionId session, Optional<String> refreshToken) {

  public LogOutCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  @Override
  public String toString() {
    return "LogOutCommand[" + actor.id() + ", session " + session + "]";
  }
}
