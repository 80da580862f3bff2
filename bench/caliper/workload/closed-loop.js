'use strict';

// A Caliper rate controller that is a closed loop, as W1's: it lets the worker start the next
// transaction as soon as fewer than `transactionLoad` (per worker) are unfinished, and only then.
// Caliper 0.6's own `fixed-load` aims at the same number but is not a loop: at the target it sends
// one more, then sleeps (unfinished - target) x its mean latency so far, so its number in flight
// swings below the target (the comparison shows by how much). Everything measured still is
// Caliper's: its worker loop, connector, transaction statistics and report; this only decides when
// the next transaction starts. Loaded by path from the benchmark configuration's rateControl.type.

// How often a full loop looks again for a finished transaction: far below a commit's latency
// (hundreds of ms), so a finished slot is refilled about as fast as W1's worker threads refill it.
const POLL_MS = 1;

class ClosedLoop {

    constructor(testMessage, stats) {
        const opts = testMessage.getRateControlSpec().opts || {};
        const load = Number(opts.transactionLoad) / testMessage.getWorkersNumber();
        if (!Number.isInteger(load) || load < 1) {
            throw new Error('closed-loop needs opts.transactionLoad, a whole multiple of the number of workers');
        }
        this.stats = stats;
        this.load = load;
    }

    async applyRateControl() {
        while (this.stats.getTotalSubmittedTx() - this.stats.getTotalFinishedTx() >= this.load) {
            await new Promise(resolve => setTimeout(resolve, POLL_MS));
        }
    }

    async end() { }
}

module.exports.createRateController = (testMessage, stats) => new ClosedLoop(testMessage, stats);
