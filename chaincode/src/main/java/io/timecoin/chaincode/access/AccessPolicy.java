package io.timecoin.chaincode.access;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRole;
import io.timecoin.model.Transactions;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.shim.ext.sbe.StateBasedEndorsement;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;

/**
 * Decides, failing closed, whether the submitter of a transaction may run it. Which organisation
 * roles may run which transaction is declared in {@link Transactions}; this class maps MSP ids to
 * those roles, checks the submitter's identity, and then the operator role some transactions need
 * on top ({@link OperatorRules}, from the certificate's attributes, {@link OperatorAttributes}).
 *
 * <p>Organisations get roles from the {@value #ENVIRONMENT_VARIABLE} environment variable, e.g.
 * {@code PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR}; no MSP id is written in code.
 * If the variable is missing or invalid, every operation is refused. Only client identities are
 * accepted: the certificate subject must carry {@code OU=client} (Fabric NodeOUs), so admin and
 * peer identities of an organisation are refused too.
 */
public final class AccessPolicy {

  /** Name of the environment variable that maps MSP ids to roles. */
  public static final String ENVIRONMENT_VARIABLE = "TIMECOIN_ORG_ROLES";

  private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final String CLIENT_OU = "client";
  private static final Set<String> NON_CLIENT_OUS = Set.of("admin", "peer", "orderer");
  private static final String EXPECTED_FORM =
      "; it must be a comma-separated list of MSPID=ROLE with ROLE one of PLATFORM, INSURER,"
          + " AUDITOR, each MSP id once, without spaces. Every transaction is refused until it is"
          + " fixed";

  private final Map<String, OrgRole> rolesByMsp;
  private final String configurationProblem;

  private AccessPolicy(Map<String, OrgRole> rolesByMsp, String configurationProblem) {
    this.rolesByMsp = Collections.unmodifiableMap(new TreeMap<>(rolesByMsp));
    this.configurationProblem = configurationProblem;
  }

  /**
   * Builds the policy from {@value #ENVIRONMENT_VARIABLE} in {@code environment}. Never fails: a
   * missing or invalid value yields a policy that refuses everything and says why.
   */
  public static AccessPolicy fromEnvironment(Map<String, String> environment) {
    String spec = environment.get(ENVIRONMENT_VARIABLE);
    if (spec == null || spec.isEmpty()) {
      return refuseAll(ENVIRONMENT_VARIABLE + " is not set" + EXPECTED_FORM);
    }
    Map<String, OrgRole> roles = new TreeMap<>();
    String[] entries = spec.split(",", -1);
    for (int i = 0; i < entries.length; i++) {
      String[] pair = entries[i].split("=", -1);
      OrgRole role = pair.length == 2 ? roleNamed(pair[1]) : null;
      if (role == null || !MSP_ID.matcher(pair[0]).matches() || roles.containsKey(pair[0])) {
        return refuseAll(ENVIRONMENT_VARIABLE + " is invalid at entry " + (i + 1) + EXPECTED_FORM);
      }
      roles.put(pair[0], role);
    }
    return new AccessPolicy(roles, null);
  }

  /**
   * The MSP ids that hold {@code role}, sorted; empty if the configuration is invalid. Used to name
   * the organisations of a key-level endorsement policy without writing MSP ids in code.
   */
  public List<String> organisationsWith(OrgRole role) {
    return rolesByMsp.entrySet().stream()
        .filter(entry -> entry.getValue() == role)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /**
   * The key-level endorsement policy every claim key carries: a peer of every INSURER organisation
   * and of every PLATFORM organisation must endorse any later change, so no decision or payment is
   * valid without the insurer's peer (and the platform's, which holds the private details). Encoded
   * by the shim as a {@code SignaturePolicyEnvelope}.
   */
  public byte[] claimEndorsementPolicy() {
    List<String> orgs = new ArrayList<>(organisationsWith(OrgRole.INSURER));
    orgs.addAll(organisationsWith(OrgRole.PLATFORM));
    if (configurationProblem != null || orgs.isEmpty()) {
      throw denied(configurationProblem != null ? configurationProblem : "no insurer or platform");
    }
    StateBasedEndorsement policy =
        StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
    policy.addOrgs(StateBasedEndorsement.RoleType.RoleTypePeer, orgs.toArray(String[]::new));
    return policy.policy();
  }

  /**
   * The key-level endorsement policy of every insurance key that is not a claim (products,
   * vouchers, their index rows, the insurer's seal): a peer of every INSURER organisation must
   * endorse any later change. Encoded by the shim as a {@code SignaturePolicyEnvelope}.
   */
  public byte[] insurerEndorsementPolicy() {
    List<String> orgs = organisationsWith(OrgRole.INSURER);
    if (configurationProblem != null || orgs.isEmpty()) {
      throw denied(configurationProblem != null ? configurationProblem : "no insurer");
    }
    StateBasedEndorsement policy =
        StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
    policy.addOrgs(StateBasedEndorsement.RoleType.RoleTypePeer, orgs.toArray(String[]::new));
    return policy.policy();
  }

  private static AccessPolicy refuseAll(String problem) {
    return new AccessPolicy(Map.of(), problem);
  }

  private static OrgRole roleNamed(String name) {
    for (OrgRole role : OrgRole.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    return null;
  }

  /**
   * Returns the submitter if it may run {@code transaction}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#ACCESS_DENIED} otherwise
   */
  public Submitter authorize(ClientIdentity identity, LedgerTransaction<?, ?> transaction) {
    if (configurationProblem != null) {
      throw denied(configurationProblem);
    }
    String mspId = identity.getMSPID();
    OrgRole role = rolesByMsp.get(mspId);
    if (role == null) {
      throw denied(
          "the caller's organisation has no role in " + ENVIRONMENT_VARIABLE + " on this peer");
    }
    X509Certificate certificate = identity.getX509Certificate();
    if (!isClientCertificate(certificate)) {
      throw denied(
          "only client identities (certificate subject OU=client) may call timecoin;"
              + " admin and peer identities are refused");
    }
    if (!transaction.allowedRoles().contains(role)) {
      throw denied("role " + role + " may not run " + transaction.name());
    }
    OperatorAttributes operator = OperatorAttributes.of(certificate);
    Set<OperatorRole> required = OperatorRules.requiredFor(transaction.name());
    if (!required.isEmpty() && !operator.hasAnyOf(required)) {
      throw new LedgerValidationException(
          ErrorCode.ROLE_REQUIRED,
          transaction.name()
              + " needs an operator certificate with role "
              + required.stream().map(OperatorRole::attribute).sorted().toList()
              + " (attribute 'role', issued by the organisation's CA)");
    }
    return new Submitter(mspId, role, certificateId(certificate), operator);
  }

  private static boolean isClientCertificate(X509Certificate certificate) {
    Set<String> units = organizationalUnits(certificate);
    return units.contains(CLIENT_OU) && Collections.disjoint(units, NON_CLIENT_OUS);
  }

  private static Set<String> organizationalUnits(X509Certificate certificate) {
    Set<String> units = new TreeSet<>();
    try {
      String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
      for (Rdn rdn : new LdapName(subject).getRdns()) {
        Attribute ou = rdn.toAttributes().get("OU");
        for (int i = 0; ou != null && i < ou.size(); i++) {
          units.add(String.valueOf(ou.get(i)));
        }
      }
    } catch (NamingException e) {
      // An unreadable subject is not a client subject.
      return Set.of();
    }
    return units;
  }

  private static String certificateId(X509Certificate certificate) {
    try {
      return Sha256.hex(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw denied("the caller's certificate cannot be encoded");
    }
  }

  private static LedgerValidationException denied(String message) {
    return new LedgerValidationException(ErrorCode.ACCESS_DENIED, message);
  }
}
