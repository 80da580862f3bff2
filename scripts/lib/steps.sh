# shellcheck shell=bash
# shellcheck disable=SC2154 # state_file, with_api, with_audit, wipe, follow, process_name, stop_on_failure and PORT_OFFSET are set by scripts/network's option parsing
# The steps of scripts/network. Each `up` step checks whether its work is already done, so
# `up` can be re-run at any time. Sourced by scripts/network.

render_template() {
  # Replaces ${NAME} with the value of NAME; an unknown name is an error, never an empty string.
  perl -pe 's/\$\{(\w+)\}/defined $ENV{$1} ? $ENV{$1} : die "template uses unset \${$1}\n"/ge' "$1"
}

# The checks below pipe into `grep PATTERN >/dev/null`, not `grep -q`: -q stops reading at the
# first match, and under pipefail a writer killed by that SIGPIPE would turn a match into a
# failure.
run_cli() {
  # run_cli ORG LOG COMMAND...: the peer CLI as ORG's admin, output appended to LOG.
  local org=$1 log=$2; shift 2
  local -a environment
  mapfile -t environment < <(admin_cli_environment "$org")
  env -i PATH="$PATH" HOME="$HOME" "${environment[@]}" "$@" >>"$log" 2>&1
}

run_client_cli() {
  # run_client_cli ORG LOG COMMAND...: the peer CLI as ORG's client identity (its default
  # operator once enrolled, else User1), which the chaincode accepts as a caller (it refuses admins).
  local org=$1 log=$2; shift 2
  local -a environment
  mapfile -t environment < <(admin_cli_environment "$org")
  env -i PATH="$PATH" HOME="$HOME" "${environment[@]}" \
    "CORE_PEER_MSPCONFIGPATH=$(client_identity_dir "$org")" "$@" >>"$log" 2>&1
}

orderer_tls_args() { echo "-o $(orderer_address 0) --tls --cafile $(orderer_tls_ca)"; }

# True when the jar is missing or older than any source or pom of the modules it is built from,
# so a changed checkout never runs yesterday's rules (or yesterday's API).
jar_is_stale() {
  local jar=$1 module newer
  shift
  [[ -f "$jar" ]] || return 0
  [[ "$TIMECOIN_ROOT/pom.xml" -nt "$jar" ]] && return 0
  for module in "$@"; do
    newer=$(find "$TIMECOIN_ROOT/$module/pom.xml" "$TIMECOIN_ROOT/$module/src/main" -newer "$jar" -print 2>/dev/null | sed -n 1p)
    [[ -n "$newer" ]] && return 0
  done
  return 1
}

step_prerequisites() {
  step "Checking prerequisites"
  require_command curl "install curl"
  require_command java "install a Java 17 JDK"
  require_command perl "install perl"
  if ! "$TIMECOIN_ROOT/scripts/install-fabric" | sed 's/^/      /'; then
    fail "scripts/install-fabric failed (its output is above)"
  fi
  if jar_is_stale "$CHAINCODE_JAR_SOURCE" ledger-model chaincode; then
    require_command mvn "install Maven"
    info "building the chaincode jar (mvn -pl chaincode -am package): missing or older than its sources"
    (cd "$TIMECOIN_ROOT" && mvn -q -B -pl chaincode -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true) \
      >"$LOG_DIR/chaincode-build.log" 2>&1 || fail "the chaincode build failed" "$LOG_DIR/chaincode-build.log"
  fi
}

step_state() {
  if [[ ! -f "$state_file" ]]; then
    printf 'PORT_OFFSET=%s\nORDERER_COUNT=%s\nWITH_API=%s\nWITH_AUDIT=%s\nHOSTS_MODE=%s\n' "$PORT_OFFSET" \
      "$ORDERER_COUNT" "$with_api" "$with_audit" "$HOSTS_MODE" >"$state_file"
  fi
}

step_node_config() {
  step "Node configuration"
  # Peers take core.yaml of their Fabric version with one change: no Docker endpoint. An empty
  # CORE_VM_ENDPOINT does not do it (Fabric's config reader treats an empty variable as unset),
  # and with the endpoint set the peer adds a Docker check that keeps /healthz failing.
  local source="$FABRIC_HOME/config/core.yaml"
  grep -q '^    endpoint: unix:///var/run/docker.sock$' "$source" ||
    fail "$source has no Docker endpoint line to clear; has the Fabric version changed?"
  sed 's|^    endpoint: unix:///var/run/docker.sock$|    endpoint: ""|' "$source" >"$CONFIG_DIR/core.yaml"
  info "$CONFIG_DIR/core.yaml (vm.endpoint cleared)"
  $HOSTS_MODE || return 0
  # Each host has its own copy of what its peer reads: core.yaml and the ccaas builder.
  local org
  for org in "${PEER_ORGS[@]}"; do
    mkdir -p "$(peer_config_dir "$org")"
    cp "$CONFIG_DIR/core.yaml" "$(peer_config_dir "$org")/core.yaml"
    rm -rf "$(ccaas_builder_dir "$org")"
    cp -r "$TIMECOIN_ROOT/scripts/ccaas-builder" "$(ccaas_builder_dir "$org")"
  done
  info "copied to each host: hosts/<org>/config/core.yaml, hosts/<org>/ccaas-builder"
}

step_crypto() {
  step "Crypto material"
  if $HOSTS_MODE; then step_crypto_per_host; return; fi
  if [[ -d "$CRYPTO_DIR/peerOrganizations" ]]; then
    info "already present in $CRYPTO_DIR"
    return
  fi
  local specs="" i
  for i in $(orderer_indexes); do
    specs+="      - Hostname: orderer$i"$'\n'"        SANS: [localhost, \"$(orderer_host "$i")\"]"$'\n'
  done
  export ORDERER_SPECS=${specs%$'\n'} DOMAIN PLATFORM_HOST INSURER_HOST AUDITOR_HOST
  render_template "$TIMECOIN_ROOT/network-config/crypto-config.yaml.tmpl" >"$CONFIG_DIR/crypto-config.yaml"
  "$BIN/cryptogen" generate --config="$CONFIG_DIR/crypto-config.yaml" --output="$CRYPTO_DIR" \
    >>"$LOG_DIR/setup.log" 2>&1 || { rm -rf "$CRYPTO_DIR"; fail "cryptogen failed" "$LOG_DIR/setup.log"; }
  info "generated for OrdererMSP, PlatformMSP, InsurerMSP, AuditorMSP"
}

step_genesis_block() {
  step "Channel genesis block"
  if [[ -f "$GENESIS_BLOCK" ]]; then
    info "already present: $GENESIS_BLOCK"
    return
  fi
  local endpoints="" consenters="" i tls
  for i in $(orderer_indexes); do
    tls="$(orderer_node_dir "$i")/tls"
    endpoints+="      - $(orderer_address "$i")"$'\n'
    consenters+="      - Host: $(orderer_host "$i")"$'\n'"        Port: $(port "$(orderer_var "$i" PORT)")"$'\n'
    consenters+="        ClientTLSCert: $tls/server.crt"$'\n'"        ServerTLSCert: $tls/server.crt"$'\n'
  done
  export ORDERER_ENDPOINTS=${endpoints%$'\n'} RAFT_CONSENTERS=${consenters%$'\n'} CRYPTO_DIR DOMAIN
  # Each org's MSP folder: public certificates only (with hosts, the one in its host folder).
  ORDERER_MSP_DIR="$(orderer_org_dir)/msp" PLATFORM_MSP_DIR="$(peer_org_dir platform)/msp"
  INSURER_MSP_DIR="$(peer_org_dir insurer)/msp" AUDITOR_MSP_DIR="$(peer_org_dir auditor)/msp"
  export ORDERER_MSP_DIR PLATFORM_MSP_DIR INSURER_MSP_DIR AUDITOR_MSP_DIR
  export PLATFORM_HOST INSURER_HOST AUDITOR_HOST
  # New names, not the network.env ones: those must keep their un-offset values for later steps.
  PLATFORM_ANCHOR_PORT=$(port "$PLATFORM_PEER_PORT")
  INSURER_ANCHOR_PORT=$(port "$INSURER_PEER_PORT")
  AUDITOR_ANCHOR_PORT=$(port "$AUDITOR_PEER_PORT")
  export PLATFORM_ANCHOR_PORT INSURER_ANCHOR_PORT AUDITOR_ANCHOR_PORT
  export BATCH_TIMEOUT BATCH_MAX_MESSAGES
  info "batch settings: BatchTimeout $BATCH_TIMEOUT, MaxMessageCount $BATCH_MAX_MESSAGES"
  render_template "$TIMECOIN_ROOT/network-config/configtx.yaml.tmpl" >"$CONFIG_DIR/configtx.yaml"
  mkdir -p "$(dirname "$GENESIS_BLOCK")"
  FABRIC_CFG_PATH="$CONFIG_DIR" "$BIN/configtxgen" -profile TimecoinChannel -channelID "$CHANNEL_NAME" \
    -outputBlock "$GENESIS_BLOCK" >>"$LOG_DIR/setup.log" 2>&1 ||
    fail "configtxgen could not make the genesis block" "$LOG_DIR/setup.log"
  info "written: $GENESIS_BLOCK"
}

check_ports_free() {
  local name=$1; shift
  local address
  for address in "$@"; do
    port_in_use "${address%:*}" "${address##*:}" &&
      fail "$name cannot start: $address is already in use by another process (choose another --port-offset)"
  done
  return 0
}

# The orderers: start_orderer, step_orderers, step_orderer_channel and the rejoin check.
# shellcheck source=orderer.sh
source "$TIMECOIN_ROOT/scripts/lib/orderer.sh"

# start_peer ORG: starts ORG's peer unless it runs; does not wait for it.
start_peer() {
  local org=$1 name="peer-$1"
  local -a environment
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return
  fi
  check_ports_free "$name" "$(peer_address "$org")" "$(peer_chaincode_address "$org")" "$(peer_ops_address "$org")"
  mkdir -p "$(peer_data_dir "$org")"
  mapfile -t environment < <(peer_environment "$org")
  start_process "$name" "${environment[@]}" -- "$BIN/peer" node start
}

step_peers() {
  step "Peers"
  local org
  for org in "${PEER_ORGS[@]}"; do start_peer "$org"; done
  for org in "${PEER_ORGS[@]}"; do
    wait_healthy "peer-$org" "http://$(peer_ops_address "$org")/healthz" 60
  done
}

step_peer_channel() {
  step "Peers join channel $CHANNEL_NAME"
  local org log="$LOG_DIR/setup.log"
  for org in "${PEER_ORGS[@]}"; do
    # A restarted peer reports healthy before it answers channel calls (longer with a long
    # ledger to open), so ask until it answers before deciding to join.
    local listing="" attempt
    for attempt in $(seq 1 30); do
      if listing=$(run_cli "$org" /dev/stdout "$BIN/peer" channel list 2>/dev/null); then
        break
      fi
      listing=""
      info "peer0.$org not answering channel calls yet (attempt $attempt)"
      sleep 1
    done
    if grep -x "$CHANNEL_NAME" <<<"$listing" >/dev/null; then
      info "peer0.$org has already joined"
      continue
    fi
    run_cli "$org" "$log" "$BIN/peer" channel join -b "$GENESIS_BLOCK" ||
      fail "peer0.$org could not join channel $CHANNEL_NAME" "$log"
    info "peer0.$org joined"
  done
}

# chaincode_package ORG: ORG's ccaas package, built once per run folder and then reused
# (re-tarring would change its id). Its connection.json names ORG's own service, so every org's
# package, and package id, is its own.
chaincode_package() {
  local org=$1 dir package work
  dir=$(chaincode_org_dir "$org")
  package="$dir/$CHAINCODE_LABEL.tgz"
  if [[ ! -f "$package" ]]; then
    work="$dir/package"
    rm -rf "$work" && mkdir -p "$work/code"
    printf '{"address":"%s","dial_timeout":"%s","tls_required":false}\n' "$(chaincode_address "$org")" \
      "$CHAINCODE_DIAL_TIMEOUT" >"$work/code/connection.json"
    printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE_LABEL" >"$work/metadata.json"
    tar -C "$work/code" -czf "$work/code.tar.gz" connection.json
    tar -C "$work" -czf "$package" metadata.json code.tar.gz
    rm -rf "$work"
  fi
  echo "$package"
}

# chaincode_package_id ORG: sets PACKAGE_IDS[ORG] from ORG's package.
chaincode_package_id() {
  local org=$1 package
  mkdir -p "$(chaincode_org_dir "$org")"
  package=$(chaincode_package "$org")
  # shellcheck disable=SC2004 # PACKAGE_IDS is associative (topology.sh): $org is a key, not arithmetic
  PACKAGE_IDS[$org]=$(FABRIC_CFG_PATH="$CONFIG_DIR" "$BIN/peer" lifecycle chaincode calculatepackageid "$package" \
    2>>"$LOG_DIR/setup.log") || fail "could not calculate the package ID of $package" "$LOG_DIR/setup.log"
}

step_chaincode_package() {
  step "Chaincode packages (ccaas, label $CHAINCODE_LABEL, one per org)"
  local org
  for org in "${PEER_ORGS[@]}"; do
    chaincode_package_id "$org"
    if run_cli "$org" /dev/stdout "$BIN/peer" lifecycle chaincode queryinstalled 2>/dev/null |
        grep -F "${PACKAGE_IDS[$org]}" >/dev/null; then
      info "${PACKAGE_IDS[$org]} already installed on peer0.$org"
      continue
    fi
    run_cli "$org" "$LOG_DIR/setup.log" "$BIN/peer" lifecycle chaincode install "$(chaincode_package "$org")" ||
      fail "install on peer0.$org failed" "$LOG_DIR/setup.log"
    info "${PACKAGE_IDS[$org]} installed on peer0.$org"
  done
}

# start_chaincode_service ORG: starts ORG's chaincode JVM unless it runs (needs PACKAGE_IDS[ORG]);
# does not wait for it to listen (wait_chaincode_listening does).
start_chaincode_service() {
  local org=$1 name dir jar
  name=$(chaincode_process "$org") dir=$(chaincode_org_dir "$org")
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return
  fi
  check_ports_free "$name" "$(chaincode_address "$org")"
  # The JVM runs its org's own copy of the jar, so a rebuild in the source tree cannot pull it
  # from under it, and no file is shared between orgs.
  jar="$dir/$(basename "$CHAINCODE_JAR_SOURCE")"
  cp "$CHAINCODE_JAR_SOURCE" "$jar"
  local -a environment launch=(-jar "$jar")
  [[ -z "$CHAINCODE_MAIN_CLASS" ]] || launch=(-cp "$jar" "$CHAINCODE_MAIN_CLASS")
  mapfile -t environment < <(chaincode_environment "$org")
  # shellcheck disable=SC2086 # the JVM options are a list of words on purpose
  start_process "$name" "${environment[@]}" -- "$(command -v java)" $CHAINCODE_JVM_OPTS "${launch[@]}"
}

# wait_chaincode_listening ORG: waits until ORG's chaincode JVM accepts connections.
wait_chaincode_listening() {
  local org=$1 name address deadline=$((SECONDS + 60))
  name=$(chaincode_process "$org") address=$(chaincode_address "$org")
  until port_in_use "${address%:*}" "${address##*:}"; do
    is_running "$name" || fail "$name exited during start-up" "$LOG_DIR/$name.log"
    ((SECONDS < deadline)) || fail "$name did not listen on $address within 60s" "$LOG_DIR/$name.log"
    sleep 0.5
  done
  info "$name is listening on $address (pid $(owned_pid "$name"))"
}

step_chaincode_services_start() {
  step "Chaincode services (one JVM per org), starting"
  local org
  # A service needs only its package id, not its peer: started before the nodes, the JVMs warm
  # up while the orderers and peers start (step_chaincode_services_listening waits for them).
  for org in "${PEER_ORGS[@]}"; do
    chaincode_package_id "$org"
    start_chaincode_service "$org"
  done
}

step_chaincode_services_listening() {
  step "Chaincode services listening"
  local org
  for org in "${PEER_ORGS[@]}"; do wait_chaincode_listening "$org"; done
}

# step_chaincode_servers: both of the above, for a network that is already up (scripts/bench).
step_chaincode_servers() {
  step_chaincode_services_start
  step_chaincode_services_listening
}

step_retire_shared_chaincode() {
  # A run folder from before per-org services had one chaincode JVM that every peer dialled, and
  # one package installed on every peer. Once every org has approved its own package (the
  # definition step), no peer dials the shared JVM any more: stop it and drop its files. The
  # old package stays installed on the peers, unused (this Fabric cannot uninstall).
  local shared_files=("$CHAINCODE_DIR/$CHAINCODE_LABEL.tgz" "$CHAINCODE_DIR/$(basename "$CHAINCODE_JAR_SOURCE")")
  [[ -f "$PID_DIR/$SHARED_CHAINCODE_PROCESS.pid" || -f "${shared_files[0]}" ]] || return 0
  step "Retiring the shared chaincode JVM of an older run folder"
  stop_processes "$SHARED_CHAINCODE_PROCESS"
  rm -f "${shared_files[@]}"
  info "every org now runs its own chaincode service"
}

lifecycle_args() {
  echo "--channelID $CHANNEL_NAME --name $CHAINCODE_NAME --version $CHAINCODE_VERSION --sequence $CHAINCODE_SEQUENCE" \
    "--collections-config $COLLECTIONS_CONFIG"
}

committed_definition() {
  # The committed definition as JSON, empty if none is committed yet.
  run_cli platform /dev/stdout "$BIN/peer" lifecycle chaincode querycommitted --channelID "$CHANNEL_NAME" \
    --name "$CHAINCODE_NAME" --output json 2>/dev/null || true
}

definition_has_collections() {
  # True if the definition JSON on stdin names every collection of collections.json.
  local definition name
  definition=$(tr -d ' \n')
  for name in $(collection_names); do
    [[ "$definition" == *"\"name\":\"$name\""* ]] || return 1
  done
}

collection_names() {
  tr -d ' \n' <"$COLLECTIONS_CONFIG" | grep -o '"name":"[^"]*"' | sed 's/"name":"\(.*\)"/\1/'
}

# approved_package_id ORG SEQUENCE: the package id ORG's approval of SEQUENCE names, or nothing.
approved_package_id() {
  run_cli "$1" /dev/stdout "$BIN/peer" lifecycle chaincode queryapproved --channelID "$CHANNEL_NAME" \
    --name "$CHAINCODE_NAME" --sequence "$2" --output json 2>/dev/null |
    tr -d ' \n' | grep -o '"package_id":"[^"]*"' | sed 's/"package_id":"\(.*\)"/\1/' || true
}

step_chaincode_definition() {
  step "Chaincode definition (each org approves its own package; commit)"
  local org log="$LOG_DIR/setup.log" definition committed_sequence approved
  # The definition includes the private data collections (collections.json). A ledger committed
  # without them (a run folder from before the collections existed) is upgraded in place: the
  # next sequence, approved by every org and committed. Data is kept.
  definition=$(committed_definition)
  committed_sequence=$(grep -o '"sequence": *[0-9]*' <<<"$definition" | grep -o '[0-9]*$' || true)
  if [[ -z "$committed_sequence" ]]; then
    CHAINCODE_SEQUENCE=1
  elif definition_has_collections <<<"$definition"; then
    CHAINCODE_SEQUENCE=$committed_sequence
  else
    CHAINCODE_SEQUENCE=$((committed_sequence + 1))
    info "sequence $committed_sequence lacks the private data collections; upgrading to sequence $CHAINCODE_SEQUENCE"
  fi
  # The package id is not part of the definition: each org's approval names its own package.
  # Approving the committed sequence again with another package id (a run folder whose orgs
  # shared one package) is how Fabric switches an org's peer to a new package without a new
  # sequence; the definition itself must stay the same.
  for org in "${PEER_ORGS[@]}"; do
    approved=$(approved_package_id "$org" "$CHAINCODE_SEQUENCE")
    if [[ "$approved" == "${PACKAGE_IDS[$org]}" ]]; then
      info "$(msp_id "$org") has already approved sequence $CHAINCODE_SEQUENCE with its own package"
      continue
    fi
    # shellcheck disable=SC2046
    run_cli "$org" "$log" "$BIN/peer" lifecycle chaincode approveformyorg $(orderer_tls_args) $(lifecycle_args) \
      --package-id "${PACKAGE_IDS[$org]}" ||
      fail "$(msp_id "$org") could not approve the chaincode definition" "$log"
    if [[ -n "$approved" ]]; then
      info "$(msp_id "$org") approved sequence $CHAINCODE_SEQUENCE again, now with its own package (was $approved)"
    else
      info "$(msp_id "$org") approved"
    fi
  done
  if [[ "$committed_sequence" == "$CHAINCODE_SEQUENCE" ]]; then
    info "sequence $CHAINCODE_SEQUENCE is already committed, with the private data collections"
    return
  fi
  local -a peer_args=()
  for org in "${PEER_ORGS[@]}"; do
    peer_args+=(--peerAddresses "$(peer_address "$org")" --tlsRootCertFiles "$(peer_tls_ca "$org")")
  done
  # shellcheck disable=SC2046
  run_cli platform "$log" "$BIN/peer" lifecycle chaincode commit $(orderer_tls_args) $(lifecycle_args) "${peer_args[@]}" ||
    fail "committing the chaincode definition failed" "$log"
  info "committed sequence $CHAINCODE_SEQUENCE"
}

# wait_chaincode_answers ORG SECONDS: waits until ORG's peer gets an answer from ORG's chaincode
# service. An admin is refused by the chaincode's access rules; getting that refusal back through
# the peer proves that peer -> ccaas -> the org's own JVM works, without writing anything.
wait_chaincode_answers() {
  local org=$1 name answer deadline=$((SECONDS + $2))
  name=$(chaincode_process "$org")
  while :; do
    answer=$(run_cli "$org" /dev/stdout "$BIN/peer" chaincode query -C "$CHANNEL_NAME" -n "$CHAINCODE_NAME" \
      -c '{"Args":["GetAccount","readiness-probe"]}' 2>&1 || true)
    if [[ "$answer" =~ \[[A-Z_]+\] ]]; then
      info "$name answers through peer0.$org (${BASH_REMATCH[0]} for an admin caller, as expected)"
      return
    fi
    is_running "$name" || fail "$name exited" "$LOG_DIR/$name.log"
    if ((SECONDS >= deadline)); then
      echo "$answer" >>"$LOG_DIR/setup.log"
      fail "$name did not answer through peer0.$org within $2s" "$LOG_DIR/setup.log"
    fi
    sleep 0.2
  done
}

step_chaincode_ready() {
  step "Waiting for every org's chaincode service to answer"
  local org
  for org in "${PEER_ORGS[@]}"; do wait_chaincode_answers "$org" 90; done
}

step_discovery_ready() {
  step "Waiting until every gateway can find endorsers in all three orgs"
  # A gateway picks endorsers from what gossip has told its peer. Right after start-up the
  # peers do not know each other yet and a submit fails with "no combination of peers can be
  # derived which satisfy the endorsement policy", so `up` waits for the same discovery answer
  # the gateways use, asked of every peer.
  local org user answer missing deadline=$((SECONDS + 120))
  for org in "${PEER_ORGS[@]}"; do
    user=$(peer_client_dir "$org")
    while :; do
      answer=$("$BIN/discover" --peerTLSCA "$(peer_tls_ca "$org")" --userKey "$(ls "$user"/keystore/*)" \
        --userCert "$(ls "$user"/signcerts/*.pem)" --MSP "$(msp_id "$org")" endorsers \
        --channel "$CHANNEL_NAME" --server "$(peer_address "$org")" --chaincode "$CHAINCODE_NAME" 2>&1 || true)
      missing=""
      for other in "${PEER_ORGS[@]}"; do
        [[ "$answer" == *"\"MSPID\": \"$(msp_id "$other")\""* ]] || missing+=" $(msp_id "$other")"
      done
      [[ -z "$missing" ]] && break
      if ((SECONDS >= deadline)); then
        echo "$answer" >>"$LOG_DIR/setup.log"
        fail "peer0.$org's discovery still misses endorsers of:$missing" "$LOG_DIR/setup.log"
      fi
      sleep 1
    done
    info "peer0.$org sees endorsers of all three orgs"
  done
}

step_earning_policy() {
  step "Earning policy"
  local log="$LOG_DIR/setup.log" answer
  answer=$(run_client_cli platform /dev/stdout "$BIN/peer" chaincode query -C "$CHANNEL_NAME" \
    -n "$CHAINCODE_NAME" -c '{"Args":["GetEarningPolicy",""]}' 2>&1 || true)
  if [[ "$answer" == *'"version"'* ]]; then
    info "a policy is in force: $answer"
    return
  fi
  [[ "$answer" == *"[EARNING_POLICY_NOT_SET]"* ]] ||
    fail "could not read the earning policy: $answer" "$log"
  # The first policy comes from network-config/earning-policy.json; later changes go through
  # SetEarningPolicy like any other write, and every version stays on the ledger.
  local policy request org
  policy=$(tr -d '\n' <"$TIMECOIN_ROOT/network-config/earning-policy.json")
  request="{\"requestId\":\"network-up:first-earning-policy\",${policy#\{}"
  local -a peer_args=()
  for org in "${PEER_ORGS[@]}"; do
    peer_args+=(--peerAddresses "$(peer_address "$org")" --tlsRootCertFiles "$(peer_tls_ca "$org")")
  done
  # shellcheck disable=SC2046
  run_client_cli platform "$log" "$BIN/peer" chaincode invoke $(orderer_tls_args) -C "$CHANNEL_NAME" \
    -n "$CHAINCODE_NAME" "${peer_args[@]}" --waitForEvent \
    -c "{\"Args\":[\"SetEarningPolicy\",$(json_string "$request")]}" ||
    fail "setting the first earning policy failed" "$log"
  info "set from network-config/earning-policy.json: $policy"
}

# json_string TEXT: TEXT as a JSON string literal (quotes and backslashes escaped).
json_string() {
  local text=${1//\\/\\\\}
  printf '"%s"' "${text//\"/\\\"}"
}

step_client_configs() {
  step "Client configuration"
  local org
  mkdir -p "$CLIENTS_DIR"
  for org in "${PEER_ORGS[@]}"; do
    # The org's config signs as its default operator where it has one; User1's (no operator
    # roles) goes to clients/user1/, out of the way of tools that read every clients/*.properties.
    write_client_config "$org" "$CLIENTS_DIR/$org.properties" "$(client_identity_dir "$org")"
    if $HOSTS_MODE; then
      mkdir -p "$(dirname "$(host_client_config "$org")")"
      write_client_config "$org" "$(host_client_config "$org")" "$(client_identity_dir "$org")"
    fi
    if [[ "$(client_identity_dir "$org")" != "$(peer_client_dir "$org")" ]]; then
      mkdir -p "$CLIENTS_DIR/user1"
      write_client_config "$org" "$CLIENTS_DIR/user1/$org.properties" "$(peer_client_dir "$org")"
    fi
  done
  write_peer_views
}

# write_client_config ORG FILE MSP_DIR: a ledger client config signing with MSP_DIR's identity.
write_client_config() {
  local org=$1 file=$2 user=$3
  {
    echo "# Written by scripts/network up for a $(msp_id "$org") client identity ($user)."
    echo "timecoin.peer.endpoint=$(peer_address "$org")"
    echo "timecoin.peer.hostnameOverride=$(peer_name "$org")"
    echo "timecoin.peer.tlsRootCert=$(peer_tls_ca "$org")"
    echo "timecoin.msp.id=$(msp_id "$org")"
    echo "# Insurance writes are sent to these two orgs' peers (their keys' endorsement policy)."
    echo "timecoin.platform.msp.id=$(msp_id platform)"
    echo "timecoin.insurer.msp.id=$(msp_id insurer)"
    echo "timecoin.identity.certificate=$(ls "$user"/signcerts/*.pem)"
    echo "timecoin.identity.privateKey=$(ls "$user"/keystore/*)"
    echo "timecoin.channel=$CHANNEL_NAME"
    echo "timecoin.chaincode=$CHAINCODE_NAME"
    echo "# Deadlines per stage (ISO-8601). Further gateway endpoints, tried in order when this"
    echo "# one is unreachable: timecoin.peer.2.endpoint, .2.tlsRootCert, .2.hostnameOverride, ..."
    echo "# Any key can be overridden by TIMECOIN_LEDGER_<KEY> (see ledger-client/README.md)."
    echo "timecoin.timeout.evaluate=PT5S"
    echo "timecoin.timeout.endorse=PT15S"
    echo "timecoin.timeout.submit=PT5S"
    echo "timecoin.timeout.commitStatus=PT1M"
  } >"$file"
  info "$file"
}

print_summary() {
  local took=$1 i org
  echo
  local shape="loopback"
  $HOSTS_MODE && shape="hosts: one network namespace per org"
  echo "timecoin network is up in ${took}s (run folder $RUN_DIR, port offset $PORT_OFFSET, $shape)"
  print_hosts_summary
  printf '  %-19s %-16s %s\n' NODE ADDRESS OPERATIONS
  for i in $(orderer_indexes); do
    printf '  %-19s %-16s http://%s (admin %s)\n' "orderer$i" "$(orderer_address "$i")" \
      "$(orderer_ops_address "$i")" "$(orderer_admin_address "$i")"
  done
  for org in "${PEER_ORGS[@]}"; do
    printf '  %-19s %-16s http://%s\n' "peer0.$org" "$(peer_address "$org")" "$(peer_ops_address "$org")"
  done
  for org in "${PEER_ORGS[@]}"; do
    printf '  %-19s %-16s package %s\n' "$(chaincode_process "$org")" "$(chaincode_address "$org")" "${PACKAGE_IDS[$org]}"
  done
  echo "  channel $CHANNEL_NAME, chaincode $CHAINCODE_NAME; client configs in $CLIENTS_DIR"
  echo "  logs: scripts/network logs --run-dir $RUN_DIR [NAME]   stop: scripts/network down --run-dir $RUN_DIR"
  print_audit_summary
  print_api_summary
  print_ca_summary
}

network_up() {
  local started=$SECONDS
  if $stop_on_failure; then
    # For unattended callers (the Maven build): a failed `up` leaves no process behind. The run
    # folder, with its logs, stays for a look.
    trap 'if (($? != 0)); then echo "stopping what this attempt started" >&2; network_down >&2; fi' EXIT
  fi
  mkdir -p "$CONFIG_DIR" "$DATA_DIR" "$LOG_DIR" "$PID_DIR" "$CHAINCODE_DIR"
  step_prerequisites
  if $with_api; then step_api_jar; fi
  if $with_audit; then step_audit_store_jar; fi
  step_state
  step_hosts
  write_hosts_env
  step_node_config
  step_crypto
  step_genesis_block
  step_cas
  step_default_operators
  step_chaincode_services_start
  step_orderers
  step_orderer_channel
  step_raft_snapshot_interval
  step_peers
  step_peer_channel
  step_chaincode_package
  step_chaincode_services_listening
  step_chaincode_definition
  step_retire_shared_chaincode
  step_chaincode_ready
  step_discovery_ready
  step_earning_policy
  step_client_configs
  step_ca_client_configs
  # The auditor's database first: the auditor's API is started with its settings (/v1/audit).
  if $with_audit; then step_audit_store; fi
  if $with_api; then step_apis; fi
  local took=$((SECONDS - started))
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) up took ${took}s$($HOSTS_MODE && echo ' (hosts)')" >>"$RUN_DIR/up-times.log"
  print_summary "$took"
  trap - EXIT
}

network_down() {
  step "Stopping the network in $RUN_DIR"
  local name
  local -a nodes=() orderers=() leftovers=()
  while read -r name; do
    case "$name" in orderer*) orderers+=("$name") ;; *) nodes+=("$name") ;; esac
  done < <(all_process_names)
  # The auditor's projector and database before the peer it reads from.
  audit_down
  # Clients of the ordering service first, so no peer logs a lost orderer on its way down.
  stop_processes "${nodes[@]}"
  stop_processes "${orderers[@]}"
  for name in "$PID_DIR"/*.pid; do
    [[ -e "$name" ]] && leftovers+=("$(basename "$name" .pid)")
  done
  ((${#leftovers[@]} == 0)) || stop_processes "${leftovers[@]}"
  hosts_down
  if $wipe; then
    rm -rf "$RUN_DIR"
    info "wiped $RUN_DIR"
  fi
}

network_status() {
  # Grouped by host: one group, "local", on loopback; one per org with --hosts (scripts/lib/hosts.sh).
  local name pid state running=0 total=0 health url address host
  local -a names
  mapfile -t names < <(all_process_names)
  for host in $(hosts_in_use); do
    host_label "$host"
    printf '  %-19s %-8s %-8s %s\n' PROCESS PID RSS_MiB STATE
    for name in "${names[@]}"; do
      [[ "$(process_host "$name")" == "$host" ]] || continue
      total=$((total + 1))
      if pid=$(owned_pid "$name"); then
        running=$((running + 1))
        state=running
        case "$name" in
          orderer*) url="http://$(orderer_ops_address "${name#orderer}")/healthz" ;;
          peer-*) url="http://$(peer_ops_address "${name#peer-}")/healthz" ;;
          ca-*) url="http://$(ca_ops_address "${name#ca-}")/healthz" ;;
          *) url="" ;;
        esac
        if [[ "$name" == chaincode-* ]]; then
          address=$(chaincode_address "${name#chaincode-}")
          port_in_use "${address%:*}" "${address##*:}" && state="running, listening on $address" ||
            state="running, NOT listening on $address"
        fi
        if [[ -n "$url" ]]; then
          health=$(curl -s --max-time 2 "$url" || true)
          [[ "$health" == *'"status":"OK"'* ]] && state="running, healthy" || state="running, NOT healthy"
        fi
        [[ "$name" == "$PROJECTOR_PROCESS" ]] && state="running, projected through block $(projected_block)"
        printf '  %-19s %-8s %-8s %s\n' "$name" "$pid" "$(rss_mib "$pid")" "$state"
      else
        printf '  %-19s %-8s %-8s %s\n' "$name" - - stopped
      fi
    done
    if $with_audit && [[ "$(process_host auditdb)" == "$host" ]]; then
      total=$((total + 1))
      local row
      if row=$(audit_status_row); then running=$((running + 1)); fi
      echo "  $row"
    fi
  done
  echo "$running of $total processes running (run folder $RUN_DIR, port offset $PORT_OFFSET)"
  ((running == total))
}

network_logs() {
  if [[ -z "$process_name" ]]; then
    echo "logs in $LOG_DIR:"
    local file
    for file in "$LOG_DIR"/*; do
      [[ -e "$file" ]] && echo "  ${file##*/}"
    done
    echo "show one: scripts/network logs NAME [--follow]"
    return
  fi
  local file="$LOG_DIR/${process_name%.log}.log"
  [[ -f "$file" ]] || fail "no log named '$process_name' in $LOG_DIR"
  if $follow; then tail -n 50 -f "$file"; else tail -n 200 "$file"; fi
}

network_restart() {
  local name=$process_name started=$SECONDS org
  [[ -n "$name" ]] || fail "restart needs a process name: one of $(all_process_names | tr '\n' ' ')"
  all_process_names | grep -xF "$name" >/dev/null ||
    fail "$RUN_DIR has no process named '$name': one of $(all_process_names | tr '\n' ' ')"
  step "Restarting $name (no other process is touched)"
  if is_running "$name"; then stop_processes "$name"; else info "$name was not running"; fi
  case "$name" in
    orderer*)
      # waits until it is healthy and, with a Raft log to replay, holds the full membership again
      start_orderers "${name#orderer}" ;;
    peer-*)
      org=${name#peer-}
      start_peer "$org"
      wait_healthy "$name" "http://$(peer_ops_address "$org")/healthz" 60 ;;
    chaincode-*)
      org=${name#chaincode-}
      chaincode_package_id "$org"
      start_chaincode_service "$org"
      wait_chaincode_listening "$org"
      wait_chaincode_answers "$org" 90 ;;
    ca-*)
      org=${name#ca-}
      start_ca "$org"
      wait_ca_serving "$org" 60 ;;
    api-*)
      org=${name#api-}
      start_api "$org"
      wait_api_ready "$name" "http://$(api_address "$org")/readyz" 90 ;;
    "$PROJECTOR_PROCESS")
      start_projector
      wait_projector_current 120 ;;
    "$VERIFIER_PROCESS")
      start_verifier ;;
  esac
  info "$name restarted in $((SECONDS - started))s"
}
