package dev.lexicon.adapter.web.dictionary;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Both fields are always written: an empty page has {@code "items":[]}, and {@code nextCursor} is
 * {@code null}, not left out, when no item follows.
 */
@Serdeable
@Schema(name = "EntryPage", description = "A page of entries in ascending byte order of their keys")
@JsonInclude(JsonInclude.Include.ALWAYS)
record EntryPageResponse(
    List<EntryResponse> items,
    @Schema(
            requiredMode = REQUIRED,
            description = "Where the next page starts; null when no entry follows")
        @Nullable
        String nextCursor) {}
