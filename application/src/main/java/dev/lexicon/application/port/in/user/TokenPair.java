package dev.lexicon.application.port.in.user;

import java.time.Duration;

/** A short-lived access token and the refresh token that renews it. */
public record TokenPair(String accessToken, String refreshToken, Duration expiresIn) {

  @Override
  public String toString() {
    return "TokenPair[hidden, expires in " + expiresIn + "]";
  }
}
