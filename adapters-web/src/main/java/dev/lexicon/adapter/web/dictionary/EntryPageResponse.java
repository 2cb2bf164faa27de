package dev.lexicon.adapter.web.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code nextCursor} is written as {@code null}, not left out, when no item follows. */
@Serdeable
record EntryPageResponse(
    List<EntryResponse> items,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {}
