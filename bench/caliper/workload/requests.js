'use strict';

// The requests the Caliper workload sends, built exactly as the bench's Java side builds them
// (io.timecoin.bench.workload.Requests): the same ids from a run id, the same amounts, and the JSON
// of ledger-model's LedgerJson (properties sorted by name, no whitespace, amounts as strings), so
// the chaincode does the same work for Caliper as for W1. WorkloadRequestsTest compares the two.

const crypto = require('crypto');

/** One earning is 0.01 coins, as W1's (Requests.EARNING). */
const EARNING_COINS = '0.01';

function sha256(text) {
    return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A synthetic volunteer id, `<run>-<purpose>-<n>`: no personal data. */
function volunteer(runId, purpose, n) {
    return `${runId}-${purpose}-${n}`;
}

/** RegisterVolunteer's argument for `volunteerId` (Requests.register). */
function register(runId, volunteerId) {
    return { requestId: `${runId}:reg:${volunteerId}`, volunteerId };
}

/** RecordEarning's argument (Requests.earning): 60 minutes, 0.01 coins, category "bench". */
function earning(runId, tag, volunteerId, seq) {
    const id = `${runId}:${tag}:${seq}`;
    return {
        activityId: id,
        category: 'bench',
        coins: EARNING_COINS,
        evidenceHash: sha256(id),
        minutes: 60,
        requestId: id,
        volunteerId
    };
}

/** SetEarningPolicy's argument with caps no run reaches (Requests.benchPolicy). */
function benchPolicy(runId) {
    return {
        dailyCapCoins: '1000000000.00',
        maxCoinsPerActivity: '8.00',
        requestId: `${runId}:bench-earning-policy`,
        utcOffset: '+08:00'
    };
}

module.exports = { volunteer, register, earning, benchPolicy };
