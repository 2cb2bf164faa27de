package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.adapter.web.dispatch.DictionaryExecutorFactory;
import dev.lexicon.adapter.web.openapi.ApiDescription;
import dev.lexicon.adapter.web.openapi.ProblemResponses;
import dev.lexicon.adapter.web.paging.PageLimits;
import dev.lexicon.adapter.web.problem.Violations;
import dev.lexicon.adapter.web.security.AuthenticatedActor;
import dev.lexicon.application.port.in.dictionary.CreateEntryCommand;
import dev.lexicon.application.port.in.dictionary.CreateEntryUseCase;
import dev.lexicon.application.port.in.dictionary.DeleteEntryCommand;
import dev.lexicon.application.port.in.dictionary.DeleteEntryUseCase;
import dev.lexicon.application.port.in.dictionary.EntryPage;
import dev.lexicon.application.port.in.dictionary.GetEntryUseCase;
import dev.lexicon.application.port.in.dictionary.ListEntriesQuery;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.in.dictionary.PutEntryCommand;
import dev.lexicon.application.port.in.dictionary.PutEntryResult;
import dev.lexicon.application.port.in.dictionary.PutEntryUseCase;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.PageSize;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;

/**
 * The dictionary over HTTP. A key may hold {@code /}, so the entry routes match the rest of the
 * path ({@code {key:.+}}, which OpenAPI reads as the path parameter {@code key}, where it would
 * drop the equivalent {@code {+key}}).
 *
 * <p>The entry routes read the key from the path as sent ({@link EntryPaths#keyOf}), not from the
 * route variable: the router matches a path with a trailing {@code /} dropped, so the variable of
 * {@code …/a/} is {@code a}, another entry than the invalid key {@code a/} that the path names.
 * They still declare the variable, as Micronaut's compile-time route check requires, and it gives
 * OpenAPI the key parameter to describe. {@link UnroutedEntryPaths} answers for the entry paths the
 * router gives no entry route.
 */
@Controller(EntryPaths.ROOT)
@Tag(name = ApiDescription.DICTIONARY)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthenticated
@ProblemResponses.ServerFailures
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(DictionaryExecutorFactory.NAME)
final class DictionaryController {

  /** The rest of the path, slashes included. */
  private static final String KEY = "/{key:.+}";

  private static final String KEY_DESCRIPTION =
      "The entry's key as it is, / included, with characters beyond ASCII percent-encoded as"
          + " UTF-8; never normalised, so a trailing /, // or a . or .. segment is an invalid key";

  private static final String ETAG = "The entry's version as an entity tag, such as \"3\"";
  private static final String IF_MATCH =
      "Write only if the entry's version is one of these entity tags (or, with *, if the entry"
          + " exists); 412 otherwise";

  private final ListEntriesUseCase listEntries;
  private final CreateEntryUseCase createEntry;
  private final GetEntryUseCase getEntry;
  private final PutEntryUseCase putEntry;
  private final DeleteEntryUseCase deleteEntry;
  private final DictionaryMapper mapper;
  private final Cursors cursors;

  DictionaryController(
      ListEntriesUseCase listEntries,
      CreateEntryUseCase createEntry,
      GetEntryUseCase getEntry,
      PutEntryUseCase putEntry,
      DeleteEntryUseCase deleteEntry,
      DictionaryMapper mapper,
      Cursors cursors) {
    this.listEntries = listEntries;
    this.createEntry = createEntry;
    this.getEntry = getEntry;
    this.putEntry = putEntry;
    this.deleteEntry = deleteEntry;
    this.mapper = mapper;
    this.cursors = cursors;
  }

  @Get
  @Operation(
      operationId = "listEntries",
      summary = "List entries, a page at a time, in ascending byte order of their keys",
      description =
          "Every authenticated user reads every entry. Follow nextCursor until it is null.")
  @ApiResponse(responseCode = "200", description = "A page of entries", useReturnTypeSchema = true)
  @ProblemResponses.BadRequest
  EntryPageResponse list(
      @QueryValue
          @Nullable
          @Parameter(description = "Only keys that start with this, byte for byte")
          String prefix,
      @QueryValue
          @Nullable
          @Parameter(
              description =
                  PageLimits.DESCRIPTION
                      + ". A page also ends before the entry that would bring its values to "
                      + PageSize.MAX_VALUE_BYTES / 1024
                      + " KiB in UTF-8, with a nextCursor: follow it until it is null.",
              schema =
                  @Schema(
                      type = "integer",
                      format = "int32",
                      minimum = PageLimits.MINIMUM,
                      maximum = PageLimits.MAXIMUM,
                      defaultValue = PageLimits.DEFAULT))
          String limit,
      @QueryValue
          @Nullable
          @Parameter(description = "The nextCursor of the previous page; leave out for the first")
          String cursor) {
    var violations = new Violations();
    PageSize size = violations.attempt(() -> PageLimits.parse(limit));
    Optional<EntryKey> after =
        cursor == null
            ? Optional.empty()
            : Optional.ofNullable(violations.attempt(() -> cursors.decode(cursor)));
    violations.throwIfAny();

    EntryPage page =
        listEntries.list(new ListEntriesQuery(prefix == null ? "" : prefix, after, size));
    return new EntryPageResponse(
        page.items().stream().map(mapper::toResponse).toList(),
        page.continueAfter().map(cursors::encode).orElse(null));
  }

  @Post
  @Operation(
      operationId = "createEntry",
      summary = "Create an entry under a key not yet taken",
      description = "A key that exists gets 409; putEntry creates or replaces instead.")
  @ApiResponse(
      responseCode = "201",
      description = "Created at version 1",
      headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")),
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The entry's path",
            schema = @Schema(type = "string"))
      },
      useReturnTypeSchema = true)
  @ProblemResponses.BadRequest
  @ProblemResponses.Conflict
  @ProblemResponses.JsonBody
  HttpResponse<EntryResponse> create(@Body CreateEntryRequest request, Authentication caller) {
    var violations = new Violations();
    EntryKey key = violations.fromString("key", request.key(), EntryKey::new);
    EntryValue value = violations.fromString("value", request.value(), EntryValue::new);
    violations.throwIfAny();

    DictionaryEntry entry =
        createEntry.create(new CreateEntryCommand(key, value, AuthenticatedActor.of(caller)));
    return withTag(HttpResponse.created(mapper.toResponse(entry), location(entry)), entry);
  }

  @Get(KEY)
  @Operation(
      operationId = "getEntry",
      summary = "Get an entry",
      description = "With If-None-Match naming the entry's version, the answer is 304 and no body.")
  @Parameter(
      name = EntityTags.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = "Entity tags of versions the caller has; 304 if the entry has one of them",
      schema = @Schema(type = "string"))
  @ApiResponse(
      responseCode = "200",
      description = "The entry",
      headers =
          @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")),
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "304",
      description = "The entry has the version If-None-Match named",
      headers =
          @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")))
  @ProblemResponses.BadRequest
  @ProblemResponses.NotFound
  HttpResponse<EntryResponse> get(
      @PathVariable("key") @Parameter(description = KEY_DESCRIPTION) String routeVariable,
      HttpRequest<?> httpRequest,
      HttpHeaders headers) {
    var violations = new Violations();
    EntryKey key = violations.attempt(() -> keyAsSent(httpRequest));
    Optional<EntityTags.Condition> ifNoneMatch =
        EntityTags.parse(
            EntityTags.IF_NONE_MATCH, headers.getAll(EntityTags.IF_NONE_MATCH), violations);
    violations.throwIfAny();

    DictionaryEntry entry = getEntry.get(key);
    if (ifNoneMatch.isPresent() && EntityTags.matchesWeakly(ifNoneMatch.get(), entry.version())) {
      return withTag(HttpResponse.notModified(), entry);
    }
    return withTag(HttpResponse.ok(mapper.toResponse(entry)), entry);
  }

  @Put(KEY)
  @Operation(
      operationId = "putEntry",
      summary = "Create or replace an entry's value",
      description =
          "Plain writes of one key never fail for contention: each gets its own version, and the"
              + " last one wins.")
  @Parameter(
      name = EntityTags.IF_MATCH,
      in = ParameterIn.HEADER,
      description = IF_MATCH,
      schema = @Schema(type = "string"))
  @Parameter(
      name = EntityTags.IF_NONE_MATCH,
      in = ParameterIn.HEADER,
      description = "Only *: write only if the key is not taken yet; 412 otherwise",
      schema = @Schema(type = "string"))
  @ApiResponse(
      responseCode = "200",
      description = "Updated to the next version",
      headers =
          @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")),
      useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "201",
      description = "Created at version 1",
      headers = {
        @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string")),
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The entry's path",
            schema = @Schema(type = "string"))
      },
      useReturnTypeSchema = true)
  @ProblemResponses.BadRequest
  @ProblemResponses.Forbidden
  @ProblemResponses.PreconditionFailed
  @ProblemResponses.JsonBody
  HttpResponse<EntryResponse> put(
      @PathVariable("key") @Parameter(description = KEY_DESCRIPTION) String routeVariable,
      HttpRequest<?> httpRequest,
      @Body PutEntryRequest request,
      HttpHeaders headers,
      Authentication caller) {
    var violations = new Violations();
    EntryKey key = violations.attempt(() -> keyAsSent(httpRequest));
    EntryValue value = violations.fromString("value", request.value(), EntryValue::new);
    WriteCondition condition = writeCondition(headers, violations);
    violations.throwIfAny();

    PutEntryResult result =
        putEntry.put(new PutEntryCommand(key, value, AuthenticatedActor.of(caller), condition));
    DictionaryEntry entry = result.entry();
    EntryResponse body = mapper.toResponse(entry);
    return withTag(
        result.created() ? HttpResponse.created(body, location(entry)) : HttpResponse.ok(body),
        entry);
  }

  @Delete(KEY)
  @Operation(
      operationId = "deleteEntry",
      summary = "Delete an entry",
      description =
          "Only the entry's owner or an ADMIN may delete it. With If-Match, only the version it"
              + " names is deleted (412 otherwise).")
  @Parameter(
      name = EntityTags.IF_MATCH,
      in = ParameterIn.HEADER,
      description = IF_MATCH,
      schema = @Schema(type = "string"))
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ProblemResponses.BadRequest
  @ProblemResponses.Forbidden
  @ProblemResponses.NotFound
  @ProblemResponses.PreconditionFailed
  HttpResponse<Void> delete(
      @PathVariable("key") @Parameter(description = KEY_DESCRIPTION) String routeVariable,
      HttpRequest<?> httpRequest,
      HttpHeaders headers,
      Authentication caller) {
    var violations = new Violations();
    EntryKey key = violations.attempt(() -> keyAsSent(httpRequest));
    WriteCondition condition = writeCondition(headers, violations);
    violations.throwIfAny();

    deleteEntry.delete(new DeleteEntryCommand(key, AuthenticatedActor.of(caller), condition));
    return HttpResponse.noContent();
  }

  private static EntryKey keyAsSent(HttpRequest<?> request) {
    return EntryPaths.keyOf(request.getUri().getRawPath());
  }

  private static WriteCondition writeCondition(HttpHeaders headers, Violations violations) {
    return EntityTags.writeCondition(
        EntityTags.parse(EntityTags.IF_MATCH, headers.getAll(EntityTags.IF_MATCH), violations),
        EntityTags.parse(
            EntityTags.IF_NONE_MATCH, headers.getAll(EntityTags.IF_NONE_MATCH), violations),
        violations);
  }

  private static URI location(DictionaryEntry entry) {
    return URI.create(EntryPaths.of(entry.key()));
  }

  private static <T> MutableHttpResponse<T> withTag(
      MutableHttpResponse<T> response, DictionaryEntry entry) {
    return response.header(HttpHeaders.ETAG, EntityTags.of(entry.version()));
  }
}
