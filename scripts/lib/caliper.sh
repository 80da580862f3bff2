# shellcheck shell=bash
# scripts/bench --caliper: an independent tool checks W1 (issue 19). Installs Hyperledger Caliper on
# demand from bench/caliper/package-lock.json into a cache folder (never during mvn verify), runs W1
# with the bench's own load generator, then Caliper's RecordEarning workload
# (bench/caliper/workload/record-earning.js) at W1's concurrency levels on the same network, and
# writes both side by side. Sourced by scripts/bench after common.sh; uses its run_workloads.

CALIPER_SOURCE="$TIMECOIN_ROOT/bench/caliper"
CALIPER_CACHE=${TIMECOIN_CALIPER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/timecoin/caliper}

# caliper_home: the install folder of the pinned lock file (one folder per lock, so a bumped lock
# never changes an install another bench is running from).
caliper_home() {
  echo "$CALIPER_CACHE/$(sha256sum "$CALIPER_SOURCE/package-lock.json" | cut -c1-12)"
}

# caliper_install: `npm ci` of the pinned packages into caliper_home, once. The lock pins
# caliper-cli and the two packages `caliper bind --caliper-bind-sut fabric:fabric-gateway` adds for
# it; installing them from the lock gives the same tree as bind would, reproducibly. Checked after
# the install against caliper-cli's own binding table, so a bump of one without the other fails here.
caliper_install() {
  local home log tmp
  home=$(caliper_home)
  log="$CALIPER_CACHE/install.log"
  if [[ -f "$home/.installed" ]]; then
    info "Caliper is installed in $home"
    return
  fi
  require_command node "install Node.js 18.19 or newer (Caliper 0.6 needs it)"
  require_command npm "install npm (it comes with Node.js)"
  step "Installing Hyperledger Caliper from bench/caliper/package-lock.json"
  mkdir -p "$CALIPER_CACHE"
  tmp=$(mktemp -d "$CALIPER_CACHE/.install.XXXXXX")
  cp "$CALIPER_SOURCE/package.json" "$CALIPER_SOURCE/package-lock.json" "$tmp/"
  # Optional dependencies are native add-ons Caliper's Fabric path never loads (e.g. pkcs11js for
  # hardware keys); leaving them out keeps the install free of compilers.
  (cd "$tmp" && npm ci --omit=optional --no-audit --no-fund) >"$log" 2>&1 ||
    { rm -rf "$tmp"; fail "npm ci of Caliper failed" "$log"; }
  caliper_check_binding "$tmp" || { rm -rf "$tmp"; fail "the pinned packages do not match caliper-cli's fabric-gateway binding"; }
  touch "$tmp/.installed"
  # Another bench may have installed the same lock meanwhile: its folder is kept.
  mv -T "$tmp" "$home" 2>/dev/null || rm -rf "$tmp"
  info "installed in $home"
}

# caliper_check_binding DIR: the fabric-gateway binding caliper-cli would install (its config.yaml)
# is exactly what the lock installed.
caliper_check_binding() {
  local dir=$1 wanted pkg version
  wanted=$(sed -n '/: &fabric-gateway *$/{n; s/.*packages: *\[\(.*\)\].*/\1/p}' \
    "$dir/node_modules/@hyperledger/caliper-cli/lib/lib/config.yaml" | tr -d "' " | tr ',' ' ')
  [[ -n "$wanted" ]] || { info "caliper-cli's config.yaml names no fabric-gateway binding"; return 1; }
  for pkg in $wanted; do
    version=$(node -p "require('$dir/node_modules/${pkg%@*}/package.json').version" 2>/dev/null || echo missing)
    if [[ "$version" != "${pkg##*@}" ]]; then
      info "caliper bind wants $pkg, the lock installed ${pkg%@*}@$version"
      return 1
    fi
  done
}

# caliper_tool: the versions that ran, for the report.
caliper_tool() {
  local home=$1
  node -p "const v = p => require('$home/node_modules/' + p + '/package.json').version;
    'Hyperledger Caliper ' + v('@hyperledger/caliper-cli') + ', peer-gateway connector with @hyperledger/fabric-gateway '
    + v('@hyperledger/fabric-gateway') + ' and @grpc/grpc-js ' + v('@grpc/grpc-js')"
}

# caliper_seconds: seconds per measurement as the load generator will use them (its --seconds after
# --, else its default of 30).
caliper_seconds() {
  local i
  for ((i = 0; i < ${#extra[@]}; i++)); do
    if [[ "${extra[i]}" == --seconds ]]; then
      echo "${extra[i + 1]}"
      return
    fi
  done
  echo 30
}

# caliper_defaults QUICK: W1 only unless told otherwise; a quick run (QUICK true) measures 2 levels
# for 15 s (5 s, the load generator's quick default, is too short for Caliper's controllers to settle).
caliper_defaults() {
  local quick=$1
  [[ " ${extra[*]} " == *" --workloads "* ]] || extra=(--workloads W1 "${extra[@]}")
  if $quick; then
    [[ " ${extra[*]} " == *" --concurrency "* ]] || extra=(--concurrency "4,16" "${extra[@]}")
    [[ " ${extra[*]} " == *" --seconds "* ]] || extra=(--seconds 15 "${extra[@]}")
  fi
}

# run_caliper_comparison DIR OUT: W1, then Caliper, on DIR's network; OUT-w1.{json,md} is W1's
# report, OUT.{md,json} the comparison, OUT-report.html Caliper's own report.
run_caliper_comparison() {
  local dir=$1 out=$2 home work run_id seconds tool log
  home=$(caliper_home)
  run_workloads "$dir" "$out-w1"
  [[ -f "$out-w1.json" ]] || fail "the W1 run wrote no report ($out-w1.json)"
  run_id="cal$(date -u +%s | xargs printf '%x')"
  work="$dir/caliper-$run_id"
  seconds=$(caliper_seconds)
  step "Caliper configuration for the network in $dir (run id $run_id)"
  java -cp "$BENCH_JAR" io.timecoin.bench.caliper.CaliperCommand configure \
    --client "$dir/clients/platform.properties" --w1-report "$out-w1.json" --run-id "$run_id" \
    --seconds "$seconds" --workload-module "$CALIPER_SOURCE/workload/record-earning.js" --out-dir "$work" ||
    fail "could not write Caliper's configuration"
  log="$work/caliper.log"
  step "Running Caliper against $dir (log: $log)"
  # Caliper's own output goes to its log; its per-round tables are shown at the end.
  (cd "$work" && "$home/node_modules/.bin/caliper" launch manager --caliper-workspace "$work" \
    --caliper-networkconfig networkconfig.yaml --caliper-benchconfig benchconfig.yaml \
    --caliper-flow-only-test --caliper-report-path "$out-report.html") >"$log" 2>&1 ||
    fail "Caliper failed" "$log"
  grep -q 'Failed to perform submit transaction' "$log" &&
    info "Caliper logged failed transactions: grep 'Failed to perform' $log"
  tool=$(caliper_tool "$home")
  step "W1 and Caliper side by side: $out.md"
  java -cp "$BENCH_JAR" io.timecoin.bench.caliper.CaliperCommand compare --plan "$work/plan.json" \
    --w1-report "$out-w1.json" --caliper-report "$out-report.html" --records-dir "$work/records" \
    --tool "$tool" --files "\`$(basename "$out")-report.html\` beside this page, \`$log\`" --out "$out" ||
    fail "could not compare W1 with Caliper"
}
