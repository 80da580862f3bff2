package io.timecoin.bench.workload;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blocking HTTP/1.1 GETs over one kept-alive connection per worker thread: the load generator's
 * read client. The JDK's {@code HttpClient} is asynchronous underneath (a selector thread, a chain
 * of futures per request) and on the 2-core development machine its CPU per request competed with
 * the API it measured; a backend reading balances would keep a connection per worker the same way.
 * Only what the API's GET answers need: a status line, headers, a body by {@code Content-Length} or
 * chunked; a connection the server closed (idle timeout) is opened again once, before anything of
 * the answer was read.
 */
final class KeptAliveGets implements AutoCloseable {

  /** What a GET answered. */
  record Answer(int status, String body) {}

  private static final int TIMEOUT_MILLIS = 30_000;
  private static final int MAX_HEADER_LINE = 8192;

  private final String host;
  private final int port;
  private final String hostHeader;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Set<Connection> all = ConcurrentHashMap.newKeySet();

  KeptAliveGets(URI base) {
    if (!"http".equals(base.getScheme())) {
      throw new IllegalArgumentException("only http:// API addresses are supported");
    }
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
    this.hostHeader = host + ":" + port;
  }

  /** GETs {@code path} with one extra header (e.g. the API key). */
  Answer get(String path, String headerName, String headerValue) throws IOException {
    byte[] request =
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: "
                + hostHeader
                + "\r\n"
                + headerName
                + ": "
                + headerValue
                + "\r\nAccept: application/json\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Connection c = connections.get();
    if (c != null) {
      try {
        return c.exchange(request);
      } catch (StaleConnection e) {
        c.close();
      }
    }
    c = open();
    try {
      return c.exchange(request);
    } catch (StaleConnection e) {
      c.close();
      throw new IOException("the API closed a new connection before answering", e);
    }
  }

  private Connection open() throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    Connection c = new Connection(socket);
    connections.set(c);
    all.add(c);
    return c;
  }

  @Override
  public void close() {
    all.forEach(Connection::close);
  }

  /** The server closed the connection before the first byte of an answer: safe to send again. */
  private static final class StaleConnection extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnection(String message) {
      super(message);
    }
  }

  private final class Connection {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
      this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    Answer exchange(byte[] request) throws IOException {
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        throw new StaleConnection("write failed: " + e.getClass().getSimpleName());
      }
      int first = in.read();
      if (first < 0) {
        throw new StaleConnection("closed before answering");
      }
      String statusLine = (char) first + line();
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP/1.x status line");
      }
      int status = Integer.parseInt(parts[1]);
      long length = -1;
      boolean chunked = false;
      boolean closeAfter = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closeAfter = value.equalsIgnoreCase("close");
          default -> {
            // not needed
          }
        }
      }
      byte[] body;
      if (status == 204 || status == 304) {
        body = new byte[0];
      } else if (chunked) {
        body = chunkedBody();
      } else if (length >= 0) {
        body = in.readNBytes((int) length);
        if (body.length != length) {
          throw new IOException("the body ended early");
        }
      } else {
        body = in.readAllBytes();
        closeAfter = true;
      }
      if (closeAfter) {
        close();
        connections.remove();
      }
      return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunkedBody() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line();
        int semicolon = size.indexOf(';');
        int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (n == 0) {
          while (!line().isEmpty()) {
            // trailers: not needed
          }
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(n);
        if (chunk.length != n) {
          throw new IOException("a chunk ended early");
        }
        body.write(chunk);
        line();
      }
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
      StringBuilder s = new StringBuilder(64);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("the connection closed inside an answer");
        }
        if (b != '\r') {
          s.append((char) b);
        }
        if (s.length() > MAX_HEADER_LINE) {
          throw new IOException("header line too long");
        }
      }
      return s.toString();
    }

    void close() {
      all.remove(this);
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
