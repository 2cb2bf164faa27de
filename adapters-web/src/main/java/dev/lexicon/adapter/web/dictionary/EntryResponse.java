package dev.lexicon.adapter.web.dictionary;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code owner} is the creator's username. Every field is always written: serde would otherwise
 * leave out an empty value, which is a value like any other.
 */
@Serdeable
@Schema(name = "Entry", description = "One key and its value, with who created it and when")
@JsonInclude(JsonInclude.Include.ALWAYS)
record EntryResponse(
    @Schema(requiredMode = REQUIRED, format = "uuid") String id,
    String key,
    String value,
    @Schema(
            requiredMode = REQUIRED,
            minimum = "1",
            description = "1 when created, one more with every change")
        long version,
    @Schema(requiredMode = REQUIRED, description = "The username of the entry's creator")
        String owner,
    @Schema(requiredMode = REQUIRED, format = "date-time") String createdAt,
    @Schema(requiredMode = REQUIRED, format = "date-time") String updatedAt) {}
