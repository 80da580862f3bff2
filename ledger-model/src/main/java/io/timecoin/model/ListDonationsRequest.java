package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#LIST_DONATIONS}: one page of a project's donation rows.
 *
 * @param projectId the project
 * @param pageSize 1-200; absent means 200
 * @param bookmark {@code ""} or absent for the first page, else the bookmark of the previous page
 */
public record ListDonationsRequest(String projectId, Integer pageSize, String bookmark) {

  public ListDonationsRequest {
    HeartsFields.requireProjectId(projectId);
    HeartsFields.pageSize(pageSize);
  }
}
