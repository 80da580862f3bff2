package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#GET_KEY_HISTORY}: every committed version of one record.
 *
 * @param kind what kind of record
 * @param id its id: volunteerId, entryId, policy version ({@code "current"} for the pointer to the
 *     latest) or, for a request, {@code <mspId>/<requestId>} (requestIds are scoped per
 *     organisation, see {@link OrgRequestId})
 */
public record KeyHistoryRequest(HistoryKind kind, String id) {

  /** Id of the pointer to the current earning policy in {@link HistoryKind#POLICY} requests. */
  public static final String CURRENT_POLICY = "current";

  public KeyHistoryRequest {
    Fields.required(kind, "kind");
    Fields.required(id, "id");
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
