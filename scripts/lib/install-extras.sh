# shellcheck shell=bash
# The tools scripts/install-fabric builds beside Fabric's nodes, each only when missing:
# configtxlator (Fabric's config block <-> JSON translator, for channel config updates such as
# adding a CRL to an org's MSP) and Fabric's CA (fabric-ca-server, fabric-ca-client).
# Each is built into a temporary folder and moved into place, so a network running from the
# cache never sees a half-written binary. Sourced by scripts/install-fabric.

# module_source MODULE@VERSION LOG: downloads a module from the proxy, prints its source folder.
module_source() {
  local json
  json=$(go mod download -json "$1" 2>>"$2") || { echo "$json" >>"$2"; fail "the Go module proxy ($(go env GOPROXY)) did not serve $1" "$2"; }
  if grep -q '"Error"' <<<"$json"; then
    echo "$json" >>"$2"
    fail "the Go module proxy refused $1" "$2"
  fi
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json"
}

# build_from_module MODULE@VERSION OUT_DIR LOG LDFLAGS PACKAGE...: builds PACKAGEs of a module in a
# writable copy (the module cache is read-only; its zip has no vendor contents) into OUT_DIR.
build_from_module() {
  local module=$1 out=$2 log=$3 ldflags=$4; shift 4
  local dir work started=$SECONDS
  dir=$(module_source "$module" "$log")
  [[ -d "$dir" ]] || fail "go mod download reported no source folder for $module" "$log"
  work=$(mktemp -d "${out%/}.build.XXXXXX")
  cp -R "$dir" "$work/src" && chmod -R u+w "$work/src" && rm -rf "$work/src/vendor"
  (
    cd "$work/src" || exit 1
    go build -mod=mod -trimpath -ldflags "$ldflags" -o "$work/bin/" "$@"
  ) 2>&1 | tee -a "$log" | while IFS= read -r line; do
    case "$line" in
      "go: downloading "*) info "${line#go: }" ;;
      *) info "$line" ;;
    esac
  done
  [[ ${PIPESTATUS[0]} -eq 0 ]] || { rm -rf "$work"; fail "go build of $module failed" "$log"; }
  mkdir -p "$out"
  local binary
  for binary in "$work/bin/"*; do mv -f "$binary" "$out/"; done
  rm -rf "$work"
  info "built in $((SECONDS - started))s"
}

install_configtxlator() {
  local force=$1
  if ! $force && [[ -x "$FABRIC_HOME/bin/configtxlator" ]]; then
    info "configtxlator is present"
    return
  fi
  require_command go "install Go (1.20 or newer) first; see README prerequisites"
  step "Building configtxlator of Fabric $FABRIC_VERSION_LABEL"
  CGO_ENABLED=0 build_from_module "$FABRIC_MODULE@$FABRIC_MODULE_VERSION" "$FABRIC_HOME/bin" \
    "$FABRIC_HOME/install-configtxlator.log" \
    "-X github.com/hyperledger/fabric/common/metadata.Version=$FABRIC_VERSION_LABEL" ./cmd/configtxlator
}

fabric_ca_installed() {
  [[ -f "$FABRIC_CA_HOME/.installed" ]] &&
    [[ "$(cat "$FABRIC_CA_HOME/.installed")" == "$FABRIC_CA_MODULE@$FABRIC_CA_MODULE_VERSION" ]] &&
    [[ -x "$FABRIC_CA_HOME/bin/fabric-ca-server" && -x "$FABRIC_CA_HOME/bin/fabric-ca-client" ]]
}

install_fabric_ca() {
  local force=$1
  if ! $force && fabric_ca_installed; then
    step "Fabric CA $FABRIC_CA_MODULE_VERSION is already built in $FABRIC_CA_HOME"
    return
  fi
  require_command go "install Go (1.20 or newer) first; see README prerequisites"
  require_command gcc "install a C compiler (gcc): fabric-ca-server's SQLite store is built with cgo"
  step "Building fabric-ca-server and fabric-ca-client $FABRIC_CA_MODULE_VERSION (first time: a few minutes, cgo for SQLite)"
  mkdir -p "$FABRIC_CA_HOME"
  local log="$FABRIC_CA_HOME/install.log"
  : >"$log"
  rm -f "$FABRIC_CA_HOME/.installed"
  CGO_ENABLED=1 build_from_module "$FABRIC_CA_MODULE@$FABRIC_CA_MODULE_VERSION" "$FABRIC_CA_HOME/bin" "$log" \
    "-X github.com/hyperledger/fabric-ca/lib/metadata.Version=${FABRIC_CA_MODULE_VERSION#v}" \
    ./cmd/fabric-ca-server ./cmd/fabric-ca-client
  echo "$FABRIC_CA_MODULE@$FABRIC_CA_MODULE_VERSION" >"$FABRIC_CA_HOME/.installed"
  step "Fabric CA $FABRIC_CA_MODULE_VERSION is ready in $FABRIC_CA_HOME"
}

install_extras() {
  install_configtxlator "$1"
  install_fabric_ca "$1"
  "$FABRIC_CA_HOME/bin/fabric-ca-server" version | sed -n 's/^ *Version: /  fabric-ca-server version: /p'
}
