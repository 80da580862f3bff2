package io.timecoin.audit.msp;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;

/**
 * One organisation's MSP as the channel configuration defines it: root and intermediate CAs,
 * revocation lists, admin certificates and the NodeOU classification. Validates certificates the
 * way Fabric's X.509 MSP does for transaction signers: a chain to a root of this MSP whose links
 * all verify, with no certificate of the chain revoked. Validity periods are not checked, as
 * Fabric's committing peers do not check them for signers of past transactions either.
 */
public final class Msp {

  private static final int MAX_CHAIN = 10;

  private final String mspId;
  private final List<X509Certificate> roots;
  private final List<X509Certificate> intermediates;
  private final List<X509CRL> revocationLists;
  private final List<X509Certificate> admins;
  private final boolean nodeOus;
  private final String clientOu;
  private final String peerOu;
  private final String adminOu;
  private final String ordererOu;

  private Msp(FabricMSPConfig config) throws GeneralSecurityException {
    this.mspId = config.getName();
    this.roots = certificates(config.getRootCertsList());
    this.intermediates = certificates(config.getIntermediateCertsList());
    this.admins = certificates(config.getAdminsList());
    this.revocationLists = crls(config.getRevocationListList());
    this.nodeOus = config.hasFabricNodeOus() && config.getFabricNodeOus().getEnable();
    var ous = config.getFabricNodeOus();
    this.clientOu = ous.getClientOuIdentifier().getOrganizationalUnitIdentifier();
    this.peerOu = ous.getPeerOuIdentifier().getOrganizationalUnitIdentifier();
    this.adminOu = ous.getAdminOuIdentifier().getOrganizationalUnitIdentifier();
    this.ordererOu = ous.getOrdererOuIdentifier().getOrganizationalUnitIdentifier();
  }

  /**
   * Reads an MSP from the channel config's {@code MSP} value.
   *
   * @throws IllegalArgumentException if it is not an X.509 MSP or its certificates do not parse
   */
  public static Msp fromConfig(MSPConfig config) {
    if (config.getType() != 0) {
      throw new IllegalArgumentException("only X.509 MSPs are supported (type " + config.getType());
    }
    try {
      return new Msp(FabricMSPConfig.parseFrom(config.getConfig()));
    } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
      throw new IllegalArgumentException("unreadable MSP definition in the channel config", e);
    }
  }

  public String mspId() {
    return mspId;
  }

  /**
   * Validates a certificate against this MSP.
   *
   * @throws IdentityException naming the reason if the certificate is not one of this MSP's
   */
  public Identity validate(byte[] certificatePem) throws IdentityException {
    X509Certificate certificate;
    try {
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(certificatePem));
    } catch (CertificateException | RuntimeException e) {
      throw new IdentityException("the identity's certificate does not parse");
    }
    X509Certificate current = certificate;
    for (int depth = 0; depth < MAX_CHAIN; depth++) {
      if (isRevoked(current)) {
        throw new IdentityException("a certificate of the chain is revoked by " + mspId);
      }
      X509Certificate root = signedBy(current, roots);
      if (root != null) {
        if (current == certificate && roots.contains(certificate)) {
          throw new IdentityException("a CA certificate of " + mspId + " is not a signer");
        }
        return new Identity(mspId, certificate, organizationalUnits(certificate));
      }
      X509Certificate intermediate = signedBy(current, intermediates);
      if (intermediate == null || intermediate.equals(current)) {
        throw new IdentityException("the certificate does not chain to a root CA of " + mspId);
      }
      current = intermediate;
    }
    throw new IdentityException("the certificate chain is longer than " + MAX_CHAIN);
  }

  /** Whether a validated identity of this MSP plays {@code role}. */
  public boolean hasRole(Identity identity, MSPRole.MSPRoleType role) {
    if (!identity.mspId().equals(mspId)) {
      return false;
    }
    return switch (role) {
      case MEMBER -> true;
      case CLIENT -> nodeOus && identity.organizationalUnits().contains(clientOu);
      case PEER -> nodeOus && identity.organizationalUnits().contains(peerOu);
      case ORDERER -> nodeOus && identity.organizationalUnits().contains(ordererOu);
      case ADMIN ->
          admins.contains(identity.certificate())
              || nodeOus && identity.organizationalUnits().contains(adminOu);
      default -> false;
    };
  }

  private boolean isRevoked(X509Certificate certificate) {
    for (X509CRL crl : revocationLists) {
      if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
          && crl.isRevoked(certificate)) {
        return true;
      }
    }
    return false;
  }

  private static X509Certificate signedBy(X509Certificate certificate, List<X509Certificate> cas) {
    for (X509Certificate ca : cas) {
      if (!ca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
        continue;
      }
      try {
        certificate.verify(ca.getPublicKey());
        return ca;
      } catch (GeneralSecurityException | RuntimeException e) {
        // Another CA with the same name may have signed it.
      }
    }
    return null;
  }

  private static Set<String> organizationalUnits(X509Certificate certificate) {
    Set<String> units = new TreeSet<>();
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("OU")) {
          units.add(rdn.getValue().toString());
        }
      }
    } catch (InvalidNameException e) {
      // No OUs: the identity can still be a member, never a peer, client or admin by OU.
    }
    return units;
  }

  private static List<X509Certificate> certificates(List<ByteString> pems)
      throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> result = new ArrayList<>();
    for (ByteString pem : pems) {
      for (var certificate : factory.generateCertificates(pem.newInput())) {
        result.add((X509Certificate) certificate);
      }
    }
    return List.copyOf(result);
  }

  private static List<X509CRL> crls(List<ByteString> pems)
      throws CertificateException, CRLException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509CRL> result = new ArrayList<>();
    for (ByteString pem : pems) {
      for (var crl : factory.generateCRLs(pem.newInput())) {
        result.add((X509CRL) crl);
      }
    }
    return List.copyOf(result);
  }

  @Override
  public String toString() {
    return "Msp[" + mspId + ", " + roots.size() + " root(s)]";
  }
}
