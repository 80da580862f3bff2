package io.timecoin.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import java.io.IOException;

/**
 * JSON for the HTTP layer. Request bodies are read strictly (one JSON object, no duplicate keys, no
 * trailing content, bounded nesting) and then handed, with the requestId and path ids added, to the
 * ledger's own strict codec, so unknown fields, wrong types and broken rules are refused with the
 * same codes and messages as on the ledger. Responses embed the ledger's records as the ledger
 * writes them, so JSON field names are the wire contract's.
 */
public final class ApiJson {

  /** The mapper for API responses and body trees. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096).build());
  }

  private ApiJson() {}

  /**
   * Reads a request body as a JSON object and turns it into a ledger request.
   *
   * @param body the raw body.
   * @param added fields the API adds (requestId, ids from the path); the body may not contain them.
   * @param type the ledger request type.
   * @return the validated request.
   * @throws ApiProblem with {@code MALFORMED_REQUEST} or the contract rule's code.
   */
  public static <T> T readRequest(byte[] body, ObjectNode added, Class<T> type) {
    ObjectNode object = readObject(body);
    var names = added.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (object.has(name)) {
        throw Problems.ledger(
            ErrorCode.MALFORMED_REQUEST,
            "the body must not contain '"
                + name
                + "': it comes from the "
                + (name.equals("requestId") ? "Idempotency-Key header" : "URL path"));
      }
    }
    object.setAll(added);
    try {
      return LedgerJson.read(MAPPER.writeValueAsBytes(object), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /**
   * Reads a body that must be one JSON object.
   *
   * @throws ApiProblem with {@code MALFORMED_REQUEST} otherwise.
   */
  public static ObjectNode readObject(byte[] body) {
    if (body == null || body.length == 0) {
      throw Problems.ledger(ErrorCode.MALFORMED_REQUEST, "the request needs a JSON object body");
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (IOException e) {
      throw Problems.ledger(
          ErrorCode.MALFORMED_REQUEST,
          "the body is not well-formed JSON, has a property twice, or nests too deeply");
    }
    if (tree == null || !tree.isObject()) {
      throw Problems.ledger(ErrorCode.MALFORMED_REQUEST, "the body must be one JSON object");
    }
    return (ObjectNode) tree;
  }

  /** A ledger record as a tree, exactly as the ledger's codec writes it. */
  public static JsonNode tree(Object ledgerValue) {
    try {
      return MAPPER.readTree(LedgerJson.writeBytes(ledgerValue));
    } catch (IOException e) {
      throw new IllegalStateException("the ledger codec writes JSON", e);
    }
  }

  /** Serialises a response tree or value. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a response", e);
    }
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
