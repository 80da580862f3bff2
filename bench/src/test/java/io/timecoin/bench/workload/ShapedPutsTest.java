package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.timecoin.bench.putchaincode.PutChaincode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

/**
 * W0K's requests run through the real Put chaincode over a state held in a map: the set-up writes
 * exactly the keys the requests read, so every read finds a value, and the writes have an earning's
 * shape.
 */
class ShapedPutsTest {

  private final Map<String, byte[]> state = new HashMap<>();
  private final List<byte[]> reads = new ArrayList<>();
  private final List<String> written = new ArrayList<>();
  private final ChaincodeStub stub = mock(ChaincodeStub.class);
  private final PutChaincode chaincode = new PutChaincode();
  private final ShapedPuts puts = new ShapedPuts("brun:w0k:");

  ShapedPutsTest() {
    when(stub.getState(anyString()))
        .thenAnswer(
            call -> {
              byte[] value = state.get(call.<String>getArgument(0));
              reads.add(value);
              return value;
            });
    doAnswer(
            call -> {
              written.add(call.getArgument(0));
              state.put(call.getArgument(0), call.getArgument(1));
              return null;
            })
        .when(stub)
        .putState(anyString(), any());
  }

  private void invoke(String... args) {
    when(stub.getFunction()).thenReturn("PutShaped");
    when(stub.getParameters()).thenReturn(List.of(args));
    Response r = chaincode.invoke(stub);
    assertThat(r.getStatus()).as(r.getMessage()).isEqualTo(Response.Status.SUCCESS);
  }

  @Test
  void every_key_a_request_reads_was_written_by_its_workers_set_up() {
    invoke(puts.setUpArgs(0));
    invoke(puts.setUpArgs(1));
    written.clear();

    invoke(puts.args(1, "7"));

    assertThat(reads).hasSize(5).doesNotContainNull();
    assertThat(reads)
        .extracting(v -> v.length)
        .containsExactlyElementsOf(EarningShape.READ_VALUE_BYTES);
    assertThat(written).hasSize(6).allMatch(k -> k.startsWith("brun:w0k:w7:"));
    assertThat(written)
        .extracting(k -> state.get(k).length)
        .containsExactlyElementsOf(EarningShape.WRITE_VALUE_BYTES);
  }

  @Test
  void workers_read_keys_of_their_own_and_requests_write_keys_no_other_request_touches() {
    assertThat(puts.args(0, "1")[0]).isNotEqualTo(puts.args(1, "1")[0]);
    assertThat(puts.args(0, "1")[2]).isNotEqualTo(puts.args(0, "2")[2]);
    // A request's write prefix never equals a worker's read prefix, whatever the labels.
    assertThat(puts.args(3, "1")[2]).isNotEqualTo(puts.setUpArgs(1)[2]);
    assertThat(puts.setUpArgs(4)[2]).isEqualTo(puts.args(4, "9")[0]);
  }

  @Test
  void an_earning_writes_six_keys_of_about_two_kilobytes_and_reads_five() {
    assertThat(EarningShape.reads()).isEqualTo(5);
    assertThat(EarningShape.writes()).isEqualTo(6);
    assertThat(EarningShape.WRITE_VALUE_BYTES.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(2290);
    assertThat(EarningShape.argument(List.of(210, 16))).isEqualTo("210,16");
  }
}
