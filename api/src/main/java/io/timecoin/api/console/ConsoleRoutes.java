package io.timecoin.api.console;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the console's static files. They hold no data: everything the page shows it fetches from
 * /v1/audit with the key the auditor typed, so these routes need no credentials (as /docs).
 */
public final class ConsoleRoutes {

  /** The Chart.js WebJar version, kept equal to the root pom's chartjs.version by a test. */
  static final String CHART_JS_VERSION = "4.4.1";

  static final String CHART_JS =
      "/META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION + "/dist/chart.umd.js";

  /**
   * Scripts and data only from this instance; styles may be set by the chart library; no frames.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data: blob:; connect-src 'self'; form-action 'none'; frame-ancestors 'none';"
          + " base-uri 'none'";

  private static final Map<String, String[]> FILES =
      Map.of(
          "/console", new String[] {"/timecoin/console/console.html", "text/html; charset=utf-8"},
          "/console/console.css",
              new String[] {"/timecoin/console/console.css", "text/css; charset=utf-8"},
          "/console/console.js",
              new String[] {"/timecoin/console/console.js", "text/javascript; charset=utf-8"},
          "/console/sha256.js",
              new String[] {"/timecoin/console/sha256.js", "text/javascript; charset=utf-8"},
          "/console/chart.umd.js", new String[] {CHART_JS, "text/javascript; charset=utf-8"});

  /** Adds the routes. */
  public void register(Javalin app) {
    FILES.forEach(
        (path, file) -> {
          byte[] body = resource(file[0]);
          app.get(path, ctx -> send(ctx, body, file[1]));
        });
  }

  private static void send(Context ctx, byte[] body, String type) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type);
    ctx.result(body);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ConsoleRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
