# shellcheck shell=bash
# shellcheck disable=SC2034 # the folders and paths defined here are read by the other files of scripts/lib
# The network's shape, read from network-config/network.env and the chosen run folder:
# node names, addresses with the port offset applied, crypto paths and each node's settings.
# Sourced by scripts/network after the options are parsed (RUN_DIR, PORT_OFFSET, ORDERER_COUNT,
# HOSTS_MODE: true when the run folder was made by `up --hosts`, scripts/lib/hosts.sh).

# shellcheck source=../../network-config/network.env
source "$TIMECOIN_ROOT/network-config/network.env"
# shellcheck source=../../network-config/fabric.env
source "$TIMECOIN_ROOT/network-config/fabric.env"
HOSTS_MODE=${HOSTS_MODE:-false}
# shellcheck source=hosts.sh
source "$TIMECOIN_ROOT/scripts/lib/hosts.sh"
if $HOSTS_MODE; then apply_host_addresses; fi

CRYPTO_DIR="$RUN_DIR/crypto"
CONFIG_DIR="$RUN_DIR/config"
# Private data collections of the chaincode definition; no addresses in it, so used as it is.
COLLECTIONS_CONFIG="$TIMECOIN_ROOT/network-config/collections.json"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
CHAINCODE_DIR="$RUN_DIR/chaincode"
CLIENTS_DIR="$RUN_DIR/clients"
GENESIS_BLOCK="$RUN_DIR/channel/$CHANNEL_NAME.block"
BIN="$FABRIC_HOME/bin"
CHAINCODE_JAR_SOURCE="$TIMECOIN_ROOT/chaincode/target/timecoin-chaincode.jar"

PEER_ORGS=(platform insurer auditor)

port() { echo $(($1 + PORT_OFFSET)); }

# org_var ORG SUFFIX: value of e.g. PLATFORM_PEER_PORT from network.env
org_var() { local v="${1^^}_$2"; echo "${!v}"; }

msp_id() { echo "${1^}MSP"; }
peer_name() { echo "peer0.$1.$DOMAIN"; }
peer_host() { org_var "$1" HOST; }
peer_address() { echo "$(peer_host "$1"):$(port "$(org_var "$1" PEER_PORT)")"; }
peer_ops_address() { echo "$(peer_host "$1"):$(port "$(org_var "$1" OPS_PORT)")"; }
peer_chaincode_address() { echo "$(peer_host "$1"):$(port "$(org_var "$1" CHAINCODE_PORT)")"; }
# With hosts, each org's files live in its host folder (hosts/<org>/): its own crypto, data,
# configuration, chaincode, CA, operators and API; loopback keeps one folder per kind.
org_crypto_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/crypto"; else echo "$CRYPTO_DIR"; fi; }
peer_org_dir() { echo "$(org_crypto_dir "$1")/peerOrganizations/$1.$DOMAIN"; }
peer_data_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/data/peer-$1"; else echo "$DATA_DIR/peer-$1"; fi; }
peer_config_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/config"; else echo "$CONFIG_DIR"; fi; }
# The org's own copy of the client config its API and projector read; clients/<org>.properties is
# the root namespace's (the CLIs' and tests') copy, the same on loopback.
host_client_config() {
  if $HOSTS_MODE; then echo "$(host_dir "$1")/clients/$1.properties"; else echo "$CLIENTS_DIR/$1.properties"; fi
}
# Operators enrolled by `timecoin identities` (their keys and client configs).
identities_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/identities"; else echo "$RUN_DIR/identities/$1"; fi; }
ccaas_builder_dir() {
  if $HOSTS_MODE; then echo "$(host_dir "$1")/ccaas-builder"; else echo "$TIMECOIN_ROOT/scripts/ccaas-builder"; fi
}
peer_node_dir() { echo "$(peer_org_dir "$1")/peers/$(peer_name "$1")"; }
peer_tls_ca() { echo "$(peer_node_dir "$1")/tls/ca.crt"; }
peer_admin_msp() { echo "$(peer_org_dir "$1")/users/Admin@$1.$DOMAIN/msp"; }
peer_client_dir() { echo "$(peer_org_dir "$1")/users/User1@$1.$DOMAIN/msp"; }
# The org's default operator (enrolled at its CA by `up`, scripts/lib/operators.sh), if it has one.
default_operator_name() { case $1 in platform) echo platform-ops ;; insurer) echo insurer-ops ;; *) return 1 ;; esac; }
operators_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/operators"; else echo "$RUN_DIR/operators/$1"; fi; }
default_operator_msp() { echo "$(operators_dir "$1")/$(default_operator_name "$1")/msp"; }
# The MSP folder the org's client config and the peer CLI sign with: the default operator's once
# it is enrolled (the chaincode gives roles only to operators), else cryptogen's User1.
client_identity_dir() {
  if default_operator_name "$1" >/dev/null && [[ -f "$(default_operator_msp "$1")/signcerts/cert.pem" ]]; then
    default_operator_msp "$1"
  else
    peer_client_dir "$1"
  fi
}

orderer_indexes() { seq 0 $((ORDERER_COUNT - 1)); }
orderer_name() { echo "orderer$1"; }
orderer_var() { local v="ORDERER$1_$2"; echo "${!v}"; }
orderer_host() { orderer_var "$1" HOST; }
orderer_address() { echo "$(orderer_host "$1"):$(port "$(orderer_var "$1" PORT)")"; }
orderer_admin_address() { echo "$(orderer_host "$1"):$(port "$(orderer_var "$1" ADMIN_PORT)")"; }
orderer_ops_address() { echo "$(orderer_host "$1"):$(port "$(orderer_var "$1" OPS_PORT)")"; }
orderer_org_dir() { echo "$(org_crypto_dir orderer)/ordererOrganizations/orderer.$DOMAIN"; }
orderer_data_dir() { if $HOSTS_MODE; then echo "$(host_dir orderer)/data/orderer$1"; else echo "$DATA_DIR/orderer$1"; fi; }
orderer_node_dir() { echo "$(orderer_org_dir)/orderers/orderer$1.orderer.$DOMAIN"; }
orderer_tls_ca() { echo "$(orderer_node_dir 0)/tls/ca.crt"; }
orderer_admin_tls_dir() { echo "$(orderer_org_dir)/users/Admin@orderer.$DOMAIN/tls"; }

# Each org's chaincode service: its own JVM, port, package and folder, dialled by the org's peer
# only. scripts/bench deploys its W0 chaincode the same way with these three swapped.
CHAINCODE_PORT_KEY=CCAAS_PORT  # the <ORG>_<KEY> of network.env that holds the service's port
chaincode_process() { echo "chaincode-$1"; }
chaincode_address() { echo "$(peer_host "$1"):$(port "$(org_var "$1" "$CHAINCODE_PORT_KEY")")"; }
chaincode_org_dir() { if $HOSTS_MODE; then echo "$(host_dir "$1")/chaincode"; else echo "$CHAINCODE_DIR/$1"; fi; }
# What each service runs: a copy of this jar (in its org's folder), by its manifest or this main class.
CHAINCODE_MAIN_CLASS=""
declare -A PACKAGE_IDS=()  # org -> the package id of its own chaincode package
# The process of a run folder from before per-org services: one JVM that every peer dialled.
SHARED_CHAINCODE_PROCESS=chaincode

# Which role each org plays in the chaincode's access rules; handed to the chaincode JVM.
ORG_ROLES="PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR"

orderer_environment() {
  local i=$1 node tls data
  node=$(orderer_node_dir "$i") tls="$(orderer_node_dir "$i")/tls" data=$(orderer_data_dir "$i")
  printf '%s\n' \
    "FABRIC_CFG_PATH=$FABRIC_HOME/config" \
    "FABRIC_LOGGING_SPEC=INFO" \
    "ORDERER_GENERAL_LISTENADDRESS=$(orderer_host "$i")" \
    "ORDERER_GENERAL_LISTENPORT=$(port "$(orderer_var "$i" PORT)")" \
    "ORDERER_GENERAL_LOCALMSPID=OrdererMSP" \
    "ORDERER_GENERAL_LOCALMSPDIR=$node/msp" \
    "ORDERER_GENERAL_BOOTSTRAPMETHOD=none" \
    "ORDERER_GENERAL_TLS_ENABLED=true" \
    "ORDERER_GENERAL_TLS_CERTIFICATE=$tls/server.crt" \
    "ORDERER_GENERAL_TLS_PRIVATEKEY=$tls/server.key" \
    "ORDERER_GENERAL_TLS_ROOTCAS=[$tls/ca.crt]" \
    "ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE=$tls/server.crt" \
    "ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY=$tls/server.key" \
    "ORDERER_GENERAL_CLUSTER_ROOTCAS=[$tls/ca.crt]" \
    "ORDERER_GENERAL_CLUSTER_DIALTIMEOUT=$ORDERER_CLUSTER_DIAL_TIMEOUT" \
    "ORDERER_GENERAL_CLUSTER_RPCTIMEOUT=$ORDERER_CLUSTER_RPC_TIMEOUT" \
    "ORDERER_CHANNELPARTICIPATION_ENABLED=true" \
    "ORDERER_ADMIN_LISTENADDRESS=$(orderer_admin_address "$i")" \
    "ORDERER_ADMIN_TLS_ENABLED=true" \
    "ORDERER_ADMIN_TLS_CERTIFICATE=$tls/server.crt" \
    "ORDERER_ADMIN_TLS_PRIVATEKEY=$tls/server.key" \
    "ORDERER_ADMIN_TLS_ROOTCAS=[$tls/ca.crt]" \
    "ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true" \
    "ORDERER_ADMIN_TLS_CLIENTROOTCAS=[$tls/ca.crt]" \
    "ORDERER_OPERATIONS_LISTENADDRESS=$(orderer_ops_address "$i")" \
    "ORDERER_METRICS_PROVIDER=prometheus" \
    "ORDERER_FILELEDGER_LOCATION=$data/ledger" \
    "ORDERER_CONSENSUS_WALDIR=$data/etcdraft/wal" \
    "ORDERER_CONSENSUS_SNAPDIR=$data/etcdraft/snapshot"
}

peer_environment() {
  local org=$1 node tls data
  node=$(peer_node_dir "$org") tls="$(peer_node_dir "$org")/tls" data=$(peer_data_dir "$org")
  printf '%s\n' \
    "FABRIC_CFG_PATH=$(peer_config_dir "$org")" \
    "FABRIC_LOGGING_SPEC=INFO" \
    "CORE_PEER_ID=$(peer_name "$org")" \
    "CORE_PEER_LISTENADDRESS=$(peer_address "$org")" \
    "CORE_PEER_ADDRESS=$(peer_address "$org")" \
    "CORE_PEER_CHAINCODELISTENADDRESS=$(peer_chaincode_address "$org")" \
    "CORE_PEER_CHAINCODEADDRESS=$(peer_chaincode_address "$org")" \
    "CORE_PEER_GOSSIP_BOOTSTRAP=$(peer_address "$org")" \
    "CORE_PEER_GOSSIP_EXTERNALENDPOINT=$(peer_address "$org")" \
    "CORE_PEER_GOSSIP_RECONNECTINTERVAL=$GOSSIP_RECONNECT_INTERVAL" \
    "CORE_CHAINCODE_EXECUTETIMEOUT=$CHAINCODE_EXECUTE_TIMEOUT" \
    "CORE_PEER_GATEWAY_BROADCASTTIMEOUT=$GATEWAY_BROADCAST_TIMEOUT" \
    "CORE_PEER_LOCALMSPID=$(msp_id "$org")" \
    "CORE_PEER_MSPCONFIGPATH=$node/msp" \
    "CORE_PEER_TLS_ENABLED=true" \
    "CORE_PEER_TLS_CERT_FILE=$tls/server.crt" \
    "CORE_PEER_TLS_KEY_FILE=$tls/server.key" \
    "CORE_PEER_TLS_ROOTCERT_FILE=$tls/ca.crt" \
    "CORE_PEER_FILESYSTEMPATH=$data/ledger" \
    "CORE_LEDGER_SNAPSHOTS_ROOTDIR=$data/snapshots" \
    "CORE_OPERATIONS_LISTENADDRESS=$(peer_ops_address "$org")" \
    "CORE_METRICS_PROVIDER=prometheus" \
    "CORE_CHAINCODE_EXTERNALBUILDERS=[{name: ccaas_builder, path: $(ccaas_builder_dir "$org")}]"
}

# Environment for the peer CLI acting as ORG's admin against ORG's peer.
admin_cli_environment() {
  local org=$1
  printf '%s\n' \
    "FABRIC_CFG_PATH=$CONFIG_DIR" \
    "FABRIC_LOGGING_SPEC=WARNING" \
    "CORE_PEER_LOCALMSPID=$(msp_id "$org")" \
    "CORE_PEER_MSPCONFIGPATH=$(peer_admin_msp "$org")" \
    "CORE_PEER_ADDRESS=$(peer_address "$org")" \
    "CORE_PEER_TLS_ENABLED=true" \
    "CORE_PEER_TLS_ROOTCERT_FILE=$(peer_tls_ca "$org")"
}

# chaincode_environment ORG: ORG's chaincode service's environment (its package id from
# step_chaincode_package, or chaincode_package_id).
chaincode_environment() {
  local org=$1
  printf '%s\n' \
    "CHAINCODE_SERVER_ADDRESS=$(chaincode_address "$org")" \
    "CORE_CHAINCODE_ID_NAME=${PACKAGE_IDS[$org]:?no package id for $org}" \
    "CORE_PEER_TLS_ENABLED=false" \
    "CORE_CHAINCODE_LOGGING_LEVEL=WARNING" \
    "CORE_CHAINCODE_LOGGING_SHIM=WARNING" \
    "TIMECOIN_ORG_ROLES=$ORG_ROLES"
  [[ -z "$CHAINCODE_TIMESTAMP_WINDOW" ]] || echo "TIMECOIN_TIMESTAMP_WINDOW=$CHAINCODE_TIMESTAMP_WINDOW"
}

# Every process of this network, in start order.
all_process_names() {
  local i org
  for i in $(orderer_indexes); do orderer_name "$i"; done
  for org in "${PEER_ORGS[@]}"; do echo "peer-$org"; done
  for org in "${PEER_ORGS[@]}"; do chaincode_process "$org"; done
  api_process_names
  audit_process_names
  # The CAs (scripts/lib/ca.sh) where that file is sourced (scripts/network), not in scripts/bench.
  if declare -F ca_process_names >/dev/null; then ca_process_names; fi
}
