package dev.lexicon.adapter.persistence;

import static dev.lexicon.application.testing.EntryMother.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryOwner;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the schema and the SQL must hold on every database, beyond the port contracts: the edges of
 * the column sizes, time zones, telling one integrity error from another, and what the foreign keys
 * hold. Every test makes data no other test or run uses, so the suite can share a database.
 */
abstract class JdbcAdapterContract {

  private static final Random RANDOM = new Random();

  protected abstract UserRepository users();

  protected abstract DictionaryRepository entries();

  protected abstract SessionRepository sessions();

  protected abstract RefreshTokenRepository refreshTokens();

  protected abstract Transactions transactions();

  @Test
  void a_username_whose_canonical_form_is_many_times_longer_is_kept_and_found() {
    // NFKC expands this Arabic ligature, a letter, to eighteen characters.
    User user =
        UserMother.aUserNamed("\uFDFA".repeat(Username.MAX_LENGTH - 10) + RANDOM.nextInt(1000));
    users().add(user);

    assertEquals(
        user.id(), users().findByLoginName(user.username().loginName()).orElseThrow().id());
  }

  @Test
  void a_transaction_that_locks_the_active_admins_waits_for_one_that_holds_them() throws Exception {
    User admin = UserMother.anAdmin();
    users().add(admin);
    CountDownLatch locked = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> steppingDown =
          pool.submit(
              () ->
                  transactions()
                      .runInTransaction(
                          () -> {
                            users().lockActiveAdmins();
                            locked.countDown();
                            pause(Duration.ofMillis(500));
                            users().updateIfVersion(admin.withActive(false));
                          }));
      locked.await();

      Set<UserId> seenAfterwards = transactions().inTransaction(users()::lockActiveAdmins);

      steppingDown.get();
      assertFalse(seenAfterwards.contains(admin.id()));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The module's tests run in Europe/Berlin, whose autumn change repeats an hour of wall time. */
  @Test
  void instants_in_the_repeated_hour_of_the_jvm_time_zone_read_back_exactly() {
    ZoneOffsetTransition autumn =
        ZoneId.systemDefault().getRules().nextTransition(Instant.parse("2025-06-01T00:00:00Z"));
    assumeTrue(autumn != null && autumn.isOverlap(), "needs a JVM time zone with daylight saving");
    Instant firstHalfPast = autumn.getInstant().minus(Duration.ofMinutes(30)).plusNanos(123_000);
    Instant secondHalfPast = autumn.getInstant().plus(Duration.ofMinutes(30)).plusNanos(456_000);
    User owner = UserMother.aUser();
    users().add(owner);
    DictionaryEntry entry =
        DictionaryEntry.create(
            entries().nextId(),
            new EntryKey(UserMother.uniqueName()),
            new EntryValue("v"),
            new EntryOwner(owner.id(), owner.username()),
            firstHalfPast);
    entries().addIfAbsent(entry);

    entries().updateIfVersion(entry.revise(new EntryValue("v2"), secondHalfPast), entry.version());

    DictionaryEntry stored = entries().findByKey(entry.key()).orElseThrow();
    assertEquals(firstHalfPast, stored.createdAt());
    assertEquals(secondHalfPast, stored.updatedAt());
  }

  /**
   * Stored as UTC wall-clock time, an instant of the spring change's day can read as a wall-clock
   * time the JVM's zone skips (02:30 in Europe/Berlin); through {@code java.sql.Timestamp} it would
   * come back an hour off.
   */
  @Test
  void instants_whose_utc_time_the_jvm_time_zone_skips_read_back_exactly_in_a_page() {
    ZoneOffsetTransition spring =
        ZoneId.systemDefault().getRules().nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
    assumeTrue(spring != null && spring.isGap(), "needs a JVM time zone with daylight saving");
    LocalDateTime skipped = spring.getDateTimeBefore().plusMinutes(30).plusNanos(654_000);
    Instant instant = skipped.toInstant(ZoneOffset.UTC);
    User owner = UserMother.aUser();
    users().add(owner);
    DictionaryEntry entry =
        DictionaryEntry.create(
            entries().nextId(),
            new EntryKey(UserMother.uniqueName()),
            new EntryValue("v"),
            new EntryOwner(owner.id(), owner.username()),
            instant);
    entries().addIfAbsent(entry);

    var query = new EntryPageQuery(entry.key().value(), Optional.empty());
    assertEquals(
        instant,
        entries().findPage(query, new PageReadBounds(1, Long.MAX_VALUE)).get(0).createdAt());
  }

  @Test
  void usernames_of_150_characters_fit_also_when_they_take_two_utf16_units_a_character() {
    // Beyond the BMP every character is two UTF-16 units, which H2 counts.
    String deseret = randomLetters(0x10400, 40, Username.MAX_LENGTH);
    // U+0130 lower-cases to two code points, which MySQL counts.
    String dotted = "\u0130".repeat(Username.MAX_LENGTH - 10) + randomLetters(0x10400, 40, 10);

    for (String name : new String[] {deseret, dotted}) {
      User user = UserMother.aUserNamed(name);
      users().add(user);

      assertEquals(
          user.id(), users().findByLoginName(user.username().loginName()).orElseThrow().id());
      assertEquals(user.username(), users().findById(user.id()).orElseThrow().username());
    }
  }

  @Test
  void a_key_of_255_characters_of_four_utf8_bytes_is_kept_found_and_listed() {
    // CJK Extension B: letters of four bytes each in UTF-8, so 1020 bytes, the column's size.
    String key = randomLetters(0x20000, 40_000, EntryKey.MAX_LENGTH);
    assertEquals(1020, key.getBytes(StandardCharsets.UTF_8).length);
    User owner = UserMother.aUser();
    users().add(owner);
    DictionaryEntry entry = anEntry(owner, key, "v");

    entries().addIfAbsent(entry);

    assertEquals(entry.id(), entries().findByKey(entry.key()).orElseThrow().id());
    var query = new EntryPageQuery(key.substring(0, 2), Optional.empty());
    assertEquals(
        entry.id(), entries().findPage(query, new PageReadBounds(10, Long.MAX_VALUE)).get(0).id());
  }

  /** A foreign-key violation is an integrity error too, but it does not mean the key is taken. */
  @Test
  void an_entry_of_an_owner_that_does_not_exist_is_refused_with_an_error_not_as_a_taken_key() {
    User stranger = UserMother.aUser();

    DictionaryEntry orphan = anEntry(stranger, UserMother.uniqueName(), "v");

    assertThrows(RuntimeException.class, () -> entries().addIfAbsent(orphan));
  }

  /** The taken constraint is told from the database's message, which also quotes the value. */
  @Test
  void an_email_that_spells_the_username_constraint_is_still_reported_as_a_taken_email() {
    String local = "uq_users_username_canonical." + UUID.randomUUID().toString().substring(0, 8);
    User first = withEmail(UserMother.aUser(), local + "@example.com");
    users().add(first);

    User second = withEmail(UserMother.aUser(), local.toUpperCase(Locale.ROOT) + "@EXAMPLE.COM");

    assertThrows(EmailTaken.class, () -> users().add(second));
  }

  /**
   * Forgetting a session must not wait for its refresh tokens to be purged first, or be blocked by
   * one that a rotation wrote in between: the foreign key's cascade takes them along.
   */
  @Test
  void deleting_an_ended_session_deletes_its_refresh_tokens_with_it() {
    // Long before the contract suites' instants, so the purge here leaves their rows alone.
    Instant start = Instant.parse("2020-01-02T03:04:05.123456Z");
    User owner = UserMother.aUser();
    users().add(owner);
    Session session = Session.start(sessions().nextId(), owner.id(), start, Duration.ofDays(1));
    sessions().add(session);
    RefreshToken token = RefreshToken.issue(randomHash(), session, start, Duration.ofDays(1));
    refreshTokens().add(token);

    sessions().deleteEndedBefore(session.expiresAt().plusSeconds(1));

    assertFalse(refreshTokens().findByHash(token.hash()).isPresent());
  }

  @Test
  void a_refresh_token_of_a_session_that_does_not_exist_is_refused() {
    User owner = UserMother.aUser();
    Session unsaved =
        Session.start(
            new SessionId(UUID.randomUUID()), owner.id(), Instant.now(), Duration.ofDays(1));

    RefreshToken orphan =
        RefreshToken.issue(randomHash(), unsaved, Instant.now(), Duration.ofDays(1));

    assertThrows(RuntimeException.class, () -> refreshTokens().add(orphan));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static RefreshTokenHash randomHash() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new RefreshTokenHash(HexFormat.of().formatHex(bytes));
  }

  private static User withEmail(User user, String email) {
    return User.register(
        user.id(), user.username(), new Email(email), user.passwordHash(), user.dateJoined());
  }

  private static String randomLetters(int firstCodePoint, int span, int count) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.appendCodePoint(firstCodePoint + RANDOM.nextInt(span));
    }
    return letters.toString();
  }
}
