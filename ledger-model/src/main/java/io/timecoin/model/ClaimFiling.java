package io.timecoin.model;

import java.util.Objects;

/**
 * What {@link Transactions#FILE_CLAIM} sends: the public request, as the chaincode's argument, and
 * the private details, in the transient map only (they reach the Platform and Insurer collection,
 * and only their hash the public ledger).
 *
 * @param request the public part of the claim
 * @param details the private part; never printed
 */
public record ClaimFiling(FileClaimRequest request, ClaimPrivateDetails details)
    implements WriteRequest {

  public ClaimFiling {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(details, "details");
  }

  @Override
  public String requestId() {
    return request.requestId();
  }

  /** Never print the details, e.g. in an exception message or a debugger. */
  @Override
  public String toString() {
    return "ClaimFiling[" + request.requestId() + "]";
  }
}
