package io.timecoin.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.timecoin.model.Identifiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Volunteer bearer tokens: ES256 JWTs that the platform issues and every API instance verifies with
 * the platform's public key (nimbus-jose-jwt). A token is accepted only if it is signed with ES256
 * by that key, names the timecoin issuer and audience, has an expiry in the future (at most {@link
 * #MAX_LIFETIME} after its issue time), is valid already ({@code nbf}, if present, not in the
 * future; 30 s clock skew) and a valid volunteerId as subject. Unsigned tokens ({@code alg: none})
 * never parse as signed ones.
 */
public final class VolunteerTokens {

  /** The {@code iss} claim of every volunteer token. */
  public static final String ISSUER = "timecoin-platform";

  /** The {@code aud} claim of every volunteer token. */
  public static final String AUDIENCE = "timecoin-api";

  /** Longest lifetime accepted, so a leaked token does not work for long. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(24);

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private final ECKey verificationKey;
  private final ECKey signingKey;
  private final Clock clock;

  private VolunteerTokens(ECKey verificationKey, ECKey signingKey, Clock clock) {
    this.verificationKey = Objects.requireNonNull(verificationKey, "verificationKey").toPublicJWK();
    this.signingKey = signingKey;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Verifies with the key in {@code jwkFile} (public or private JWK); signs if it is private. */
  public static VolunteerTokens fromJwkFile(Path jwkFile, Clock clock) {
    ECKey key = readKey(jwkFile);
    return new VolunteerTokens(key, key.isPrivate() ? key : null, clock);
  }

  /** Tokens over a given key, e.g. in tests. */
  public static VolunteerTokens of(ECKey key, Clock clock) {
    return new VolunteerTokens(key, key.isPrivate() ? key : null, clock);
  }

  /** A new P-256 key pair for signing volunteer tokens. */
  public static ECKey newSigningKey() {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyID(UUID.randomUUID().toString())
          .algorithm(JWSAlgorithm.ES256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate a P-256 key", e);
    }
  }

  private static ECKey readKey(Path jwkFile) {
    try {
      return ECKey.parse(Files.readString(jwkFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token key file " + jwkFile, e);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "the token key file " + jwkFile + " is not an EC JSON Web Key", e);
    }
  }

  /**
   * Issues a token for a volunteer.
   *
   * @param volunteerId the volunteer's pseudonymous id.
   * @param lifetime how long the token is valid, at most {@link #MAX_LIFETIME}.
   * @return the compact JWT.
   * @throws IllegalStateException if only the public key is configured.
   */
  public String mint(String volunteerId, Duration lifetime) {
    if (signingKey == null) {
      throw new IllegalStateException("only the platform's private key can issue tokens");
    }
    Identifiers.requireVolunteerId(volunteerId);
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException("a token lives from 1 second to 24 hours");
    }
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(volunteerId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the token", e);
    }
    return jwt.serialize();
  }

  /**
   * Verifies a bearer token.
   *
   * @param token the compact JWT from the Authorization header.
   * @return the volunteer caller, or empty if the token is not acceptable for any reason (the
   *     reason is not told to the caller, so tokens cannot be probed).
   */
  public Optional<Caller> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
        return Optional.empty();
      }
      if (!jwt.verify(new ECDSAVerifier(verificationKey))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Instant now = clock.instant();
      Date expiry = claims.getExpirationTime();
      Date issued = claims.getIssueTime();
      Date notBefore = claims.getNotBeforeTime();
      if (expiry == null
          || notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)
          || issued == null
          || !expiry.toInstant().plus(CLOCK_SKEW).isAfter(now)
          || issued.toInstant().minus(CLOCK_SKEW).isAfter(now)
          || Duration.between(issued.toInstant(), expiry.toInstant()).compareTo(MAX_LIFETIME) > 0
          || !ISSUER.equals(claims.getIssuer())
          || !List.of(AUDIENCE).equals(claims.getAudience())) {
        return Optional.empty();
      }
      String volunteerId = Identifiers.requireVolunteerId(claims.getSubject());
      return Optional.of(new Caller("vol:" + volunteerId, Role.VOLUNTEER, volunteerId));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
