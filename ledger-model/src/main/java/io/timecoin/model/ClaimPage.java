package io.timecoin.model;

import java.util.List;

/**
 * One page of {@link TransactionNames#LIST_CLAIMS}.
 *
 * @param claims the claims of this page, by claim id
 * @param bookmark opaque token for the next page of the same query; {@code ""} when there is none
 */
public record ClaimPage(List<ClaimView> claims, String bookmark) {

  public ClaimPage {
    claims = List.copyOf(Fields.required(claims, "claims"));
    Fields.required(bookmark, "bookmark");
  }
}
