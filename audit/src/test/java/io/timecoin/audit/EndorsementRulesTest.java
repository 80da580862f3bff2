package io.timecoin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataEntry;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fabric's rule for key-level policies written inside one block: once a transaction that passed
 * endorsement validation has written a key's validation parameter, a later transaction of the same
 * block that writes the key is invalid (the two voucher purchases of one product that the audit
 * benchmark's ledger showed, flagged ENDORSEMENT_POLICY_FAILURE by the peers).
 */
class EndorsementRulesTest {

  private static final String PRODUCT = "\u0000product\u0000P1\u0000";

  private EndorsementRules rules;

  @BeforeEach
  void freshBlock() {
    rules = new EndorsementRules(new ChainState(0, new byte[0], null));
    rules.startBlock();
  }

  @Test
  void a_write_after_a_parameter_write_in_the_same_block_is_named() {
    rules.passedEndorsementValidation(metadataWrite("timecoin", PRODUCT));

    assertThat(rules.keyWithParameterWrittenEarlierInBlock(write("timecoin", PRODUCT)))
        .contains(PRODUCT);
    assertThat(rules.keyWithParameterWrittenEarlierInBlock(metadataWrite("timecoin", PRODUCT)))
        .contains(PRODUCT);
  }

  @Test
  void other_keys_other_namespaces_and_the_next_block_are_not_affected() {
    rules.passedEndorsementValidation(metadataWrite("timecoin", PRODUCT));

    assertThat(
            rules.keyWithParameterWrittenEarlierInBlock(
                write("timecoin", "\u0000product\u0000P2\u0000")))
        .isEmpty();
    assertThat(rules.keyWithParameterWrittenEarlierInBlock(write("benchput", PRODUCT))).isEmpty();
    rules.startBlock();
    assertThat(rules.keyWithParameterWrittenEarlierInBlock(write("timecoin", PRODUCT))).isEmpty();
  }

  @Test
  void plain_writes_set_no_parameter() {
    rules.passedEndorsementValidation(write("timecoin", PRODUCT));

    assertThat(rules.keyWithParameterWrittenEarlierInBlock(write("timecoin", PRODUCT))).isEmpty();
  }

  private static ReadWriteSet write(String namespace, String key) {
    KVWrite write =
        KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFromUtf8("{}")).build();
    return new ReadWriteSet(
        List.of(
            new ReadWriteSet.Namespace(namespace, List.of(), List.of(write), List.of(), List.of())),
        Optional.empty());
  }

  private static ReadWriteSet metadataWrite(String namespace, String key) {
    KVMetadataWrite write =
        KVMetadataWrite.newBuilder()
            .setKey(key)
            .addEntries(
                KVMetadataEntry.newBuilder()
                    .setName("VALIDATION_PARAMETER")
                    .setValue(ByteString.copyFromUtf8("policy")))
            .build();
    return new ReadWriteSet(
        List.of(
            new ReadWriteSet.Namespace(namespace, List.of(), List.of(), List.of(write), List.of())),
        Optional.empty());
  }
}
