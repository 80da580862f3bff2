# shellcheck shell=bash
# The HTTP API: one `timecoin serve` JVM per org, acting with that org's client identity, on
# <ORG>_API_HOST:<ORG>_API_PORT (+ offset) from network-config/network.env. Its keys, token
# signing key and settings live in <run dir>/api (written once by `timecoin api-setup`).
# Sourced by scripts/network after topology.sh and processes.sh.

API_JAR="$TIMECOIN_ROOT/api/target/timecoin-cli.jar"
API_DIR="$RUN_DIR/api"

# api_dir ORG: the folder of ORG's API settings and keys (with hosts, in ORG's host folder).
api_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/api"; else echo "$API_DIR"; fi; }

api_address() { echo "$(org_var "$1" API_HOST):$(port "$(org_var "$1" API_PORT)")"; }

# The API processes of this run folder: those that were ever configured in it.
api_process_names() {
  local org
  for org in "${PEER_ORGS[@]}"; do
    [[ -f "$(api_dir "$org")/$org.properties" ]] && echo "api-$org"
  done
  return 0
}

step_api_jar() {
  if jar_is_stale "$API_JAR" ledger-model chaincode ledger-client audit-query api; then
    require_command mvn "install Maven"
    info "building the API jar (mvn -pl api -am package): missing or older than its sources"
    (cd "$TIMECOIN_ROOT" && mvn -q -B -pl api -am package -DskipTests -DskipITs -Dspotless.check.skip=true -Djacoco.skip=true) \
      >"$LOG_DIR/api-build.log" 2>&1 || fail "the API build failed" "$LOG_DIR/api-build.log"
  fi
}

# start_api ORG: writes ORG's API settings if needed and starts its API unless it runs; does not
# wait for it.
start_api() {
  local org=$1 name="api-$1"
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return
  fi
  local -a token_key=()
  # With hosts only the platform's host holds the volunteer token signing key; the others get its
  # public half.
  if $HOSTS_MODE && [[ "$org" != platform ]]; then
    token_key=(--volunteer-token-public-key "$(api_dir platform)/volunteer-token.pub.jwk")
  fi
  mkdir -p "$(api_dir "$org")"
  chmod 700 "$(api_dir "$org")"
  java -jar "$API_JAR" api-setup --dir "$(api_dir "$org")" --org "$org" "${token_key[@]}" \
    --host "$(org_var "$org" API_HOST)" --port "$(port "$(org_var "$org" API_PORT)")" \
    --ledger-client "$(host_client_config "$org")" >>"$LOG_DIR/setup.log" 2>&1 ||
    fail "could not write the $org API settings" "$LOG_DIR/setup.log"
  check_ports_free "$name" "$(api_address "$org")"
  local -a audit_db=()
  if [[ "$org" == auditor ]]; then mapfile -t audit_db < <(api_audit_db_options); fi
  # shellcheck disable=SC2086 # API_JVM_OPTS is a list of JVM options
  start_process "$name" -- java $API_JVM_OPTS -jar "$API_JAR" serve --config "$(api_dir "$org")/$org.properties" \
    "${audit_db[@]}"
}

# api_audit_db_options: the serve options (one a line) that give the auditor's API its database
# (/v1/audit), from the settings scripts/auditdb wrote: its read-only login (the owner's for a
# database started before that login existed); nothing without the audit store, and then those
# routes answer 404 AUDIT_STORE_NOT_CONFIGURED.
api_audit_db_options() {
  # shellcheck disable=SC2154 # with_audit (option parsing) and AUDIT_DB_SETTINGS (audit.sh) are set by scripts/network
  $with_audit && [[ -f "$AUDIT_DB_SETTINGS" ]] || return 0
  local user=readerUser password=readerPasswordFile
  if ! grep -q '^timecoin\.auditdb\.readerUser=' "$AUDIT_DB_SETTINGS"; then
    user=user password=passwordFile
  fi
  # the password stays in its file (mode 600); only its path is passed
  echo --audit-db-url
  audit_db_setting url
  echo --audit-db-user
  audit_db_setting "$user"
  echo --audit-db-password-file
  audit_db_setting "$password"
}

audit_db_setting() { sed -n "s/^timecoin\.auditdb\.$1=//p" "$AUDIT_DB_SETTINGS"; }

step_apis() {
  step "Starting the HTTP APIs"
  local org
  for org in "${PEER_ORGS[@]}"; do start_api "$org"; done
  for org in "${PEER_ORGS[@]}"; do
    wait_api_ready "api-$org" "http://$(api_address "$org")/readyz" 90
  done
}

# wait_api_ready NAME URL SECONDS: polls /readyz until the API answers READY.
wait_api_ready() {
  local name=$1 url=$2 deadline=$((SECONDS + $3)) body
  while ((SECONDS < deadline)); do
    is_running "$name" || fail "$name exited during start-up" "$LOG_DIR/$name.log"
    body=$(curl -s --max-time 5 "$url" 2>/dev/null || true)
    if [[ "$body" == *'"status":"READY"'* ]]; then
      info "$name is ready ($url)"
      return 0
    fi
    sleep 0.5
  done
  fail "$name was not ready at $url within ${3}s (last answer: ${body:-none})" "$LOG_DIR/$name.log"
}

print_api_summary() {
  local org p i a
  [[ -f "$(api_dir platform)/platform.properties" ]] || return 0
  p=$(api_address platform)
  i=$(api_address insurer)
  a=$(api_address auditor)
  echo "  HTTP APIs: platform http://$p  insurer http://$i  auditor http://$a  (docs: /docs)"
  echo "  API keys (mode 600): $(api_dir '<org>')/<org>.keys; volunteer token key: $(api_dir platform)/volunteer-token.jwk"
  echo
  echo "Try the API (copy and paste):"
  cat <<EXAMPLES
  OPS=\$(awk '\$1=="platform-ops" {print \$3}' $(api_dir platform)/platform.keys)
  AUDITOR=\$(awk '\$1=="auditor" {print \$3}' $(api_dir auditor)/auditor.keys)
  curl -s -X POST http://$p/v1/volunteers -H "X-API-Key: \$OPS" -H 'Content-Type: application/json' \\
    -H "Idempotency-Key: register-vol-7-\$RANDOM" -d '{"volunteerId":"vol-7"}'
  curl -s -X POST http://$p/v1/earnings -H "X-API-Key: \$OPS" -H 'Content-Type: application/json' \\
    -H "Idempotency-Key: earn-vol-7-\$RANDOM" -d '{"volunteerId":"vol-7","activityId":"park-clean-'"\$RANDOM"'","minutes":90,"coins":"1.50","verifier":"branch-7","evidenceHash":"'"\$(printf evidence | sha256sum | cut -d' ' -f1)"'","category":"environment"}'
  curl -s http://$a/v1/volunteers/vol-7/account -H "X-API-Key: \$AUDITOR"
  TOKEN=\$(scripts/timecoin token vol-7 --key $(api_dir platform)/volunteer-token.jwk)
  curl -s http://$p/v1/volunteers/vol-7/entries -H "Authorization: Bearer \$TOKEN"
EXAMPLES
}
