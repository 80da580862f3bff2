package io.timecoin.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The served OpenAPI document as a test oracle: every JSON response of the ITs must be documented
 * for its route, method and status, with its content type, and must validate against the schema
 * (JSON Schema 2020-12, networknt). Response schemas forbid unknown properties, so a field added to
 * the service but not to the document fails here.
 */
final class OpenApiContract {

  private static final String IRI = "https://timecoin.io/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final SchemaRegistry registry;

  private OpenApiContract(String text) {
    try {
      this.document = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(IRI, text)));
  }

  /** The document the service serves (the same classpath resource). */
  static OpenApiContract load() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream("/timecoin/openapi.json")) {
      return new OpenApiContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks one response.
   *
   * @param template the route as documented, e.g. {@code /v1/volunteers/{volunteerId}/account}.
   */
  void check(String method, String template, int status, String contentType, String body) {
    JsonNode response =
        document
            .path("paths")
            .path(template)
            .path(method.toLowerCase(Locale.ROOT))
            .path("responses")
            .path(Integer.toString(status));
    assertThat(response.isMissingNode())
        .as("OpenAPI documents %s %s answering %d", method, template, status)
        .isFalse();
    String type = contentType == null ? "" : contentType.split(";")[0].strip();
    JsonNode media = response.path("content").path(type);
    assertThat(media.isMissingNode())
        .as("OpenAPI documents %s for %s %s %d", type, method, template, status)
        .isFalse();
    String ref = media.path("schema").path("$ref").asText("");
    if (ref.isEmpty()) {
      return; // text bodies (CSV, metrics) have no JSON schema
    }
    Schema schema = registry.getSchema(SchemaLocation.of(IRI + ref));
    List<Error> errors = schema.validate(body, InputFormat.JSON);
    assertThat(errors)
        .as("%s %s %d body matches %s: %s", method, template, status, ref, body)
        .isEmpty();
  }
}
