package io.timecoin.api.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** A raw HTTP/1.1 exchange, because java.net.http does not expose trailers. */
final class RawResponse {
  int status;
  byte[] body;

  /** Header and trailer names in lower case. */
  final Map<String, String> headers = new LinkedHashMap<>();

  final Map<String, String> trailers = new LinkedHashMap<>();

  static RawResponse get(String base, String path, String apiKey) throws IOException {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + "\r\nX-API-Key: "
                  + apiKey
                  + "\r\nTE: trailers\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      RawResponse response = new RawResponse();
      response.status = Integer.parseInt(line(in).split(" ")[1]);
      boolean chunked = false;
      long length = -1;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        String lower = header.toLowerCase();
        chunked |= lower.equals("transfer-encoding: chunked");
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        }
        int colon = header.indexOf(':');
        if (colon > 0) {
          response.headers.put(
              header.substring(0, colon).strip().toLowerCase(),
              header.substring(colon + 1).strip());
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line(in).strip(), 16);
            size > 0;
            size = Integer.parseInt(line(in).strip(), 16)) {
          body.write(in.readNBytes(size));
          line(in);
        }
        for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
          int colon = trailer.indexOf(':');
          response.trailers.put(
              trailer.substring(0, colon).strip().toLowerCase(),
              trailer.substring(colon + 1).strip());
        }
      } else if (length >= 0) {
        body.write(in.readNBytes((int) length));
      }
      response.body = body.toByteArray();
      return response;
    }
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
