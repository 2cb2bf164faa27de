package dev.lexicon.adapter.web.password;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mkammerer.argon2.Argon2Advanced;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class NativeArgon2idTest {

  @Test
  void the_library_loads_and_reproduces_the_rfc_9106_test_vector() {
    assertDoesNotThrow(NativeArgon2id::load);
  }

  @Test
  void a_library_that_cannot_be_loaded_stops_the_start_with_a_message_naming_libargon2() {
    Argon2Advanced missing =
        library(
            (proxy, method, arguments) -> {
              throw new UnsatisfiedLinkError("Unable to load library 'argon2'");
            });

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> NativeArgon2id.checked(missing));

    assertTrue(refused.getMessage().contains("libargon2"), refused::getMessage);
  }

  @Test
  void a_library_that_computes_something_else_is_refused() {
    Argon2Advanced wrong = library((proxy, method, arguments) -> new byte[32]);

    assertThrows(IllegalStateException.class, () -> NativeArgon2id.checked(wrong));
  }

  private static Argon2Advanced library(InvocationHandler calls) {
    return (Argon2Advanced)
        Proxy.newProxyInstance(
            Argon2Advanced.class.getClassLoader(), new Class<?>[] {Argon2Advanced.class}, calls);
  }
}
