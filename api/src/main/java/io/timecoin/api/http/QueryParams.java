package io.timecoin.api.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict query parameters: only the named ones, each at most once, bounded in length; the value
 * never appears in an error.
 */
public final class QueryParams {

  private static final int MAX_LENGTH = 2048;

  private final Map<String, List<String>> params;

  private QueryParams(Map<String, List<String>> params) {
    this.params = params;
  }

  /**
   * Checks the parameters of a request.
   *
   * @param params the query parameters as the server parsed them.
   * @param allowed the names this route accepts.
   * @throws ApiProblem 400 INVALID_QUERY for another name, a repeated name or an oversized value.
   */
  public static QueryParams of(Map<String, List<String>> params, Set<String> allowed) {
    for (var entry : params.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw ApiProblem.of(
            ApiErrorCode.INVALID_QUERY,
            "unknown query parameter; this route accepts: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (entry.getValue().size() != 1) {
        throw ApiProblem.of(
            ApiErrorCode.INVALID_QUERY, "query parameter '" + entry.getKey() + "' given twice");
      }
      if (entry.getValue().get(0).length() > MAX_LENGTH) {
        throw ApiProblem.of(
            ApiErrorCode.INVALID_QUERY, "query parameter '" + entry.getKey() + "' is too long");
      }
    }
    return new QueryParams(params);
  }

  /** The value, or null if absent. Empty values count as absent. */
  public String text(String name) {
    List<String> values = params.get(name);
    if (values == null || values.get(0).isEmpty()) {
      return null;
    }
    return values.get(0);
  }

  /**
   * A positive whole number of at most 18 digits, or null if absent.
   *
   * @throws ApiProblem 400 INVALID_QUERY otherwise.
   */
  public Long positive(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ApiProblem.of(
          ApiErrorCode.INVALID_QUERY, "'" + name + "' must be a positive whole number");
    }
    long value = Long.parseLong(text);
    if (value < 1) {
      throw ApiProblem.of(
          ApiErrorCode.INVALID_QUERY, "'" + name + "' must be a positive whole number");
    }
    return value;
  }
}
