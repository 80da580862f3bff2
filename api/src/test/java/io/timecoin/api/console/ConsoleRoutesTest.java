package io.timecoin.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's files are served from this jar, with a policy that keeps scripts to this origin.
 */
class ConsoleRoutesTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;

  @BeforeEach
  void start() {
    app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
    new ConsoleRoutes().register(app);
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_page_loads_its_script_and_chart_library_from_this_instance_only() throws Exception {
    HttpResponse<String> page = get("/console");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
    Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group(1)).startsWith("/console/");
      assertThat(get(scripts.group(1)).statusCode()).as(scripts.group(1)).isEqualTo(200);
    }
    assertThat(count).as("chart.umd.js, sha256.js, console.js").isEqualTo(3);
    assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/console/console.css\">");
    assertThat(get("/console/console.css").statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<label for=\"api-key\">");
  }

  @Test
  void the_chart_library_is_the_webjar_version_the_root_pom_names() throws Exception {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher version = Pattern.compile("<chartjs.version>([^<]+)</chartjs.version>").matcher(pom);
    assertThat(version.find()).isTrue();

    assertThat(ConsoleRoutes.CHART_JS_VERSION).isEqualTo(version.group(1));
    assertThat(get("/console/chart.umd.js").body()).contains("Chart.js v" + version.group(1));
  }
}
