package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.InvalidValue;

/** How many entries one page of a listing holds: 1 to 1000, 50 unless asked otherwise. */
public record PageSize(int value) {

  public static final int MAX = 1000;
  public static final int DEFAULT_SIZE = 50;
  public static final PageSize DEFAULT = new PageSize(DEFAULT_SIZE);
  private static final String FIELD = "limit";

  public PageSize {
    if (value < 1 || value > MAX) {
      throw new InvalidValue(FIELD, "must be between 1 and " + MAX);
    }
  }
}
