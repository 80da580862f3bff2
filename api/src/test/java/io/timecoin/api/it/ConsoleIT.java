package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.api.it.ApiClient.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor's console in a real headless Chromium (Debian's chromium and chromium-driver),
 * against the auditor's API on the real network with its real PostgreSQL, projector and verifier
 * loop (all started by {@code scripts/network up}). Each step writes a screenshot to {@code
 * target/console-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

  private static final ApiClient API = new ApiClient();
  private static final String VERIFIER = "con-" + ItData.RUN;
  private static final Path TARGET = Path.of("target");

  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static Path profile;
  private static String auditor;
  private static String entryId;
  private static long lastBlock;

  @BeforeAll
  static void earnAndStartTheBrowser() throws Exception {
    auditor = API.key("auditor");
    String ops = API.key("platform-ops");
    String volunteer = ItData.id("con");
    Response registered =
        API.call(
            post("platform", "/v1/volunteers", ItData.register(volunteer))
                .key(ops)
                .idempotencyKey("reg-" + volunteer));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    JsonNode earned = ItVerifiers.earn(VERIFIER, volunteer, "1.25", "environment");
    entryId = earned.at("/result/entryId").asText();
    lastBlock = earned.path("blockNumber").asLong();
    awaitVerifiedThrough(lastBlock);

    profile = Files.createTempDirectory("console-it-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("timecoin.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,1400");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("timecoin.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeTheBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** The projection and the verifier loop both reach the block of this test's earning. */
  private static void awaitVerifiedThrough(long block) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    JsonNode found = null;
    while (System.nanoTime() < deadline) {
      Response answer =
          API.call(get("auditor", "/v1/audit/verification", "/v1/audit/verification").key(auditor));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      found = answer.json();
      if (found.path("currentToBlock").asLong() >= block
          && found.at("/verified/lastBlock").asLong(-1) >= block
          && found.path("peers").size() > 0
          && found.has("reconciliation")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the verifier did not reach block " + block + ": " + found);
  }

  private static void open() {
    browser.get(API.base("auditor") + "/console");
    wait.until(driver -> driver.findElement(By.id("api-key")).isDisplayed());
  }

  private static void signIn(String key) {
    WebElement field = browser.findElement(By.id("api-key"));
    field.clear();
    field.sendKeys(key);
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(TARGET);
    Files.write(
        TARGET.resolve("console-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  @Order(1)
  void a_key_of_another_role_is_refused_and_nothing_is_shown() throws Exception {
    // The auditor's instance knows only auditor keys: a platform key is unknown there (401)...
    open();
    signIn(API.key("platform-ops"));

    wait.until(driver -> !text("login-error").isBlank());
    assertThat(text("login-error")).contains("not known to this instance");
    assertThat(browser.findElement(By.id("verification")).isDisplayed()).isFalse();
    assertThat(browser.executeScript("return sessionStorage.getItem('timecoin.auditorKey')"))
        .isNull();
    screenshot("refused");
    // ...and the other orgs' instances have no console at all.
    Response elsewhere = API.call(get("platform", null, "/console"));
    assertThat(elsewhere.status()).isEqualTo(404);
  }

  @Test
  @Order(2)
  void an_auditor_sees_the_chain_verified_the_peers_agreeing_and_balances_reconciled()
      throws Exception {
    open();
    signIn(auditor);

    wait.until(driver -> text("chain-verdict").startsWith("Verified to block"));
    long shown = Long.parseLong(text("chain-verdict").replaceAll("\\D+", ""));
    assertThat(shown).isGreaterThanOrEqualTo(lastBlock);
    assertThat(browser.findElement(By.id("chain-verdict")).getDomProperty("className"))
        .contains("ok");
    assertThat(text("peers-verdict")).matches("All \\d+ peers agree");
    assertThat(text("reconcile-verdict")).isEqualTo("Balances agree");
    assertThat(text("breaks")).contains("No break found.");
    screenshot("verification");
    browser.manage().window().setSize(new Dimension(390, 1400));
    screenshot("verification-phone");
    browser.manage().window().setSize(new Dimension(1280, 1400));
  }

  @Test
  @Order(3)
  void a_query_finds_the_entry_and_its_export_digest_is_the_apis() throws Exception {
    browser.findElement(By.cssSelector("nav [data-tab=queries]")).click();
    new Select(browser.findElement(By.id("q-kind"))).selectByValue("entries");
    browser.findElement(By.id("q-verifier")).sendKeys(VERIFIER);
    browser.findElement(By.id("run-query")).click();

    wait.until(driver -> text("query-summary").contains("row(s)"));
    assertThat(text("query-summary")).startsWith("1 row(s)");
    assertThat(text("results")).contains(entryId).contains(VERIFIER);

    browser.findElement(By.id("export-csv")).click();
    wait.until(driver -> !driver.findElements(By.id("export-digest")).isEmpty());
    String shownDigest = text("export-digest");
    RawResponse export =
        RawResponse.get(
            API.base("auditor"),
            "/v1/audit/exports/entries?verifier=" + VERIFIER + "&format=csv",
            auditor);
    assertThat(shownDigest)
        .isEqualTo(export.trailers.get("timecoin-content-sha256"))
        .isEqualTo(RawResponse.sha256(export.body));
    assertThat(new String(export.body, StandardCharsets.UTF_8)).contains(entryId);
    screenshot("queries");
  }

  @Test
  @Order(4)
  void the_minted_chart_has_its_numbers_in_a_table() throws Exception {
    browser.findElement(By.cssSelector("nav [data-tab=charts]")).click();
    wait.until(driver -> text("chart-status").contains("current to block"));

    browser.findElement(By.cssSelector("#fig-minted summary")).click();
    WebElement table = browser.findElement(By.id("table-minted"));
    wait.until(driver -> table.isDisplayed());
    List<String> row = new ArrayList<>();
    for (WebElement tr : table.findElements(By.tagName("tr"))) {
      if (tr.getText().contains(VERIFIER)) {
        tr.findElements(By.tagName("td")).forEach(td -> row.add(td.getText()));
      }
    }
    assertThat(row).contains(VERIFIER, "1", "1.25");
    assertThat(browser.executeScript("return !!window.Chart")).isEqualTo(true);
    screenshot("charts");
  }

  @Test
  @Order(5)
  void a_tampered_block_copy_is_reported_as_a_break() throws Exception {
    Path projectDir = Path.of(System.getProperty("timecoin.it.projectDir", ".."));
    byte[] chain =
        Files.readAllBytes(
            projectDir.resolve("audit/src/test/resources/io/timecoin/audit/it-chain.blocks"));
    byte[] marker = "\"verifier\":\"branch-7\"".getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(chain, marker);
    assertThat(at).as("an earning in the saved chain").isPositive();
    // One byte of an entry changed: branch-7 becomes branch-8, the block's length unchanged.
    chain[at + marker.length - 2] = '8';
    Path tampered = TARGET.resolve("console-it-tampered.blocks");
    Files.write(tampered, chain);
    String source = "tampered-copy-" + ItData.RUN;
    Path runDir = Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
    Process verify =
        new ProcessBuilder(
                "java",
                "-jar",
                projectDir.resolve("audit-store/target/timecoin-audit-store.jar").toString(),
                "verify-copy",
                "--db",
                runDir.resolve("auditdb/auditdb.properties").toString(),
                "--blocks",
                tampered.toString(),
                "--source",
                source)
            .redirectErrorStream(true)
            .start();
    String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(verify.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(verify.exitValue()).as(output).isEqualTo(1);

    browser.findElement(By.cssSelector("nav [data-tab=verification]")).click();
    browser.findElement(By.id("refresh")).click();
    wait.until(driver -> text("breaks").contains(source));
    assertThat(text("breaks")).contains("DATA_HASH");
    // The peer's own chain is still intact: the break is the copy's.
    assertThat(text("chain-verdict")).startsWith("Verified to block");
    assertThat(text("chain-detail")).contains("breaks in verified block copies");
    screenshot("break");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
