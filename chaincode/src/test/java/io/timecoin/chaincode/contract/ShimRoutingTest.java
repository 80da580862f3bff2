package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.model.AccountView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.contract.execution.impl.ContractExecutionService;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TransactionType;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.SerializerRegistryImpl;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ResponseUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the contract through the shim's own discovery and dispatch, as {@code ContractRouter} does
 * in the peer, with the role map from the environment (set by the build for tests).
 */
class ShimRoutingTest {

  private static RoutingRegistryImpl registry;
  private static ContractExecutionService executor;

  private final InMemoryStub stub = new InMemoryStub("timecoin", "PlatformMSP");
  private int transactions;
  private java.time.Duration forgery = java.time.Duration.ZERO;

  @BeforeAll
  static void discover() throws ReflectiveOperationException {
    registry = new RoutingRegistryImpl();
    registry.findAndSetContracts(TypeRegistry.getRegistry());
    SerializerRegistryImpl serializers = new SerializerRegistryImpl();
    serializers.findAndSetContents();
    executor = new ContractExecutionService(serializers);
  }

  private Response invoke(String... args) {
    transactions++;
    stub.begin(
        "tx" + transactions,
        // The contract the shim builds uses the machine's clock as the endorser's, and refuses
        // writes far from it (TIMECOIN_TIMESTAMP_WINDOW), so the submitter's time is "now" too.
        Instant.now().plusMillis(transactions).plus(forgery),
        TestIdentities.client("PlatformMSP").creator(),
        args);
    Response response;
    // What ContractRouter.processRequest does: unknown names go to the contract's unknown route,
    // and anything thrown outside the function (e.g. by createContext) becomes an error response.
    try {
      InvocationRequest request = ExecutionFactory.getInstance().createRequest(stub);
      TxFunction function =
          registry.containsRoute(request)
              ? registry.getTxFn(request)
              : registry.getContract(request.getNamespace()).getUnknownRoute();
      response = executor.executeRequest(function, request, stub);
    } catch (RuntimeException e) {
      response = ResponseUtils.newErrorResponse(e);
    }
    if (response.getStatusCode() == 200) {
      stub.commit();
    }
    return response;
  }

  @Test
  void the_contract_is_discovered_as_the_default_timecoin_contract() {
    ContractDefinition contract = registry.getContract("timecoin");

    assertThat(contract.isDefault()).isTrue();
    assertThat(contract.getContractImpl()).isEqualTo(TimeCoinContract.class);
    assertThat(contract.getTxFunction(TransactionNames.REGISTER_VOLUNTEER).getType())
        .isEqualTo(TransactionType.SUBMIT);
    assertThat(contract.getTxFunction(TransactionNames.RECORD_EARNING).getType())
        .isEqualTo(TransactionType.SUBMIT);
    assertThat(contract.getTxFunction(TransactionNames.GET_ACCOUNT).getType())
        .isEqualTo(TransactionType.EVALUATE);
  }

  @Test
  void every_function_is_routed_with_the_intended_intent() {
    ContractDefinition contract = registry.getContract("timecoin");
    Map<String, TransactionType> expected = new TreeMap<>();
    for (String write :
        List.of(
            TransactionNames.REGISTER_VOLUNTEER,
            TransactionNames.SET_ACCOUNT_STATUS,
            TransactionNames.RECORD_EARNING,
            TransactionNames.PAY_FOR_HELP,
            TransactionNames.TRANSFER,
            TransactionNames.REVERSE_ENTRY,
            TransactionNames.SET_EARNING_POLICY,
            TransactionNames.DEFINE_VOUCHER_PRODUCT,
            TransactionNames.SET_PRODUCT_ACTIVE,
            TransactionNames.PURCHASE_VOUCHER,
            TransactionNames.VOID_VOUCHER,
            TransactionNames.FILE_CLAIM,
            TransactionNames.DECIDE_CLAIM,
            TransactionNames.MARK_CLAIM_PAID,
            TransactionNames.SET_PLATFORM_OPERATOR_STATUS,
            TransactionNames.SET_INSURER_OPERATOR_STATUS,
            TransactionNames.SET_HEARTS_POLICY,
            TransactionNames.RECORD_HEARTS,
            TransactionNames.LAUNCH_PROJECT,
            TransactionNames.DONATE,
            TransactionNames.CHECKPOINT_PROGRESS,
            TransactionNames.CLOSE_PROJECT,
            TransactionNames.CANCEL_PROJECT,
            TransactionNames.RETURN_DONATIONS)) {
      expected.put(write, TransactionType.SUBMIT);
    }
    for (String read :
        List.of(
            TransactionNames.GET_ACCOUNT,
            TransactionNames.LIST_ENTRIES,
            TransactionNames.GET_ENTRY,
            TransactionNames.GET_REQUEST,
            TransactionNames.GET_EARNING_POLICY,
            TransactionNames.GET_KEY_HISTORY,
            TransactionNames.GET_PRODUCT,
            TransactionNames.LIST_PRODUCTS,
            TransactionNames.GET_VOUCHER,
            TransactionNames.LIST_VOUCHERS,
            TransactionNames.GET_CLAIM,
            TransactionNames.GET_CLAIM_PRIVATE,
            TransactionNames.LIST_CLAIMS,
            TransactionNames.GET_OPERATOR_STATUS,
            TransactionNames.GET_HEARTS_ACCOUNT,
            TransactionNames.GET_HEARTS_POLICY,
            TransactionNames.GET_PROJECT,
            TransactionNames.GET_PROJECT_PROGRESS,
            TransactionNames.LIST_DONATIONS)) {
      expected.put(read, TransactionType.EVALUATE);
    }

    assertThat(TimeCoinContract.FUNCTIONS).isEqualTo(expected.keySet());
    expected.forEach(
        (name, type) -> {
          assertThat(contract.getTxFunction(name).getType()).as(name).isEqualTo(type);
          assertThat(contract.getTxFunction(name).getParamsList()).as(name).hasSize(1);
        });
  }

  @Test
  void every_declared_transaction_is_routed_once_with_the_intent_of_its_declaration() {
    ContractDefinition contract = registry.getContract("timecoin");

    assertThat(TimeCoinContract.FUNCTIONS)
        .containsExactlyInAnyOrderElementsOf(
            Transactions.ALL.stream().map(LedgerTransaction::name).toList());
    for (LedgerTransaction<?, ?> declared : Transactions.ALL) {
      assertThat(contract.getTxFunction(declared.name()).getType())
          .as(declared.name())
          .isEqualTo(declared.isWrite() ? TransactionType.SUBMIT : TransactionType.EVALUATE);
    }
  }

  @Test
  void an_unknown_function_is_refused_with_its_code() {
    Response response = invoke("DeleteEverything", "{}");
    Response namespaced = invoke("timecoin:Nope");

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getMessage()).startsWith("[UNKNOWN_FUNCTION] ");
    assertThat(new String(response.getPayload(), UTF_8)).isEqualTo("UNKNOWN_FUNCTION");
    assertThat(namespaced.getMessage()).startsWith("[UNKNOWN_FUNCTION] ");
    assertThat(stub.snapshot()).isEmpty();
  }

  @Test
  void a_missing_or_extra_argument_is_a_malformed_request_that_changes_nothing() {
    Response missing = invoke(TransactionNames.REGISTER_VOLUNTEER);
    Response extra =
        invoke(TransactionNames.REGISTER_VOLUNTEER, registration("r-1", "vol-1"), "surplus");
    Response readMissing = invoke(TransactionNames.GET_ACCOUNT);

    for (Response response : List.of(missing, extra, readMissing)) {
      assertThat(response.getStatusCode()).isEqualTo(500);
      assertThat(response.getMessage()).startsWith("[MALFORMED_REQUEST] ");
    }
    assertThat(stub.snapshot()).isEmpty();
  }

  @Test
  void an_empty_argument_reaches_the_function() {
    Response current = invoke(TransactionNames.GET_EARNING_POLICY, "");

    assertThat(current.getMessage()).startsWith("[EARNING_POLICY_NOT_SET] ");
  }

  @Test
  void results_come_back_as_the_json_payload() {
    Response registered = invoke(TransactionNames.REGISTER_VOLUNTEER, registration("r-1", "vol-1"));
    Response read = invoke("timecoin:" + TransactionNames.GET_ACCOUNT, "vol-1");

    assertThat(registered.getStatusCode()).isEqualTo(200);
    assertThat(read.getStatusCode()).isEqualTo(200);
    assertThat(LedgerJson.read(read.getPayload(), AccountView.class).volunteerId())
        .isEqualTo("vol-1");
    assertThat(new String(read.getPayload(), UTF_8))
        .isEqualTo(new String(registered.getPayload(), UTF_8));
  }

  @Test
  void failures_come_back_as_a_coded_message_with_the_code_as_payload() {
    invoke(TransactionNames.REGISTER_VOLUNTEER, registration("r-1", "vol-1"));

    Response duplicate = invoke(TransactionNames.REGISTER_VOLUNTEER, registration("r-2", "vol-1"));

    assertThat(duplicate.getStatusCode()).isEqualTo(500);
    assertThat(duplicate.getMessage()).startsWith("[VOLUNTEER_ALREADY_REGISTERED] ");
    assertThat(new String(duplicate.getPayload(), UTF_8)).isEqualTo("VOLUNTEER_ALREADY_REGISTERED");
  }

  @Test
  void the_peer_contract_refuses_a_write_dated_twenty_days_back_by_its_own_clock() {
    // The contract the shim builds reads TIMECOIN_TIMESTAMP_WINDOW (unset here: five minutes) and
    // the machine's clock, as on a peer.
    forgery = java.time.Duration.ofDays(-20);
    Response forged = invoke(TransactionNames.REGISTER_VOLUNTEER, registration("r-1", "vol-1"));

    assertThat(forged.getStatusCode()).isEqualTo(500);
    assertThat(forged.getMessage()).startsWith("[TIMESTAMP_OUT_OF_WINDOW] ");
    assertThat(stub.committedState()).isEmpty();
  }
}
