package io.timecoin.bench.putchaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

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

  @Test
  void put_shaped_reads_its_keys_then_writes_one_key_per_value_length() {
    Response r = invoke("PutShaped", "run:w0k:3:", "2", "run:w0k:4:", "210,16,1100");

    assertThat(r.getStatus()).isEqualTo(Response.Status.SUCCESS);
    InOrder order = inOrder(stub);
    order.verify(stub).getState("run:w0k:3:0");
    order.verify(stub).getState("run:w0k:3:1");
    order.verify(stub).putState(eq("run:w0k:4:0"), any());
    verify(stub, never()).getState("run:w0k:3:2");
    ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
    ArgumentCaptor<byte[]> values = ArgumentCaptor.forClass(byte[].class);
    verify(stub, times(3)).putState(keys.capture(), values.capture());
    assertThat(keys.getAllValues()).containsExactly("run:w0k:4:0", "run:w0k:4:1", "run:w0k:4:2");
    assertThat(values.getAllValues()).extracting(v -> v.length).containsExactly(210, 16, 1100);
  }

  @Test
  void put_shaped_values_follow_from_the_key_alone_so_both_endorsers_write_the_same_bytes() {
    byte[] once = ShapedWrite.value("run:w0k:4:6", 1100);
    byte[] again = ShapedWrite.value("run:w0k:4:6", 1100);
    byte[] other = ShapedWrite.value("run:w0k:4:5", 1100);

    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
    String text = new String(once, StandardCharsets.US_ASCII);
    assertThat(text).matches("[A-Za-z0-9_-]{1100}");
    // Varied, not one character repeated: a store that compresses must not shrink it to nothing.
    assertThat(text.chars().distinct().count()).isGreaterThan(50);
  }

  @Test
  void put_shaped_may_read_nothing_but_must_write_something() {
    assertThat(invoke("PutShaped", "", "0", "w:", "5").getStatus())
        .isEqualTo(Response.Status.SUCCESS);
    verify(stub, never()).getState(anyString());
    verify(stub).putState(eq("w:0"), any());
  }

  @Test
  void put_shaped_refuses_bad_arguments_with_a_reason_and_touches_nothing() {
    String tooLong = "p".repeat(257);
    List<String[]> bad =
        List.of(
            new String[] {"r:", "6", "w:"},
            new String[] {"r:", "six", "w:", "10"},
            new String[] {"r:", "-1", "w:", "10"},
            new String[] {"r:", "17", "w:", "10"},
            new String[] {"", "1", "w:", "10"},
            new String[] {"r:", "1", "", "10"},
            new String[] {tooLong, "1", "w:", "10"},
            new String[] {"r:", "1", tooLong, "10"},
            new String[] {"r:", "1", "w:", ""},
            new String[] {"r:", "1", "w:", "10,,10"},
            new String[] {"r:", "1", "w:", "4097"},
            new String[] {"r:", "1", "w:", "1,".repeat(16) + "1"},
            new String[] {"r:", "1", "w:", "\u0661\u0660"});
    for (String[] args : bad) {
      Response r = invoke("PutShaped", args);
      assertThat(r.getStatus()).as(String.join(" | ", args)).isNotEqualTo(Response.Status.SUCCESS);
      assertThat(r.getMessage()).as(String.join(" | ", args)).startsWith("[INVALID_ARGUMENT]");
    }
    assertThat(invoke("PutShaped", "r:", "six", "w:", "10").getMessage())
        .contains("reads must be a whole number from 0 to 16");
    assertThat(invoke("PutShaped", "r:", "1", "w:", "4097").getMessage())
        .contains("each from 0 to 4096");
    verify(stub, never()).getState(anyString());
    verify(stub, never()).putState(anyString(), any());
  }
}
