package dev.lexicon.adapter.web.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.adapter.web.problem.InvalidRequest;
import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private static final EntryVersion V3 = new EntryVersion(3);

  @Test
  void an_entry_tag_is_its_version_in_quotes() {
    assertEquals("\"3\"", EntityTags.of(V3));
  }

  @Test
  void a_star_matches_any_version() {
    assertTrue(EntityTags.matchesWeakly(parse("*").orElseThrow(), V3));
  }

  @Test
  void a_list_matches_when_any_tag_names_the_version() {
    assertTrue(EntityTags.matchesWeakly(parse("\"1\", \"3\"").orElseThrow(), V3));
  }

  @Test
  void tags_sent_on_several_header_lines_are_one_list() {
    var condition = EntityTags.parse("If-None-Match", List.of("\"1\"", "\"3\""), new Violations());

    assertTrue(EntityTags.matchesWeakly(condition.orElseThrow(), V3));
  }

  @Test
  void a_weak_tag_matches_in_the_weak_comparison() {
    assertTrue(EntityTags.matchesWeakly(parse("W/\"3\"").orElseThrow(), V3));
  }

  @Test
  void a_tag_for_another_version_does_not_match() {
    assertFalse(EntityTags.matchesWeakly(parse("\"2\"").orElseThrow(), V3));
  }

  @Test
  void a_tag_that_is_no_version_never_matches() {
    assertFalse(EntityTags.matchesWeakly(parse("\"abc\"").orElseThrow(), V3));
  }

  @Test
  void an_unquoted_tag_is_a_violation_of_the_header() {
    var violations = new Violations();
    EntityTags.parse("If-Match", List.of("3"), violations);

    var failure = assertThrows(InvalidRequest.class, violations::throwIfAny);
    assertEquals("If-Match", failure.errors().get(0).field());
  }

  @Test
  void if_match_with_versions_asks_for_one_of_them() {
    assertEquals(
        new WriteCondition.IfVersionIn(Set.of(new EntryVersion(2), V3)),
        write(parse("\"2\",\"3\""), Optional.empty()));
  }

  @Test
  void if_match_compares_strongly_so_a_weak_tag_can_never_hold() {
    assertEquals(
        new WriteCondition.IfVersionIn(Set.of()), write(parse("W/\"3\""), Optional.empty()));
  }

  @Test
  void if_match_star_asks_for_an_existing_entry() {
    assertEquals(new WriteCondition.IfExists(), write(parse("*"), Optional.empty()));
  }

  @Test
  void if_none_match_star_asks_for_an_absent_entry() {
    assertEquals(new WriteCondition.IfAbsent(), write(Optional.empty(), parse("*")));
  }

  @Test
  void if_match_with_if_none_match_star_can_never_hold() {
    assertEquals(new WriteCondition.IfVersionIn(Set.of()), write(parse("\"3\""), parse("*")));
  }

  @Test
  void no_header_is_an_unconditional_write() {
    assertEquals(WriteCondition.none(), write(Optional.empty(), Optional.empty()));
  }

  @Test
  void if_none_match_with_tags_on_a_write_is_a_violation() {
    var violations = new Violations();
    EntityTags.writeCondition(Optional.empty(), parse("\"3\""), violations);

    assertThrows(InvalidRequest.class, violations::throwIfAny);
  }

  private static Optional<EntityTags.Condition> parse(String header) {
    var violations = new Violations();
    var condition = EntityTags.parse("If-Match", List.of(header), violations);
    violations.throwIfAny();
    return condition;
  }

  private static WriteCondition write(
      Optional<EntityTags.Condition> ifMatch, Optional<EntityTags.Condition> ifNoneMatch) {
    var violations = new Violations();
    WriteCondition condition = EntityTags.writeCondition(ifMatch, ifNoneMatch, violations);
    violations.throwIfAny();
    return condition;
  }
}
