package io.timecoin.chaincode.store;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonationView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.HeartsFields;
import io.timecoin.model.HeartsPolicyView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ProjectView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Typed reads and writes of hearts, projects and donation rows (key layout in {@link LedgerKeys}).
 *
 * <p>A donation never reads or writes a project total: it writes its own row. The totals are sums
 * of rows: a checkpoint holds the sum of the rows up to a key, and a tally adds the rows after it.
 * Rows are keyed in time order, so the rows of seconds that no endorser can accept a write for any
 * more are final, and a checkpoint only ever covers those ({@link #checkpoint}).
 */
public final class HeartsStore {

  private static final String BOOKMARK_PREFIX = "d1|";

  private final ChaincodeStub stub;
  private final LedgerKeys keys;

  public HeartsStore(ChaincodeStub stub, LedgerKeys keys) {
    this.stub = stub;
    this.keys = keys;
  }

  /** The volunteer's hearts; an empty account if they never had any. */
  public HeartsAccountView account(String volunteerId) {
    return read(keys.hearts(volunteerId), HeartsAccountView.class)
        .orElseGet(() -> HeartsAccountView.empty(volunteerId));
  }

  public void putAccount(HeartsAccountView account) {
    stub.putState(keys.hearts(account.volunteerId()), LedgerJson.writeBytes(account));
  }

  public void putEntry(HeartsEntryView entry) {
    stub.putState(
        keys.heartsEntry(entry.volunteerId(), entry.sequence()), LedgerJson.writeBytes(entry));
  }

  public Optional<HeartsEntryView> entry(String volunteerId, long sequence) {
    return read(keys.heartsEntry(volunteerId, sequence), HeartsEntryView.class);
  }

  public boolean isTaskCredited(String volunteerId, String activityId) {
    return LedgerStore.present(stub.getState(keys.heartsActivity(volunteerId, activityId)));
  }

  public void markTaskCredited(HeartsEntryView earning) {
    stub.putState(
        keys.heartsActivity(earning.volunteerId(), earning.activityId()),
        LedgerJson.writeBytes(new ActivityCredit(earning.entryId())));
  }

  /**
   * The current hearts policy: one read, since {@code heartspolicycurrent} holds a copy of the
   * current version (every donation reads it); an older ledger's {@link PolicyPointer} is followed.
   */
  public Optional<HeartsPolicyView> currentPolicy() {
    byte[] value = stub.getState(keys.currentHeartsPolicy());
    if (!LedgerStore.present(value)) {
      return Optional.empty();
    }
    return Optional.of(
        CurrentVersion.decode(value, HeartsPolicyView.class)
            .orElseGet(
                () ->
                    policy(LedgerStore.decode(value, PolicyPointer.class).version())
                        .orElseThrow(
                            () -> new IllegalStateException("the hearts policy is dangling"))));
  }

  public Optional<HeartsPolicyView> policy(long version) {
    return read(keys.heartsPolicy(version), HeartsPolicyView.class);
  }

  /** Stores a new version under its own key and, the same bytes, as the current one. */
  public void putPolicy(HeartsPolicyView policy) {
    byte[] value = LedgerJson.writeBytes(policy);
    stub.putState(keys.heartsPolicy(policy.version()), value);
    stub.putState(keys.currentHeartsPolicy(), value);
  }

  /** Coins the volunteer earned by donating on {@code day}. */
  public CoinAmount donationCoinsOn(String volunteerId, String day) {
    return read(keys.donationCoins(volunteerId, day), DailyEarnings.class)
        .map(DailyEarnings::coins)
        .orElse(CoinAmount.ZERO);
  }

  public void putDonationCoinsOn(String volunteerId, String day, CoinAmount coins) {
    stub.putState(
        keys.donationCoins(volunteerId, day), LedgerJson.writeBytes(new DailyEarnings(coins)));
  }

  public Optional<ProjectView> findProject(String projectId) {
    return read(keys.project(projectId), ProjectView.class);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#PROJECT_NOT_FOUND} if absent
   */
  public ProjectView requireProject(String projectId) {
    return findProject(projectId)
        .orElseThrow(
            () ->
                new LedgerValidationException(
                    ErrorCode.PROJECT_NOT_FOUND, "no charity project with this id"));
  }

  public void putProject(ProjectView project) {
    stub.putState(keys.project(project.projectId()), LedgerJson.writeBytes(project));
  }

  /** Whether the volunteer has donated to the project before (read by each donation). */
  public boolean hasDonated(String projectId, String volunteerId) {
    return LedgerStore.present(stub.getState(keys.projectDonor(projectId, volunteerId)));
  }

  /** Writes the row of a donation and, for a first donation, the donor marker. */
  public void putDonation(DonationView donation, Instant time) {
    stub.putState(
        keys.donation(donation.projectId(), time, donation.txId()),
        LedgerJson.writeBytes(donation));
    if (donation.firstForDonor()) {
      stub.putState(
          keys.projectDonor(donation.projectId(), donation.volunteerId()),
          LedgerJson.writeBytes(new ActivityCredit(donation.heartsEntryId())));
    }
  }

  /**
   * Reads the project's checkpoint. Every donation calls this, so that a checkpoint committed
   * between a donation's endorsement and its commit invalidates the donation (a read conflict; the
   * client sends it again, dated later): a checkpoint never misses a row that commits after it.
   */
  public void touchCheckpoint(String projectId) {
    stub.getState(keys.progress(projectId));
  }

  /** The sum of all the project's rows: its checkpoint plus the rows after it. */
  public Tally tally(String projectId) {
    ProgressCheckpoint checkpoint = checkpointOf(projectId);
    return sumAfter(projectId, checkpoint, keys.donationsEnd(projectId), Long.MAX_VALUE);
  }

  /**
   * Moves the checkpoint over at most {@code maxRows} more rows, counting only rows dated before
   * {@code finalBefore}: rows of earlier seconds are final (no endorser accepts a write dated that
   * far back), so the range this reads cannot gain a row before this transaction commits.
   */
  public Tally checkpoint(String projectId, Instant finalBefore, int maxRows) {
    ProgressCheckpoint checkpoint = checkpointOf(projectId);
    Tally tally =
        sumAfter(projectId, checkpoint, keys.donationsBefore(projectId, finalBefore), maxRows);
    stub.putState(
        keys.progress(projectId),
        LedgerJson.writeBytes(
            new ProgressCheckpoint(
                tally.lastKey(), tally.raisedHearts(), tally.donations(), tally.donors())));
    return tally;
  }

  /**
   * The next rows of an EXPIRED or CANCELLED project to give back, at most {@code max}, after the
   * last one given back.
   */
  public List<DonationRow> rowsToReturn(String projectId, int max) {
    ReturnCursor cursor = returnCursorOf(projectId);
    List<DonationRow> rows = new ArrayList<>();
    String start = cursor.lastKey().isEmpty() ? keys.donationsOf(projectId) : cursor.lastKey();
    try (QueryResultsIterator<KeyValue> range =
        stub.getStateByRange(start, keys.donationsEnd(projectId))) {
      for (KeyValue row : range) {
        if (rows.size() == max) {
          break;
        }
        if (!row.getKey().equals(cursor.lastKey())) {
          rows.add(new DonationRow(row.getKey(), decodeRow(row)));
        }
      }
    } catch (Exception e) {
      throw closeFailed(e);
    }
    return rows;
  }

  /** Rows given back so far. */
  public long returnedSoFar(String projectId) {
    return returnCursorOf(projectId).returned();
  }

  public void advanceReturns(String projectId, String lastKey, long returned) {
    stub.putState(
        keys.projectReturn(projectId), LedgerJson.writeBytes(new ReturnCursor(lastKey, returned)));
  }

  /** One page of the project's rows in key order, with the bookmark of the next page. */
  public Page donations(String projectId, int pageSize, String bookmark) {
    String start =
        bookmark == null || bookmark.isEmpty()
            ? keys.donationsOf(projectId)
            : startOf(projectId, bookmark);
    List<DonationView> rows = new ArrayList<>();
    String next = "";
    try (QueryResultsIterator<KeyValue> range =
        stub.getStateByRange(start, keys.donationsEnd(projectId))) {
      for (KeyValue row : range) {
        if (rows.size() == pageSize) {
          next = bookmarkOf(row.getKey());
          break;
        }
        rows.add(decodeRow(row));
      }
    } catch (Exception e) {
      throw closeFailed(e);
    }
    return new Page(rows, next);
  }

  /**
   * A page of rows.
   *
   * @param donations the rows
   * @param bookmark the next page's bookmark, {@code ""} after the last
   */
  public record Page(List<DonationView> donations, String bookmark) {}

  private String startOf(String projectId, String bookmark) {
    String key;
    try {
      key = new String(Base64.getUrlDecoder().decode(bookmark), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidBookmark();
    }
    if (!key.startsWith(BOOKMARK_PREFIX)
        || !key.substring(BOOKMARK_PREFIX.length()).startsWith(keys.donationsOf(projectId))) {
      throw invalidBookmark();
    }
    return key.substring(BOOKMARK_PREFIX.length());
  }

  private static String bookmarkOf(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((BOOKMARK_PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  private static LedgerValidationException invalidBookmark() {
    return new LedgerValidationException(
        ErrorCode.INVALID_PAGE,
        "the bookmark was not issued for this project's donations; start again without one");
  }

  private Tally sumAfter(String projectId, ProgressCheckpoint from, String end, long maxRows) {
    long raised = from.raisedHearts();
    long donations = from.donations();
    long donors = from.donors();
    String last = from.lastKey();
    long read = 0;
    String start = last.isEmpty() ? keys.donationsOf(projectId) : last;
    if (start.compareTo(end) < 0) {
      try (QueryResultsIterator<KeyValue> range = stub.getStateByRange(start, end)) {
        for (KeyValue row : range) {
          if (row.getKey().equals(from.lastKey())) {
            continue;
          }
          if (read == maxRows) {
            break;
          }
          DonationView donation = decodeRow(row);
          raised = HeartsFields.add(raised, donation.hearts());
          donations++;
          donors += donation.firstForDonor() ? 1 : 0;
          last = row.getKey();
          read++;
        }
      } catch (LedgerValidationException e) {
        throw e;
      } catch (Exception e) {
        throw closeFailed(e);
      }
    }
    return new Tally(last, raised, donations, donors, from.donations(), read);
  }

  private ProgressCheckpoint checkpointOf(String projectId) {
    return read(keys.progress(projectId), ProgressCheckpoint.class).orElse(ProgressCheckpoint.NONE);
  }

  private ReturnCursor returnCursorOf(String projectId) {
    return read(keys.projectReturn(projectId), ReturnCursor.class).orElse(ReturnCursor.NONE);
  }

  private static DonationView decodeRow(KeyValue row) {
    return LedgerStore.decode(row.getValue(), DonationView.class);
  }

  private static IllegalStateException closeFailed(Exception e) {
    return new IllegalStateException("a range of donation rows could not be read", e);
  }

  private <T> Optional<T> read(String key, Class<T> type) {
    byte[] value = stub.getState(key);
    return LedgerStore.present(value)
        ? Optional.of(LedgerStore.decode(value, type))
        : Optional.empty();
  }
}
