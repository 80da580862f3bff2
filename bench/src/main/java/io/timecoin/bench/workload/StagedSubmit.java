package io.timecoin.bench.workload;

import io.timecoin.bench.load.InvalidTransaction;
import io.timecoin.bench.load.StageTimes;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;

/**
 * One write through the raw Fabric Gateway with each stage timed: the same three calls that {@code
 * Contract.submitTransaction} (and ledger-client's write path) make, taken apart so that {@link
 * StageTimes} sees endorse, submit and commit wait separately.
 */
final class StagedSubmit {

  private StagedSubmit() {}

  /**
   * Endorses, submits and waits for the commit of {@code function(args)}; records the stages if it
   * committed as valid.
   *
   * @throws Exception the gateway's failure: {@code EndorseException}, {@code SubmitException},
   *     {@code CommitStatusException}, or {@link InvalidTransaction} when the transaction was
   *     invalidated.
   */
  static void submit(Contract contract, StageTimes times, String function, String... args)
      throws Exception {
    Proposal proposal = contract.newProposal(function).addArguments(args).build();
    long start = System.nanoTime();
    Transaction endorsed = proposal.endorse();
    long endorsedAt = System.nanoTime();
    SubmittedTransaction submitted = endorsed.submitAsync();
    long submittedAt = System.nanoTime();
    Status status = submitted.getStatus();
    long committedAt = System.nanoTime();
    if (!status.isSuccessful()) {
      throw new InvalidTransaction(status.getCode().name());
    }
    times.record(endorsedAt - start, submittedAt - endorsedAt, committedAt - submittedAt);
  }
}
