package io.timecoin.model;

import java.util.List;

/**
 * One page of {@link TransactionNames#LIST_DONATIONS}.
 *
 * @param donations the rows of this page, in row order (time bucket, then transaction)
 * @param bookmark opaque token for the next page; {@code ""} when there is none
 */
public record DonationPage(List<DonationView> donations, String bookmark) {

  public DonationPage {
    donations = List.copyOf(Fields.required(donations, "donations"));
    Fields.required(bookmark, "bookmark");
  }
}
