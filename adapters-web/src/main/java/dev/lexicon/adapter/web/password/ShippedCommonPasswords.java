package dev.lexicon.adapter.web.password;

import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.domain.user.Password;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 30,000 most common passwords of zxcvbn's frequency list, shipped in this jar so the check
 * needs no network. The list is lower case, and so is the comparison: {@code Password1} is as
 * guessable as {@code password1}.
 */
@Singleton
final class ShippedCommonPasswords implements CommonPasswords {

  static final String RESOURCE = "common-passwords.txt";

  private final Set<String> passwords;

  ShippedCommonPasswords() {
    this.passwords = load();
  }

  @Override
  public boolean contains(Password password) {
    return passwords.contains(password.reveal().toLowerCase(Locale.ROOT));
  }

  int size() {
    return passwords.size();
  }

  private static Set<String> load() {
    try (InputStream in = ShippedCommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the common password list is missing from the jar");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
