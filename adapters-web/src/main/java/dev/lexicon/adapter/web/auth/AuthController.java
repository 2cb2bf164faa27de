package dev.lexicon.adapter.web.auth;

import dev.lexicon.adapter.web.openapi.ApiDescription;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;

@Controller("/api/v1/auth")
@Tag(name = ApiDescription.AUTH)
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
  @Operation(
      operationId = "register",
      summary = "Register an account",
      description =
          "Usernames and emails are unique, compared case-insensitively, and share one namespace:"
              + " neither may equal another account's username or email (409).")
  @ApiResponse(
      responseCode = "201",
      description = "Registered, with the USER role",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The new account's path, /api/v1/users/{id}",
              schema = @Schema(type = "string")),
      useReturnTypeSchema = true)
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
  @Operation(
      operationId = "logIn",
      summary = "Log in with a username or email address and a password",
      description =
          "A wrong password, an unknown user and an inactive account get the same 401. After 5"
              + " failures for one account within 15 minutes, its logins get 429 until the window"
              + " passes.")
  @ApiResponse(responseCode = "200", description = "A new token pair", useReturnTypeSchema = true)
  @ProblemResponses.BadCredentials
  @ProblemResponses.Throttled
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
  @Operation(
      operationId = "refreshTokens",
      summary = "Exchange a refresh token for a new token pair",
      description =
          "The refresh token is retired; presenting it again ends the whole login with a 401.")
  @ApiResponse(responseCode = "200", description = "A new token pair", useReturnTypeSchema = true)
  @ProblemResponses.BadRefreshToken
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
  @Operation(
      operationId = "logOut",
      summary = "Log out",
      description =
          "Retires the access token of the call, and the given refresh token's login with it. The"
              + " access token is refused at once on this instance and within 5 seconds on every"
              + " other.")
  @ApiResponse(responseCode = "204", description = "Logged out")
  @ProblemResponses.Unauthenticated
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<Void> logOut(@Body @Nullable LogOutRequest request, Authentication caller) {
    Optional<String> refreshToken = Optional.ofNullable(request).map(LogOutRequest::refreshToken);
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
