package io.timecoin.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.api.auth.VolunteerTokens;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A java.net.http client for the three API instances of the IT network, reading their addresses and
 * keys from the run folder that {@code scripts/network up} wrote, and checking every response
 * against the OpenAPI document.
 */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final Path apiDir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final OpenApiContract contract = OpenApiContract.load();
  private final Map<String, String> bases = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();

  ApiClient() {
    Path runDir = Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
    this.apiDir = runDir.resolve("api");
    for (String org : List.of("platform", "insurer", "auditor")) {
      Properties p = new Properties();
      try (Reader reader = Files.newBufferedReader(apiDir.resolve(org + ".properties"))) {
        p.load(reader);
        bases.put(org, "http://" + p.getProperty("host") + ":" + p.getProperty("port"));
        for (String line : Files.readAllLines(apiDir.resolve(org + ".keys"))) {
          if (!line.startsWith("#") && !line.isBlank()) {
            String[] parts = line.split("\\s+");
            keys.put(parts[0], parts[2]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the IT network has no API settings in " + apiDir, e);
      }
    }
  }

  /** The API key of a caller configured by {@code up}: platform-ops, platform-reader, ... */
  String key(String callerId) {
    return keys.get(callerId);
  }

  /** A fresh volunteer token from the platform's signing key. */
  String token(String volunteerId, Duration lifetime, Clock clock) {
    return VolunteerTokens.fromJwkFile(apiDir.resolve("volunteer-token.jwk"), clock)
        .mint(volunteerId, lifetime);
  }

  String token(String volunteerId) {
    return token(volunteerId, Duration.ofMinutes(10), Clock.systemUTC());
  }

  String base(String org) {
    return bases.get(org);
  }

  /** One call; {@code template} is the documented route, {@code path} the concrete one. */
  Response call(Call call) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(bases.get(call.org) + call.path))
            .timeout(Duration.ofSeconds(60));
    call.headers.forEach(builder::header);
    if (call.body != null) {
      builder.header("Content-Type", "application/json");
      builder.method(call.method, HttpRequest.BodyPublishers.ofString(call.body));
    } else {
      builder.method(call.method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (call.template != null && (type.contains("json"))) {
        contract.check(call.method, call.template, response.statusCode(), type, response.body());
      }
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request being built. */
  static final class Call {
    final String org;
    final String method;
    final String template;
    String path;
    String body;
    final Map<String, String> headers = new HashMap<>();

    Call(String org, String method, String template, String path) {
      this.org = org;
      this.method = method;
      this.template = template;
      this.path = path;
    }

    Call key(String apiKey) {
      headers.put("X-API-Key", apiKey);
      return this;
    }

    Call bearer(String token) {
      headers.put("Authorization", "Bearer " + token);
      return this;
    }

    Call idempotencyKey(String key) {
      headers.put("Idempotency-Key", key);
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Call body(String json) {
      this.body = json;
      return this;
    }
  }

  static Call get(String org, String template, String path) {
    return new Call(org, "GET", template, path);
  }

  static Call post(String org, String template, String body) {
    return new Call(org, "POST", template, template).body(body);
  }

  static Call put(String org, String template, String path, String body) {
    return new Call(org, "PUT", template, path).body(body);
  }

  /** A response. */
  record Response(int status, Map<String, List<String>> headers, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String code() {
      return json().path("code").asText();
    }

    String header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }
}
