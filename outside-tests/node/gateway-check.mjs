// Drives the timecoin chaincode with Hyperledger's own Node client (@hyperledger/fabric-gateway),
// written by nobody on this project: connects as an org's client identity, submits a registration
// and an earning, evaluates the account, reads a bad input's refusal and listens to the chaincode
// events of both writes. It asserts nothing itself: every step prints one JSON line
// ({"step": ..., ...}) that NodeGatewayIT parses and checks, so a wrong answer fails the IT with
// the whole transcript in its message.
//
//   node gateway-check.mjs <run dir>/clients/platform.properties
//
// The properties file is the one `scripts/network up` writes for the Java client; this script
// reads the same keys (endpoint, TLS root, host name override, MSP id, certificate, key).
import * as grpc from '@grpc/grpc-js';
import { connect, hash, signers } from '@hyperledger/fabric-gateway';
import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const EVIDENCE = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const EVENT_WAIT_MS = 30_000;

function readProperties(file) {
  const properties = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const at = trimmed.indexOf('=');
    properties[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1).trim();
  }
  return properties;
}

function required(properties, key) {
  const value = properties[key];
  if (!value) throw new Error(`the client properties have no ${key}`);
  return value;
}

function print(step, fields) {
  process.stdout.write(JSON.stringify({ step, ...fields }) + '\n');
}

const utf8 = new TextDecoder();
const json = (bytes) => JSON.parse(utf8.decode(bytes));

// The chaincode's refusal reaches a client as the endorsement error's details (one per peer);
// the stable code is the "[CODE]" the message starts with.
function refusalMessages(error) {
  const details = Array.isArray(error.details) ? error.details.map((d) => d.message) : [];
  return [error.message, ...details].join(' | ');
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node gateway-check.mjs <client properties file>');
  const p = readProperties(file);

  const client = new grpc.Client(
    required(p, 'timecoin.peer.endpoint'),
    grpc.credentials.createSsl(readFileSync(required(p, 'timecoin.peer.tlsRootCert'))),
    { 'grpc.ssl_target_name_override': required(p, 'timecoin.peer.hostnameOverride') },
  );
  const gateway = connect({
    client,
    identity: {
      mspId: required(p, 'timecoin.msp.id'),
      credentials: readFileSync(required(p, 'timecoin.identity.certificate')),
    },
    signer: signers.newPrivateKeySigner(
      createPrivateKey(readFileSync(required(p, 'timecoin.identity.privateKey'))),
    ),
    hash: hash.sha256,
    evaluateOptions: () => ({ deadline: Date.now() + 10_000 }),
    endorseOptions: () => ({ deadline: Date.now() + 30_000 }),
    submitOptions: () => ({ deadline: Date.now() + 10_000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 60_000 }),
  });

  try {
    const network = gateway.getNetwork(required(p, 'timecoin.channel'));
    const contract = network.getContract(required(p, 'timecoin.chaincode'));
    const volunteerId = `node-${randomUUID().replaceAll('-', '')}`;

    const register = await submit(contract, 'RegisterVolunteer', {
      requestId: `node-req:${randomUUID()}`,
      volunteerId,
    });
    print('register', { volunteerId, ...register });

    const earning = await submit(contract, 'RecordEarning', {
      requestId: `node-req:${randomUUID()}`,
      volunteerId,
      activityId: `node-activity-${randomUUID().slice(0, 8)}`,
      minutes: 90,
      coins: '1.50',
      verifier: 'branch-7',
      evidenceHash: EVIDENCE,
      category: 'community',
    });
    print('earning', earning);

    const account = json(await contract.evaluateTransaction('GetAccount', volunteerId));
    print('account', { account });

    try {
      await contract.submitTransaction(
        'RecordEarning',
        JSON.stringify({
          requestId: `node-req:${randomUUID()}`,
          volunteerId,
          activityId: 'node-bad',
          minutes: 60,
          coins: '-1.00',
          verifier: 'branch-7',
          evidenceHash: EVIDENCE,
          category: 'community',
        }),
      );
      print('bad-input', { refused: false });
    } catch (error) {
      print('bad-input', { refused: true, error: error.constructor.name, message: refusalMessages(error) });
    }

    const wanted = new Set([register.transactionId, earning.transactionId]);
    const events = await network.getChaincodeEvents(required(p, 'timecoin.chaincode'), {
      startBlock: BigInt(register.blockNumber),
    });
    const timer = setTimeout(() => events.close(), EVENT_WAIT_MS);
    try {
      for await (const event of events) {
        if (!wanted.has(event.transactionId)) continue;
        wanted.delete(event.transactionId);
        print('event', {
          eventName: event.eventName,
          transactionId: event.transactionId,
          blockNumber: event.blockNumber.toString(),
          payload: json(event.payload),
        });
        if (wanted.size === 0) break;
      }
    } catch (error) {
      // close() on timeout ends the iteration with a cancelled-call error; the IT sees what came.
      print('events-ended', { message: error.message });
    } finally {
      clearTimeout(timer);
      events.close();
    }
    print('done', { missingEvents: [...wanted] });
  } finally {
    gateway.close();
    client.close();
  }
}

async function submit(contract, name, request) {
  const submitted = await contract.submitAsync(name, { arguments: [JSON.stringify(request)] });
  const status = await submitted.getStatus();
  return {
    transactionId: submitted.getTransactionId(),
    blockNumber: status.blockNumber.toString(),
    committed: status.successful,
    validationCode: status.code,
    result: json(submitted.getResult()),
  };
}

main().catch((error) => {
  print('failed', { error: error.constructor.name, message: refusalMessages(error) });
  process.exitCode = 1;
});
