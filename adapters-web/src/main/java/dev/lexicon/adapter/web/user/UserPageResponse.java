package dev.lexicon.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The same page shape as the dictionary's: {@code nextCursor} is written as {@code null}, not left
 * out, when no user follows.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserPageResponse(List<UserResponse> items, @Nullable String nextCursor) {}
