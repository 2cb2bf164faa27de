package dev.lexicon.adapter.web.dictionary;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The value an entry holds from now on.
 *
 * @param value any text of at most 65,536 bytes in UTF-8, the empty string included
 */
@Serdeable
record PutEntryRequest(String value) {}
