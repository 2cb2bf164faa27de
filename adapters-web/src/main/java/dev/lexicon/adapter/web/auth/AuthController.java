package dev.lexicon.adapter.web.auth;

import dev.lexicon.adapter.web.openapi.ProblemResponses;
import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;

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
  private final AuthMapper mapper;

  AuthController(RegisterUserUseCase registerUser, LogInUseCase logIn, AuthMapper mapper) {
    this.registerUser = registerUser;
    this.logIn = logIn;
    this.mapper = mapper;
  }

  @Post("/register")
  @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
  @ProblemResponses.Conflict
  HttpResponse<UserResponse> register(@Body RegisterRequest request) {
    var violations = new Violations();
    Username username = violations.fromString("username", request.username(), Username::new);
    Email email = violations.fromString("email", request.email(), Email::new);
    Password password = violations.fromString("password", request.password(), Password::of);
    violations.throwIfAny();

    User user = registerUser.register(new RegisterUserCommand(username, email, password));
    return HttpResponse.created(mapper.toResponse(user), URI.create("/api/v1/users/" + user.id()));
  }

  /** Tokens are credentials: no cache along the way may keep them (RFC 6749, section 5.1). */
  @Post("/login")
  @ProblemResponses.BadCredentials
  HttpResponse<TokenPairResponse> logIn(@Body LogInRequest request) {
    var violations = new Violations();
    String login = violations.string("username", request.username());
    String password = violations.string("password", request.password());
    violations.throwIfAny();

    var tokens = logIn.logIn(new LogInCommand(login, password));
    return HttpResponse.ok(mapper.toResponse(tokens))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(HttpHeaders.PRAGMA, "no-cache");
  }
}
