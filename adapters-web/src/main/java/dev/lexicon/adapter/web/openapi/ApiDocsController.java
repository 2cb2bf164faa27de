package dev.lexicon.adapter.web.openapi;

import io.micronaut.core.io.ResourceLoader;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI description that the build generated from the controllers, and the Swagger UI
 * page generated beside it. The page loads its scripts and styles from {@code /docs/res/} (static
 * files, see application.yml) and the description from {@code /openapi.yml}, so it needs nothing
 * from outside the service.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ProblemResponses.UnreadableRequest
final class ApiDocsController {

  /** RFC 9512's media type for YAML. */
  static final String YAML = "application/yaml";

  static final String SPEC_RESOURCE = "classpath:META-INF/swagger/lexicon.yml";
  static final String EXPLORER_RESOURCE = "classpath:META-INF/swagger/views/swagger-ui/index.html";

  private final byte[] spec;
  private final byte[] explorer;

  ApiDocsController(ResourceLoader resources) {
    this.spec = read(resources, SPEC_RESOURCE);
    this.explorer = read(resources, EXPLORER_RESOURCE);
  }

  @Get(uri = "/openapi.yml", produces = YAML)
  @Tag(name = ApiDescription.OPERATIONS)
  @Operation(
      operationId = "getOpenApiDescription",
      summary = "Get this API's OpenAPI 3 description",
      description = "Generated from the service's code when it was built.")
  @ApiResponse(
      responseCode = "200",
      description = "This description, as YAML",
      content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
  byte[] spec() {
    return spec;
  }

  @Get(uri = "/docs", produces = MediaType.TEXT_HTML)
  @Tag(name = ApiDescription.OPERATIONS)
  @Operation(
      operationId = "getApiExplorer",
      summary = "Get the interactive API explorer (Swagger UI) over this description",
      description = "A page that shows this description and lets you try its operations.")
  @ApiResponse(
      responseCode = "200",
      description = "The explorer page",
      content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
  byte[] explorer() {
    return explorer;
  }

  private static byte[] read(ResourceLoader resources, String name) {
    try (InputStream in =
        resources
            .getResourceAsStream(name)
            .orElseThrow(() -> new IllegalStateException("the build generated no " + name))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
