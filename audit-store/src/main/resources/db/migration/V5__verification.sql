-- What the auditor's verifier, cross-peer check and reconciliation found, for the API and console
-- to show. The verifier loop writes its progress and every break it meets; each cross-peer check
-- replaces the peers' rows; each reconciliation adds a row with its differences. Nothing here is
-- business data: breaks and differences name blocks, transactions, kinds and account ids only.

-- One row: how far the chain has been verified. next_block = the height verified (blocks
-- 0 .. next_block - 1); checkpoint is the verifier's own resume state (its JSON form).
CREATE TABLE verification_progress (
  id                 smallint PRIMARY KEY CHECK (id = 1),
  next_block         bigint      NOT NULL,
  blocks_checked     bigint      NOT NULL,
  transactions_checked bigint    NOT NULL,
  signatures_checked bigint      NOT NULL,
  checkpoint         text,
  checked_at         timestamptz NOT NULL
);

-- Every break found, where it was found: source 'peer' for the auditor's own peer's chain, or the
-- name of a block copy handed to the verifier (a tamper test, an archive being checked).
CREATE TABLE verification_breaks (
  break_id      bigserial PRIMARY KEY,
  source        text        NOT NULL,
  block_number  bigint      NOT NULL,
  tx_index      integer     NOT NULL,  -- -1: the block itself
  tx_id         text        NOT NULL,  -- '' for the block itself
  kind          text        NOT NULL,
  detail        text        NOT NULL,
  found_at      timestamptz NOT NULL,
  UNIQUE (source, block_number, tx_index, kind)
);
CREATE INDEX verification_breaks_found ON verification_breaks (found_at DESC, break_id DESC);

-- The last cross-peer check: one row per peer, replaced whole by each check.
CREATE TABLE peer_checks (
  address          text        PRIMARY KEY,
  msp_id           text        NOT NULL,
  height           bigint      NOT NULL,
  current_hash     text        NOT NULL,
  compared_up_to   bigint      NOT NULL,
  first_difference bigint,               -- null when the peers agree
  difference       text,
  checked_at       timestamptz NOT NULL
);

-- Each reconciliation's summary, and its differences.
CREATE TABLE reconciliations (
  reconciliation_id bigserial PRIMARY KEY,
  current_to_block  bigint      NOT NULL,
  accounts_checked  integer     NOT NULL,
  entries_checked   bigint      NOT NULL,
  vouchers_checked  integer     NOT NULL,
  mismatches        integer     NOT NULL,
  checked_at        timestamptz NOT NULL
);

CREATE TABLE reconciliation_mismatches (
  reconciliation_id bigint NOT NULL REFERENCES reconciliations ON DELETE CASCADE,
  position          integer NOT NULL,
  kind              text    NOT NULL,
  subject           text    NOT NULL,
  first_entry_id    text,
  detail            text    NOT NULL,
  PRIMARY KEY (reconciliation_id, position)
);
