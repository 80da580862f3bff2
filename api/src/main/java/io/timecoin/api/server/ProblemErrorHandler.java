package io.timecoin.api.server;

import io.timecoin.api.http.ApiJson;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it refuses before any route runs (ambiguous or malformed URIs, such as
 * an encoded '/' in an id, oversized headers): problem+json like every other error, instead of
 * Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    var body = ApiJson.object();
    body.put("type", "https://timecoin.io/problems/bad-request");
    body.put("title", "BAD_REQUEST");
    body.put("status", status);
    body.put("code", "BAD_REQUEST");
    body.put(
        "detail", "the HTTP request is malformed (for example an encoded '/' or '..' in the path)");
    // Refused before any route ran, so there is no request id yet: a fresh one names this answer.
    body.put("instance", UUID.randomUUID().toString());
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON));
    return ByteBuffer.wrap(ApiJson.bytes(body));
  }
}
