package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#GET_KEY_HISTORY}: one page of the committed versions of one
 * record. A history is never cut short silently: a page that is not the last carries a bookmark.
 *
 * @param kind what kind of record
 * @param id its id: volunteerId, entryId, policy version ({@code "current"} for the pointer to the
 *     latest) or, for a request, {@code <mspId>/<requestId>} (requestIds are scoped per
 *     organisation, see {@link OrgRequestId})
 * @param pageSize 1-200 versions per page; {@code null} means 200
 * @param bookmark {@code null} or {@code ""} for the first page, else the previous page's bookmark
 */
public record KeyHistoryRequest(HistoryKind kind, String id, Integer pageSize, String bookmark) {

  /** The first page, of the largest size. */
  public KeyHistoryRequest(HistoryKind kind, String id) {
    this(kind, id, null, null);
  }

  /** Id of the pointer to the current earning policy in {@link HistoryKind#POLICY} requests. */
  public static final String CURRENT_POLICY = "current";

  public KeyHistoryRequest {
    Fields.required(kind, "kind");
    Fields.required(id, "id");
    if (pageSize == null) {
      pageSize = ListEntriesRequest.MAX_PAGE_SIZE;
    }
    if (pageSize < 1 || pageSize > ListEntriesRequest.MAX_PAGE_SIZE) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_PAGE, "pageSize must be from 1 to " + ListEntriesRequest.MAX_PAGE_SIZE);
    }
    if (bookmark == null) {
      bookmark = "";
    }
    switch (kind) {
      case ACCOUNT -> Identifiers.requireVolunteerId(id);
      case ENTRY -> Identifiers.requireEntryId(id);
      case REQUEST -> OrgRequestId.parse(id);
      case POLICY -> {
        if (!id.equals(CURRENT_POLICY)) {
          PolicyVersions.parse(id);
        }
      }
    }
  }
}
