package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entity tags and the conditional request headers of RFC 9110. An entry's tag is its version in
 * quotes. Headers are checked for syntax only: a well-formed tag that names no version simply never
 * matches, as the RFC asks.
 */
final class EntityTags {

  static final String IF_MATCH = "If-Match";
  static final String IF_NONE_MATCH = "If-None-Match";
  private static final String SYNTAX = "must be * or a list of quoted entity tags such as \"3\"";

  /** Longer digit strings overflow a long; no entry reaches such a version. */
  private static final int MAX_VERSION_DIGITS = 18;

  private EntityTags() {}

  static String of(EntryVersion version) {
    return "\"" + version.value() + "\"";
  }

  /** A parsed {@code If-Match} or {@code If-None-Match}: {@code *}, or a list of tags. */
  sealed interface Condition {}

  record Any() implements Condition {}

  record Tags(List<Tag> tags) implements Condition {}

  record Tag(String opaque, boolean weak) {

    Optional<EntryVersion> version() {
      if (opaque.isEmpty()
          || opaque.length() > MAX_VERSION_DIGITS
          || !opaque.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      long value = Long.parseLong(opaque);
      return value < 1 ? Optional.empty() : Optional.of(new EntryVersion(value));
    }
  }

  /**
   * Reads one conditional header, which may come as several lines; absent when not sent, and
   * recorded as a violation when it is not {@code *} or a list of quoted tags.
   */
  static Optional<Condition> parse(String header, List<String> lines, Violations violations) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String value = String.join(",", lines).trim();
    if (value.equals("*")) {
      return Optional.of(new Any());
    }
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      boolean weak = value.startsWith("W/", i);
      int open = weak ? i + 2 : i;
      int close =
          open < value.length() && value.charAt(open) == '"' ? value.indexOf('"', open + 1) : -1;
      if (close < 0) {
        violations.add(header, SYNTAX);
        return Optional.empty();
      }
      tags.add(new Tag(value.substring(open + 1, close), weak));
      i = close + 1;
    }
    if (tags.isEmpty()) {
      violations.add(header, SYNTAX);
      return Optional.empty();
    }
    return Optional.of(new Tags(tags));
  }

  /** The weak comparison that {@code If-None-Match} uses: {@code W/"3"} matches version 3. */
  static boolean matchesWeakly(Condition condition, EntryVersion version) {
    if (condition instanceof Tags list) {
      return list.tags().stream().anyMatch(tag -> tag.version().equals(Optional.of(version)));
    }
    return true;
  }

  /**
   * The write condition of a PUT or DELETE. {@code If-Match} uses the strong comparison, so a weak
   * tag never matches; {@code If-Match} together with {@code If-None-Match: *} can never hold.
   */
  static WriteCondition writeCondition(
      Optional<Condition> ifMatch, Optional<Condition> ifNoneMatch, Violations violations) {
    if (ifNoneMatch.isPresent() && !(ifNoneMatch.get() instanceof Any)) {
      violations.add(IF_NONE_MATCH, "on a write, only * is supported");
      return WriteCondition.none();
    }
    if (ifMatch.isPresent() && ifNoneMatch.isPresent()) {
      return new WriteCondition.IfVersionIn(Set.of());
    }
    if (ifNoneMatch.isPresent()) {
      return new WriteCondition.IfAbsent();
    }
    if (ifMatch.isEmpty()) {
      return WriteCondition.none();
    }
    if (ifMatch.get() instanceof Tags list) {
      Set<EntryVersion> versions = new HashSet<>();
      list.tags().stream()
          .filter(tag -> !tag.weak())
          .forEach(tag -> tag.version().ifPresent(versions::add));
      return new WriteCondition.IfVersionIn(versions);
    }
    return new WriteCondition.IfExists();
  }
}
