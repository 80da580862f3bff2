package io.timecoin.bench.putchaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class PutChaincodeTest {

  private final PutChaincode chaincode = new PutChaincode();
  private final ChaincodeStub stub = mock(ChaincodeStub.class);

  private Response invoke(String function, String... args) {
    when(stub.getFunction()).thenReturn(function);
    when(stub.getParameters()).thenReturn(List.of(args));
    return chaincode.invoke(stub);
  }

  @Test
  void put_writes_exactly_one_key() {
    Response r = invoke("Put", "k1", "v");

    assertThat(r.getStatus()).isEqualTo(Response.Status.SUCCESS);
    verify(stub).putStringState("k1", "v");
  }

  @Test
  void refuses_other_functions_and_bad_arguments_and_writes_nothing() {
    assertThat(invoke("Get", "k1").getMessage()).startsWith("[INVALID_ARGUMENT]");
    assertThat(invoke("Put", "k1").getMessage()).startsWith("[INVALID_ARGUMENT]");
    assertThat(invoke("Put", "", "v").getMessage()).startsWith("[INVALID_ARGUMENT]");
    assertThat(invoke("Put", "k", "x".repeat(257)).getMessage()).startsWith("[INVALID_ARGUMENT]");
    verify(stub, never()).putStringState(anyString(), anyString());
  }
}
