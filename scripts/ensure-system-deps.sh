#!/usr/bin/env bash
# Installs the Debian packages a command needs when they are missing, and says which and why:
#   --for start  Java 17 and Maven (the embedded Neo4j), unless NEO4J_URI names another server
#   --for test   (default) the above plus Chromium and a CJK font (end-to-end tests)
# Needs root (or sudo) only when something is missing; otherwise it prints the exact apt-get command.
set -euo pipefail
purpose=test
case "${1:-}" in
  --for) purpose="${2:?--for needs start or test}" ;;
  "") ;;
  *) purpose=usage ;;
esac
case "$purpose" in start | test) ;; *) echo "usage: $0 [--for start|test]" >&2; exit 2 ;; esac
missing=()
why=()
if [ "$purpose" = test ] || [ -z "${NEO4J_URI:-}" ]; then
  command -v java >/dev/null 2>&1 || { missing+=(openjdk-17-jre-headless); why+=("Java runs the embedded Neo4j"); }
  command -v mvn >/dev/null 2>&1 || { missing+=(maven); why+=("Maven fetches Neo4j and builds its launcher"); }
fi
if [ "$purpose" = test ]; then
  [ -x /usr/bin/chromium ] || { missing+=(chromium); why+=("Chromium runs the end-to-end tests"); }
  { fc-list 2>/dev/null | grep -qiE 'Noto Sans CJK|WenQuanYi' || dpkg -s fonts-noto-cjk >/dev/null 2>&1; } || { missing+=(fonts-noto-cjk); why+=("a CJK font renders Chinese labels in the browser tests"); }
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "npm $purpose needs Debian packages that are missing: ${missing[*]}"
printf '  - %s\n' "${why[@]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install them as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing: ${sudo:+sudo }apt-get install -y --no-install-recommends ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
