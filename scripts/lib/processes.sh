# shellcheck shell=bash
# Background processes owned by one network run folder: started with a clean environment,
# one log and one pid file each, and stopped by that pid only. Sourced, not run.
# Needs RUN_DIR, PID_DIR and LOG_DIR (see topology.sh).

# A process belongs to this run folder if its pid is alive and its environment carries this
# run folder's marker; that guards against pid reuse and against another network's nodes.
owned_pid() {
  local name=$1 pidfile="$PID_DIR/$1.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid=$(<"$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # (stderr first: the process can exit between the check above and this read)
  tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | grep -xF "TIMECOIN_RUN_DIR=$RUN_DIR" >/dev/null || return 1
  echo "$pid"
}

is_running() { owned_pid "$1" >/dev/null; }

# At most 3 s: a host cut off the bridge (hosts.sh) answers nothing at all, not even a refusal.
# shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments, expanded there
port_in_use() { timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' port_in_use "$1" "$2" 2>/dev/null; }

# start_process NAME ENV_ASSIGNMENT... -- COMMAND ARG...
# With hosts (scripts/lib/hosts.sh) the process runs inside its host's network namespace
# (`ip netns exec` execs in place, so the pid is the program's), and its environment and command
# line are kept in its host folder (hosts/<org>/env/NAME.env): what that org's machine runs.
start_process() {
  local name=$1; shift
  local -a environment=()
  while [[ $1 != -- ]]; do environment+=("$1"); shift; done
  shift
  local log="$LOG_DIR/$name.log"
  if is_running "$name"; then
    info "$name is already running (pid $(owned_pid "$name"))"
    return 0
  fi
  local netns="" host
  local -a in_host=()
  if declare -F process_netns >/dev/null; then netns=$(process_netns "$name"); fi
  if [[ -n "$netns" ]]; then
    in_host=(ip netns exec "$netns")
    host=$(process_host "$name")
    mkdir -p "$(host_dir "$host")/env"
    # shell-quoted, so that `set -a; source` restores it exactly (docs/multi-host.md)
    local assignment
    {
      echo "# $name on host $host, as scripts/network started it"
      for assignment in "${environment[@]}"; do printf '%s=%q\n' "${assignment%%=*}" "${assignment#*=}"; done
      printf '# command:'; printf ' %q' "$@"; echo
    } >"$(host_dir "$host")/env/$name.env"
  fi
  (
    ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    exec "${in_host[@]}" env -i PATH="$PATH" HOME="$HOME" TIMECOIN_RUN_DIR="$RUN_DIR" "${environment[@]}" "$@"
  ) </dev/null >>"$log" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_DIR/$name.pid"
  # Until the subshell has exec'd the program, its /proc environ lacks the run-folder marker and
  # owned_pid would take a starting process for a dead one; wait for the exec (or the exit).
  local deadline=$((SECONDS + 10))
  while kill -0 "$pid" 2>/dev/null && ! is_running "$name" && ((SECONDS < deadline)); do
    sleep 0.05
  done
  info "started $name (pid $pid, log $log)"
}

# wait_healthy NAME URL SECONDS: polls an operations /healthz endpoint until it says OK.
wait_healthy() {
  local name=$1 url=$2 timeout=$3 deadline=$((SECONDS + $3)) body
  while ((SECONDS < deadline)); do
    is_running "$name" || fail "$name exited during start-up" "$LOG_DIR/$name.log"
    body=$(curl -s --max-time 2 "$url" 2>/dev/null || true)
    if [[ "$body" == *'"status":"OK"'* ]]; then
      info "$name is healthy ($url)"
      return 0
    fi
    sleep 0.5
  done
  fail "$name did not report healthy at $url within ${timeout}s (last answer: ${body:-none})" "$LOG_DIR/$name.log"
}

# stop_processes NAME...: SIGTERM to each, then SIGKILL to any still there after 20 s; only
# ever the pids this run folder started. They stop side by side, not one after another.
stop_processes() {
  local name pid
  local -A pids=()
  for name in "$@"; do
    if pid=$(owned_pid "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids[$name]=$pid
    fi
    rm -f "$PID_DIR/$name.pid"
  done
  local deadline=$((SECONDS + 20))
  for name in "${!pids[@]}"; do
    pid=${pids[$name]}
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      info "$name (pid $pid) ignored SIGTERM for 20s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    info "stopped $name (pid $pid)"
  done
}

# resident memory of a pid in MiB, for the status table
rss_mib() {
  local kb
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)
  [[ -n "$kb" ]] && echo $((kb / 1024)) || echo "-"
}
