package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.InvalidValue;

/**
 * How many entries one page of a listing holds: 1 to 1000, 50 unless asked otherwise, and fewer
 * when their values are large: a page ends before the entry that would bring its values to {@link
 * #MAX_VALUE_BYTES}, and its cursor continues from there. A thousand values of 64 KiB would make a
 * page of 64 MiB and more, which no client wants in one response and no server should hold in
 * memory for one request, or in outbound buffers for many slow readers.
 */
public record PageSize(int value) {

  public static final int MAX = 1000;

  /** 256 KiB in UTF-8: three values of the largest size fit below it. */
  public static final int MAX_VALUE_BYTES = 256 * 1024;

  public static final int DEFAULT_SIZE = 50;
  public static final PageSize DEFAULT = new PageSize(DEFAULT_SIZE);
  private static final String FIELD = "limit";

  public PageSize {
    if (value < 1 || value > MAX) {
      throw new InvalidValue(FIELD, "must be between 1 and " + MAX);
    }
  }
}
