package dev.lexicon.adapter.web.user;

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
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.EnumSet;
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
  UserResponse me(Authentication caller) {
    return mapper.toResponse(getUser.get(callerId(caller)));
  }

  @Patch("/me")
  @ProblemResponses.Conflict
  @ProblemResponses.JsonBody
  UserResponse changeEmail(@Body ChangeEmailRequest request, Authentication caller) {
    var violations = new Violations();
    Email email = violations.fromString("email", request.email(), Email::new);
    violations.throwIfAny();

    return mapper.toResponse(changeEmail.changeEmail(callerId(caller), email));
  }

  @Put("/me/password")
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
  @ProblemResponses.Conflict
  HttpResponse<Void> deactivate(Authentication caller) {
    UserId id = callerId(caller);
    deactivateAccount.deactivate(id);
    return HttpResponse.noContent();
  }

  @Get
  @Secured(ADMIN)
  @ProblemResponses.Forbidden
  UserPageResponse list(@QueryValue @Nullable String limit, @QueryValue @Nullable String cursor) {
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
  @ProblemResponses.Forbidden
  @ProblemResponses.NotFound
  UserResponse get(@PathVariable("id") String rawId) {
    var violations = new Violations();
    UserId id = violations.attempt(() -> UserIds.parse(rawId));
    violations.throwIfAny();

    return mapper.toResponse(getUser.get(id));
  }

  @Patch("/{id}")
  @Secured(ADMIN)
  @ProblemResponses.Forbidden
  @ProblemResponses.NotFound
  @ProblemResponses.Conflict
  @ProblemResponses.JsonBody
  UserResponse administer(@PathVariable("id") String rawId, @Body AdministerUserRequest request) {
    var violations = new Violations();
    UserId id = violations.attempt(() -> UserIds.parse(rawId));
    Optional<JsonNode> activeNode = present(request.isActive());
    Optional<JsonNode> rolesNode = present(request.roles());
    Optional<Boolean> active = activeNode.map(node -> active(node, violations));
    Optional<Set<Role>> roles = rolesNode.map(node -> roles(node, violations));
    if (activeNode.isEmpty() && rolesNode.isEmpty()) {
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

  private static Optional<JsonNode> present(@Nullable JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  private static @Nullable Boolean active(JsonNode node, Violations violations) {
    if (!node.isBoolean()) {
      violations.add("isActive", "must be true or false");
      return null;
    }
    return node.getBooleanValue();
  }

  /** A non-empty list of role names; a role named twice is the role once. */
  private static @Nullable Set<Role> roles(JsonNode node, Violations violations) {
    String rule = "must be a non-empty list of USER and ADMIN";
    if (!node.isArray() || node.size() == 0) {
      violations.add("roles", rule);
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (JsonNode element : node.values()) {
      Optional<Role> role =
          Arrays.stream(Role.values())
              .filter(known -> element.isString() && known.name().equals(element.getStringValue()))
              .findFirst();
      if (role.isEmpty()) {
        violations.add("roles", rule);
        return null;
      }
      roles.add(role.get());
    }
    return roles;
  }
}
