package dev.lexicon.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A user as clients see it: never with the password hash. Public because registration, under the
 * auth routes, answers with a user too.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(
    String id,
    String username,
    String email,
    String dateJoined,
    @Nullable String lastLogin,
    @JsonProperty("isActive") boolean isActive,
    List<String> roles) {}
