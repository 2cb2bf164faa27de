package dev.lexicon.application.port.out;

/**
 * What happened to logins and sessions, for the operators who watch the service: a burst of bad
 * credentials or of refresh-token reuse is an attack in progress. Told, never asked.
 */
public interface AuthenticationEvents {

  enum LoginOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED
  }

  enum RefreshOutcome {
    SUCCESS,
    /** Unknown, expired, retired or revoked; a retired one also counts as a revocation. */
    REFUSED
  }

  enum RevocationReason {
    LOGOUT,
    REFRESH_TOKEN_REUSE,
    PASSWORD_CHANGE,
    DEACTIVATION,
    ROLE_REMOVED
  }

  void login(LoginOutcome outcome);

  void refresh(RefreshOutcome outcome);

  void revocation(RevocationReason reason);
}
