# shellcheck shell=bash
# The default operators `up` enrolls at each org's CA, so that the org's client config
# (clients/<org>.properties), its API, the benchmarks and the tests sign as an operator the
# chaincode gives roles to; the org's cryptogen User1 has no attributes and never mints, sets the
# policy or decides claims (chaincode/README.md, "Operators"). Its config stays as
# clients/user1/<org>.properties.
#
#   platform-ops  role=earning-verifier,policy-officer,identity-admin  branch=$DEFAULT_OPERATOR_BRANCH
#   insurer-ops   role=claims-officer,identity-admin
#   (the auditor only reads; reads need no role, so it keeps User1)
#
# Enrolled with fabric-ca-client as the CA's registrar. Secrets stay in files of mode 600 (the
# client's config file holds the URL with the secret), never on a command line or in a log.
# Sourced by scripts/network after ca.sh.

DEFAULT_OPERATOR_BRANCH=${DEFAULT_OPERATOR_BRANCH:-branch-7}

default_operator_roles() {
  case $1 in
    platform) echo "earning-verifier,policy-officer,identity-admin" ;;
    insurer) echo "claims-officer,identity-admin" ;;
  esac
}

# ca_client_home DIR URL_WITH_SECRET: a fabric-ca-client home whose config names the CA's URL with
# the credentials in it (mode 600), so that no secret is passed as an argument.
ca_client_home() {
  local dir=$1 url=$2
  mkdir -p "$dir"
  chmod 700 "$dir"
  (umask 077 && printf 'url: %s\n' "$url" >"$dir/fabric-ca-client-config.yaml")
}

# enroll_default_operator ORG: registers and enrolls ORG's default operator unless its MSP folder
# exists (up is idempotent; the CA's registry lives in the same run folder).
enroll_default_operator() {
  local org=$1 name msp home log="$LOG_DIR/setup.log" secret attrs answer password
  name=$(default_operator_name "$org") || return 0
  msp=$(default_operator_msp "$org")
  if [[ -f "$msp/signcerts/cert.pem" ]]; then
    complete_operator_msp "$org" "$msp"
    info "$name is enrolled ($msp)"
    return
  fi
  home="$(ca_home "$org")/registrar-client"
  secret=$(cat "$(ca_home "$org")/registrar.secret")
  ca_client_home "$home" "https://$CA_REGISTRAR:$secret@$(ca_address "$org")"
  local -a tls=(--caname "$(ca_name "$org")" --tls.certfiles "$(org_ca_cert "$org")")
  "$CA_BIN/fabric-ca-client" enroll -H "$home" -M "$home/msp" "${tls[@]}" >>"$log" 2>&1 ||
    fail "could not enroll $(ca_name "$org")'s registrar" "$log"
  # Several roles in one attribute value: the list is quoted as one CSV field.
  attrs="\"role=$(default_operator_roles "$org"):ecert\""
  [[ "$org" == platform ]] && attrs+=",branch=$DEFAULT_OPERATOR_BRANCH:ecert"
  answer=$("$CA_BIN/fabric-ca-client" register -H "$home" "${tls[@]}" --id.name "$name" \
    --id.type client --id.affiliation "" --id.maxenrollments 1 --id.attrs "$attrs" 2>>"$log") ||
    fail "could not register $name at $(ca_name "$org") (a run folder's CA registry and operators folder must be kept or wiped together)" "$log"
  password=$(sed -n 's/^Password: //p' <<<"$answer")
  [[ -n "$password" ]] || fail "$(ca_name "$org") answered no enrollment secret for $name" "$log"
  home="$(operators_dir "$org")/$name/ca-client"
  ca_client_home "$home" "https://$name:$password@$(ca_address "$org")"
  "$CA_BIN/fabric-ca-client" enroll -H "$home" -M "$msp" "${tls[@]}" >>"$log" 2>&1 ||
    fail "could not enroll $name at $(ca_name "$org")" "$log"
  # The enrollment secret is spent (one enrollment); the config holding it goes.
  rm -rf "$home"
  chmod 600 "$msp"/keystore/*
  complete_operator_msp "$org" "$msp"
  info "$name enrolled at $(ca_name "$org") with role $(default_operator_roles "$org") ($msp)"
}

# complete_operator_msp ORG MSP: the peer CLI loads a local MSP only with Node OUs declared; the
# operator's CA certificate is the org's, so User1's config.yaml applies with the same file name.
complete_operator_msp() {
  local org=$1 msp=$2
  rm -f "$msp"/cacerts/*
  cp "$(org_ca_cert "$org")" "$msp/cacerts/"
  cp "$(peer_client_dir "$org")/config.yaml" "$msp/config.yaml"
}

step_default_operators() {
  step "Default operators (one per writing org, at its CA)"
  local org
  for org in "${PEER_ORGS[@]}"; do enroll_default_operator "$org"; done
}
