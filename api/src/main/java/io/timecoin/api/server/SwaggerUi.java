package io.timecoin.api.server;

/** The swagger-ui webjar version, kept equal to the root pom's swagger-ui.version by a test. */
final class SwaggerUi {

  static final String VERSION = "5.34.1";

  private SwaggerUi() {}
}
