package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class VolunteerTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private final ECKey platformKey = VolunteerTokens.newSigningKey();
  private final VolunteerTokens platform =
      VolunteerTokens.of(platformKey, Clock.fixed(NOW, ZoneOffset.UTC));
  private final VolunteerTokens verifier =
      VolunteerTokens.of(platformKey.toPublicJWK(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void accepts_a_token_the_platform_minted() {
    String token = platform.mint("vol-42", Duration.ofMinutes(10));

    assertThat(verifier.verify(token)).contains(new Caller("vol:vol-42", Role.VOLUNTEER, "vol-42"));
  }

  @Test
  void rejects_an_expired_token() {
    String token = platform.mint("vol-42", Duration.ofMinutes(10));
    VolunteerTokens later =
        VolunteerTokens.of(
            platformKey.toPublicJWK(),
            Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));

    assertThat(later.verify(token)).isEmpty();
  }

  @Test
  void rejects_a_token_signed_by_another_key() {
    VolunteerTokens impostor =
        VolunteerTokens.of(VolunteerTokens.newSigningKey(), Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(verifier.verify(impostor.mint("vol-42", Duration.ofMinutes(10)))).isEmpty();
  }

  @Test
  void rejects_an_unsigned_alg_none_token() {
    String unsigned = new PlainJWT(claims("vol-42", NOW.plusSeconds(600))).serialize();
    String withEmptySignature = unsigned.endsWith(".") ? unsigned : unsigned + ".";

    assertThat(verifier.verify(unsigned)).isEmpty();
    assertThat(verifier.verify(withEmptySignature)).isEmpty();
  }

  @Test
  void rejects_an_hmac_token_made_with_the_public_key_as_secret() throws Exception {
    byte[] secret = platformKey.toPublicJWK().toJSONString().repeat(2).getBytes();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("vol-42", NOW.plusSeconds(600)));
    jwt.sign(new MACSigner(secret));

    assertThat(verifier.verify(jwt.serialize())).isEmpty();
  }

  @Test
  void rejects_a_token_without_expiry_or_for_another_audience() throws Exception {
    JWTClaimsSet noExpiry =
        new JWTClaimsSet.Builder(claims("vol-42", NOW.plusSeconds(600)))
            .expirationTime(null)
            .build();
    JWTClaimsSet otherAudience =
        new JWTClaimsSet.Builder(claims("vol-42", NOW.plusSeconds(600))).audience("other").build();

    assertThat(verifier.verify(signed(noExpiry))).isEmpty();
    assertThat(verifier.verify(signed(otherAudience))).isEmpty();
    assertThat(verifier.verify(signed(claims("vol-42", NOW.plusSeconds(600))))).isPresent();
  }

  @Test
  void rejects_a_token_that_is_not_valid_yet() throws Exception {
    JWTClaimsSet notYet =
        new JWTClaimsSet.Builder(claims("vol-42", NOW.plusSeconds(600)))
            .notBeforeTime(Date.from(NOW.plusSeconds(300)))
            .build();
    JWTClaimsSet validSinceNow =
        new JWTClaimsSet.Builder(claims("vol-42", NOW.plusSeconds(600)))
            .notBeforeTime(Date.from(NOW))
            .build();

    assertThat(verifier.verify(signed(notYet))).isEmpty();
    assertThat(verifier.verify(signed(validSinceNow))).isPresent();
  }

  @Test
  void rejects_garbage_and_a_subject_that_is_not_a_volunteer_id() throws Exception {
    assertThat(verifier.verify("not a token")).isEmpty();
    assertThat(verifier.verify(signed(claims("../etc/passwd", NOW.plusSeconds(600))))).isEmpty();
  }

  private String signed(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
    jwt.sign(new ECDSASigner(platformKey));
    return jwt.serialize();
  }

  private static JWTClaimsSet claims(String subject, Instant expiry) {
    return new JWTClaimsSet.Builder()
        .issuer(VolunteerTokens.ISSUER)
        .audience(VolunteerTokens.AUDIENCE)
        .subject(subject)
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(expiry))
        .build();
  }
}
