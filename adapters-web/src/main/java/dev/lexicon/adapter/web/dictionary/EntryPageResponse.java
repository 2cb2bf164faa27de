package dev.lexicon.adapter.web.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Both fields are always written: an empty page has {@code "items":[]}, and {@code nextCursor} is
 * {@code null}, not left out, when no item follows.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EntryPageResponse(List<EntryResponse> items, @Nullable String nextCursor) {}
