package io.timecoin.chaincode.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.model.AccountView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ListEntriesRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Pages through one account's entries. A page costs about {@code pageSize} reads however long the
 * history is:
 *
 * <ul>
 *   <li>By sequence, entries are read by key: sequences are dense (1 to the account's entry count),
 *       so the page is known without a scan, and a listing can start at any sequence.
 *   <li>By time, a paginated range query ({@code getStateByRangeWithPagination}) walks the time
 *       index between the two bounds, and each row leads to its entry.
 * </ul>
 *
 * <p>Bookmarks are opaque to clients: base64url of a fingerprint of the query (account, mode and
 * range, not the page size) and the position to continue from (the next sequence, or Fabric's own
 * bookmark). A bookmark of another query, or not made here, is refused with {@link
 * ErrorCode#INVALID_PAGE}; rows that Fabric returns outside the query's range are refused the same
 * way, so a forged position cannot reach other accounts' entries.
 */
public final class EntryPager {

  private static final String VERSION = "e1";
  private static final int MAX_BOOKMARK = 2048;

  private final ChaincodeStub stub;
  private final LedgerKeys keys;
  private final LedgerStore store;

  public EntryPager(ChaincodeStub stub, LedgerKeys keys, LedgerStore store) {
    this.stub = stub;
    this.keys = keys;
    this.store = store;
  }

  /** One page of {@code account}'s entries as {@code request} asks. */
  public EntryPage list(ListEntriesRequest request, AccountView account) {
    return request.timeMode() ? byTime(request) : bySequence(request, account.entryCount());
  }

  private EntryPage bySequence(ListEntriesRequest request, long entryCount) {
    String query = fingerprint(request);
    long from = request.firstSequence();
    if (hasBookmark(request)) {
      from = nextSequence(open(request.bookmark(), query), from);
    }
    List<EntryView> entries = new ArrayList<>();
    long last = from - 1;
    for (long sequence = from;
        sequence <= entryCount && entries.size() < request.pageSize();
        sequence++) {
      entries.add(store.entryAt(new EntryRef(request.volunteerId(), sequence)));
      last = sequence;
    }
    String bookmark = last < entryCount ? seal(query, Long.toString(last + 1)) : "";
    return new EntryPage(entries, bookmark);
  }

  private EntryPage byTime(ListEntriesRequest request) {
    String query = fingerprint(request);
    String fabricBookmark = hasBookmark(request) ? open(request.bookmark(), query) : "";
    String start = keys.timeBound(request.volunteerId(), request.fromInstant());
    String end = keys.timeBound(request.volunteerId(), request.toInstant());
    List<EntryView> entries = new ArrayList<>();
    String next;
    try (QueryResultsIteratorWithMetadata<KeyValue> rows =
        stub.getStateByRangeWithPagination(start, end, request.pageSize(), fabricBookmark)) {
      for (KeyValue row : rows) {
        if (row.getKey().compareTo(start) < 0 || row.getKey().compareTo(end) >= 0) {
          throw invalidBookmark();
        }
        EntryRef ref = LedgerStore.decode(row.getValue(), EntryRef.class);
        if (!ref.volunteerId().equals(request.volunteerId())) {
          throw new IllegalStateException("the time index points to another account");
        }
        entries.add(store.entryAt(ref));
      }
      next = rows.getMetadata() == null ? "" : rows.getMetadata().getBookmark();
    }
    boolean more = entries.size() == request.pageSize() && !next.isEmpty();
    return new EntryPage(entries, more ? seal(query, next) : "");
  }

  private static boolean hasBookmark(ListEntriesRequest request) {
    return request.bookmark() != null && !request.bookmark().isEmpty();
  }

  /** Identifies the query a bookmark belongs to; the page size may change between pages. */
  private static String fingerprint(ListEntriesRequest request) {
    String range =
        request.timeMode()
            ? "time\n" + request.fromInstant() + "\n" + request.toInstant()
            : "sequence\n" + request.firstSequence();
    return Sha256.hex(VERSION + "\n" + request.volunteerId() + "\n" + range).substring(0, 32);
  }

  private static String seal(String query, String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((VERSION + ":" + query + ":" + position).getBytes(UTF_8));
  }

  /** The position in a bookmark issued for {@code query}. */
  private static String open(String bookmark, String query) {
    if (bookmark.length() > MAX_BOOKMARK) {
      throw invalidBookmark();
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(bookmark), UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidBookmark();
    }
    String prefix = VERSION + ":" + query + ":";
    if (!text.startsWith(prefix) || text.length() == prefix.length()) {
      throw invalidBookmark();
    }
    return text.substring(prefix.length());
  }

  private static long nextSequence(String position, long first) {
    if (position.length() > 19 || !position.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalidBookmark();
    }
    long next;
    try {
      next = Long.parseLong(position);
    } catch (NumberFormatException e) {
      throw invalidBookmark();
    }
    if (next <= first) {
      // Bookmarks only ever point past the first page.
      throw invalidBookmark();
    }
    return next;
  }

  private static LedgerValidationException invalidBookmark() {
    return new LedgerValidationException(
        ErrorCode.INVALID_PAGE,
        "the bookmark was not issued for this query; start again without a bookmark");
  }
}
