-- The auditor's projection of the timecoin ledger: one row per ledger object, as of the last
-- projected block. Amounts are exact integer minor units (1 coin = 100), never floating point.
-- block_number and tx_id name the transaction that last wrote the row (for entries: that wrote it).

-- The last block whose VALID transactions are all in the tables below. Written in the same SQL
-- transaction as the rows of the blocks it covers, so it never runs ahead of or behind them.
CREATE TABLE projection_checkpoint (
  id            smallint PRIMARY KEY CHECK (id = 1),
  block_number  bigint NOT NULL CHECK (block_number >= 0),
  projected_at  timestamptz NOT NULL
);

-- Every transaction of every projected block with its validation code; only VALID timecoin ones
-- contributed rows. One row per (block, position): a block projected twice would collide here.
CREATE TABLE transactions (
  block_number     bigint NOT NULL,
  tx_index         integer NOT NULL,
  tx_id            text NOT NULL,
  validation_code  text NOT NULL,
  chaincode        text,
  creator_msp      text,
  tx_time          timestamptz,
  event_name       text,
  PRIMARY KEY (block_number, tx_index)
);
CREATE INDEX transactions_tx_id ON transactions (tx_id);

CREATE TABLE accounts (
  volunteer_id    text PRIMARY KEY,
  status          text NOT NULL,
  balance         bigint NOT NULL,
  total_earned    bigint NOT NULL,
  total_spent     bigint NOT NULL,
  total_received  bigint NOT NULL,
  total_given     bigint NOT NULL,
  entry_count     bigint NOT NULL,
  created_at      timestamptz NOT NULL,
  block_number    bigint NOT NULL,
  tx_id           text NOT NULL
);

CREATE TABLE entries (
  entry_id           text PRIMARY KEY,
  volunteer_id       text NOT NULL,
  sequence           bigint NOT NULL,
  leg                integer NOT NULL,
  type               text NOT NULL,
  amount             bigint NOT NULL,
  balance_after      bigint NOT NULL,
  counterparty_id    text,
  activity_id        text,
  minutes            integer,
  category           text,
  evidence_hash      text,
  verifier           text,
  help_request_id    text,
  reversed_entry_id  text,
  memo               text,
  reason             text,
  request_id         text NOT NULL,
  tx_id              text NOT NULL,
  recorded_at        timestamptz NOT NULL,
  recorder_msp       text NOT NULL,
  recorder_cert_id   text NOT NULL,
  block_number       bigint NOT NULL,
  tx_index           integer NOT NULL,
  UNIQUE (volunteer_id, sequence)
);
-- Keyset paging over all accounts is by (recorded_at, entry_id); the filters below narrow it.
CREATE INDEX entries_time ON entries (recorded_at, entry_id);
CREATE INDEX entries_verifier_time ON entries (verifier, recorded_at, entry_id) WHERE verifier IS NOT NULL;
CREATE INDEX entries_category_time ON entries (category, recorded_at, entry_id) WHERE category IS NOT NULL;
CREATE INDEX entries_type_time ON entries (type, recorded_at, entry_id);
-- The rollup below picks up each batch's entries by block.
CREATE INDEX entries_block ON entries (block_number);

-- Coins minted (EARN) per verifier per 15 minutes (UTC), and how much of them was reversed since.
-- Kept by the projector in each batch's SQL transaction, so it is as current as the checkpoint;
-- any day at any real-world UTC offset (all multiples of 15 minutes) is a sum of whole buckets.
CREATE TABLE mint_buckets (
  bucket_start  timestamptz NOT NULL,
  verifier      text NOT NULL,
  earnings      bigint NOT NULL,
  minted        bigint NOT NULL,
  reversed      bigint NOT NULL,
  PRIMARY KEY (bucket_start, verifier)
);

CREATE TABLE policy_versions (
  version                  bigint PRIMARY KEY,
  max_coins_per_activity   bigint NOT NULL,
  daily_cap_coins          bigint NOT NULL,
  utc_offset               text NOT NULL,
  set_at                   timestamptz NOT NULL,
  set_by_msp               text NOT NULL,
  set_by_cert_id           text NOT NULL,
  tx_id                    text NOT NULL,
  block_number             bigint NOT NULL
);

CREATE TABLE products (
  code            text PRIMARY KEY,
  price_coins     bigint NOT NULL,
  coverage_days   integer NOT NULL,
  coverage_limit  bigint NOT NULL,
  currency        text NOT NULL,
  active          boolean NOT NULL,
  defined_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  block_number    bigint NOT NULL,
  tx_id           text NOT NULL
);

-- The stored form: the status (ACTIVE/EXPIRED/EXHAUSTED/VOIDED) is derived at a given time, as the
-- chaincode derives it from the transaction time.
CREATE TABLE vouchers (
  voucher_id         text PRIMARY KEY,
  volunteer_id       text NOT NULL,
  product_code       text NOT NULL,
  coins_paid         bigint NOT NULL,
  coverage_limit     bigint NOT NULL,
  remaining_cover    bigint NOT NULL,
  currency           text NOT NULL,
  coverage_start     timestamptz NOT NULL,
  coverage_end       timestamptz NOT NULL,
  purchase_entry_id  text NOT NULL,
  voided_at          timestamptz,
  void_reason        text,
  block_number       bigint NOT NULL,
  tx_id              text NOT NULL
);
CREATE INDEX vouchers_volunteer ON vouchers (volunteer_id);

-- The public part of claims only: the private details never leave their collection.
CREATE TABLE claims (
  claim_id              text PRIMARY KEY,
  voucher_id            text NOT NULL,
  volunteer_id          text NOT NULL,
  incident_date         date NOT NULL,
  amount_claimed        bigint NOT NULL,
  currency              text NOT NULL,
  activity_id           text NOT NULL,
  evidence_hash         text NOT NULL,
  private_details_hash  text NOT NULL,
  status                text NOT NULL,
  approved_amount       bigint,
  decision_reason       text,
  payment_reference     text,
  filed_at              timestamptz NOT NULL,
  decided_at            timestamptz,
  paid_at               timestamptz,
  block_number          bigint NOT NULL,
  tx_id                 text NOT NULL
);
CREATE INDEX claims_status ON claims (status, claim_id);
CREATE INDEX claims_voucher ON claims (voucher_id);

CREATE TABLE requests (
  request_id    text PRIMARY KEY,
  function      text NOT NULL,
  request_hash  text NOT NULL,
  result        text NOT NULL,
  tx_id         text NOT NULL,
  recorded_at   timestamptz NOT NULL,
  block_number  bigint NOT NULL
);
