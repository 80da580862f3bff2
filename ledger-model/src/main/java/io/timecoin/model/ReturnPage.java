package io.timecoin.model;

import java.util.List;

/**
 * Result of {@link TransactionNames#RETURN_DONATIONS}.
 *
 * @param projectId the project
 * @param entries the RETURN entries written by this call, one per donation, in row order
 * @param returnedDonations donations returned so far, this call included
 * @param complete whether every donation of the project has now been returned
 */
public record ReturnPage(
    String projectId, List<HeartsEntryView> entries, long returnedDonations, boolean complete) {

  public ReturnPage {
    HeartsFields.requireProjectId(projectId);
    entries = List.copyOf(Fields.required(entries, "entries"));
  }
}
