package dev.lexicon.application.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page cut from a keyset query that asked for one item more than the page holds: that extra item
 * tells, without a count, whether another page follows.
 *
 * @param items the page
 * @param continueAfter the key of the page's last item when another page follows
 */
public record KeysetPage<T, K>(List<T> items, Optional<K> continueAfter) {

  public static <T, K> KeysetPage<T, K> cut(List<T> found, int size, Function<T, K> keyOf) {
    if (found.size() <= size) {
      return new KeysetPage<>(found, Optional.empty());
    }
    List<T> page = found.subList(0, size);
    return new KeysetPage<>(page, Optional.of(keyOf.apply(page.get(size - 1))));
  }
}
