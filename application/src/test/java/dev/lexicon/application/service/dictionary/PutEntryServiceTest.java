package dev.lexicon.application.service.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.NotEntryOwner;
import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.Actor;
import dev.lexicon.application.port.in.dictionary.DeleteEntryCommand;
import dev.lexicon.application.port.in.dictionary.PutEntryCommand;
import dev.lexicon.application.port.in.dictionary.PutEntryResult;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.application.testing.InMemoryRecentEntries;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class PutEntryServiceTest {

  private final DictionaryFixture world = new DictionaryFixture();
  private final PutEntryService service =
      new PutEntryService(world.entries, world.recent, world.clock);

  /** Another instance on the same store: it shares nothing with this one but the store. */
  private final PutEntryService otherInstancePut =
      new PutEntryService(world.entries, new InMemoryRecentEntries(), world.clock);

  private final DeleteEntryService otherInstanceDelete =
      new DeleteEntryService(world.entries, new InMemoryRecentEntries());

  @Test
  void a_put_of_a_new_key_creates_it_at_version_1_owned_by_the_actor() {
    PutEntryResult result = put("k", "v", world.owner, WriteCondition.none());

    assertTrue(result.created());
    assertEquals(new EntryVersion(1), result.entry().version());
    assertEquals(world.owner.id(), result.entry().owner().id());
  }

  @Test
  void a_put_of_an_existing_key_by_its_owner_updates_it_one_version_later() {
    world.existing("k", "v1");

    PutEntryResult result = put("k", "v2", world.owner, WriteCondition.none());

    assertFalse(result.created());
    assertEquals(new EntryVersion(2), result.entry().version());
    assertEquals("v2", world.stored("k").value().value());
  }

  @Test
  void a_put_by_someone_else_is_refused_and_changes_nothing() {
    world.existing("k", "v1");

    assertThrows(NotEntryOwner.class, () -> put("k", "v2", world.stranger, WriteCondition.none()));
    assertEquals("v1", world.stored("k").value().value());
  }

  @Test
  void an_admin_may_update_anyones_entry() {
    world.existing("k", "v1");

    PutEntryResult result = put("k", "v2", world.admin, WriteCondition.none());

    assertEquals(new EntryVersion(2), result.entry().version());
  }

  @Test
  void an_update_keeps_the_original_owner_even_when_an_admin_writes() {
    world.existing("k", "v1");

    put("k", "v2", world.admin, WriteCondition.none());

    assertEquals(world.owner.id(), world.stored("k").owner().id());
  }

  @Test
  void a_put_if_the_current_version_matches_succeeds() {
    world.existing("k", "v1");

    PutEntryResult result =
        put("k", "v2", world.owner, WriteCondition.ifVersion(new EntryVersion(1)));

    assertEquals(new EntryVersion(2), result.entry().version());
  }

  @Test
  void a_put_if_a_stale_version_fails_and_changes_nothing() {
    world.existing("k", "v1");
    put("k", "v2", world.owner, WriteCondition.none());

    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v3", world.owner, WriteCondition.ifVersion(new EntryVersion(1))));
    assertEquals("v2", world.stored("k").value().value());
  }

  @Test
  void a_put_if_a_version_of_a_missing_key_fails_without_creating_it() {
    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v", world.owner, WriteCondition.ifVersion(new EntryVersion(1))));
    assertTrue(world.entries.findByKey(new EntryKey("k")).isEmpty());
  }

  @Test
  void a_put_if_exists_of_a_missing_key_fails() {
    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v", world.owner, new WriteCondition.IfExists()));
  }

  @Test
  void a_put_if_absent_creates_a_missing_key() {
    PutEntryResult result = put("k", "v", world.owner, new WriteCondition.IfAbsent());

    assertTrue(result.created());
  }

  @Test
  void a_put_if_absent_of_an_existing_key_fails_and_changes_nothing() {
    world.existing("k", "v1");

    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v2", world.owner, new WriteCondition.IfAbsent()));
    assertEquals("v1", world.stored("k").value().value());
  }

  @Test
  void concurrent_unconditional_puts_all_succeed_each_with_its_own_version() throws Exception {
    world.existing("k", "v0");
    int writers = 20;

    List<PutEntryResult> results =
        allAtOnce(writers, i -> () -> put("k", "v" + (i + 1), world.owner, WriteCondition.none()));

    Set<EntryVersion> versions = new HashSet<>();
    results.forEach(result -> versions.add(result.entry().version()));
    assertEquals(writers, versions.size());
    assertEquals(new EntryVersion(writers + 1), world.stored("k").version());
  }

  // ---- writing on what this instance remembers of the entry

  @Test
  void a_put_on_an_entry_this_instance_wrote_last_writes_without_reading_it() {
    world.existing("k", "v1");
    int readsBefore = world.entries.keyReads();

    PutEntryResult result = put("k", "v2", world.owner, WriteCondition.none());

    assertEquals(readsBefore, world.entries.keyReads());
    assertEquals(new EntryVersion(2), result.entry().version());
    assertEquals("v2", world.stored("k").value().value());
  }

  @Test
  void a_put_remembers_the_revision_it_wrote() {
    world.existing("k", "v1");

    PutEntryResult result = put("k", "v2", world.owner, WriteCondition.none());

    assertEquals(Optional.of(result.entry().stamp()), world.recent.find(new EntryKey("k")));
  }

  @Test
  void a_put_after_another_instance_changed_the_entry_revises_the_stored_version() {
    world.existing("k", "v1");
    otherInstancePut("k", "v2", world.owner, WriteCondition.none());

    PutEntryResult result = put("k", "v3", world.owner, WriteCondition.none());

    assertEquals(new EntryVersion(3), result.entry().version());
    assertEquals(world.stored("k"), result.entry());
  }

  @Test
  void a_put_if_the_stored_version_succeeds_though_this_instance_remembers_an_older_one() {
    world.existing("k", "v1");
    otherInstancePut("k", "v2", world.owner, WriteCondition.none());

    PutEntryResult result =
        put("k", "v3", world.owner, WriteCondition.ifVersion(new EntryVersion(2)));

    assertEquals(new EntryVersion(3), result.entry().version());
  }

  @Test
  void a_put_if_the_remembered_version_fails_once_another_instance_changed_the_entry() {
    world.existing("k", "v1");
    otherInstancePut("k", "v2", world.owner, WriteCondition.none());

    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v3", world.owner, WriteCondition.ifVersion(new EntryVersion(1))));
    assertEquals("v2", world.stored("k").value().value());
  }

  @Test
  void a_put_on_an_entry_another_instance_deleted_creates_it_anew() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);

    PutEntryResult result = put("k", "v2", world.owner, WriteCondition.none());

    assertTrue(result.created());
    assertEquals(new EntryVersion(1), world.stored("k").version());
  }

  @Test
  void a_put_if_exists_on_an_entry_another_instance_deleted_fails_without_creating_it() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);

    assertThrows(
        WriteConditionFailed.class,
        () -> put("k", "v2", world.owner, new WriteCondition.IfExists()));
    assertTrue(world.entries.findByKey(new EntryKey("k")).isEmpty());
  }

  @Test
  void a_put_if_absent_on_an_entry_another_instance_deleted_creates_it() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);

    PutEntryResult result = put("k", "v2", world.owner, new WriteCondition.IfAbsent());

    assertTrue(result.created());
  }

  @Test
  void the_former_owner_may_not_write_on_a_key_someone_else_recreated_elsewhere() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);
    otherInstancePut("k", "theirs", world.stranger, WriteCondition.none());

    assertThrows(NotEntryOwner.class, () -> put("k", "v2", world.owner, WriteCondition.none()));
    assertEquals("theirs", world.stored("k").value().value());
  }

  @Test
  void the_new_owner_of_a_key_recreated_elsewhere_may_write_on_it() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);
    otherInstancePut("k", "theirs", world.stranger, WriteCondition.none());

    PutEntryResult result = put("k", "v2", world.stranger, WriteCondition.none());

    assertEquals(new EntryVersion(2), result.entry().version());
    assertEquals(world.stranger.id(), result.entry().owner().id());
  }

  @Test
  void a_remembered_revision_the_store_turned_down_is_forgotten() {
    world.existing("k", "v1");
    otherInstanceDelete("k", world.owner);
    otherInstancePut("k", "theirs", world.stranger, WriteCondition.none());

    assertThrows(NotEntryOwner.class, () -> put("k", "v2", world.owner, WriteCondition.none()));

    assertTrue(world.recent.find(new EntryKey("k")).isEmpty());
  }

  @Test
  void of_concurrent_puts_if_the_remembered_version_exactly_one_succeeds() throws Exception {
    world.existing("k", "v1");

    List<Boolean> succeeded =
        allAtOnce(
            20,
            i ->
                () -> {
                  try {
                    put(
                        "k",
                        "v" + (i + 2),
                        world.owner,
                        WriteCondition.ifVersion(new EntryVersion(1)));
                    return true;
                  } catch (WriteConditionFailed refused) {
                    return false;
                  }
                });

    assertEquals(1, Collections.frequency(succeeded, true));
    assertEquals(new EntryVersion(2), world.stored("k").version());
  }

  /** Runs the tasks on threads of their own, released together; their results in task order. */
  private static <T> List<T> allAtOnce(int count, IntFunction<Callable<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<T> work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private PutEntryResult put(String key, String value, Actor actor, WriteCondition condition) {
    return service.put(
        new PutEntryCommand(new EntryKey(key), new EntryValue(value), actor, condition));
  }

  private void otherInstancePut(String key, String value, Actor actor, WriteCondition condition) {
    otherInstancePut.put(
        new PutEntryCommand(new EntryKey(key), new EntryValue(value), actor, condition));
  }

  private void otherInstanceDelete(String key, Actor actor) {
    otherInstanceDelete.delete(
        new DeleteEntryCommand(new EntryKey(key), actor, WriteCondition.none()));
  }
}
