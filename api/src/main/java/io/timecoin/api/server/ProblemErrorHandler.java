package io.timecoin.api.server;

import io.timecoin.api.http.ApiJson;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it refuses before any route runs (ambiguous or malformed URIs, such as
 * an encoded '/' in an id, oversized request lines or headers): problem+json like every other
 * error, instead of Jetty's HTML page, with a code that says which limit was hit. The OpenAPI
 * document lists 414 and 431 on every operation, since any route can get them.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    var body = ApiJson.object();
    String code = codeOf(status);
    body.put("type", "https://timecoin.io/problems/" + code.toLowerCase().replace('_', '-'));
    body.put("title", code);
    body.put("status", status);
    body.put("code", code);
    body.put("detail", detailOf(status));
    // Refused before any route ran, so there is no request id yet: a fresh one names this answer.
    body.put("instance", UUID.randomUUID().toString());
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON));
    return ByteBuffer.wrap(ApiJson.bytes(body));
  }

  private static String codeOf(int status) {
    return switch (status) {
      case HttpStatus.URI_TOO_LONG_414 -> "URI_TOO_LONG";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "HEADERS_TOO_LARGE";
      default -> "BAD_REQUEST";
    };
  }

  private static String detailOf(int status) {
    return switch (status) {
      case HttpStatus.URI_TOO_LONG_414 ->
          "the request's path and query are longer than the API accepts (8 KiB with the headers);"
              + " shorten the query (a cursor is at most a page's bookmark)";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
          "the request's headers are larger than the API accepts (8 KiB together)";
      default -> "the HTTP request is malformed (for example an encoded '/' or '..' in the path)";
    };
  }
}
