# shellcheck shell=bash
# Starting the Raft orderers of a run folder, and making sure a restarted one really rejoins.
# Sourced by scripts/lib/steps.sh (needs topology.sh, processes.sh and steps.sh's helpers).
#
# Why the extra check: the Fabric snapshot this project builds (network-config/fabric.env) has
# hyperledger/fabric#4199, a deadlock in etcdraft fixed upstream by #4201 (May 2023, after the
# snapshot). An orderer applies the channel's membership entries (its first three Raft entries)
# when it joins the channel and again on every restart until it has taken a Raft snapshot; for
# each of them the chain goroutine asks the node goroutine for a WAL sync (chain.go:1183) while
# the node goroutine may be handing it the next batch of entries or a leader change
# (node.go:156): both wait for each other for ever. The orderer stays "healthy", never sends
# another Raft message, refuses deliveries ("consenter error") and holds every broadcast sent to
# it; a second orderer fault then leaves no quorum. Two measures (network-config/README.md,
# "Raft snapshots and restarts"): SnapshotIntervalSize 1 MB in configtx.yaml.tmpl, so a restart
# soon replays no membership entry, and the check below, which kills and starts again an
# orderer stuck that way, after a join as after a (re)start.

orderer_log() { echo "$LOG_DIR/$(orderer_name "$1").log"; }
orderer_wal_dir() { echo "$(orderer_data_dir "$1")/etcdraft/wal/$CHANNEL_NAME"; }

# start_orderer I: starts orderer I unless it runs; does not wait for it.
start_orderer() {
  local i=$1 name
  local -a environment
  name=$(orderer_name "$i")
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return
  fi
  check_ports_free "$name" "$(orderer_address "$i")" "$(orderer_admin_address "$i")" "$(orderer_ops_address "$i")"
  mkdir -p "$(orderer_data_dir "$i")"
  mapfile -t environment < <(orderer_environment "$i")
  start_process "$name" "${environment[@]}" -- "$BIN/orderer"
}

# log_size FILE: its size in bytes (0 when missing), where a new start's lines will begin.
log_size() { if [[ -f "$1" ]]; then stat -c %s "$1"; else echo 0; fi; }

# orderer_log_since I FROM: orderer I's log from byte FROM on (the lines of one start).
orderer_log_since() { tail -c +"$(($2 + 1))" "$(orderer_log "$1")" 2>/dev/null; }

# orderer_raft_ready I FROM: true once orderer I's Raft node, started since byte FROM of its log,
# holds the channel's full membership: restarted from a Raft snapshot (its first membership is
# already complete), or all ORDERER_COUNT membership entries applied (a new channel, or a restart
# that replays them). Fabric logs both at INFO, the level we run.
orderer_raft_ready() {
  local lines first applied
  lines=$(orderer_log_since "$1" "$2")
  first=$(sed -n 's/.*switched to configuration voters=(\([0-9 ]*\)).*/\1/p' <<<"$lines" | head -n 1)
  if grep 'Restarting raft node' <<<"$lines" >/dev/null && (($(wc -w <<<"$first") == ORDERER_COUNT)); then
    return 0
  fi
  applied=$(grep -c 'Applied config change to add node' <<<"$lines" || true)
  ((applied >= ORDERER_COUNT))
}

# orderer_raft_started I FROM: true once orderer I's Raft node has started since byte FROM.
orderer_raft_started() {
  orderer_log_since "$1" "$2" | grep -E 'Restarting raft node|Starting raft node' >/dev/null
}

# wait_orderer_rejoined I FROM: waits until orderer I, started (or joined to the channel) at byte
# FROM of its log, holds the full membership; its Raft node applies the membership entries first
# and within milliseconds. False when it is stuck short of them (the deadlock above); fails when
# its Raft node does not start at all.
wait_orderer_rejoined() {
  local i=$1 from=$2 name deadline=$((SECONDS + 60)) stuck_after=""
  name=$(orderer_name "$i")
  while :; do
    is_running "$name" || fail "$name exited during start-up" "$(orderer_log "$i")"
    if orderer_raft_ready "$i" "$from"; then
      info "$name holds the full Raft membership of the channel ($ORDERER_COUNT orderer(s))"
      return 0
    fi
    if [[ -z "$stuck_after" ]] && orderer_raft_started "$i" "$from"; then
      stuck_after=$((SECONDS + 5))  # ample for milliseconds of work on a busy machine
    fi
    if [[ -n "$stuck_after" ]] && ((SECONDS >= stuck_after)); then
      info "$name is stuck applying its Raft membership (hyperledger/fabric#4199, see scripts/lib/orderer.sh)"
      return 1
    fi
    ((SECONDS < deadline)) || fail "$name did not start its Raft node within 60s" "$(orderer_log "$i")"
    sleep 0.2
  done
}

# ensure_orderer_rejoined I FROM: as wait_orderer_rejoined, but an orderer stuck in the deadlock
# is killed (SIGKILL by its pid: it would not finish a graceful stop, and its Raft log and ledger
# are crash-safe and kept) and started again, up to 10 times. Each start is a new draw of the race.
ensure_orderer_rejoined() {
  local i=$1 from=$2 name attempt pid
  name=$(orderer_name "$i")
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    wait_orderer_rejoined "$i" "$from" && return 0
    pid=$(owned_pid "$name") || fail "$name exited during start-up" "$(orderer_log "$i")"
    info "killing $name (pid $pid) and starting it again on the same data (attempt $((attempt + 1)))"
    kill -KILL "$pid" 2>/dev/null || true
    # reaped quietly when this shell started it (no "Killed" line), else waited for by its pid
    wait "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$PID_DIR/$name.pid"
    from=$(log_size "$(orderer_log "$i")")
    start_orderer "$i"
    wait_healthy "$name" "http://$(orderer_ops_address "$i")/healthz" 60
  done
  fail "$name stayed stuck replaying its Raft log after 10 starts (hyperledger/fabric#4199; see network-config/README.md)" \
    "$(orderer_log "$i")"
}

# start_orderers I...: starts the given orderers side by side, waits until each is healthy and,
# for each that has a Raft log to replay, until it holds the full membership again.
start_orderers() {
  local i
  local -A from=() replays=()
  for i in "$@"; do
    if ! is_running "$(orderer_name "$i")"; then
      from[$i]=$(log_size "$(orderer_log "$i")")
      [[ -d "$(orderer_wal_dir "$i")" ]] && replays[$i]=1
    fi
    start_orderer "$i"  # says so when it already runs
  done
  for i in "$@"; do
    wait_healthy "$(orderer_name "$i")" "http://$(orderer_ops_address "$i")/healthz" 60
  done
  for i in "${!replays[@]}"; do ensure_orderer_rejoined "$i" "${from[$i]}"; done
}

step_orderers() {
  step "Orderers"
  # shellcheck disable=SC2046 # the indexes are words on purpose
  start_orderers $(orderer_indexes)
}

step_orderer_channel() {
  step "Orderers join channel $CHANNEL_NAME"
  local i admin_tls log="$LOG_DIR/setup.log"
  local -A joined=()  # index -> where its log stood before the join
  admin_tls=$(orderer_admin_tls_dir)
  for i in $(orderer_indexes); do
    local -a tls_args=(-o "$(orderer_admin_address "$i")" --ca-file "$(orderer_tls_ca)"
      --client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key")
    # Right after a restart the admin endpoint can refuse a call or two although /healthz is
    # up (seen on a loaded machine), so ask until it answers before deciding to join.
    local listing="" attempt
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      if listing=$("$BIN/osnadmin" channel list "${tls_args[@]}" 2>>"$log"); then
        break
      fi
      listing=""
      info "orderer$i admin endpoint not answering yet (attempt $attempt)"
      sleep 1
    done
    if grep "\"name\": *\"$CHANNEL_NAME\"" <<<"$listing" >/dev/null; then
      info "orderer$i has already joined"
      continue
    fi
    joined[$i]=$(log_size "$(orderer_log "$i")")
    "$BIN/osnadmin" channel join --channelID "$CHANNEL_NAME" --config-block "$GENESIS_BLOCK" "${tls_args[@]}" \
      >>"$log" 2>&1 || fail "orderer$i could not join channel $CHANNEL_NAME" "$log"
    info "orderer$i joined"
  done
  # Joining starts each one's Raft node, which applies the membership entries: the deadlock's
  # first chance (seen on a busy machine: the orderer picked to campaign stuck at its join).
  for i in "${!joined[@]}"; do ensure_orderer_rejoined "$i" "${joined[$i]}"; done
}

# The Raft snapshot interval every run folder's channel should have (configtx.yaml.tmpl).
RAFT_SNAPSHOT_INTERVAL_BYTES=$((1024 * 1024))

# run_orderer_admin_cli LOG COMMAND...: the peer CLI as the ordering org's admin, which fetches
# and updates the channel's config through an orderer (no peer involved).
run_orderer_admin_cli() {
  local log=$1; shift
  env -i PATH="$PATH" HOME="$HOME" FABRIC_CFG_PATH="$CONFIG_DIR" FABRIC_LOGGING_SPEC=WARNING \
    CORE_PEER_LOCALMSPID=OrdererMSP CORE_PEER_MSPCONFIGPATH="$(orderer_org_dir)/users/Admin@orderer.$DOMAIN/msp" \
    "$@" >>"$log" 2>&1
}

# snapshot_interval_of BLOCK_JSON: the Raft SnapshotIntervalSize of a decoded config block.
snapshot_interval_of() {
  jq -r '.data.data[0].payload.data.config.channel_group.groups.Orderer.values.ConsensusType.value.metadata.options.snapshot_interval_size' "$1"
}

# step_raft_snapshot_interval: a channel created with a larger SnapshotIntervalSize (Fabric's
# 16 MB, run folders from before) gets 1 MB by a channel config update, signed by the ordering
# org's admin (the Orderer group's Admins policy). Each orderer then takes a Raft snapshot at its
# next block, after which a restart no longer replays the entries behind the deadlock described
# at the top of this file. The ledgers and Raft logs are kept.
step_raft_snapshot_interval() {
  step "Raft snapshot interval of channel $CHANNEL_NAME"
  local work="$RUN_DIR/config-updates/raft-snapshot-interval" log current deadline
  log="$work/update.log"
  mkdir -p "$work"
  "$BIN/configtxlator" proto_decode --type common.Block --input "$GENESIS_BLOCK" --output "$work/genesis.json" 2>>"$log" ||
    fail "configtxlator could not decode $GENESIS_BLOCK" "$log"
  if [[ "$(snapshot_interval_of "$work/genesis.json")" == "$RAFT_SNAPSHOT_INTERVAL_BYTES" ]]; then
    info "$RAFT_SNAPSHOT_INTERVAL_BYTES bytes since the channel's creation"
    return
  fi
  # Right after the orderers (re)started there may be no Raft leader yet to serve the fetch.
  deadline=$((SECONDS + 60))
  # shellcheck disable=SC2046
  until run_orderer_admin_cli "$log" "$BIN/peer" channel fetch config "$work/config_block.pb" -c "$CHANNEL_NAME" $(orderer_tls_args); do
    ((SECONDS < deadline)) || fail "could not fetch the config of channel $CHANNEL_NAME" "$log"
    sleep 1
  done
  "$BIN/configtxlator" proto_decode --type common.Block --input "$work/config_block.pb" --output "$work/config_block.json" 2>>"$log" ||
    fail "configtxlator could not decode the config block" "$log"
  current=$(snapshot_interval_of "$work/config_block.json")
  if [[ "$current" == "$RAFT_SNAPSHOT_INTERVAL_BYTES" ]]; then
    info "$RAFT_SNAPSHOT_INTERVAL_BYTES bytes (updated before)"
    return
  fi
  info "$current bytes; updating to $RAFT_SNAPSHOT_INTERVAL_BYTES (a config update signed by the ordering org's admin)"
  jq '.data.data[0].payload.data.config' "$work/config_block.json" >"$work/config.json"
  jq --argjson size "$RAFT_SNAPSHOT_INTERVAL_BYTES" \
    '.channel_group.groups.Orderer.values.ConsensusType.value.metadata.options.snapshot_interval_size = $size' \
    "$work/config.json" >"$work/modified.json"
  local f
  for f in config modified; do
    "$BIN/configtxlator" proto_encode --type common.Config --input "$work/$f.json" --output "$work/$f.pb" 2>>"$log" ||
      fail "configtxlator could not encode $f.json" "$log"
  done
  "$BIN/configtxlator" compute_update --channel_id "$CHANNEL_NAME" --original "$work/config.pb" \
    --updated "$work/modified.pb" --output "$work/update.pb" 2>>"$log" || fail "configtxlator compute_update failed" "$log"
  "$BIN/configtxlator" proto_decode --type common.ConfigUpdate --input "$work/update.pb" --output "$work/update.json" 2>>"$log" ||
    fail "configtxlator could not decode the update" "$log"
  jq -n --arg ch "$CHANNEL_NAME" --slurpfile u "$work/update.json" \
    '{payload: {header: {channel_header: {channel_id: $ch, type: 2}}, data: {config_update: $u[0]}}}' >"$work/envelope.json"
  "$BIN/configtxlator" proto_encode --type common.Envelope --input "$work/envelope.json" --output "$work/envelope.pb" 2>>"$log" ||
    fail "configtxlator could not encode the update envelope" "$log"
  # shellcheck disable=SC2046
  run_orderer_admin_cli "$log" "$BIN/peer" channel update -f "$work/envelope.pb" -c "$CHANNEL_NAME" $(orderer_tls_args) ||
    fail "the orderer refused the snapshot interval update" "$log"
  deadline=$((SECONDS + 60))
  while :; do
    # shellcheck disable=SC2046
    run_orderer_admin_cli "$log" "$BIN/peer" channel fetch config "$work/new_config_block.pb" -c "$CHANNEL_NAME" $(orderer_tls_args) &&
      "$BIN/configtxlator" proto_decode --type common.Block --input "$work/new_config_block.pb" \
        --output "$work/new_config_block.json" 2>>"$log" &&
      [[ "$(snapshot_interval_of "$work/new_config_block.json")" == "$RAFT_SNAPSHOT_INTERVAL_BYTES" ]] && break
    ((SECONDS < deadline)) || fail "the channel's config does not carry the new snapshot interval 60s after the update" "$log"
    sleep 0.5
  done
  info "updated in config block $(jq -r '.header.number' "$work/new_config_block.json")"
}
