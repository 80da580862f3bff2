package io.timecoin.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FloorTest {

  @Test
  void signatures_of_one_transaction_with_one_per_block() {
    SignatureCount c = new SignatureCount(2, 3, 3, 1);
    // client 3 + endorsers 2 + orderers 3 (one block per tx)
    assertThat(c.signs()).isEqualTo(8);
    // endorsers 2 + orderer 1 + 3 peers x (1 + 2) + commit status 1 + 3 block verifies
    assertThat(c.verifies()).isEqualTo(16);
    assertThat(c.reasoning()).hasSize(6);
  }

  @Test
  void block_signatures_are_shared_by_the_transactions_in_the_block() {
    SignatureCount c = new SignatureCount(2, 3, 3, 100);
    assertThat(c.signs()).isCloseTo(5.03, within(1e-9));
    assertThat(c.verifies()).isCloseTo(13.03, within(1e-9));
  }

  @Test
  void impossible_counts_are_refused() {
    assertThatThrownBy(() -> new SignatureCount(4, 3, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignatureCount(2, 3, 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ecdsa_costs_are_measured_and_priced_per_transaction() throws Exception {
    EcdsaCost cost = EcdsaCost.measure(20, 20);
    assertThat(cost.signMicros()).isPositive();
    assertThat(cost.verifyMicros()).isPositive();
    assertThat(cost.provider()).isNotBlank();

    EcdsaCost fixed = new EcdsaCost(100, 200, "test");
    // 8 signs x 100 us + 16 verifies x 200 us = 4000 us
    SignatureCount one = new SignatureCount(2, 3, 3, 1);
    assertThat(fixed.millisPerTx(one)).isCloseTo(4.0, within(1e-9));
    // client: 3 signs x 100 us; nodes: 5 signs x 10 us + 16 verifies x 20 us
    assertThat(fixed.millisPerTx(one, new EcdsaCost(10, 20, "native")))
        .isCloseTo(0.67, within(1e-9));
  }

  @Test
  void openssl_speed_output_gives_the_native_cost() {
    String out =
        "                              sign    verify    sign/s verify/s\n"
            + " 256 bits ecdsa (nistp256)   0.0000s   0.0000s  50000.0   20000.0\n";
    assertThat(NativeEcdsa.parse(out, "OpenSSL")).contains(new EcdsaCost(20.0, 50.0, "OpenSSL"));
    assertThat(NativeEcdsa.parse("no table", "OpenSSL")).isEmpty();
    // on a machine with openssl it measures; without, it says so by being empty
    NativeEcdsa.measure().ifPresent(c -> assertThat(c.verifyMicros()).isPositive());
  }
}
