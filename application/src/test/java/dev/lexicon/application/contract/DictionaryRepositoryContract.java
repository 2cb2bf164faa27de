package dev.lexicon.application.contract;

import static dev.lexicon.application.testing.EntryMother.anEntry;
import static dev.lexicon.application.testing.EntryMother.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DictionaryRepository} must do. Each test writes under its own key namespace, so
 * the suite can run against a database that other tests share.
 */
public abstract class DictionaryRepositoryContract {

  private static final int RACERS = 20;

  private User owner;
  private String ns;

  protected abstract DictionaryRepository entries();

  /** Entries name their owner, and a database may insist that the owner exists. */
  protected abstract UserRepository users();

  @BeforeEach
  void createOwnerAndNamespace() {
    owner = UserMother.aUser();
    users().add(owner);
    ns = uniqueNamespace();
  }

  @Test
  void an_added_entry_is_found_by_its_key_with_every_field_intact() {
    DictionaryEntry entry = anEntry(owner, ns + "app/db/url", "jdbc:h2:mem:x");

    assertTrue(entries().addIfAbsent(entry));

    assertSameEntry(entry, entries().findByKey(entry.key()).orElseThrow());
  }

  @Test
  void an_unknown_key_is_not_found() {
    assertEquals(Optional.empty(), entries().findByKey(new EntryKey(ns + "missing")));
  }

  @Test
  void a_second_entry_with_the_same_key_is_refused() {
    entries().addIfAbsent(anEntry(owner, ns + "k", "first"));

    assertFalse(entries().addIfAbsent(anEntry(owner, ns + "k", "second")));
    assertEquals("first", valueOf(ns + "k"));
  }

  @Test
  void keys_that_differ_only_in_case_are_two_entries() {
    assertTrue(entries().addIfAbsent(anEntry(owner, ns + "Key", "upper")));
    assertTrue(entries().addIfAbsent(anEntry(owner, ns + "key", "lower")));

    assertEquals("upper", valueOf(ns + "Key"));
    assertEquals("lower", valueOf(ns + "key"));
  }

  @Test
  void keys_that_differ_only_in_accents_are_two_entries() {
    assertTrue(entries().addIfAbsent(anEntry(owner, ns + "cafe", "plain")));
    assertTrue(entries().addIfAbsent(anEntry(owner, ns + "café", "accented")));

    assertEquals("accented", valueOf(ns + "café"));
  }

  @Test
  void values_keep_every_unicode_character_including_nul_and_emoji() {
    String value = "a\u0000b 😀 \u00e9\u4e2d";
    entries().addIfAbsent(anEntry(owner, ns + "k", value));

    assertEquals(value, valueOf(ns + "k"));
  }

  @Test
  void the_empty_value_is_kept() {
    entries().addIfAbsent(anEntry(owner, ns + "k", ""));

    assertEquals("", valueOf(ns + "k"));
  }

  @Test
  void a_value_of_the_largest_allowed_size_is_kept_whole() {
    String value = "é".repeat(EntryValue.MAX_UTF8_BYTES / 2);
    entries().addIfAbsent(anEntry(owner, ns + "big", value));

    assertEquals(value, valueOf(ns + "big"));
  }

  @Test
  void a_revision_at_the_expected_version_is_stored() {
    DictionaryEntry entry = anEntry(owner, ns + "k", "v1");
    entries().addIfAbsent(entry);
    DictionaryEntry revised = entry.revise(new EntryValue("v2"), UserMother.later());

    assertTrue(entries().updateIfVersion(revised, entry.version()));

    assertSameEntry(revised, entries().findByKey(entry.key()).orElseThrow());
  }

  @Test
  void a_revision_from_a_stale_version_is_refused() {
    DictionaryEntry entry = anEntry(owner, ns + "k", "v1");
    entries().addIfAbsent(entry);
    DictionaryEntry second = entry.revise(new EntryValue("v2"), UserMother.later());
    entries().updateIfVersion(second, entry.version());

    DictionaryEntry stale = entry.revise(new EntryValue("stale"), UserMother.later());

    assertFalse(entries().updateIfVersion(stale, entry.version()));
    assertEquals("v2", valueOf(ns + "k"));
  }

  @Test
  void a_revision_of_a_deleted_entry_does_not_land_on_its_successor() {
    DictionaryEntry first = anEntry(owner, ns + "k", "first");
    entries().addIfAbsent(first);
    entries().deleteIfUnchanged(first);
    entries().addIfAbsent(anEntry(owner, ns + "k", "successor"));

    DictionaryEntry revisedFirst = first.revise(new EntryValue("late"), UserMother.later());

    assertFalse(entries().updateIfVersion(revisedFirst, first.version()));
    assertEquals("successor", valueOf(ns + "k"));
  }

  @Test
  void a_delete_at_the_expected_version_removes_the_entry() {
    DictionaryEntry entry = anEntry(owner, ns + "k", "v1");
    entries().addIfAbsent(entry);

    assertTrue(entries().deleteIfUnchanged(entry));

    assertEquals(Optional.empty(), entries().findByKey(entry.key()));
  }

  @Test
  void a_delete_of_a_deleted_entry_does_not_remove_its_successor() {
    DictionaryEntry first = anEntry(owner, ns + "k", "first");
    entries().addIfAbsent(first);
    entries().deleteIfUnchanged(first);
    entries().addIfAbsent(anEntry(owner, ns + "k", "successor"));

    assertFalse(entries().deleteIfUnchanged(first));
    assertEquals("successor", valueOf(ns + "k"));
  }

  @Test
  void a_delete_from_a_stale_version_is_refused() {
    DictionaryEntry entry = anEntry(owner, ns + "k", "v1");
    entries().addIfAbsent(entry);
    entries()
        .updateIfVersion(entry.revise(new EntryValue("v2"), UserMother.later()), entry.version());

    assertFalse(entries().deleteIfUnchanged(entry));
    assertEquals("v2", valueOf(ns + "k"));
  }

  @Test
  void pages_are_in_ascending_order_of_the_keys_utf8_bytes() {
    // UTF-8 order: Z < a < z < é < 豈 (U+F900) < 𝒜 (U+1D49C). UTF-16 order would put 𝒜 before 豈.
    List<String> expected =
        List.of(ns + "Z", ns + "a", ns + "z", ns + "é", ns + "\uF900", ns + "\uD835\uDC9C");
    for (int i = expected.size() - 1; i >= 0; i--) {
      entries().addIfAbsent(anEntry(owner, expected.get(i), "v"));
    }

    assertEquals(expected, keysOf(entries().findPage(prefixed(ns), upTo(100))));
  }

  @Test
  void a_page_holds_at_most_the_limit() {
    for (String key : List.of("a", "b", "c", "d")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    assertEquals(List.of(ns + "a", ns + "b"), keysOf(entries().findPage(prefixed(ns), upTo(2))));
  }

  @Test
  void a_page_read_ends_with_the_entry_whose_value_reaches_the_byte_bound() {
    for (String key : List.of("a", "b", "c", "d")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "été"));
    }

    assertEquals(
        List.of(ns + "a", ns + "b"),
        keysOf(entries().findPage(prefixed(ns), new PageReadBounds(10, 10))));
  }

  @Test
  void a_page_starts_after_the_cursor_key() {
    for (String key : List.of("a", "b", "c", "d")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    var query = new EntryPageQuery(ns, Optional.of(new EntryKey(ns + "b")));

    assertEquals(List.of(ns + "c", ns + "d"), keysOf(entries().findPage(query, upTo(10))));
  }

  @Test
  void a_cursor_key_that_no_longer_exists_still_positions_the_page() {
    for (String key : List.of("a", "c")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    var query = new EntryPageQuery(ns, Optional.of(new EntryKey(ns + "b")));

    assertEquals(List.of(ns + "c"), keysOf(entries().findPage(query, upTo(10))));
  }

  @Test
  void a_prefix_matches_byte_for_byte_and_case_sensitively() {
    for (String key : List.of("app/db", "app/web", "App/db", "apple", "ap")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    assertEquals(
        List.of(ns + "app/db", ns + "app/web"),
        keysOf(entries().findPage(prefixed(ns + "app/"), upTo(10))));
  }

  @Test
  void a_prefix_treats_sql_wildcard_characters_literally() {
    for (String key : List.of("a_b", "axb", "a_c")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    assertEquals(
        List.of(ns + "a_b", ns + "a_c"), keysOf(entries().findPage(prefixed(ns + "a_"), upTo(10))));
  }

  @Test
  void a_prefix_with_non_ascii_characters_matches_their_utf8_bytes() {
    for (String key : List.of("é/1", "é/2", "e/1", "éa")) {
      entries().addIfAbsent(anEntry(owner, ns + key, "v"));
    }

    assertEquals(
        List.of(ns + "é/1", ns + "é/2"), keysOf(entries().findPage(prefixed(ns + "é/"), upTo(10))));
  }

  @Test
  void a_prefix_no_key_has_gives_an_empty_page() {
    entries().addIfAbsent(anEntry(owner, ns + "a", "v"));

    assertEquals(List.of(), entries().findPage(prefixed(ns + "zzz"), upTo(10)));
  }

  @Test
  void of_concurrent_adds_of_one_key_exactly_one_succeeds() throws Exception {
    EntryKey key = new EntryKey(ns + "contended");

    List<Boolean> outcomes =
        race(racer -> () -> entries().addIfAbsent(anEntry(owner, key.value(), "racer " + racer)));

    assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count());
  }

  @Test
  void of_concurrent_writers_expecting_the_same_version_exactly_one_wins() throws Exception {
    DictionaryEntry entry = anEntry(owner, ns + "contended", "v1");
    entries().addIfAbsent(entry);
    Instant now = UserMother.later();

    List<Boolean> outcomes =
        race(
            racer ->
                () ->
                    entries()
                        .updateIfVersion(
                            entry.revise(new EntryValue("racer " + racer), now), entry.version()));

    assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count());
    assertEquals(entry.version().next(), entries().findByKey(entry.key()).orElseThrow().version());
  }

  @Test
  void of_concurrent_deletes_of_one_version_exactly_one_succeeds() throws Exception {
    DictionaryEntry entry = anEntry(owner, ns + "contended", "v1");
    entries().addIfAbsent(entry);

    List<Boolean> outcomes = race(racer -> () -> entries().deleteIfUnchanged(entry));

    assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count());
  }

  private interface Racer {
    Callable<Boolean> task(int racer);
  }

  /** Starts all racers at the same moment, on threads of their own, and collects their results. */
  private static List<Boolean> race(Racer racer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        Callable<Boolean> task = racer.task(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private String valueOf(String key) {
    return entries().findByKey(new EntryKey(key)).orElseThrow().value().value();
  }

  private static EntryPageQuery prefixed(String prefix) {
    return new EntryPageQuery(prefix, Optional.empty());
  }

  private static PageReadBounds upTo(int entries) {
    return new PageReadBounds(entries, Long.MAX_VALUE);
  }

  private static List<String> keysOf(List<DictionaryEntry> page) {
    return page.stream().map(entry -> entry.key().value()).toList();
  }

  private static void assertSameEntry(DictionaryEntry expected, DictionaryEntry actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.key(), actual.key());
    assertEquals(expected.value(), actual.value());
    assertEquals(expected.version(), actual.version());
    assertEquals(expected.owner(), actual.owner());
    assertEquals(expected.createdAt(), actual.createdAt());
    assertEquals(expected.updatedAt(), actual.updatedAt());
  }
}
