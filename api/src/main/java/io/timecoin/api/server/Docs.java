package io.timecoin.api.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.timecoin.api.http.ApiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3.1 document at /openapi.json and a swagger-ui page at /docs. The ITs
 * validate real responses against the document, so it cannot drift from the service.
 *
 * <p>Each instance serves the document with itself first in {@code servers} (as {@code /}, the
 * origin the document was fetched from, which stays right whatever host, port or offset it runs
 * on), then the other orgs' instances: "Try it out" then calls the instance the reader opened.
 */
final class Docs {

  /** Classpath location of the OpenAPI document. */
  static final String OPENAPI = "/timecoin/openapi.json";

  private final byte[] openApi;
  private final byte[] page = resource("/timecoin/docs.html");

  Docs(String org) {
    this.openApi = withOwnServerFirst(resource(OPENAPI), org);
  }

  static byte[] withOwnServerFirst(byte[] document, String org) {
    ObjectNode root = ApiJson.readObject(document);
    ArrayNode servers = ApiJson.MAPPER.createArrayNode();
    ObjectNode own = servers.addObject();
    own.put("url", "/");
    own.put("description", org + " (this instance)");
    for (JsonNode server : root.path("servers")) {
      if (!org.equals(server.path("description").asText())) {
        servers.add(server);
      }
    }
    root.set("servers", servers);
    return ApiJson.bytes(root);
  }

  void register(Javalin app) {
    app.get(
        "/openapi.json",
        ctx -> {
          ctx.contentType("application/json");
          ctx.result(openApi);
        });
    app.get(
        "/docs",
        ctx -> {
          ctx.contentType("text/html; charset=utf-8");
          ctx.result(page);
        });
  }

  private static byte[] resource(String name) {
    try (InputStream in = Docs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
