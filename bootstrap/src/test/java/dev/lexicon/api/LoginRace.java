package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Logins of one account on several threads, over and over, while a change to the account is made
 * once, a moment after they start: the race an account change must win without being undone.
 */
final class LoginRace {

  private static final int THREADS = 4;
  private static final Duration BEFORE_THE_CHANGE = Duration.ofMillis(500);
  private static final Duration AFTER_THE_CHANGE = Duration.ofMillis(1000);

  private LoginRace() {}

  /** Runs the race on {@code api}; answers the access tokens the racing logins were given. */
  static List<String> tokensDuring(
      ApiClient api, String login, String password, Supplier<ApiResponse> change) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicBoolean racing = new AtomicBoolean(true);
    List<String> tokens = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        loops.add(
            pool.submit(
                () -> {
                  while (racing.get()) {
                    ApiResponse response =
                        api.request("POST", "/api/v1/auth/login")
                            .json(Map.of("username", login, "password", password))
                            .send();
                    if (response.status() == 200) {
                      tokens.add(response.text("access_token"));
                    }
                  }
                }));
      }
      Thread.sleep(BEFORE_THE_CHANGE.toMillis());
      ApiResponse changed = change.get();
      assertEquals(2, changed.status() / 100, changed::toString);
      Thread.sleep(AFTER_THE_CHANGE.toMillis());
      racing.set(false);
      for (Future<?> loop : loops) {
        loop.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return List.copyOf(tokens);
  }
}
