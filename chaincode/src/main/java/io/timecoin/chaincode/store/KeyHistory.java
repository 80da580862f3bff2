package io.timecoin.chaincode.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.PolicyVersions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The committed versions of one record, from Fabric's history database, in the order Fabric returns
 * them, a page at a time. A record that was never written has an empty history; an entry is found
 * through its id index, so an unknown entryId is {@link ErrorCode#ENTRY_NOT_FOUND}.
 *
 * <p>Fabric's history query has no pagination, so a page walks past the versions before it; the
 * bookmark names the key and the last version returned (its txId: one transaction writes a key at
 * most once). Resuming after that version rather than at a count keeps a page from skipping
 * versions when the record is written between two pages. A bookmark of another record, or one whose
 * version is gone, is {@link ErrorCode#INVALID_PAGE}.
 */
public final class KeyHistory {

  private static final int MAX_BOOKMARK = 512;

  private final ChaincodeStub stub;
  private final LedgerKeys keys;
  private final LedgerStore store;

  public KeyHistory(ChaincodeStub stub, LedgerKeys keys, LedgerStore store) {
    this.stub = stub;
    this.keys = keys;
    this.store = store;
  }

  public KeyHistoryView of(KeyHistoryRequest request) {
    String key = key(request);
    String after = openBookmark(request.bookmark(), key);
    boolean started = after == null;
    List<KeyHistoryView.Modification> page = new ArrayList<>();
    boolean more = false;
    try (QueryResultsIterator<KeyModification> history = stub.getHistoryForKey(key)) {
      for (KeyModification modification : history) {
        if (!started) {
          started = modification.getTxId().equals(after);
          continue;
        }
        if (page.size() == request.pageSize()) {
          more = true;
          break;
        }
        byte[] value = modification.getValue();
        page.add(
            new KeyHistoryView.Modification(
                modification.getTxId(),
                modification.getTimestamp().toString(),
                modification.isDeleted(),
                modification.isDeleted() || value == null ? null : new String(value, UTF_8)));
      }
    } catch (LedgerValidationException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("a history query failed: " + e.getClass().getSimpleName());
    }
    if (!started) {
      throw invalidBookmark();
    }
    String bookmark = more ? sealBookmark(key, page.get(page.size() - 1).txId()) : "";
    return new KeyHistoryView(request.kind(), request.id(), page, bookmark);
  }

  private static String sealBookmark(String key, String lastTxId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((fingerprint(key) + ":" + lastTxId).getBytes(UTF_8));
  }

  /** The txId to resume after, or {@code null} for the first page. */
  private static String openBookmark(String bookmark, String key) {
    if (bookmark.isEmpty()) {
      return null;
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
    String prefix = fingerprint(key) + ":";
    if (!text.startsWith(prefix) || text.length() == prefix.length()) {
      throw invalidBookmark();
    }
    return text.substring(prefix.length());
  }

  private static String fingerprint(String key) {
    return Sha256.hex(key).substring(0, 16);
  }

  private static LedgerValidationException invalidBookmark() {
    return new LedgerValidationException(
        ErrorCode.INVALID_PAGE,
        "the bookmark was not issued for this record's history; start again without a bookmark");
  }

  private String key(KeyHistoryRequest request) {
    String id = request.id();
    return switch (request.kind()) {
      case ACCOUNT -> keys.account(id);
      case REQUEST -> {
        OrgRequestId scoped = OrgRequestId.parse(id);
        yield keys.request(scoped.org(), scoped.requestId());
      }
      case POLICY ->
          id.equals(KeyHistoryRequest.CURRENT_POLICY)
              ? keys.currentPolicy()
              : keys.policy(PolicyVersions.parse(id));
      case ENTRY ->
          store
              .entryKey(id)
              .orElseThrow(
                  () -> new LedgerValidationException(ErrorCode.ENTRY_NOT_FOUND, "no such entry"));
    };
  }
}
