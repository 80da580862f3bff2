package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.model.AccountView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.TransactionNames;
import java.time.Instant;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.contract.execution.impl.ContractExecutionService;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TransactionType;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.SerializerRegistryImpl;
import org.hyperledger.fabric.shim.Chaincode.Response;
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
        Instant.parse("2024-05-01T08:00:00Z").plusSeconds(transactions),
        TestIdentities.client("PlatformMSP").creator(),
        args);
    InvocationRequest request = ExecutionFactory.getInstance().createRequest(stub);
    Response response = executor.executeRequest(registry.getTxFn(request), request, stub);
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
}
