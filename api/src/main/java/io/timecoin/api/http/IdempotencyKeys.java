package io.timecoin.api.http;

import io.timecoin.api.auth.Caller;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency-Key handling: the key is scoped per caller and becomes the ledger requestId {@code
 * <callerId>.<key>}; the first result per requestId is kept (in memory, the most recent {@code
 * capacity}) so a replay with the same body returns it, a replay with another body is refused with
 * IDEMPOTENCY_CONFLICT and a replay while the first is still running gets 409. After a restart the
 * ledger's own requestId rule gives the same answers for committed writes.
 */
public final class IdempotencyKeys {

  /** What an Idempotency-Key may be: leaves room for the caller id inside 128 characters. */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_:-]{1,80}");

  private final int capacity;
  private final Map<String, Slot> slots;

  /** Creates a store keeping at most {@code capacity} finished results. */
  public IdempotencyKeys(int capacity) {
    this.capacity = capacity;
    this.slots =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Slot> eldest) {
            return size() > IdempotencyKeys.this.capacity && eldest.getValue().response != null;
          }
        };
  }

  /**
   * The ledger requestId for a caller's key.
   *
   * @throws ApiProblem if the key is missing or breaks its rule.
   */
  public static String requestId(Caller caller, String key) {
    if (key == null || key.isEmpty()) {
      throw ApiProblem.of(
          ApiErrorCode.IDEMPOTENCY_KEY_REQUIRED,
          "every write needs an Idempotency-Key header (1-80 characters of A-Z, a-z, 0-9, '_',"
              + " ':' or '-'), unique per intended write; send the same key to retry safely");
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiProblem.of(
          ApiErrorCode.INVALID_IDEMPOTENCY_KEY,
          "the Idempotency-Key must be 1-80 characters of A-Z, a-z, 0-9, '_', ':' or '-'");
    }
    return caller.id() + "." + key;
  }

  /** The outcome of {@link #begin}. */
  public sealed interface Start {}

  /** The caller is the first with this requestId: run the write, then {@link #finish}. */
  public record Run() implements Start {}

  /** The same request finished before: send this again. */
  public record Replay(StoredResponse response) implements Start {}

  /**
   * Claims a requestId for a body.
   *
   * @param requestId the scoped request id.
   * @param bodyDigest SHA-256 of the canonical request.
   * @return run or replay.
   * @throws ApiProblem 409 while the first is in flight, 422 for another body.
   */
  public synchronized Start begin(String requestId, byte[] bodyDigest) {
    Slot slot = slots.get(requestId);
    if (slot == null) {
      slots.put(requestId, new Slot(bodyDigest));
      return new Run();
    }
    if (!MessageDigest.isEqual(slot.digest, bodyDigest)) {
      throw new ApiProblem(
          422,
          "IDEMPOTENCY_CONFLICT",
          "this Idempotency-Key was already used for a different request; use a new key",
          null);
    }
    if (slot.response == null) {
      throw ApiProblem.of(
          ApiErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT,
          "a request with this Idempotency-Key is still being processed; retry shortly");
    }
    return new Replay(slot.response);
  }

  /** Records the response of a write that reached a definite outcome. */
  public synchronized void finish(String requestId, StoredResponse response) {
    Slot slot = slots.get(requestId);
    if (slot != null) {
      slot.response = response;
    }
  }

  /** Forgets a write whose outcome is unknown or retryable, so the same key can be sent again. */
  public synchronized void abandon(String requestId) {
    Slot slot = slots.get(requestId);
    if (slot != null && slot.response == null) {
      slots.remove(requestId);
    }
  }

  /** Whether the write is still running, for async status lookups. */
  public synchronized boolean inFlight(String requestId) {
    Slot slot = slots.get(requestId);
    return slot != null && slot.response == null;
  }

  /** The finished response of a requestId, if this instance still has it. */
  public synchronized Optional<StoredResponse> finished(String requestId) {
    Slot slot = slots.get(requestId);
    return slot == null ? Optional.empty() : Optional.ofNullable(slot.response);
  }

  private static final class Slot {
    final byte[] digest;
    StoredResponse response;

    Slot(byte[] digest) {
      this.digest = digest.clone();
    }
  }
}
