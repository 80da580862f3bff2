package io.timecoin.api.http;

import java.util.Map;
import java.util.Objects;

/**
 * A finished response kept for idempotent replays and async status lookups.
 *
 * @param status HTTP status.
 * @param contentType its content type.
 * @param body the bytes sent.
 * @param headers extra headers (Location, Retry-After).
 */
public record StoredResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {

  public StoredResponse {
    Objects.requireNonNull(contentType, "contentType");
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
