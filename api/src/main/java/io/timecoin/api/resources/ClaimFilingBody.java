package io.timecoin.api.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.Problems;
import io.timecoin.model.ClaimFiling;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.LedgerJson;

/**
 * Reads the body of POST /v1/claims into a {@link ClaimFiling}: the public request (ledger
 * arguments, on every peer) and the private details (transient map only, to the Platform and
 * Insurer collection). The details are never logged and never part of a response; they only feed
 * the replay fingerprint, so the same Idempotency-Key with other details is a conflict, as on the
 * ledger. The details' salt is never the caller's: {@link ClaimSalts} derives it from the
 * requestId.
 */
final class ClaimFilingBody {

  /** The body field that holds the private details. */
  static final String PRIVATE_DETAILS = "privateDetails";

  /**
   * Reads the body strictly: the public fields as a {@link FileClaimRequest}, {@code
   * privateDetails} (required, an object without a salt) as {@link ClaimPrivateDetails} with the
   * salt for this requestId.
   *
   * @param body the raw body.
   * @param added the requestId from the Idempotency-Key.
   * @param salts makes the salt of the private details.
   */
  static ClaimFiling read(byte[] body, ObjectNode added, ClaimSalts salts) {
    ObjectNode object = ApiJson.readObject(body);
    JsonNode details = object.remove(PRIVATE_DETAILS);
    if (details == null || !details.isObject()) {
      throw Problems.ledger(
          ErrorCode.MALFORMED_REQUEST,
          "the body needs 'privateDetails', an object with description, documentHashes and"
              + " payoutReference");
    }
    if (details.has("salt")) {
      throw Problems.ledger(
          ErrorCode.INVALID_ARGUMENT,
          "leave 'salt' out of privateDetails: the API generates it, so that it cannot be weak");
    }
    ((ObjectNode) details).put("salt", salts.saltFor(added.get("requestId").asText()));
    FileClaimRequest request = ApiJson.readRequest(bytes(object), added, FileClaimRequest.class);
    return new ClaimFiling(request, LedgerJson.read(bytes(details), ClaimPrivateDetails.class));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return ApiJson.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  private ClaimFilingBody() {}
}
