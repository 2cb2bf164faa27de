package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.adapter.web.json.IsoInstants;
import dev.lexicon.adapter.web.paging.CursorSeal;
import dev.lexicon.domain.dictionary.EntryKey;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request codecs of the dictionary routes: the key read from the raw path, the sealed
 * paging cursor, an entry written as JSON, and, once per entry a listing reads, the key checked
 * again and the two timestamps written as text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EntryCodecsBenchmark {

  private static final String RAW_PATH = "/api/v1/dictionary/app/db/connection%3Aurl";

  private Cursors cursors;
  private String cursor;
  private EntryKey lastKey;
  private ObjectMapper json;
  private EntryResponse entry;
  private Instant updatedAt;

  @Setup
  public void prepare() {
    cursors = new Cursors(CursorSeal.derivedFrom(new byte[32]));
    lastKey = EntryPaths.keyOf(RAW_PATH);
    cursor = cursors.encode(lastKey);
    json = ObjectMapper.getDefault();
    entry =
        new EntryResponse(
            "0b3f4b1e-8f0c-4a54-9b57-5b1f0c2f2d10",
            lastKey.value(),
            "jdbc:mysql://db.internal:3306/app",
            7,
            "alice",
            "2026-12-01T10:00:00.123456Z",
            "2026-12-01T10:05:00.654321Z");
    updatedAt = Instant.parse(entry.updatedAt());
  }

  @Benchmark
  public EntryKey keyFromRawPath() {
    return EntryPaths.keyOf(RAW_PATH);
  }

  @Benchmark
  public String encodeCursor() {
    return cursors.encode(lastKey);
  }

  @Benchmark
  public EntryKey decodeCursor() {
    return cursors.decode(cursor);
  }

  @Benchmark
  public byte[] writeEntryJson() throws IOException {
    return json.writeValueAsBytes(entry);
  }

  @Benchmark
  public EntryKey restoreKey() {
    return new EntryKey(entry.key());
  }

  @Benchmark
  public String writeTimestamp() {
    return IsoInstants.format(updatedAt);
  }

  /** The JDK's own formatter, which {@link IsoInstants} matches, for scale. */
  @Benchmark
  public String writeTimestampWithTheJdk() {
    return updatedAt.toString();
  }
}
