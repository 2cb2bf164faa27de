package dev.lexicon.adapter.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import org.junit.jupiter.api.Test;

class UserRowMapperTest {

  private final UserRowMapper mapper = new UserRowMapperImpl();

  @Test
  void a_user_becomes_a_row_with_its_names_as_given() {
    User user =
        User.register(
            UserMother.aUser().id(),
            new Username("Ünïcødé_Alice"),
            new Email("Alice.Smith@Example.COM"),
            UserMother.SOME_HASH,
            UserMother.JOINED);

    UserRow row = mapper.toRow(user);

    assertEquals("Ünïcødé_Alice", row.username());
    assertEquals("Alice.Smith@Example.COM", row.email());
    assertEquals("2026-01-02 03:04:05.123456", row.dateJoined());
    assertNull(row.lastLogin());
    assertEquals("USER", row.roles());
    assertEquals(User.FIRST_VERSION, row.version());
  }

  @Test
  void roles_are_written_in_declaration_order() {
    assertEquals("USER,ADMIN", mapper.toRow(UserMother.anAdmin()).roles());
  }

  @Test
  void a_row_becomes_the_same_user_again() {
    User admin = UserMother.anAdmin().loggedInAt(UserMother.later());

    assertEquals(admin, mapper.toDomain(mapper.toRow(admin)));
  }
}
