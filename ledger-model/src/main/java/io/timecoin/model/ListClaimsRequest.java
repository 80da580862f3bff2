package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#LIST_CLAIMS}: one page of the claims in one status, in claim
 * id order.
 *
 * @param status the status listed
 * @param pageSize 1-200 claims
 * @param bookmark {@code null} or {@code ""} for the first page, else the previous page's bookmark
 */
public record ListClaimsRequest(ClaimStatus status, Integer pageSize, String bookmark) {

  public ListClaimsRequest {
    Fields.required(status, "status");
    Fields.required(pageSize, "pageSize");
    if (pageSize < 1 || pageSize > ListEntriesRequest.MAX_PAGE_SIZE) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_PAGE, "pageSize must be from 1 to " + ListEntriesRequest.MAX_PAGE_SIZE);
    }
  }
}
