package io.timecoin.api.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3.1 document at /openapi.json and a swagger-ui page at /docs. The ITs
 * validate real responses against the document, so it cannot drift from the service.
 */
final class Docs {

  /** Classpath location of the OpenAPI document. */
  static final String OPENAPI = "/timecoin/openapi.json";

  private final byte[] openApi = resource(OPENAPI);
  private final byte[] page = resource("/timecoin/docs.html");

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
