package dev.lexicon.adapter.web.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lexicon.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A user as clients see it: never with the password hash. Public because registration, under the
 * auth routes, answers with a user too.
 */
@Serdeable
@Schema(name = "User", description = "An account as clients see it; it never shows a password")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(
    @Schema(requiredMode = REQUIRED, format = "uuid") String id,
    String username,
    String email,
    @Schema(requiredMode = REQUIRED, format = "date-time") String dateJoined,
    @Schema(
            requiredMode = REQUIRED,
            format = "date-time",
            description = "null until the first login")
        @Nullable
        String lastLogin,
    @JsonProperty("isActive") boolean isActive,
    @ArraySchema(schema = @Schema(implementation = Role.class)) List<String> roles) {}
