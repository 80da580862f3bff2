-- Hearts (the charity unit), projects and donation rows, as the chaincode stores them.
-- Hearts are whole numbers (bigint), not minor units. Money is minor units (1.00 = 100).

CREATE TABLE hearts_accounts (
  volunteer_id   text PRIMARY KEY,
  balance        bigint NOT NULL,
  total_earned   bigint NOT NULL,
  total_donated  bigint NOT NULL,
  total_returned bigint NOT NULL,
  entry_count    bigint NOT NULL,
  block_number   bigint NOT NULL,
  tx_id          text   NOT NULL
);

CREATE TABLE hearts_entries (
  entry_id       text PRIMARY KEY,
  volunteer_id   text   NOT NULL,
  sequence       bigint NOT NULL,
  type           text   NOT NULL,
  amount         bigint NOT NULL,
  balance_after  bigint NOT NULL,
  activity_id    text,
  verifier       text,
  project_id     text,
  donation_tx_id text,
  request_id     text   NOT NULL,
  tx_id          text   NOT NULL,
  recorded_at    timestamptz NOT NULL,
  block_number   bigint NOT NULL,
  tx_index       int    NOT NULL,
  UNIQUE (volunteer_id, sequence)
);

CREATE TABLE hearts_policy_versions (
  version      bigint PRIMARY KEY,
  policy       jsonb  NOT NULL,
  block_number bigint NOT NULL,
  tx_id        text   NOT NULL
);

CREATE TABLE projects (
  project_id     text PRIMARY KEY,
  status         text   NOT NULL,
  target_hearts  bigint NOT NULL,
  deadline       timestamptz NOT NULL,
  sponsor_id     text   NOT NULL,
  currency       text   NOT NULL,
  pledge         bigint NOT NULL,
  raised_hearts  bigint,
  donations      bigint,
  donors         bigint,
  matched_amount bigint,
  closed_at      timestamptz,
  block_number   bigint NOT NULL,
  tx_id          text   NOT NULL
);

-- One row per donation, keyed like the ledger's row by its transaction.
CREATE TABLE donations (
  tx_id           text PRIMARY KEY,
  project_id      text    NOT NULL,
  volunteer_id    text    NOT NULL,
  hearts          bigint  NOT NULL,
  first_for_donor boolean NOT NULL,
  hearts_entry_id text    NOT NULL,
  request_id      text    NOT NULL,
  recorded_at     timestamptz NOT NULL,
  block_number    bigint  NOT NULL,
  tx_index        int     NOT NULL
);

CREATE INDEX donations_by_project ON donations (project_id);
