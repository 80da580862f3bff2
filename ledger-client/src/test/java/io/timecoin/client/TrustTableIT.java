package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.RawChaincode.Outcome;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherPurchaseView;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows of the trust table (chaincode/README.md, "Who can do what alone") that a hostile client
 * could try on the real network: each test forges what such a client controls - the transaction
 * timestamp, the set of endorsing organisations, another organisation's requestId - by building the
 * proposal itself ({@link ForgedProposals}) and sending it through the Gateway's gRPC service with
 * the platform's real client identity, and sees the refusal or the invalidation at commit.
 */
class TrustTableIT {

  private static final List<String> ALL_ORGS = List.of("PlatformMSP", "InsurerMSP", "AuditorMSP");
  private static final List<String> PLATFORM_AND_AUDITOR = List.of("PlatformMSP", "AuditorMSP");

  private static RawChaincode platform;
  private static RawChaincode insurer;
  private static RawChaincode auditor;
  private static ForgedProposals forger;

  @BeforeAll
  static void connect() {
    platform = RawChaincode.as("platform");
    insurer = RawChaincode.as("insurer");
    auditor = RawChaincode.as("auditor");
    forger = ForgedProposals.as("platform");
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(RawChaincode::close);
    if (forger != null) {
      forger.close();
    }
  }

  @Test
  void a_write_stamped_twenty_days_back_is_refused_by_the_endorsers_clocks() {
    String volunteer = ItNetwork.newVolunteerId();
    String request = LedgerJson.write(new RegisterVolunteerRequest(requestId(), volunteer));

    ForgedProposals.Result forged =
        forger.send(
            Instant.now().minus(Duration.ofDays(20)),
            List.of(),
            Map.of(),
            TransactionNames.REGISTER_VOLUNTEER,
            request);

    assertThat(forged.refusedWith())
        .as(forged.endorseError())
        .isEqualTo(ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
    assertThat(auditor.evaluate(TransactionNames.GET_ACCOUNT, volunteer).code())
        .isEqualTo(ErrorCode.VOLUNTEER_NOT_FOUND);
    // The same proposal stamped now, by the same hand-built path, is endorsed and committed: the
    // refusal was the timestamp's, not the forging's.
    ForgedProposals.Result honest =
        forger.send(
            Instant.now(), List.of(), Map.of(), TransactionNames.REGISTER_VOLUNTEER, request);
    assertThat(honest.committedValid()).as(String.valueOf(honest)).isTrue();
  }

  @Test
  void a_write_stamped_in_the_future_is_refused_too() {
    ForgedProposals.Result forged =
        forger.send(
            Instant.now().plus(Duration.ofDays(1)),
            List.of(),
            Map.of(),
            TransactionNames.REGISTER_VOLUNTEER,
            LedgerJson.write(
                new RegisterVolunteerRequest(requestId(), ItNetwork.newVolunteerId())));

    assertThat(forged.refusedWith())
        .as(forged.endorseError())
        .isEqualTo(ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void a_coin_write_endorsed_by_the_platform_alone_is_invalid() {
    String volunteer = ItNetwork.newVolunteerId();

    ForgedProposals.Result forged =
        forger.send(
            Instant.now(),
            List.of("PlatformMSP"),
            Map.of(),
            TransactionNames.REGISTER_VOLUNTEER,
            LedgerJson.write(new RegisterVolunteerRequest(requestId(), volunteer)));

    assertThat(forged.refusedWith()).as(forged.endorseError()).isNull();
    assertThat(forged.validation()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
    assertThat(auditor.evaluate(TransactionNames.GET_ACCOUNT, volunteer).code())
        .isEqualTo(ErrorCode.VOLUNTEER_NOT_FOUND);
  }

  @Test
  void a_voucher_purchase_endorsed_by_platform_and_auditor_without_the_insurer_is_invalid() {
    String product = product();
    String volunteer = volunteerWith("6.00");
    String purchase = LedgerJson.write(new PurchaseVoucherRequest(requestId(), volunteer, product));

    ForgedProposals.Result forged =
        forger.send(
            Instant.now(),
            PLATFORM_AND_AUDITOR,
            Map.of(),
            TransactionNames.PURCHASE_VOUCHER,
            purchase);

    assertThat(forged.refusedWith()).as(forged.endorseError()).isNull();
    assertThat(forged.validation()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
    assertThat(account(volunteer).balance()).isEqualTo(CoinAmount.parse("6.00"));
    assertThat(
            LedgerJson.read(
                    auditor.evaluate(TransactionNames.LIST_VOUCHERS, volunteer).result(),
                    VoucherList.class)
                .vouchers())
        .isEmpty();

    // With the insurer's peer among the endorsers the same purchase is valid.
    ForgedProposals.Result endorsed =
        forger.send(
            Instant.now(),
            List.of("PlatformMSP", "InsurerMSP"),
            Map.of(),
            TransactionNames.PURCHASE_VOUCHER,
            purchase);
    assertThat(endorsed.committedValid()).as(String.valueOf(endorsed)).isTrue();
  }

  @Test
  void a_claim_filed_without_the_insurer_is_invalid() {
    String product = product();
    String volunteer = volunteerWith("6.00");
    VoucherPurchaseView bought =
        LedgerJson.read(
            ok(write(
                    platform,
                    TransactionNames.PURCHASE_VOUCHER,
                    LedgerJson.write(new PurchaseVoucherRequest(requestId(), volunteer, product))))
                .result(),
            VoucherPurchaseView.class);
    String claim =
        LedgerJson.write(
            new FileClaimRequest(
                requestId(),
                volunteer,
                bought.voucher().voucherId(),
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                MoneyAmount.parse("10.00"),
                "act-1",
                ItNetwork.EVIDENCE));
    byte[] details =
        LedgerJson.writeBytes(
            new ClaimPrivateDetails(
                "fell off a ladder", List.of(ItNetwork.EVIDENCE), "payout-1", "c2FsdC1pdC0wMDAx"));

    // Platform and Auditor alone: the auditor's peer is not in the details collection, so it may
    // refuse to endorse at all; either way the claim never becomes valid.
    ForgedProposals.Result forged =
        forger.send(
            Instant.now(),
            PLATFORM_AND_AUDITOR,
            Map.of(TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY, details),
            TransactionNames.FILE_CLAIM,
            claim);

    assertThat(forged.committedValid()).as(String.valueOf(forged)).isFalse();
    if (forged.validation() != null) {
      assertThat(forged.validation()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
    }
    assertThat(platform.evaluate(TransactionNames.GET_CLAIM, forged.transactionId()).code())
        .isEqualTo(ErrorCode.CLAIM_NOT_FOUND);
  }

  @Test
  void another_orgs_request_id_does_not_block_or_answer_for_the_platforms() {
    String shared = requestId();
    // The insurer takes the requestId the platform is about to use.
    ok(
        write(
            insurer,
            TransactionNames.DEFINE_VOUCHER_PRODUCT,
            LedgerJson.write(
                new DefineVoucherProductRequest(
                    shared,
                    code(),
                    CoinAmount.parse("1.00"),
                    30,
                    MoneyAmount.parse("100.00"),
                    "CNY"))));
    String volunteer = ItNetwork.newVolunteerId();

    Outcome registered =
        write(
            platform,
            TransactionNames.REGISTER_VOLUNTEER,
            LedgerJson.write(new RegisterVolunteerRequest(shared, volunteer)));

    assertThat(registered.code()).isNull();
    assertThat(registered.invalidAs()).isNull();
    RequestView platforms = request(platform.evaluate(TransactionNames.GET_REQUEST, shared));
    RequestView insurers = request(insurer.evaluate(TransactionNames.GET_REQUEST, shared));
    assertThat(platforms.function()).isEqualTo(TransactionNames.REGISTER_VOLUNTEER);
    assertThat(insurers.function()).isEqualTo(TransactionNames.DEFINE_VOUCHER_PRODUCT);
    // The auditor reads either by naming the organisation; no one else may.
    assertThat(
            request(auditor.evaluate(TransactionNames.GET_REQUEST, "PlatformMSP/" + shared)).txId())
        .isEqualTo(platforms.txId());
    assertThat(insurer.evaluate(TransactionNames.GET_REQUEST, "PlatformMSP/" + shared).code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
  }

  private static RequestView request(Outcome outcome) {
    return LedgerJson.read(outcome.result(), RequestView.class);
  }

  private static AccountView account(String volunteer) {
    return LedgerJson.read(
        auditor.evaluate(TransactionNames.GET_ACCOUNT, volunteer).result(), AccountView.class);
  }

  private static String product() {
    String code = code();
    ok(
        write(
            insurer,
            TransactionNames.DEFINE_VOUCHER_PRODUCT,
            LedgerJson.write(
                new DefineVoucherProductRequest(
                    requestId(),
                    code,
                    CoinAmount.parse("4.00"),
                    90,
                    MoneyAmount.parse("1000.00"),
                    "CNY"))));
    return code;
  }

  private static String volunteerWith(String coins) {
    String volunteer = ItNetwork.newVolunteerId();
    ok(
        write(
            platform,
            TransactionNames.REGISTER_VOLUNTEER,
            LedgerJson.write(new RegisterVolunteerRequest(requestId(), volunteer))));
    ok(
        write(
            platform,
            TransactionNames.RECORD_EARNING,
            LedgerJson.write(ItNetwork.earning(requestId(), volunteer, "first-aid", coins))));
    return volunteer;
  }

  /**
   * Submits through {@code client}'s gateway and waits until every org's peer has the write, since
   * a forged proposal chooses its endorsers and a peer one block behind would refuse.
   */
  private static Outcome write(RawChaincode client, String function, String requestJson) {
    Outcome outcome = client.submit(function, requestJson);
    if (outcome.code() == null && outcome.invalidAs() == null) {
      String requestId = LedgerJson.read(requestJson, RequestIdOnly.class).requestId();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      for (String org : ALL_ORGS) {
        while (client.evaluateOn(org, TransactionNames.GET_REQUEST, requestId).refused()) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError("a committed write did not reach every peer within 20 s");
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
          }
        }
      }
    }
    return outcome;
  }

  private static Outcome ok(Outcome outcome) {
    assertThat(outcome.code()).as("refused: " + outcome).isNull();
    assertThat(outcome.invalidAs()).as("invalid: " + outcome).isNull();
    return outcome;
  }

  private static String requestId() {
    return "it-trust:" + UUID.randomUUID();
  }

  private static String code() {
    return "TRUST-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Only the requestId of a request JSON, whatever its type. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  record RequestIdOnly(String requestId) {}
}
