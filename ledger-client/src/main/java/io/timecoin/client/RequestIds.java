package io.timecoin.client;

import java.util.UUID;

/**
 * Makes requestIds for callers that have no natural idempotency key of their own.
 *
 * <p>Make one id per business operation, before the first attempt, and keep it with the operation:
 * sending the same request again under the same id is what makes a retry safe (the ledger replays
 * the first result instead of writing twice). A fresh id per attempt would defeat that.
 *
 * <pre>{@code
 * String requestId = RequestIds.newId(); // store it with the pending operation
 * ledger.registerVolunteer(new RegisterVolunteerRequest(requestId, "vol-42"));
 * }</pre>
 */
public final class RequestIds {

  /** Prefix that tells ids made here apart from ids that callers chose. */
  public static final String PREFIX = "tc:";

  private RequestIds() {}

  /**
   * A new random requestId, {@code tc:} followed by a random UUID: valid under the ledger's
   * requestId rule and unique for all practical purposes.
   *
   * @return a new requestId.
   */
  public static String newId() {
    return PREFIX + UUID.randomUUID();
  }
}
