package dev.lexicon.adapter.web.paging;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.PageSize;
import io.micronaut.core.annotation.Nullable;

/** Reads the {@code limit} query parameter that every listing route takes. */
public final class PageLimits {

  /** How the description states the parameter, which arrives as text and is read here. */
  public static final String DESCRIPTION = "How many items a page holds at most";

  public static final String MINIMUM = "1";
  public static final String MAXIMUM = "" + PageSize.MAX;
  public static final String DEFAULT = "" + PageSize.DEFAULT_SIZE;

  private static final String LIMIT_RULE = "must be a whole number between 1 and " + PageSize.MAX;

  private PageLimits() {}

  /**
   * The page size asked for, or the default when none was.
   *
   * @throws InvalidValue on field {@code limit} for anything but a whole number from 1 to 1000
   */
  public static PageSize parse(@Nullable String limit) {
    if (limit == null) {
      return PageSize.DEFAULT;
    }
    int value;
    try {
      value = Integer.parseInt(limit);
    } catch (NumberFormatException notANumber) {
      throw new InvalidValue("limit", LIMIT_RULE);
    }
    return new PageSize(value);
  }
}
