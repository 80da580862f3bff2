'use strict';

// Caliper workload module for `scripts/bench --caliper`: timecoin's RecordEarning as the bench's W1
// sends it (workload/requests.js), through Caliper's own Fabric peer-gateway connector, so that a
// tool that shares no code with the bench measures the same write on the same network.
//
// W1 gives each of its c workers an account of its own, so no two earnings in flight touch the same
// balance (they would fail as read conflicts, which W1's client re-runs and Caliper's connector does
// not). Caliper's rate controllers do not have workers: they start requests whenever they decide.
// So each request takes an account that has nothing in flight (the one idle longest), from a pool
// opened in the first round like W1's accounts. The module also records, per round, what Caliper's
// own report leaves out: the number of requests in flight over time (to check that the fixed-load
// controller held W1's concurrency) and every request's create and finish time as Caliper's
// TxStatus gives them (for p50/p99; the report shows only min/avg/max). It writes them to
// `<outDir>/round-<index>-worker-<w>.json` when the round ends.

const fs = require('fs');
const os = require('os');
const path = require('path');
const requests = require('./requests');

const REGISTER_VOLUNTEER = 'RegisterVolunteer';
const SET_EARNING_POLICY = 'SetEarningPolicy';
const RECORD_EARNING = 'RecordEarning';
// Accounts opened side by side, as the bench's Accounts.register does (at most 32 at once).
const OPEN_AT_ONCE = 32;
// A registration committed on the gateway's peer may not have reached the other endorsing peer yet;
// W1's client re-asks such a peer, Caliper's does not, so the first round waits this long after
// opening its accounts before measuring.
const SETTLE_MS = 3000;

function required(args, name) {
    if (args[name] === undefined || args[name] === null || args[name] === '') {
        throw new Error(`the workload argument '${name}' is missing from the benchmark configuration`);
    }
    return args[name];
}

class RecordEarningWorkload {

    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter) {
        this.workerIndex = workerIndex;
        this.roundIndex = roundIndex;
        this.sutAdapter = sutAdapter;
        this.runId = required(roundArguments, 'runId');
        this.contractId = required(roundArguments, 'contractId');
        this.invoker = required(roundArguments, 'invokerIdentity');
        this.outDir = required(roundArguments, 'outDir');
        this.label = required(roundArguments, 'label');
        const accounts = Number(required(roundArguments, 'accounts'));
        this.tag = `cal${roundIndex}w${workerIndex}`;
        this.accounts = [];
        for (let i = 0; i < accounts; i++) {
            this.accounts.push(requests.volunteer(this.runId, `cal${workerIndex}`, i));
        }
        if (roundIndex === 0) {
            await this._openAccounts();
        }
        this.idle = this.accounts.slice();
        this.seq = 0;
        this.inFlight = 0;
        this.inFlightMax = 0;
        this.inFlightArea = 0;
        this.lastChange = 0;
        this.firstStart = 0;
        this.lastEnd = 0;
        this.shared = 0;
        this.txs = [];
        this.loads = [];
        this.loadTimer = setInterval(() => this.loads.push(os.loadavg()[0]), 1000);
    }

    async _openAccounts() {
        if (this.workerIndex === 0) {
            await this._write(SET_EARNING_POLICY, requests.benchPolicy(this.runId));
        }
        for (let i = 0; i < this.accounts.length; i += OPEN_AT_ONCE) {
            const batch = this.accounts.slice(i, i + OPEN_AT_ONCE);
            await Promise.all(batch.map(id => this._write(REGISTER_VOLUNTEER, requests.register(this.runId, id))));
        }
        await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
    }

    async _write(fn, request) {
        const status = await this.sutAdapter.sendRequests(this._request(fn, request));
        if (status.GetStatus() !== 'success') {
            throw new Error(`${fn} for the Caliper run's set-up did not commit (Caliper's log above says why)`);
        }
    }

    _request(fn, request) {
        return {
            contractId: this.contractId,
            contractFunction: fn,
            contractArguments: [JSON.stringify(request)],
            invokerIdentity: this.invoker,
            readOnly: false
        };
    }

    _changeInFlight(delta) {
        const now = Date.now();
        if (this.lastChange > 0) {
            this.inFlightArea += this.inFlight * (now - this.lastChange);
        }
        this.lastChange = now;
        this.inFlight += delta;
        this.inFlightMax = Math.max(this.inFlightMax, this.inFlight);
        return now;
    }

    async submitTransaction() {
        let account = this.idle.shift();
        if (account === undefined) {
            // Every account has a request in flight: more than the pool was sized for. Counted, and
            // the earning goes to an account that is busy (it may then fail as a read conflict).
            this.shared++;
            account = this.accounts[this.seq % this.accounts.length];
        }
        const request = requests.earning(this.runId, this.tag, account, this.seq++);
        const started = this._changeInFlight(1);
        if (this.firstStart === 0) {
            this.firstStart = started;
            this.cpuAtStart = process.cpuUsage();
        }
        let status;
        try {
            status = await this.sutAdapter.sendRequests(this._request(RECORD_EARNING, request));
        } finally {
            this.lastEnd = this._changeInFlight(-1);
            if (!this.idle.includes(account)) {
                this.idle.push(account);
            }
        }
        this.txs.push([status.GetTimeCreate(), status.GetTimeFinal() || this.lastEnd, status.GetStatus() === 'success' ? 1 : 0]);
    }

    async cleanupWorkloadModule() {
        clearInterval(this.loadTimer);
        const span = this.lastEnd - this.firstStart;
        // CPU of this Caliper worker process (connector, signing, gRPC) while the round sent: its
        // cost per earning, against the bench JVM's (the saturation run's load-generator figure).
        const cpu = this.cpuAtStart ? process.cpuUsage(this.cpuAtStart) : { user: 0, system: 0 };
        const result = {
            round: this.roundIndex,
            label: this.label,
            worker: this.workerIndex,
            accounts: this.accounts.length,
            sharedAccountRequests: this.shared,
            inFlightMean: span > 0 ? this.inFlightArea / span : 0,
            inFlightMax: this.inFlightMax,
            loadAverage: this.loads,
            cpuMillis: (cpu.user + cpu.system) / 1000,
            // [created ms, finished ms, 1 committed as valid / 0 failed], as Caliper's TxStatus has them
            txs: this.txs
        };
        fs.mkdirSync(this.outDir, { recursive: true });
        const file = path.join(this.outDir, `round-${this.roundIndex}-worker-${this.workerIndex}.json`);
        fs.writeFileSync(file, JSON.stringify(result));
    }
}

module.exports.createWorkloadModule = () => new RecordEarningWorkload();
