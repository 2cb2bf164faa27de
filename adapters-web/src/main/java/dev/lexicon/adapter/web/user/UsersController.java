package dev.lexicon.adapter.web.user;

import dev.lexicon.adapter.web.json.JsonFieldTypes;
import dev.lexicon.adapter.web.openapi.ApiDescription;
import dev.lexicon.adapter.web.openapi.ProblemResponses;
import dev.lexicon.adapter.web.paging.PageLimits;
import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.adapter.web.security.AuthenticatedActor;
import dev.lexicon.application.port.in.user.AdministerUserCommand;
import dev.lexicon.application.port.in.user.AdministerUserUseCase;
import dev.lexicon.application.port.in.user.ChangeEmailUseCase;
import dev.lexicon.application.port.in.user.ChangePasswordCommand;
import dev.lexicon.application.port.in.user.ChangePasswordUseCase;
import dev.lexicon.application.port.in.user.DeactivateAccountUseCase;
import dev.lexicon.application.port.in.user.GetUserUseCase;
import dev.lexicon.application.port.in.user.ListUsersQuery;
import dev.lexicon.application.port.in.user.ListUsersUseCase;
import dev.lexicon.application.port.in.user.UserPage;
import dev.lexicon.domain.dictionary.PageSize;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The caller's own account under {@code /me}, and every account for administrators. */
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthenticated
@ProblemResponses.ServerFailures
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class UsersController {

  static final String ADMIN = "ADMIN";
  private static final String ONE_OF_THEM = "send isActive, roles or both";
  private static final String ID = "The account's id, a UUID";
  private static final String CURSOR =
      "The nextCursor of the previous page; leave out for the first";

  private final GetUserUseCase getUser;
  private final ChangeEmailUseCase changeEmail;
  private final ChangePasswordUseCase changePassword;
  private final DeactivateAccountUseCase deactivateAccount;
  private final ListUsersUseCase listUsers;
  private final AdministerUserUseCase administerUser;
  private final UserMapper mapper;
  private final UserCursors cursors;

  UsersController(
      GetUserUseCase getUser,
      ChangeEmailUseCase changeEmail,
      ChangePasswordUseCase changePassword,
      DeactivateAccountUseCase deactivateAccount,
      ListUsersUseCase listUsers,
      AdministerUserUseCase administerUser,
      UserMapper mapper,
      UserCursors cursors) {
    this.getUser = getUser;
    this.changeEmail = changeEmail;
    this.changePassword = changePassword;
    this.deactivateAccount = deactivateAccount;
    this.listUsers = listUsers;
    this.administerUser = administerUser;
    this.mapper = mapper;
    this.cursors = cursors;
  }

  @Get("/me")
  @Tag(name = ApiDescription.USERS)
  @Operation(
      operationId = "getCurrentUser",
      summary = "Get the caller's own account",
      description = "The account of the user the access token was issued to.")
  @ApiResponse(responseCode = "200", description = "The account", useReturnTypeSchema = true)
  UserResponse me(Authentication caller) {
    return mapper.toResponse(getUser.get(callerId(caller)));
  }

  @Patch("/me")
  @Tag(name = ApiDescription.USERS)
  @Operation(
      operationId = "changeEmail",
      summary = "Change the caller's email address",
      description =
          "The address must be unique, compared case-insensitively, and not another account's"
              + " username (409).")
  @ApiResponse(
      responseCode = "200",
      description = "The changed account",
      useReturnTypeSchema = true)
  @ProblemResponses.Conflict
  @ProblemResponses.JsonBody
  UserResponse changeEmail(@Body ChangeEmailRequest request, Authentication caller) {
    var violations = new Violations();
    Email email = violations.fromString("email", request.email(), Email::new);
    violations.throwIfAny();

    return mapper.toResponse(changeEmail.changeEmail(callerId(caller), email));
  }

  @Put("/me/password")
  @Tag(name = ApiDescription.USERS)
  @Operation(
      operationId = "changePassword",
      summary = "Change the caller's password",
      description =
          "Revokes every token of the account. A wrong currentPassword is a 400 naming it, and"
              + " counts as a failed login.")
  @ApiResponse(responseCode = "204", description = "Changed; log in again with the new password")
  @ProblemResponses.Throttled
  @ProblemResponses.JsonBody
  HttpResponse<Void> changePassword(@Body ChangePasswordRequest request, Authentication caller) {
    var violations = new Violations();
    String current =
        violations.fromString(
            "currentPassword",
            request.currentPassword(),
            text -> Password.typed("currentPassword", text));
    Password next =
        violations.fromString(
            "newPassword", request.newPassword(), text -> Password.of("newPassword", text));
    violations.throwIfAny();

    UserId id = callerId(caller);
    changePassword.changePassword(new ChangePasswordCommand(id, current, next));
    return HttpResponse.noContent();
  }

  @Delete("/me")
  @Tag(name = ApiDescription.USERS)
  @Operation(
      operationId = "deactivateAccount",
      summary = "Deactivate the caller's account",
      description =
          "The account can no longer log in and its tokens are revoked; the last active"
              + " administrator cannot deactivate their account (409).")
  @ApiResponse(responseCode = "204", description = "Deactivated")
  @ProblemResponses.Conflict
  HttpResponse<Void> deactivate(Authentication caller) {
    UserId id = callerId(caller);
    deactivateAccount.deactivate(id);
    return HttpResponse.noContent();
  }

  @Get
  @Secured(ADMIN)
  @Tag(name = ApiDescription.ADMIN)
  @Operation(
      operationId = "listUsers",
      summary = "List every account, a page at a time",
      description = "For ADMINs. Follow nextCursor until it is null.")
  @ApiResponse(responseCode = "200", description = "A page of accounts", useReturnTypeSchema = true)
  @SecurityRequirement(name = ApiDescription.BEARER)
  @ProblemResponses.Forbidden
  UserPageResponse list(
      @QueryValue
          @Nullable
          @Parameter(
              description = PageLimits.DESCRIPTION,
              schema =
                  @Schema(
                      type = "integer",
                      format = "int32",
                      minimum = PageLimits.MINIMUM,
                      maximum = PageLimits.MAXIMUM,
                      defaultValue = PageLimits.DEFAULT))
          String limit,
      @QueryValue @Nullable @Parameter(description = CURSOR) String cursor) {
    var violations = new Violations();
    PageSize size = violations.attempt(() -> PageLimits.parse(limit));
    Optional<UserId> after =
        cursor == null
            ? Optional.empty()
            : Optional.ofNullable(violations.attempt(() -> cursors.decode(cursor)));
    violations.throwIfAny();

    UserPage page = listUsers.list(new ListUsersQuery(after, size));
    return new UserPageResponse(
        page.items().stream().map(mapper::toResponse).toList(),
        page.continueAfter().map(cursors::encode).orElse(null));
  }

  @Get("/{id}")
  @Secured(ADMIN)
  @Tag(name = ApiDescription.ADMIN)
  @Operation(operationId = "getUser", summary = "Get an account", description = "For ADMINs.")
  @ApiResponse(responseCode = "200", description = "The account", useReturnTypeSchema = true)
  @SecurityRequirement(name = ApiDescription.BEARER)
  @ProblemResponses.Forbidden
  @ProblemResponses.NotFound
  UserResponse get(@PathVariable("id") @Parameter(description = ID) String rawId) {
    var violations = new Violations();
    UserId id = violations.attempt(() -> UserIds.parse(rawId));
    violations.throwIfAny();

    return mapper.toResponse(getUser.get(id));
  }

  @Patch("/{id}")
  @Secured(ADMIN)
  @Tag(name = ApiDescription.ADMIN)
  @Operation(
      operationId = "administerUser",
      summary = "Activate, deactivate or change the roles of an account",
      description =
          "Deactivating an account, or taking a role from it, revokes its tokens. The last active"
              + " administrator keeps their role and activity (409).")
  @ApiResponse(
      responseCode = "200",
      description = "The changed account",
      useReturnTypeSchema = true)
  @SecurityRequirement(name = ApiDescription.BEARER)
  @ProblemResponses.Forbidden
  @ProblemResponses.NotFound
  @ProblemResponses.Conflict
  @ProblemResponses.JsonBody
  UserResponse administer(
      @PathVariable("id") @Parameter(description = ID) String rawId,
      @Body AdministerUserRequest request) {
    var violations = new Violations();
    UserId id = violations.attempt(() -> UserIds.parse(rawId));
    Optional<Boolean> active = Optional.ofNullable(request.isActive());
    Optional<Set<Role>> roles = Optional.ofNullable(request.roles()).map(r -> roles(r, violations));
    if (active.isEmpty() && request.roles() == null) {
      violations.add("isActive", ONE_OF_THEM);
      violations.add("roles", ONE_OF_THEM);
    }
    violations.throwIfAny();

    var changed = administerUser.administer(new AdministerUserCommand(id, active, roles));
    return mapper.toResponse(changed);
  }

  private static UserId callerId(Authentication caller) {
    return AuthenticatedActor.of(caller).id();
  }

  /** A non-empty list of roles; a role named twice is the role once. */
  private static @Nullable Set<Role> roles(List<Role> names, Violations violations) {
    if (names.isEmpty() || names.stream().anyMatch(Objects::isNull)) {
      violations.add("roles", JsonFieldTypes.ROLE_LIST_RULE);
      return null;
    }
    return EnumSet.copyOf(names);
  }
}
