package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A charity project as stored and returned. The closing fields are {@code null} while it is OPEN;
 * closing records them once, from the donation rows.
 *
 * @param projectId the project
 * @param status OPEN, FUNDED, EXPIRED or CANCELLED
 * @param targetHearts hearts to raise
 * @param deadline ISO-8601 UTC instant; donations are refused from it on
 * @param descriptionHash SHA-256 of the public description
 * @param sponsorId the sponsor
 * @param pledge money released when FUNDED
 * @param currency ISO 4217 code of the pledge and the match
 * @param matchPerHeart money added per heart raised, or null
 * @param matchBudget most the match pays, or null
 * @param launchedBy the operator identity that launched it
 * @param launchedAt ISO-8601 UTC time of the launch
 * @param txId the launching transaction
 * @param raisedHearts at closing: the sum of the donation rows
 * @param donations at closing: the number of donation rows
 * @param donors at closing: the number of distinct donors
 * @param matchedAmount at closing: min(matchPerHeart x raisedHearts, matchBudget) when FUNDED, zero
 *     otherwise
 * @param closedAt at closing: ISO-8601 UTC time
 * @param closedBy at closing: the identity that closed it
 * @param closeReason at cancelling: why
 * @param returnedDonations donations given back so far (EXPIRED and CANCELLED only)
 */
public record ProjectView(
    String projectId,
    ProjectStatus status,
    long targetHearts,
    String deadline,
    String descriptionHash,
    String sponsorId,
    MoneyAmount pledge,
    String currency,
    MoneyAmount matchPerHeart,
    MoneyAmount matchBudget,
    Recorder launchedBy,
    String launchedAt,
    String txId,
    Long raisedHearts,
    Long donations,
    Long donors,
    MoneyAmount matchedAmount,
    String closedAt,
    Recorder closedBy,
    String closeReason,
    long returnedDonations) {

  public ProjectView {
    HeartsFields.requireProjectId(projectId);
    Fields.required(status, "status");
    Fields.required(deadline, "deadline");
    Fields.required(launchedBy, "launchedBy");
    Fields.required(launchedAt, "launchedAt");
    Fields.required(txId, "txId");
    HeartsFields.requireNotNegative(returnedDonations, "returnedDonations");
  }

  /** Whether donations to it are still taken (also subject to the deadline). Not a property. */
  @JsonIgnore
  public boolean isOpen() {
    return status == ProjectStatus.OPEN;
  }
}
