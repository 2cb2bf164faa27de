package dev.lexicon.application.port.out;

/**
 * Where a store stops reading a page of entries: once it has read {@code entries} of them, or once
 * the values it has read add up to {@code valueBytes} bytes in UTF-8 or more. A store honours both
 * while it reads, so that a page of large values never costs more memory than the bound.
 */
public record PageReadBounds(int entries, long valueBytes) {

  public PageReadBounds {
    if (entries < 1 || valueBytes < 1) {
      throw new IllegalArgumentException("a page read takes at least one entry and one byte");
    }
  }

  /** Whether a read that holds {@code read} entries with {@code valueBytesRead} bytes goes on. */
  public boolean readsOn(int read, long valueBytesRead) {
    return read < entries && valueBytesRead < valueBytes;
  }
}
