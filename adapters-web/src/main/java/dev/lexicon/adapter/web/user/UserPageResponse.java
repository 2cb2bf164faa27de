package dev.lexicon.adapter.web.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The same page shape as the dictionary's: {@code nextCursor} is written as {@code null}, not left
 * out, when no user follows.
 */
@Serdeable
@Schema(name = "UserPage", description = "A page of accounts")
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserPageResponse(
    List<UserResponse> items,
    @Schema(
            requiredMode = REQUIRED,
            description = "Where the next page starts; null when no user follows")
        @Nullable
        String nextCursor) {}
