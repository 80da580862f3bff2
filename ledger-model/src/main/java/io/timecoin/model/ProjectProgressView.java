package io.timecoin.model;

/**
 * What a project has raised: the sum of its donation rows (for a closed project, the totals
 * recorded at closing).
 *
 * @param projectId the project
 * @param status its status
 * @param targetHearts hearts to raise
 * @param raisedHearts hearts in its donation rows
 * @param donations number of donation rows
 * @param donors number of distinct donors
 * @param checkpointedDonations rows covered by the latest progress checkpoint
 * @param rowsRead rows this answer had to read beyond the checkpoint (its cost)
 */
public record ProjectProgressView(
    String projectId,
    ProjectStatus status,
    long targetHearts,
    long raisedHearts,
    long donations,
    long donors,
    long checkpointedDonations,
    long rowsRead) {

  public ProjectProgressView {
    HeartsFields.requireProjectId(projectId);
    Fields.required(status, "status");
  }
}
