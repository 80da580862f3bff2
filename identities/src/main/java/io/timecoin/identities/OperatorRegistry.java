package io.timecoin.identities;

import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.LedgerException;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OperatorStatus;
import io.timecoin.model.OperatorStatusView;
import io.timecoin.model.SetOperatorStatusRequest;
import io.timecoin.model.Transactions;
import io.timecoin.model.WriteTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * An org's operator registry on the ledger (issue 17 item 4a): suspending, reinstating or revoking
 * one of its own operators by certificate id, signed by an identity of the org with the {@code
 * identity-admin} role (by default the org's client config, {@code clients/<org>.properties}, which
 * `scripts/network up` points at the org's default operator). The chaincode refuses the identity's
 * writes from the block after the change on.
 */
final class OperatorRegistry {

  private final String org;
  private final Path clientConfig;

  OperatorRegistry(String org, Path clientConfig) {
    this.org = org;
    this.clientConfig = clientConfig;
  }

  /**
   * Sets the standing of the certificate with id {@code certificateId} and returns what the ledger
   * committed.
   */
  Committed<OperatorStatusView> set(String certificateId, OperatorStatus status, String reason) {
    WriteTransaction<SetOperatorStatusRequest, OperatorStatusView> transaction =
        switch (org) {
          case "platform" -> Transactions.SET_PLATFORM_OPERATOR_STATUS;
          case "insurer" -> Transactions.SET_INSURER_OPERATOR_STATUS;
          default ->
              throw new IdentityError(
                  IdentityError.Code.INVALID_INPUT,
                  "the "
                      + org
                      + " writes nothing, so its operators have no registry on the ledger;"
                      + " revoke them at the CA");
        };
    LedgerConnectionConfig config;
    try {
      config = LedgerConnectionConfig.fromProperties(clientConfig);
    } catch (RuntimeException e) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE,
          "cannot use the ledger client config " + clientConfig + ": " + e.getMessage(),
          e);
    }
    SetOperatorStatusRequest request;
    try {
      request =
          new SetOperatorStatusRequest(
              RequestIds.newId(), config.mspId(), certificateId, status, reason);
    } catch (LedgerValidationException e) {
      throw new IdentityError(IdentityError.Code.INVALID_INPUT, e.getMessage(), e);
    }
    try (TimeCoinLedger ledger = TimeCoinLedger.connect(config)) {
      return ledger.submit(transaction, request);
    } catch (LedgerException e) {
      throw new IdentityError(
          IdentityError.Code.LEDGER_FAILED,
          "the ledger did not record the change (" + e.getMessage() + ")",
          e);
    }
  }

  /** The certificate id entries record for the certificate in {@code certPem}: SHA-256 of DER. */
  static String certificateIdOf(Path certPem) {
    try {
      X509Certificate certificate =
          Credentials.parseCertificate(
              Files.readString(certPem, java.nio.charset.StandardCharsets.US_ASCII));
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.FILE_FAILED, "cannot read the certificate " + certPem, e);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
