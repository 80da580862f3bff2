# shellcheck shell=bash
# The auditor's query store, part of the auditor org's services: its PostgreSQL server
# (scripts/auditdb, by pid, in <run dir>/auditdb) and the projector (`timecoin-audit-store.jar
# project`, process audit-projector), which follows the auditor's peer block by block and writes
# the ledger into that database (audit-store/README.md), and the verifier loop (`... watch`,
# process audit-verifier), which verifies every new block, compares the peers and reconciles, and
# records what it finds there for the console (/console). Sourced by scripts/network after
# topology.sh, processes.sh and steps.sh.

AUDIT_STORE_JAR="$TIMECOIN_ROOT/audit-store/target/timecoin-audit-store.jar"
# With hosts, the database lives on the auditor's host: its folder, address and namespace.
if $HOSTS_MODE; then AUDIT_DB_DIR="$(host_dir auditor)/auditdb"; else AUDIT_DB_DIR="$RUN_DIR/auditdb"; fi
AUDIT_DB_SETTINGS="$AUDIT_DB_DIR/auditdb.properties"
PROJECTOR_PROCESS=audit-projector
VERIFIER_PROCESS=audit-verifier
# Seconds between the verifier loop's cross-peer checks and reconciliations.
VERIFIER_CHECK_SECONDS=${TIMECOIN_VERIFIER_CHECK_SECONDS:-15}
# A small heap: the projector holds one batch of blocks at a time.
PROJECTOR_JVM_OPTS=${TIMECOIN_PROJECTOR_JVM_OPTS:--Xmx256m}

# The projector is a process of this run folder only when the run folder has the audit store.
audit_process_names() {
  # shellcheck disable=SC2154 # with_audit is set by scripts/network's option parsing
  if $with_audit; then
    echo "$PROJECTOR_PROCESS"
    echo "$VERIFIER_PROCESS"
  fi
  return 0
}

auditdb() {
  local -a on_host=()
  if $HOSTS_MODE; then
    on_host=(--home "$AUDIT_DB_DIR" --host "$(host_address auditor)" --netns "$(host_netns auditor)"
      --allow "$(hosts_subnet).0/24")
  fi
  "$TIMECOIN_ROOT/scripts/auditdb" "$@" --run-dir "$RUN_DIR" "${on_host[@]}"
}

step_audit_store_jar() {
  if jar_is_stale "$AUDIT_STORE_JAR" ledger-model ledger-client audit audit-query audit-store; then
    require_command mvn "install Maven"
    info "building the audit-store jar (mvn -pl audit-store -am package): missing or older than its sources"
    (cd "$TIMECOIN_ROOT" && mvn -q -B -pl audit-store -am package -DskipTests -DskipITs -Dspotless.check.skip=true -Djacoco.skip=true) \
      >"$LOG_DIR/audit-store-build.log" 2>&1 || fail "the audit-store build failed" "$LOG_DIR/audit-store-build.log"
  fi
}

# projected_block: the last block the projection holds (its checkpoint), or nothing before the
# projector's first batch (or when the database does not answer).
projected_block() {
  local url port host
  [[ -f "$AUDIT_DB_SETTINGS" ]] || return 0
  url=$(sed -n 's/^timecoin\.auditdb\.url=//p' "$AUDIT_DB_SETTINGS")
  port=${url##*:}
  port=${port%%/*}
  host=${url#jdbc:postgresql://}
  host=${host%%:*}
  PGPASSWORD=$(cat "$AUDIT_DB_DIR/password" 2>/dev/null) PGCONNECT_TIMEOUT=3 \
    "${TIMECOIN_PG_BIN:-/usr/lib/postgresql/15/bin}/psql" -X -tA -h "$host" -p "$port" \
    -U timecoin_auditor -d timecoin_audit \
    -c 'SELECT block_number FROM projection_checkpoint WHERE id = 1' 2>/dev/null || true
}

start_projector() {
  # shellcheck disable=SC2086 # the JVM options are a list of words on purpose
  start_process "$PROJECTOR_PROCESS" -- java $PROJECTOR_JVM_OPTS -jar "$AUDIT_STORE_JAR" project \
    --db "$AUDIT_DB_SETTINGS" --client "$(host_client_config auditor)"
}

start_verifier() {
  # shellcheck disable=SC2086 # the JVM options are a list of words on purpose
  start_process "$VERIFIER_PROCESS" -- java $PROJECTOR_JVM_OPTS -jar "$AUDIT_STORE_JAR" watch \
    --db "$AUDIT_DB_SETTINGS" --client "$(host_client_config auditor)" \
    --check-seconds "$VERIFIER_CHECK_SECONDS" --insurer-msp InsurerMSP
}

# chain_height: the height of the auditor's peer's chain (its last block + 1), or nothing.
chain_height() {
  run_cli auditor /dev/stdout "$BIN/peer" channel getinfo -c "$CHANNEL_NAME" 2>/dev/null |
    grep -o '"height":[0-9]*' | grep -o '[0-9]*$' || true
}

# wait_projector_current SECONDS: waits until the projection has caught up with the auditor's peer
# (its checkpoint is the last block the peer had when we asked), which proves peer -> projector ->
# PostgreSQL; then the projector must still be running.
wait_projector_current() {
  local deadline=$((SECONDS + $1)) block height
  height=$(chain_height)
  [[ "$height" =~ ^[0-9]+$ ]] || fail "could not read the chain height of peer0.auditor" "$LOG_DIR/setup.log"
  while ((SECONDS < deadline)); do
    is_running "$PROJECTOR_PROCESS" || fail "$PROJECTOR_PROCESS exited" "$LOG_DIR/$PROJECTOR_PROCESS.log"
    block=$(projected_block)
    if [[ "$block" =~ ^[0-9]+$ ]] && ((block >= height - 1)); then
      info "$PROJECTOR_PROCESS has projected the chain through block $block, the auditor peer's tip (pid $(owned_pid "$PROJECTOR_PROCESS"))"
      return 0
    fi
    sleep 0.5
  done
  fail "$PROJECTOR_PROCESS did not project up to block $((height - 1)) within ${1}s (at: ${block:-nothing})" \
    "$LOG_DIR/$PROJECTOR_PROCESS.log"
}

step_audit_store() {
  step "The auditor's database and projector"
  if ! auditdb start --port-offset "$PORT_OFFSET" 2>&1 | sed 's/^/      /'; then
    fail "scripts/auditdb start failed (its output is above)"
  fi
  start_projector
  wait_projector_current 120
  start_verifier
}

# audit_down: the projector first (an open batch is rolled back and resumes at the checkpoint),
# then the database, wiped with --wipe (its data folder can live outside the run folder).
audit_down() {
  stop_processes "$VERIFIER_PROCESS" "$PROJECTOR_PROCESS"
  [[ -d "$AUDIT_DB_DIR" ]] || return 0
  # shellcheck disable=SC2154 # wipe is set by scripts/network's option parsing
  if $wipe; then auditdb stop --wipe; else auditdb stop; fi 2>&1 | sed 's/^/      /'
}

# audit_status_row: the database's line of the status table; fails when it is not running.
audit_status_row() {
  local pid=""
  [[ -f "$AUDIT_DB_DIR/postgres.pid" ]] && pid=$(<"$AUDIT_DB_DIR/postgres.pid")
  if [[ "$pid" =~ ^[0-9]+$ ]] && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
    printf '%-19s %-8s %-8s %s\n' auditdb "$pid" "$(rss_mib "$pid")" \
      "running, $(sed -n 's/^timecoin\.auditdb\.url=//p' "$AUDIT_DB_SETTINGS")"
  else
    printf '%-19s %-8s %-8s %s\n' auditdb - - stopped
    return 1
  fi
}

print_audit_summary() {
  $with_audit || return 0
  echo "  auditor database: $(sed -n 's/^timecoin\.auditdb\.url=//p' "$AUDIT_DB_SETTINGS") (settings $AUDIT_DB_SETTINGS);" \
    "projector log: scripts/network logs --run-dir $RUN_DIR $PROJECTOR_PROCESS"
  echo "  audit: scripts/timecoin audit verify | peers | reconcile   (TIMECOIN_RUN_DIR=$RUN_DIR when not the default)"
}
