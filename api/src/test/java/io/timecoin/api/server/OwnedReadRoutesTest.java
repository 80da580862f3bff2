package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.client.Committed;
import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerEvent;
import io.timecoin.client.PendingWrite;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ReadTransaction;
import io.timecoin.model.Recorder;
import io.timecoin.model.SignedCoinAmount;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherStatus;
import io.timecoin.model.VoucherView;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every owner-scoped read is routed with its owner: a volunteer asking for another volunteer's data
 * gets the answer for data that does not exist, on every route of every {@link OwnedRead}, while
 * the owner and staff get the data. The ledger here only answers with records that belong to {@code
 * vol-2}; what the real ledger does is tested by the ITs.
 */
class OwnedReadRoutesTest {

  private static final String OWNER = "vol-2";
  private static final String READER_KEY = "tc_reader-key";
  private static final String TX = "ab".repeat(32);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One route per owner-scoped read, each asking for data of {@link #OWNER}. */
  private static final Map<OwnedRead, String> ROUTES = new EnumMap<>(OwnedRead.class);

  static {
    ROUTES.put(OwnedRead.READ_ACCOUNT, "/v1/volunteers/" + OWNER + "/account");
    ROUTES.put(OwnedRead.READ_ENTRIES, "/v1/volunteers/" + OWNER + "/entries");
    ROUTES.put(OwnedRead.READ_ENTRY, "/v1/entries/" + TX + ":0");
    ROUTES.put(OwnedRead.READ_VOUCHER, "/v1/vouchers/v-2");
    ROUTES.put(OwnedRead.READ_VOUCHERS, "/v1/volunteers/" + OWNER + "/vouchers");
    ROUTES.put(OwnedRead.READ_CLAIM, "/v1/claims/c-2");
    ROUTES.put(OwnedRead.READ_HEARTS, "/v1/volunteers/" + OWNER + "/hearts");
  }

  @TempDir Path dir;
  private final OwnersLedger ledger = new OwnersLedger();
  private final HttpClient http = HttpClient.newHttpClient();
  private ECKey tokenKey;
  private ApiServer server;

  @BeforeEach
  void start() throws Exception {
    Files.write(
        dir.resolve("platform.callers"),
        List.of("platform-reader platform-reader " + ApiKeys.sha256Hex(READER_KEY)));
    tokenKey = VolunteerTokens.newSigningKey();
    Files.writeString(dir.resolve("token.pub.jwk"), tokenKey.toPublicJWK().toJSONString());
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("unused.properties"),
            dir.resolve("platform.callers"),
            dir.resolve("token.pub.jwk"),
            1000,
            1000,
            1024);
    server = ApiServer.create(config, ledger, Clock.systemUTC()).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void every_owner_scoped_read_has_a_route_probed_here() {
    assertThat(ROUTES.keySet()).isEqualTo(EnumSet.allOf(OwnedRead.class));
  }

  @Test
  void another_volunteer_gets_not_found_on_every_owner_scoped_route() throws Exception {
    String stranger = token("vol-1");
    for (Map.Entry<OwnedRead, String> route : ROUTES.entrySet()) {
      HttpResponse<String> response = get(route.getValue(), "Authorization", "Bearer " + stranger);

      assertThat(response.statusCode()).as(route.getKey().name()).isEqualTo(404);
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("code").asText())
          .as(route.getKey().name())
          .isEqualTo(route.getKey().strangerAnswer().name());
      assertThat(response.body()).as(route.getKey().name()).doesNotContain(OWNER);
    }
    // Where the owner is in the path, the stranger's request never reached the ledger.
    assertThat(ledger.reads)
        .containsExactlyInAnyOrder(
            TransactionNames.GET_ENTRY, TransactionNames.GET_VOUCHER, TransactionNames.GET_CLAIM);
  }

  @Test
  void the_owner_and_staff_read_the_same_routes() throws Exception {
    String owner = token(OWNER);
    for (Map.Entry<OwnedRead, String> route : ROUTES.entrySet()) {
      assertThat(get(route.getValue(), "Authorization", "Bearer " + owner).statusCode())
          .as(route.getKey().name())
          .isEqualTo(200);
      assertThat(get(route.getValue(), "X-API-Key", READER_KEY).statusCode())
          .as(route.getKey().name())
          .isEqualTo(200);
    }
  }

  private String token(String volunteerId) {
    return VolunteerTokens.of(tokenKey, Clock.systemUTC()).mint(volunteerId, Duration.ofMinutes(5));
  }

  private HttpResponse<String> get(String path, String header, String value) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header(header, value)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Answers every read with a record of {@link #OWNER}, and remembers what was read. */
  private static final class OwnersLedger implements TimeCoinLedger {

    final List<String> reads = new CopyOnWriteArrayList<>();

    @Override
    public <A, R> R evaluate(ReadTransaction<A, R> query, A argument) {
      reads.add(query.name());
      Object answer =
          switch (query.name()) {
            case TransactionNames.GET_ACCOUNT -> account();
            case TransactionNames.LIST_ENTRIES -> new EntryPage(List.of(entry()), "");
            case TransactionNames.GET_ENTRY -> entry();
            case TransactionNames.GET_VOUCHER -> voucher();
            case TransactionNames.LIST_VOUCHERS -> new VoucherList(List.of(voucher()));
            case TransactionNames.GET_CLAIM -> claim();
            case TransactionNames.GET_HEARTS_ACCOUNT ->
                io.timecoin.model.HeartsAccountView.empty(OWNER);
            default -> throw new UnsupportedOperationException(query.name());
          };
      return query.resultType().cast(answer);
    }

    @Override
    public io.timecoin.model.ClaimPrivateView getClaimPrivate(String claimId) {
      reads.add(TransactionNames.GET_CLAIM_PRIVATE);
      throw new UnsupportedOperationException(TransactionNames.GET_CLAIM_PRIVATE);
    }

    @Override
    public <Q extends WriteRequest, R> Committed<R> submit(
        WriteTransaction<Q, R> transaction, Q request) {
      throw new UnsupportedOperationException("no writes here");
    }

    @Override
    public <Q extends WriteRequest, R> PendingWrite<R> submitAsync(
        WriteTransaction<Q, R> transaction, Q request) {
      throw new UnsupportedOperationException("no writes here");
    }

    @Override
    public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
      throw new UnsupportedOperationException("no events here");
    }

    @Override
    public Optional<TransactionStatus> transactionStatus(String txId) {
      throw new UnsupportedOperationException("no transactions here");
    }

    @Override
    public void close() {}

    private static AccountView account() {
      CoinAmount zero = CoinAmount.ZERO;
      return new AccountView(
          OWNER, AccountStatus.ACTIVE, zero, zero, zero, zero, zero, 0, "2026-11-28T10:00:00Z");
    }

    private static EntryView entry() {
      CoinAmount coins = CoinAmount.parse("1.00");
      return new EntryView(
          TX + ":0",
          OWNER,
          1,
          0,
          EntryType.EARN,
          SignedCoinAmount.credit(coins),
          coins,
          null,
          "act-1",
          60,
          "care",
          "cd".repeat(32),
          "branch-1",
          null,
          null,
          null,
          null,
          "r-1",
          TX,
          "2026-11-28T10:00:00Z",
          new Recorder("PlatformMSP", "ef".repeat(32)));
    }

    private static VoucherView voucher() {
      return new VoucherView(
          "v-2",
          OWNER,
          "basic",
          CoinAmount.parse("2.00"),
          MoneyAmount.parse("1000.00"),
          MoneyAmount.parse("900.00"),
          "CNY",
          "2026-11-01T00:00:00Z",
          "2026-12-01T00:00:00Z",
          VoucherStatus.ACTIVE,
          TX + ":0",
          null,
          null);
    }

    private static ClaimView claim() {
      return new ClaimView(
          "c-2",
          "v-2",
          OWNER,
          "2026-11-20",
          MoneyAmount.parse("100.00"),
          "CNY",
          "act-1",
          "cd".repeat(32),
          "cd".repeat(32),
          ClaimStatus.FILED,
          null,
          null,
          null,
          "2026-11-21T10:00:00Z",
          null,
          null);
    }
  }
}
