package io.timecoin.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one JSON codec for everything that goes on the ledger or over the wire. Output is
 * deterministic (properties sorted by name, map entries by key, no whitespace), so the same value
 * always has the same bytes, which endorsing peers must agree on. Input is strict: unknown or
 * duplicate properties, trailing content, numbers where text is expected (amounts are strings) and
 * text where numbers are expected are all rejected.
 *
 * <p>Every failure is a {@link LedgerValidationException}: the code of a rule broken inside a
 * record's constructor is kept, anything else is {@link ErrorCode#MALFORMED_REQUEST}. Messages name
 * the expected type and field but never repeat the input.
 */
public final class LedgerJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Records are built through their constructors; without this their properties would be
          // written in declaration order instead of by name.
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private LedgerJson() {}

  /** Serialises {@code value} to canonical JSON text. */
  public static String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /** Serialises {@code value} to canonical UTF-8 JSON bytes. */
  public static byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new LedgerValidationException(
          ErrorCode.INTERNAL_ERROR,
          "could not write " + value.getClass().getSimpleName() + " as JSON",
          e);
    }
  }

  /** Reads one {@code type} from JSON text. */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (json == null || json.isEmpty()) {
      throw empty(type);
    }
    try {
      return present(MAPPER.readValue(json, type), type);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  /** Reads one {@code type} from UTF-8 JSON bytes. */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (json == null || json.length == 0) {
      throw empty(type);
    }
    try {
      return present(MAPPER.readValue(json, type), type);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  /**
   * Reads one event payload from UTF-8 JSON bytes, ignoring properties {@code type} does not have.
   * Events flow from the chaincode to consumers that may be older than it: a newer chaincode may
   * add fields to an event, and a consumer must keep going rather than stop at the first one.
   * Requests and results stay strict ({@link #read(byte[], Class)}): a property the other side does
   * not know there is a mistake, not an addition.
   */
  public static <T> T readEvent(byte[] json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (json == null || json.length == 0) {
      throw empty(type);
    }
    try {
      return present(
          MAPPER
              .readerFor(type)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .<T>readValue(json),
          type);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  private static <T> T present(T value, Class<T> type) {
    // The JSON literal null is well-formed but is not a value of any contract type.
    if (value == null) {
      throw empty(type);
    }
    return value;
  }

  private static LedgerValidationException empty(Class<?> type) {
    return new LedgerValidationException(
        ErrorCode.MALFORMED_REQUEST,
        "expected a " + type.getSimpleName() + " JSON object, got nothing");
  }

  private static LedgerValidationException translate(Exception failure, Class<?> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof LedgerValidationException rule) {
        return rule;
      }
    }
    String name = type.getSimpleName();
    if (failure instanceof UnrecognizedPropertyException unknown) {
      return malformed(
          name
              + " JSON has a property that is not part of the contract; allowed properties are: "
              + unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")),
          failure);
    }
    if (failure instanceof JsonMappingException mapping) {
      String at = path(mapping.getPath());
      return malformed(
          name
              + " JSON does not have the expected shape"
              + (at.isEmpty() ? "" : " at '" + at + "'")
              + "; amounts are decimal strings, counters are integers, and every property has one"
              + " value",
          failure);
    }
    return malformed(name + " is not well-formed JSON, or has a property twice", failure);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    // Only names of properties the target type declares reach the path (unknown ones fail
    // earlier), so this cannot echo caller-chosen text.
    return references.stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static LedgerValidationException malformed(String message, Exception cause) {
    return new LedgerValidationException(ErrorCode.MALFORMED_REQUEST, message, cause);
  }
}
