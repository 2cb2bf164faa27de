package dev.lexicon.adapter.web.auth;

import dev.lexicon.adapter.web.openapi.ProblemResponses;
import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.adapter.web.security.AuthenticatedActor;
import dev.lexicon.adapter.web.user.UserMapper;
import dev.lexicon.adapter.web.user.UserResponse;
import dev.lexicon.application.port.in.Actor;
import dev.lexicon.application.port.in.session.LogOutCommand;
import dev.lexicon.application.port.in.session.LogOutUseCase;
import dev.lexicon.application.port.in.session.RefreshTokensUseCase;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Optional;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ProblemResponses.BadRequest
@ProblemResponses.JsonBody
@ProblemResponses.ServerFailures
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

  private final RegisterUserUseCase registerUser;
  private final LogInUseCase logIn;
  private final RefreshTokensUseCase refreshTokens;
  private final LogOutUseCase logOut;
  private final AuthMapper mapper;
  private final UserMapper userMapper;

  AuthController(
      RegisterUserUseCase registerUser,
      LogInUseCase logIn,
      RefreshTokensUseCase refreshTokens,
      LogOutUseCase logOut,
      AuthMapper mapper,
      UserMapper userMapper) {
    this.registerUser = registerUser;
    this.logIn = logIn;
    this.refreshTokens = refreshTokens;
    this.logOut = logOut;
    this.mapper = mapper;
    this.userMapper = userMapper;
  }

  @Post("/register")
  @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
  @ProblemResponses.Conflict
  HttpResponse<UserResponse> register(@Body RegisterRequest request) {
    var violations = new Violations();
    Username username = violations.fromString("username", request.username(), Username::choose);
    Email email = violations.fromString("email", request.email(), Email::new);
    Password password = violations.fromString("password", request.password(), Password::of);
    violations.throwIfAny();

    User user = registerUser.register(new RegisterUserCommand(username, email, password));
    return HttpResponse.created(
        userMapper.toResponse(user), URI.create("/api/v1/users/" + user.id()));
  }

  @Post("/login")
  @ProblemResponses.BadCredentials
  HttpResponse<TokenPairResponse> logIn(@Body LogInRequest request) {
    var violations = new Violations();
    String login = violations.string("username", request.username());
    String password =
        violations.fromString(
            "password", request.password(), text -> Password.typed("password", text));
    violations.throwIfAny();

    return tokens(logIn.logIn(new LogInCommand(login, password)));
  }

  /** Public like login: the refresh token is the credential, and the access token may be gone. */
  @Post("/refresh")
  HttpResponse<TokenPairResponse> refresh(@Body RefreshRequest request) {
    var violations = new Violations();
    String refreshToken = violations.string(RefreshRequest.FIELD, request.refreshToken());
    violations.throwIfAny();

    return tokens(refreshTokens.refresh(refreshToken));
  }

  /**
   * Ends the caller's session, and the session of the refresh token if one is given. The very next
   * request with the retired access token is refused here; other instances notice within the
   * revocation check's cache lifetime.
   */
  @Post("/logout")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<Void> logOut(@Body @Nullable LogOutRequest request, Authentication caller) {
    var violations = new Violations();
    Optional<String> refreshToken =
        request == null || request.refreshToken() == null || request.refreshToken().isNull()
            ? Optional.empty()
            : Optional.ofNullable(violations.string(RefreshRequest.FIELD, request.refreshToken()));
    violations.throwIfAny();

    Actor actor = AuthenticatedActor.of(caller);
    logOut.logOut(new LogOutCommand(actor, AuthenticatedActor.session(caller), refreshToken));
    return HttpResponse.noContent();
  }

  /** Tokens are credentials: no cache along the way may keep them (RFC 6749, section 5.1). */
  private HttpResponse<TokenPairResponse> tokens(TokenPair pair) {
    return HttpResponse.ok(mapper.toResponse(pair))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(HttpHeaders.PRAGMA, "no-cache");
  }
}
