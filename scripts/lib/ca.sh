# shellcheck shell=bash
# One Fabric CA server per org (fabric-ca-server, built by scripts/install-fabric): its own
# process (ca-<org>), port (<ORG>_CA_PORT, TLS) and operations port (<ORG>_CA_OPS_PORT, /healthz)
# from network-config/network.env, folder <run dir>/ca/<org>, pid and log like every node.
#
# Each CA signs with its org's cryptogen CA key and certificate, so an identity it enrolls is a
# member of the org's MSP as the channel already defines it (no channel config change), and a
# CRL it generates is signed by a CA that MSP trusts. Peers and orderers keep their cryptogen
# identities. The CA's registrar (the identity that registers and revokes operators) has a
# random secret kept in the CA's folder with mode 600; `timecoin identities` reads it from the
# file named in <run dir>/ca/<org>/ca-client.properties, never from a command line.
# Sourced by scripts/network after topology.sh and processes.sh.

CA_DIR="$RUN_DIR/ca"
CA_BIN="$FABRIC_CA_HOME/bin"
CA_REGISTRAR=registrar

ca_process_names() {
  local org
  for org in "${PEER_ORGS[@]}"; do echo "ca-$org"; done
}
ca_name() { echo "ca-$1"; }
ca_host() { org_var "$1" HOST; }
ca_address() { echo "$(ca_host "$1"):$(port "$(org_var "$1" CA_PORT)")"; }
ca_ops_address() { echo "$(ca_host "$1"):$(port "$(org_var "$1" CA_OPS_PORT)")"; }
ca_home() { if $HOSTS_MODE; then echo "$(host_dir "$1")/ca"; else echo "$CA_DIR/$1"; fi; }
# The org's cryptogen CA: the signing certificate and key of its CA server.
org_ca_cert() { echo "$(peer_org_dir "$1")/ca/ca.$1.$DOMAIN-cert.pem"; }
org_ca_key() { echo "$(peer_org_dir "$1")/ca/priv_sk"; }

# write_ca_config ORG: the server's configuration, once per run folder (it holds the registrar's
# secret, hence mode 600). The server creates its SQLite registry from it on first start.
write_ca_config() {
  local org=$1 home secret
  home=$(ca_home "$org")
  [[ -f "$home/fabric-ca-server-config.yaml" ]] && return
  mkdir -p "$home"
  chmod 700 "$home"
  secret=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  (umask 077 && printf '%s\n' "$secret" >"$home/registrar.secret")
  (umask 077 && cat >"$home/fabric-ca-server-config.yaml") <<YAML
# Written by scripts/network up (scripts/lib/ca.sh) for $(msp_id "$org"); read by fabric-ca-server.
port: $(port "$(org_var "$org" CA_PORT)")
address: $(ca_host "$org")
debug: false
crlsizelimit: 512000
tls:
  enabled: true
  certfile: tls-cert.pem
  clientauth:
    type: noclientcert
ca:
  name: $(ca_name "$org")
  certfile: $(org_ca_cert "$org")
  keyfile: $(org_ca_key "$org")
crl:
  expiry: 24h
registry:
  maxenrollments: -1
  identities:
    - name: $CA_REGISTRAR
      pass: $secret
      type: client
      affiliation: ""
      attrs:
        hf.Registrar.Roles: "client"
        hf.Registrar.DelegateRoles: "client"
        hf.Registrar.Attributes: "*"
        hf.Revoker: true
        hf.GenCRL: true
        hf.IntermediateCA: false
        hf.AffiliationMgr: true
db:
  type: sqlite3
  datasource: fabric-ca-server.db
affiliations:
  $org: []
signing:
  default:
    usage:
      - digital signature
    expiry: 8760h
  profiles:
    tls:
      usage:
        - signing
        - key encipherment
        - server auth
        - client auth
        - key agreement
      expiry: 8760h
csr:
  cn: $(ca_name "$org")
  hosts:
    - localhost
    - $(ca_host "$org")
operations:
  listenAddress: $(ca_ops_address "$org")
  tls:
    enabled: false
metrics:
  provider: disabled
YAML
}

# start_ca ORG: starts ORG's CA server unless it runs; does not wait for it.
start_ca() {
  local org=$1 name home
  name=$(ca_name "$org") home=$(ca_home "$org")
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return
  fi
  check_ports_free "$name" "$(ca_address "$org")" "$(ca_ops_address "$org")"
  write_ca_config "$org"
  start_process "$name" "FABRIC_CA_SERVER_HOME=$home" -- "$CA_BIN/fabric-ca-server" start --home "$home"
}

step_cas() {
  step "Certificate authorities (one Fabric CA per org)"
  local org started took
  started=$(date +%s%N)
  for org in "${PEER_ORGS[@]}"; do start_ca "$org"; done
  for org in "${PEER_ORGS[@]}"; do wait_ca_serving "$org" 60; done
  # Measured from the first start to the last CA answering over TLS (they start side by side;
  # on a run folder's first start each also creates its registry and TLS certificate).
  took=$((($(date +%s%N) - started) / 1000000))
  info "CAs ready in ${took} ms"
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) cas ready in ${took} ms" >>"$RUN_DIR/ca-start-times.log"
}

# wait_ca_serving ORG SECONDS: the operations /healthz answers before the REST listener is up, so
# this waits for both: /healthz OK, then /api/v1/cainfo over TLS verified against the org's CA.
wait_ca_serving() {
  local org=$1 name body deadline=$((SECONDS + $2))
  name=$(ca_name "$org")
  wait_healthy "$name" "http://$(ca_ops_address "$org")/healthz" "$2"
  while ((SECONDS < deadline)); do
    is_running "$name" || fail "$name exited during start-up" "$LOG_DIR/$name.log"
    body=$(curl -s --max-time 2 --cacert "$(org_ca_cert "$org")" "https://$(ca_address "$org")/api/v1/cainfo" 2>/dev/null || true)
    if [[ "$body" == *'"success":true'* ]]; then
      info "$name serves https://$(ca_address "$org") (TLS issued by $(msp_id "$org")'s CA)"
      return 0
    fi
    sleep 0.2
  done
  fail "$name did not answer https://$(ca_address "$org")/api/v1/cainfo within $2s" "$LOG_DIR/$name.log"
}

# step_ca_client_configs: what `timecoin identities` needs to reach ORG's CA as its registrar,
# and the org's ledger client config that operators' configs are made from.
step_ca_client_configs() {
  step "CA client configuration"
  local org file
  for org in "${PEER_ORGS[@]}"; do
    file="$(ca_home "$org")/ca-client.properties"
    {
      echo "# Written by scripts/network up: $(msp_id "$org")'s certificate authority for 'timecoin identities'."
      echo "timecoin.ca.url=https://$(ca_address "$org")"
      echo "timecoin.ca.name=$(ca_name "$org")"
      echo "timecoin.ca.tlsRootCert=$(org_ca_cert "$org")"
      echo "timecoin.ca.registrar=$CA_REGISTRAR"
      echo "timecoin.ca.registrarSecretFile=$(ca_home "$org")/registrar.secret"
      echo "timecoin.ca.ledgerClientTemplate=$(host_client_config "$org")"
      echo "timecoin.ca.identitiesDir=$(identities_dir "$org")"
    } >"$file"
    info "$file"
    if $HOSTS_MODE; then
      # where `timecoin identities` looks in the root namespace (the operator's console)
      mkdir -p "$CA_DIR/$org"
      cp "$file" "$CA_DIR/$org/ca-client.properties"
    fi
  done
}

print_ca_summary() {
  local org
  for org in "${PEER_ORGS[@]}"; do
    printf '  %-19s https://%s (operations http://%s)\n' "$(ca_name "$org")" "$(ca_address "$org")" "$(ca_ops_address "$org")"
  done
  echo "  operators: scripts/timecoin identities --help (identities/README.md)"
}
