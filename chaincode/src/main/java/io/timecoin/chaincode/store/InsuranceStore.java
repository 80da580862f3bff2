package io.timecoin.chaincode.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.timecoin.chaincode.domain.Voucher;
import io.timecoin.chaincode.support.Sha256;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VoucherProductView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Typed reads and writes of voucher products, vouchers and claims, including the claims' private
 * details in the {@value TransactionNames#CLAIM_DETAILS_COLLECTION} collection. Insurance objects
 * belong to the insurer: every key written here carries a key-level endorsement policy (the
 * insurer's peers; the claim key the insurer's and the platform's), and every write that creates
 * keys also writes the insurer's seal ({@link LedgerKeys#insurerSeal()}), because a new key falls
 * under the chaincode's MAJORITY policy until it exists. So no insurance write is valid at commit
 * without the insurer's peer. Writes read single keys; only the list queries scan.
 *
 * <p>A key's policy is written only when the key does not carry it yet: Fabric keeps a key's policy
 * when its value is written again, and a transaction that changes a key's policy invalidates every
 * later transaction of the same block that writes the key ({@code ENDORSEMENT_POLICY_FAILURE},
 * which no client re-runs), where a plain value write would leave them to the read-conflict check
 * that clients do re-run. The seal, written by every purchase and claim, gets its policy from the
 * first product and from then on is only written, never its policy.
 */
public final class InsuranceStore {

  private static final String COLLECTION = TransactionNames.CLAIM_DETAILS_COLLECTION;
  private static final int MAX_BOOKMARK = 2048;

  private final ChaincodeStub stub;
  private final LedgerKeys keys;
  private final Supplier<byte[]> insurerPolicy;

  /**
   * @param insurerPolicy the key-level policy of insurance keys (asked only when writing, so a
   *     misconfigured peer still answers reads)
   */
  public InsuranceStore(ChaincodeStub stub, LedgerKeys keys, Supplier<byte[]> insurerPolicy) {
    this.stub = stub;
    this.keys = keys;
    this.insurerPolicy = insurerPolicy;
  }

  public Optional<VoucherProductView> findProduct(String code) {
    return read(keys.product(code), VoucherProductView.class);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#PRODUCT_NOT_FOUND} if absent
   */
  public VoucherProductView requireProduct(String code) {
    return findProduct(code)
        .orElseThrow(
            () ->
                new LedgerValidationException(
                    ErrorCode.PRODUCT_NOT_FOUND, "no voucher product has this code"));
  }

  /**
   * Stores a product under the insurer's policy and writes the seal. A seal that exists with
   * another policy means insurance keys were written without the insurer (its policy would have
   * prevented any later change); the insurer's peer then refuses to define or change products,
   * which makes the breach visible instead of building on it.
   */
  public void putProduct(VoucherProductView product) {
    byte[] policy = insurerPolicy.get();
    byte[] seal = stub.getStateValidationParameter(keys.insurerSeal());
    if (seal != null && seal.length > 0 && !Arrays.equals(seal, policy)) {
      throw new LedgerValidationException(
          ErrorCode.INTERNAL_ERROR,
          "the insurer's seal on this ledger carries another endorsement policy than the insurer's"
              + " peers; insurance keys were written without the insurer - ask the auditor to"
              + " investigate before defining products");
    }
    putOwned(keys.product(product.code()), LedgerJson.writeBytes(product), policy);
    if (seal == null || seal.length == 0) {
      // The first product puts the seal under the insurer's policy (see the class comment).
      stub.setStateValidationParameter(keys.insurerSeal(), policy);
    }
    writeSeal();
  }

  /** Every product, by code. */
  public List<VoucherProductView> products() {
    List<VoucherProductView> products = new ArrayList<>();
    try (QueryResultsIterator<KeyValue> rows =
        stub.getStateByPartialCompositeKey(keys.products())) {
      rows.forEach(
          row -> products.add(LedgerStore.decode(row.getValue(), VoucherProductView.class)));
    } catch (Exception e) {
      throw closeFailure(e);
    }
    return products;
  }

  public Optional<Voucher> findVoucher(String voucherId) {
    return read(keys.voucher(voucherId), Voucher.class);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#VOUCHER_NOT_FOUND} if absent
   */
  public Voucher requireVoucher(String voucherId) {
    return findVoucher(voucherId).orElseThrow(InsuranceStore::voucherNotFound);
  }

  /**
   * The voucher if it belongs to {@code volunteerId}. A stranger's voucher is answered exactly like
   * a missing one, so a caller cannot probe which vouchers exist.
   */
  public Voucher requireVoucherOf(String voucherId, String volunteerId) {
    return findVoucher(voucherId)
        .filter(voucher -> voucher.volunteerId().equals(volunteerId))
        .orElseThrow(InsuranceStore::voucherNotFound);
  }

  /** The volunteer's latest voucher of the product, if any. */
  public Optional<Voucher> heldVoucher(String volunteerId, String productCode) {
    return read(keys.voucherHeld(volunteerId, productCode), VoucherRef.class)
        .map(
            ref ->
                findVoucher(ref.voucherId())
                    .orElseThrow(
                        () -> new IllegalStateException("a voucher index points nowhere")));
  }

  /**
   * Stores a new voucher with its two index rows, all under the insurer's policy, and writes the
   * seal, so a purchase is invalid without the insurer's peer. The buyer's account and entry that
   * the same purchase writes are coin keys and stay under MAJORITY.
   */
  public void putNewVoucher(Voucher voucher) {
    byte[] policy = insurerPolicy.get();
    putVoucher(voucher);
    byte[] ref = LedgerJson.writeBytes(new VoucherRef(voucher.voucherId()));
    putOwned(keys.voucherOf(voucher.volunteerId(), voucher.voucherId()), ref, policy);
    putOwned(keys.voucherHeld(voucher.volunteerId(), voucher.productCode()), ref, policy);
    writeSeal();
  }

  public void putVoucher(Voucher voucher) {
    putOwned(
        keys.voucher(voucher.voucherId()), LedgerJson.writeBytes(voucher), insurerPolicy.get());
  }

  /** Every voucher of one volunteer, by voucher id. */
  public List<Voucher> vouchersOf(String volunteerId) {
    List<Voucher> vouchers = new ArrayList<>();
    try (QueryResultsIterator<KeyValue> rows =
        stub.getStateByPartialCompositeKey(keys.vouchersOf(volunteerId))) {
      for (KeyValue row : rows) {
        VoucherRef ref = LedgerStore.decode(row.getValue(), VoucherRef.class);
        vouchers.add(requireVoucher(ref.voucherId()));
      }
    } catch (LedgerValidationException e) {
      throw e;
    } catch (Exception e) {
      throw closeFailure(e);
    }
    return vouchers;
  }

  public Optional<ClaimView> findClaim(String claimId) {
    return read(keys.claim(claimId), ClaimView.class);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#CLAIM_NOT_FOUND} if absent
   */
  public ClaimView requireClaim(String claimId) {
    return findClaim(claimId)
        .orElseThrow(
            () -> new LedgerValidationException(ErrorCode.CLAIM_NOT_FOUND, "no such claim"));
  }

  public boolean hasOpenClaim(String voucherId, String activityId) {
    return LedgerStore.present(stub.getState(keys.claimOpen(voucherId, activityId)));
  }

  /**
   * Stores a new claim: its public part with the key-level endorsement policy, the open marker, the
   * status index row and the private details in the collection.
   */
  public void putNewClaim(ClaimView claim, byte[] privateDetails, byte[] endorsementPolicy) {
    byte[] policy = insurerPolicy.get();
    putClaim(claim, null, endorsementPolicy);
    byte[] ref = LedgerJson.writeBytes(new ClaimRef(claim.claimId()));
    putOwned(keys.claimOpen(claim.voucherId(), claim.activityId()), ref, policy);
    stub.putPrivateData(COLLECTION, keys.claimPrivate(claim.claimId()), privateDetails);
    writeSeal();
  }

  /**
   * Stores a changed claim and moves its status index row; removes the open marker once the claim
   * is closed (REJECTED or PAID). The endorsement policy is written again so that every version of
   * the claim key carries it.
   */
  public void putClaim(ClaimView claim, ClaimStatus previous, byte[] endorsementPolicy) {
    putOwned(keys.claim(claim.claimId()), LedgerJson.writeBytes(claim), endorsementPolicy);
    if (previous != null) {
      stub.delState(keys.claimStatus(previous.name(), claim.claimId()));
    }
    putOwned(
        keys.claimStatus(claim.status().name(), claim.claimId()),
        LedgerJson.writeBytes(new ClaimRef(claim.claimId())),
        insurerPolicy.get());
    if (!claim.status().isOpen()) {
      stub.delState(keys.claimOpen(claim.voucherId(), claim.activityId()));
    }
  }

  /**
   * The claim's private details as this peer holds them.
   *
   * @throws LedgerValidationException with {@link ErrorCode#PRIVATE_DATA_NOT_AUTHORIZED} if the
   *     peer refuses the read (its organisation is not a member) or holds nothing for the claim
   */
  public ClaimPrivateDetails requirePrivateDetails(String claimId) {
    byte[] value;
    try {
      value = stub.getPrivateData(COLLECTION, keys.claimPrivate(claimId));
    } catch (RuntimeException e) {
      throw privateNotAuthorized();
    }
    if (!LedgerStore.present(value)) {
      throw privateNotAuthorized();
    }
    return LedgerStore.decode(value, ClaimPrivateDetails.class);
  }

  /** SHA-256 (lowercase hex) of the canonical JSON bytes that are stored as private data. */
  public static String hashOf(byte[] privateDetails) {
    return Sha256.hex(privateDetails);
  }

  /** One page of the claims in one status, by claim id. */
  public ClaimPage claims(ListClaimsRequest request) {
    String status = request.status().name();
    String prefix = keys.claimsIn(status).toString();
    String fabricBookmark = openBookmark(request.bookmark(), prefix);
    List<ClaimView> claims = new ArrayList<>();
    String next;
    try (QueryResultsIteratorWithMetadata<KeyValue> rows =
        stub.getStateByPartialCompositeKeyWithPagination(
            keys.claimsIn(status), request.pageSize(), fabricBookmark)) {
      for (KeyValue row : rows) {
        if (!row.getKey().startsWith(prefix)) {
          throw invalidBookmark();
        }
        ClaimRef ref = LedgerStore.decode(row.getValue(), ClaimRef.class);
        claims.add(requireClaim(ref.claimId()));
      }
      next = rows.getMetadata() == null ? "" : rows.getMetadata().getBookmark();
    } catch (LedgerValidationException e) {
      throw e;
    } catch (Exception e) {
      throw closeFailure(e);
    }
    boolean more = claims.size() == request.pageSize() && !next.isEmpty();
    return new ClaimPage(claims, more ? sealBookmark(next) : "");
  }

  private static String sealBookmark(String fabricBookmark) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(fabricBookmark.getBytes(UTF_8));
  }

  /** Fabric's bookmark inside ours, if it lies within the listed status. */
  private static String openBookmark(String bookmark, String prefix) {
    if (bookmark == null || bookmark.isEmpty()) {
      return "";
    }
    if (bookmark.length() > MAX_BOOKMARK) {
      throw invalidBookmark();
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(bookmark), UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidBookmark();
    }
    if (!text.startsWith(prefix) || text.length() == prefix.length()) {
      throw invalidBookmark();
    }
    return text;
  }

  private static LedgerValidationException invalidBookmark() {
    return new LedgerValidationException(
        ErrorCode.INVALID_PAGE,
        "the bookmark was not issued for this query; start again without a bookmark");
  }

  private static LedgerValidationException voucherNotFound() {
    return new LedgerValidationException(ErrorCode.VOUCHER_NOT_FOUND, "no such voucher");
  }

  private static LedgerValidationException privateNotAuthorized() {
    return new LedgerValidationException(
        ErrorCode.PRIVATE_DATA_NOT_AUTHORIZED,
        "this peer holds no private claim details for the caller; ask through a peer of the"
            + " Platform or Insurer organisation");
  }

  private static IllegalStateException closeFailure(Exception e) {
    return new IllegalStateException("a range query failed: " + e.getClass().getSimpleName());
  }

  /**
   * Writes a value under a key-level policy; the policy itself only if the key does not carry it
   * yet (a new key), since Fabric keeps it across value writes (see the class comment).
   */
  private void putOwned(String key, byte[] value, byte[] policy) {
    stub.putState(key, value);
    if (!Arrays.equals(stub.getStateValidationParameter(key), policy)) {
      stub.setStateValidationParameter(key, policy);
    }
  }

  /**
   * Writes the insurer's seal without reading it or its policy: concurrent insurance writes never
   * conflict on it, yet each one needs the insurer's peer, because the seal carries the insurer's
   * policy from the first product on. The value (the last writer's txId) is only what was written
   * last; nothing reads it.
   */
  private void writeSeal() {
    stub.putState(keys.insurerSeal(), LedgerJson.writeBytes(new InsurerSeal(stub.getTxId())));
  }

  private <T> Optional<T> read(String key, Class<T> type) {
    byte[] value = stub.getState(key);
    return LedgerStore.present(value)
        ? Optional.of(LedgerStore.decode(value, type))
        : Optional.empty();
  }
}
