# shellcheck shell=bash
# Shared helpers for timecoin's scripts: logging with elapsed time, failing with the step and
# its log, and the repository's location. Sourced, not run.

# shellcheck disable=SC2034 # read by the scripts that source this file
TIMECOIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TIMECOIN_STARTED_AT=${TIMECOIN_STARTED_AT:-$SECONDS}
TIMECOIN_STEP=""

elapsed() { printf '%4ds' $((SECONDS - TIMECOIN_STARTED_AT)); }

# step NAME: announces a step; fail() names it.
step() {
  TIMECOIN_STEP="$1"
  printf '[%s] %s\n' "$(elapsed)" "$1"
}

info() { printf '[%s]   %s\n' "$(elapsed)" "$*"; }

# fail MESSAGE [LOG]: stops with the failing step, the reason and where to look.
fail() {
  printf '\nFAILED at step: %s\n  %s\n' "${TIMECOIN_STEP:-start}" "$1" >&2
  if [[ -n "${2:-}" ]]; then
    printf '  log: %s\n' "$2" >&2
    if [[ -f "$2" ]]; then
      printf '  last lines of the log:\n' >&2
      tail -n 15 "$2" | sed 's/^/    | /' >&2
    fi
  fi
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is not on PATH; $2"
}
