package dev.lexicon.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lexicon.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import java.util.List;

/**
 * An administrator's change to an account: at least one of the fields. A field left out, or sent as
 * null, stays as it is.
 *
 * @param isActive whether the account may log in; deactivating it revokes its tokens
 * @param roles the account's roles from now on; a role named twice counts once
 */
@Serdeable
record AdministerUserRequest(
    @JsonProperty("isActive") @Nullable Boolean isActive,
    @ArraySchema(minItems = 1) @Nullable List<Role> roles) {}
