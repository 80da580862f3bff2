# shellcheck shell=bash
# shellcheck disable=SC2154 # with_audit, process_name, export_prefix and export_output are set by scripts/network's option parsing
# Hosts: where each org's processes run. On loopback (the default) every process of every org runs
# on this machine's 127.0.0.1, one host. With `scripts/network up --hosts` each org (orderer,
# platform, insurer, auditor) gets a host of its own: a Linux network namespace with one address on
# a private bridge subnet, standing in for a machine of its own. Its peer, chaincode service, CA,
# API (and, for the auditor, its database, projector and verifier) run inside that namespace
# (`ip netns exec`), and its files live in <run dir>/hosts/<org>/ (its own keys, only public
# certificates of the others). The root namespace, where the CLIs and the tests run, reaches every
# host through the bridge. The namespaces, veths and bridge `up` creates are recorded in
# <run dir>/hosts/links and `down` removes exactly those.
# Sourced by topology.sh (needs RUN_DIR, PORT_OFFSET, HOSTS_MODE and network.env).

HOST_NAMES=(orderer platform insurer auditor)
HOSTS_DIR="$RUN_DIR/hosts"
HOSTS_LINKS="$HOSTS_DIR/links"

# The /24 of this network: one per port offset (networks on one machine are >= 2,500 ports apart,
# so offset / 1000 never repeats), e.g. 10.77.3 for offset 3000.
hosts_subnet() { echo "$HOSTS_SUBNET_PREFIX.$((PORT_OFFSET / 1000 % 256))"; }
hosts_bridge_address() { echo "$(hosts_subnet).1"; }
host_address() { local v="${1^^}_HOST_NUMBER"; echo "$(hosts_subnet).${!v}"; }
# Names carry the port offset, so two networks of one machine never share one; veth and bridge
# names stay within the kernel's 15 characters.
hosts_bridge() { echo "tc${PORT_OFFSET}br"; }
host_netns() { echo "tc${PORT_OFFSET}-$1"; }
host_veth() { echo "tc${PORT_OFFSET}${1:0:3}"; }
host_dir() { echo "$HOSTS_DIR/$1"; }

# In hosts mode every address of network.env becomes its org's host address.
apply_host_addresses() {
  local i org
  for i in 0 1 2; do printf -v "ORDERER${i}_HOST" '%s' "$(host_address orderer)"; done
  for org in platform insurer auditor; do
    printf -v "${org^^}_HOST" '%s' "$(host_address "$org")"
    printf -v "${org^^}_API_HOST" '%s' "$(host_address "$org")"
  done
}

# process_host NAME: the host a process of this network runs on.
process_host() {
  if ! $HOSTS_MODE; then echo local; return; fi
  case "$1" in
    orderer*) echo orderer ;;
    peer-*|chaincode-*|ca-*|api-*) echo "${1#*-}" ;;
    audit-*|auditdb) echo auditor ;;
    *) echo local ;;
  esac
}

# process_netns NAME: the namespace NAME runs in; nothing on loopback.
process_netns() {
  local host
  host=$(process_host "$1")
  [[ "$host" == local ]] || host_netns "$host"
}

# hosts_probe: why namespaces cannot be made here, or nothing when they can.
hosts_probe() {
  local probe="tc${PORT_OFFSET}-probe"
  command -v ip >/dev/null 2>&1 || { echo "the 'ip' command (iproute2) is not installed"; return; }
  [[ $(id -u) -eq 0 ]] || { echo "network namespaces need root (running as uid $(id -u))"; return; }
  if ! ip netns add "$probe" 2>/dev/null; then
    echo "'ip netns add' is not permitted here (a container without CAP_SYS_ADMIN?)"
    return
  fi
  ip netns del "$probe" 2>/dev/null || true
}

record_link() { echo "$1 $2" >>"$HOSTS_LINKS"; }
recorded_link() { [[ -f "$HOSTS_LINKS" ]] && grep -xF "$1 $2" "$HOSTS_LINKS" >/dev/null; }

# step_hosts: the bridge, one namespace per host with its veth, loopback up inside. Idempotent;
# refuses to adopt a namespace or link of the same name that this run folder did not create.
step_hosts() {
  $HOSTS_MODE || return 0
  step "Hosts (one network namespace per org on bridge $(hosts_bridge), $(hosts_subnet).0/24)"
  local reason bridge host ns veth
  reason=$(hosts_probe)
  [[ -z "$reason" ]] || fail "cannot create hosts: $reason"
  mkdir -p "$HOSTS_DIR"
  bridge=$(hosts_bridge)
  if ! ip link show "$bridge" >/dev/null 2>&1; then
    if ip -4 route show | grep -F "$(hosts_subnet).0/24" >/dev/null; then
      fail "$(hosts_subnet).0/24 is already routed on this machine (another network?); choose another --port-offset"
    fi
    ip link add "$bridge" type bridge && record_link bridge "$bridge"
    ip addr add "$(hosts_bridge_address)/24" dev "$bridge"
  else
    recorded_link bridge "$bridge" || fail "a bridge named $bridge exists but this run folder did not create it"
  fi
  ip link set "$bridge" up
  for host in "${HOST_NAMES[@]}"; do
    ns=$(host_netns "$host") veth=$(host_veth "$host")
    if ip netns list | awk '{print $1}' | grep -xF "$ns" >/dev/null; then
      recorded_link netns "$ns" || fail "a namespace named $ns exists but this run folder did not create it"
    else
      ip netns add "$ns" && record_link netns "$ns"
      ip -n "$ns" link set lo up
    fi
    if ! ip link show "$veth" >/dev/null 2>&1; then
      ip link add "$veth" type veth peer name "$veth-h" && record_link veth "$veth"
      ip link set "$veth-h" netns "$ns"
      ip -n "$ns" link set "$veth-h" name eth0
      ip -n "$ns" addr add "$(host_address "$host")/24" dev eth0
      ip -n "$ns" link set eth0 up
      ip link set "$veth" master "$bridge"
    else
      recorded_link veth "$veth" || fail "a link named $veth exists but this run folder did not create it"
    fi
    ip link set "$veth" up
    info "host $host: $(host_address "$host") (namespace $ns, link $veth)"
  done
}

# hosts_down: removes exactly what step_hosts recorded (after the processes have stopped).
hosts_down() {
  [[ -f "$HOSTS_LINKS" ]] || return 0
  local kind name
  # veths first (deleting one end deletes both), then namespaces, then the bridge
  for kind in veth netns bridge; do
    while read -r k name; do
      [[ "$k" == "$kind" ]] || continue
      case "$kind" in
        veth|bridge) ip link del "$name" 2>/dev/null || true ;;
        netns) ip netns del "$name" 2>/dev/null || true ;;
      esac
      info "removed $kind $name"
    done <"$HOSTS_LINKS"
  done
  rm -f "$HOSTS_LINKS"
}

# host_link_state HOST: up or down (what a partition test sets), or "-" on loopback.
host_link_state() {
  $HOSTS_MODE || { echo -; return; }
  if ip link show "$(host_veth "$1")" 2>/dev/null | grep -F 'state UP' >/dev/null ||
     ip link show "$(host_veth "$1")" 2>/dev/null | head -1 | grep -F ',UP' >/dev/null; then
    echo up
  else
    echo down
  fi
}

# hosts_of_processes: the hosts of this network in order, one a line (one, "local", on loopback).
hosts_in_use() {
  if $HOSTS_MODE; then printf '%s\n' "${HOST_NAMES[@]}"; else echo local; fi
}

host_label() {
  if [[ "$1" == local ]]; then
    echo "host local (127.0.0.1, loopback)"
  else
    echo "host $1 ($(host_address "$1"), namespace $(host_netns "$1"), link $(host_veth "$1") $(host_link_state "$1"))"
  fi
}

# write_hosts_env: what tests and tools need to find the hosts (sourced or read as properties).
write_hosts_env() {
  $HOSTS_MODE || return 0
  local host
  {
    echo "# Written by scripts/network up --hosts: each org's host (scripts/lib/hosts.sh)."
    echo "bridge=$(hosts_bridge)"
    echo "subnet=$(hosts_subnet).0/24"
    for host in "${HOST_NAMES[@]}"; do
      echo "$host.address=$(host_address "$host")"
      echo "$host.netns=$(host_netns "$host")"
      echo "$host.veth=$(host_veth "$host")"
      echo "$host.dir=$(host_dir "$host")"
    done
  } >"$HOSTS_DIR/hosts.properties"
}

print_hosts_summary() {
  $HOSTS_MODE || return 0
  local host name
  echo "  hosts (network namespaces on bridge $(hosts_bridge), $(hosts_subnet).0/24; see $HOSTS_DIR/hosts.properties):"
  for host in "${HOST_NAMES[@]}"; do
    local -a names=()
    while read -r name; do
      [[ "$(process_host "$name")" == "$host" ]] && names+=("$name")
    done < <(all_process_names; $with_audit && echo auditdb)
    printf '    %-9s %-13s %-18s %s\n' "$host" "$(host_address "$host")" "$(host_netns "$host")" "${names[*]}"
  done
}

# step_crypto_per_host: each org's crypto made by cryptogen alone for that org, straight into its
# host folder (hosts/<org>/crypto), so no folder ever holds two orgs' keys; then each host gets the
# PUBLIC certificates of the others (hosts/<org>/public/<other>/: the org's MSP folder, which
# cryptogen fills with certificates only, and its TLS CA certificate).
step_crypto_per_host() {
  local host other done_marker="$HOSTS_DIR/crypto.done" specs="" i config public msp
  if [[ -f "$done_marker" ]]; then
    info "already present in $HOSTS_DIR/<org>/crypto"
    return
  fi
  for i in $(orderer_indexes); do
    specs+="      - Hostname: orderer$i"$'\n'"        SANS: [localhost, \"$(orderer_host "$i")\"]"$'\n'
  done
  export ORDERER_SPECS=${specs%$'\n'} DOMAIN PLATFORM_HOST INSURER_HOST AUDITOR_HOST
  render_template "$TIMECOIN_ROOT/network-config/crypto-config.yaml.tmpl" >"$CONFIG_DIR/crypto-config.yaml"
  for host in "${HOST_NAMES[@]}"; do
    config="$CONFIG_DIR/crypto-config-$host.yaml"
    crypto_config_of "$host" <"$CONFIG_DIR/crypto-config.yaml" >"$config"
    rm -rf "$(org_crypto_dir "$host")"
    mkdir -p "$(host_dir "$host")"
    "$BIN/cryptogen" generate --config="$config" --output="$(org_crypto_dir "$host")" >>"$LOG_DIR/setup.log" 2>&1 ||
      fail "cryptogen failed for $host" "$LOG_DIR/setup.log"
    chmod 700 "$(host_dir "$host")"
    info "generated $host's crypto in $(org_crypto_dir "$host")"
  done
  for host in "${HOST_NAMES[@]}"; do
    for other in "${HOST_NAMES[@]}"; do
      [[ "$other" == "$host" ]] && continue
      public="$(host_dir "$host")/public/$other"
      if [[ "$other" == orderer ]]; then msp="$(orderer_org_dir)/msp"; else msp="$(peer_org_dir "$other")/msp"; fi
      rm -rf "$public" && mkdir -p "$public"
      cp -r "$msp" "$public/msp"
      cp "$msp/tlscacerts/"*.pem "$public/tls-ca.crt"
    done
  done
  touch "$done_marker"
  info "each host folder holds its own keys and the other orgs' public certificates (hosts/<org>/public/)"
}

# crypto_config_of HOST: the part of a rendered crypto-config.yaml (stdin) that describes HOST's
# org, under its section header (OrdererOrgs or PeerOrgs).
crypto_config_of() {
  local wanted=${1^}
  awk -v wanted="$wanted" '
    /^(OrdererOrgs|PeerOrgs):/ { section = $0; next }
    /^  - Name: / { current = $3; if (current == wanted) print section }
    /^#/ { next }
    current == wanted { print }'
}

# export_org: ORG's bundle, a tar.gz of what ORG's machine needs (docs/multi-host.md): its host
# folder without ledger data (its keys, the others' public certificates, node and CA configuration,
# chaincode package and jar, API settings and keys, each process's environment in env/), the
# channel's genesis block, and the jars its JVMs run. Paths are rewritten from the run folder to
# --prefix. The Fabric binaries are not in it (scripts/install-fabric builds them).
export_org() {
  local org=$process_name prefix out work stage file
  $HOSTS_MODE || fail "export-org needs a run folder made by 'up --hosts' (on loopback the orgs' files are not apart)"
  [[ " ${HOST_NAMES[*]} " == *" $org "* ]] || fail "export-org needs an org: one of ${HOST_NAMES[*]}"
  [[ -d "$(host_dir "$org")/crypto" ]] || fail "$RUN_DIR has no crypto for $org yet; run 'scripts/network up --hosts' first"
  prefix=${export_prefix:-/opt/timecoin/$org}
  out=${export_output:-$RUN_DIR/export/$org.tar.gz}
  work=$(mktemp -d)
  stage="$work/$org"
  mkdir -p "$stage/channel" "$stage/lib"
  tar -C "$(host_dir "$org")" --exclude=./data --exclude='*.log' -cf - . | tar -C "$stage" -xf -
  cp "$GENESIS_BLOCK" "$stage/channel/"
  local -a jars=()
  [[ "$org" == orderer ]] || jars+=("$API_JAR")
  [[ "$org" != auditor ]] || jars+=("$AUDIT_STORE_JAR")
  for file in "${jars[@]}"; do
    if [[ -f "$file" ]]; then cp "$file" "$stage/lib/"; fi
  done
  while IFS= read -r file; do
    sed -i -e "s|$(host_dir "$org")|$prefix|g" -e "s|$GENESIS_BLOCK|$prefix/channel/$(basename "$GENESIS_BLOCK")|g" \
      -e "s|$TIMECOIN_ROOT/api/target|$prefix/lib|g" -e "s|$TIMECOIN_ROOT/audit-store/target|$prefix/lib|g" "$file"
  done < <(grep -rlI -e "$RUN_DIR" -e "$TIMECOIN_ROOT" "$stage" || true)
  {
    echo "timecoin bundle for $org's host, exported $(date -u +%Y-%m-%dT%H:%M:%SZ) by scripts/network export-org"
    echo "unpack so that this folder is $prefix (paths inside name it); docs/multi-host.md says how to start it"
    echo "host address: $(host_address "$org") (certificates and the channel name this address)"
    echo
    (cd "$stage" && find . -type f ! -name MANIFEST.txt | sort)
  } >"$stage/MANIFEST.txt"
  mkdir -p "$(dirname "$out")"
  tar -C "$work" -czf "$out" "$org"
  rm -rf "$work"
  info "wrote $out ($(du -h "$out" | cut -f1)): $org's keys, the others' public certificates, configuration, genesis block, jars"
}

# write_peer_views: the auditor's verifier compares every org's peer (one client file per peer in
# its clients folder, audit-store's `watch`). On the auditor's host those files name the other
# orgs' peers with the public TLS CA certificates the host holds, and the auditor's own identity.
write_peer_views() {
  $HOSTS_MODE || return 0
  local other file identity
  identity=$(client_identity_dir auditor)
  for other in platform insurer; do
    file="$(host_dir auditor)/clients/$other.properties"
    {
      echo "# Written by scripts/network up --hosts: $(msp_id "$other")'s peer as the auditor's host sees it"
      echo "# (its public TLS CA certificate only), with the auditor's identity; for the cross-peer check."
      echo "timecoin.peer.endpoint=$(peer_address "$other")"
      echo "timecoin.peer.hostnameOverride=$(peer_name "$other")"
      echo "timecoin.peer.tlsRootCert=$(host_dir auditor)/public/$other/tls-ca.crt"
      echo "timecoin.msp.id=$(msp_id "$other")"
      echo "timecoin.platform.msp.id=$(msp_id platform)"
      echo "timecoin.insurer.msp.id=$(msp_id insurer)"
      echo "timecoin.identity.certificate=$(ls "$identity"/signcerts/*.pem)"
      echo "timecoin.identity.privateKey=$(ls "$identity"/keystore/*)"
      echo "timecoin.channel=$CHANNEL_NAME"
      echo "timecoin.chaincode=$CHAINCODE_NAME"
    } >"$file"
    info "$file"
  done
}
