package io.timecoin.client.testing;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.clock.EndorserClock;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.contract.TimeCoinContext;
import io.timecoin.chaincode.contract.TimeCoinContract;
import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerTransport;
import io.timecoin.client.LedgerTransport.RawEvent;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.OrgRole;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A whole timecoin ledger in this JVM, for tests of code built on {@link TimeCoinLedger}: the real
 * contract classes (the same rules, error codes, events and JSON as on a peer) over an in-memory
 * world state. Nothing is a second copy of the rules; what differs from a Fabric network is only
 * what a network adds around them.
 *
 * <pre>{@code
 * InProcessNetwork network = InProcessNetwork.create();
 * TimeCoinLedger platform = network.connect("PlatformMSP");
 * platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-42"));
 * }</pre>
 *
 * <p>Every transaction runs alone (one per block, in call order), so there are no read conflicts;
 * endorsement policies (the chaincode's and the claim keys' key-level ones) are not evaluated; the
 * private data collection lives on one simulated peer of a member organisation. Transaction times
 * come from the {@link Clock} given to {@link #create(Clock)}, so a test can move time forward
 * (e.g. past a voucher's cover). Thread-safe.
 */
public final class InProcessNetwork {

  /** The role map the scripts give the real chaincode. */
  public static final String DEFAULT_ORG_ROLES =
      "PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR";

  private final Clock clock;
  private final TimeCoinContract contract;
  private final Map<String, Method> functions;
  private final InMemoryStub stub;
  private final List<RawEvent> events = new ArrayList<>();
  private final Map<String, Long> committedTransactions = new HashMap<>();
  private final List<InProcessSubscription> subscriptions = new CopyOnWriteArrayList<>();
  private long blockHeight;

  private InProcessNetwork(Clock clock, String orgRoles) {
    this.clock = Objects.requireNonNull(clock, "clock");
    AccessPolicy policy =
        AccessPolicy.fromEnvironment(
            Map.of(AccessPolicy.ENVIRONMENT_VARIABLE, Objects.requireNonNull(orgRoles, "roles")));
    // Submitter and "peer" share the one clock here, so every timestamp is inside the window.
    this.contract =
        new TimeCoinContract(
            policy,
            TimestampWindow.of(
                Duration.parse(TimestampWindow.DEFAULT), EndorserClock.of(clock::instant)));
    this.functions = transactionFunctions();
    Set<String> collectionMembers = new LinkedHashSet<>(policy.organisationsWith(OrgRole.PLATFORM));
    collectionMembers.addAll(policy.organisationsWith(OrgRole.INSURER));
    if (collectionMembers.isEmpty()) {
      throw new IllegalArgumentException(
          "organisation roles must be like " + DEFAULT_ORG_ROLES + ", not '" + orgRoles + "'");
    }
    // The simulated peer belongs to a collection member, as a platform or insurer gateway does.
    this.stub = new InMemoryStub("timecoin", collectionMembers.iterator().next());
    stub.defineCollection(TransactionNames.CLAIM_DETAILS_COLLECTION, collectionMembers);
  }

  /**
   * A new, empty ledger with the default organisations and the system clock.
   *
   * @return the network
   */
  public static InProcessNetwork create() {
    return create(Clock.systemUTC());
  }

  /**
   * A new, empty ledger whose transaction times come from {@code clock}.
   *
   * @param clock the source of transaction timestamps
   * @return the network
   */
  public static InProcessNetwork create(Clock clock) {
    return new InProcessNetwork(clock, DEFAULT_ORG_ROLES);
  }

  /**
   * A new, empty ledger with another role map, in the form of {@code TIMECOIN_ORG_ROLES}.
   *
   * @param clock the source of transaction timestamps
   * @param orgRoles e.g. {@value #DEFAULT_ORG_ROLES}
   * @return the network
   */
  public static InProcessNetwork create(Clock clock, String orgRoles) {
    return new InProcessNetwork(clock, orgRoles);
  }

  /**
   * A client of this ledger acting as the organisation's default operator, as {@code
   * scripts/network up} enrolls one at the org's CA: for {@code PlatformMSP} an earning verifier of
   * branch {@value #DEFAULT_BRANCH} who also sets the earning policy and manages the platform's
   * operators; for {@code InsurerMSP} a claims officer who also manages the insurer's operators;
   * for any other organisation its plain client identity (reads need no role). Closing it leaves
   * the ledger as it is.
   *
   * @param mspId e.g. {@code PlatformMSP}
   * @return the client
   */
  public TimeCoinLedger connect(String mspId) {
    String roles = DEFAULT_OPERATOR_ROLES.get(mspId);
    if (roles == null) {
      return connectAsServiceIdentity(mspId);
    }
    String branch = "PlatformMSP".equals(mspId) ? DEFAULT_BRANCH : null;
    return connectAsOperator(mspId, "default-ops", roles, branch);
  }

  /**
   * A client acting as the organisation's service identity (like cryptogen's User1): a client
   * certificate without operator attributes, which never mints, sets the policy or decides claims.
   *
   * @param mspId e.g. {@code PlatformMSP}
   * @return the client
   */
  public TimeCoinLedger connectAsServiceIdentity(String mspId) {
    return LedgerTransport.ledgerOver(
        new InProcessTransport(this, TestIdentities.client(mspId).creator()));
  }

  /**
   * A client acting as an operator enrolled at the organisation's CA.
   *
   * @param mspId e.g. {@code PlatformMSP}
   * @param name the operator's enrollment id (its certificate's common name)
   * @param roles its {@code role} attribute, one role or several separated by commas
   * @param branch its {@code branch} attribute, or {@code null}
   * @return the client
   */
  public TimeCoinLedger connectAsOperator(String mspId, String name, String roles, String branch) {
    return LedgerTransport.ledgerOver(
        new InProcessTransport(
            this, TestIdentities.operator(mspId, name, roles, branch).creator()));
  }

  /** The branch of the platform's default operator, as {@code scripts/network up} enrolls it. */
  public static final String DEFAULT_BRANCH = "branch-7";

  private static final Map<String, String> DEFAULT_OPERATOR_ROLES =
      Map.of(
          "PlatformMSP", "earning-verifier,policy-officer,identity-admin",
          "InsurerMSP", "claims-officer,identity-admin");

  /** Runs one function; a write that succeeds is committed as the next block. */
  synchronized Invocation invoke(
      byte[] creator,
      String function,
      String argument,
      Map<String, byte[]> transientData,
      boolean write) {
    String txId = newTransactionId();
    stub.begin(txId, clock.instant(), creator, function, argument);
    stub.setTransient(transientData);
    String payload;
    try {
      TimeCoinContext context = contract.createContext(stub);
      Method method = functions.get(function);
      if (method == null) {
        contract.unknownTransaction(context);
        throw new IllegalStateException("unknownTransaction returned for " + function);
      }
      payload = (String) method.invoke(contract, context, argument);
    } catch (InvocationTargetException e) {
      throw refusal(function, txId, e.getCause());
    } catch (ChaincodeException e) {
      throw refusal(function, txId, e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("contract function " + function + " is not callable", e);
    }
    if (!write) {
      return new Invocation(txId, -1, payload);
    }
    if (stub.writtenKeys().isEmpty()) {
      // A replay writes nothing; like the gateway client, answer the transaction that wrote it.
      return originalOf(creator, argument, payload);
    }
    stub.commit();
    long block = ++blockHeight;
    committedTransactions.put(txId, block);
    Optional<String> eventName = stub.eventName();
    if (eventName.isPresent()) {
      RawEvent event = new RawEvent(eventName.get(), txId, block, stub.eventPayload().orElse(""));
      events.add(event);
      subscriptions.forEach(subscription -> subscription.offer(event));
    }
    return new Invocation(txId, block, payload);
  }

  private Invocation originalOf(byte[] creator, String requestJson, String payload) {
    Object requestId = LedgerJson.read(requestJson, Map.class).get("requestId");
    RequestView record =
        LedgerJson.read(
            invoke(creator, TransactionNames.GET_REQUEST, (String) requestId, Map.of(), false)
                .payload(),
            RequestView.class);
    return new Invocation(record.txId(), committedTransactions.get(record.txId()), payload);
  }

  /** The block of a committed transaction; in process every committed transaction is valid. */
  synchronized Optional<TransactionStatus> transactionStatus(String txId) {
    Long block = committedTransactions.get(txId);
    return block == null
        ? Optional.empty()
        : Optional.of(new TransactionStatus(txId, "VALID", block));
  }

  /** Starts delivering the events after {@code checkpoint}, then each new one as it commits. */
  synchronized EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<RawEvent> handler) {
    long after = checkpoint.blockNumber().orElse(0);
    boolean fromStart = checkpoint.blockNumber().isEmpty();
    InProcessSubscription subscription =
        new InProcessSubscription(checkpoint, handler, subscriptions::remove);
    events.stream()
        .filter(event -> fromStart || event.blockNumber() > after)
        .forEach(subscription::offer);
    subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  private static RuntimeException refusal(String function, String txId, Throwable failure) {
    if (failure instanceof ChaincodeException refused) {
      return new LedgerTransport.Refused(txId, refused.getMessage());
    }
    throw new IllegalStateException("contract function " + function + " failed", failure);
  }

  private static Map<String, Method> transactionFunctions() {
    Map<String, Method> byName = new HashMap<>();
    for (Method method : TimeCoinContract.class.getMethods()) {
      Transaction transaction = method.getAnnotation(Transaction.class);
      if (transaction != null) {
        byName.put(transaction.name(), method);
      }
    }
    return Map.copyOf(byName);
  }

  private static String newTransactionId() {
    // Shaped like Fabric's (64 lowercase hex digits), unique without coordination.
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(first.getMostSignificantBits())
        + hex.toHexDigits(first.getLeastSignificantBits())
        + hex.toHexDigits(second.getMostSignificantBits())
        + hex.toHexDigits(second.getLeastSignificantBits());
  }

  /** What one successful call returned. */
  record Invocation(String transactionId, long blockNumber, String payload) {}
}
