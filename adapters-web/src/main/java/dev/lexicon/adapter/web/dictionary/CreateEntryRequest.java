package dev.lexicon.adapter.web.dictionary;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new entry.
 *
 * @param key 1 to 255 letters, digits and {@code . _ - : @ /}; no leading or trailing {@code /}, no
 *     {@code //} and no {@code .} or {@code ..} segment; compared byte for byte
 * @param value any text of at most 65,536 bytes in UTF-8, the empty string included
 */
@Serdeable
record CreateEntryRequest(
    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 255) String key, String value) {}
