#!/bin/sh
# Install the Debian packages Routix needs, only if one is missing. Safe to re-run.
#   system-deps.sh run    fonts for every script the renderer supports
#   system-deps.sh test   the same plus Chromium for the browser tests (and npm, if missing)
set -eu
FONTS="fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-bebas-neue fonts-league-spartan fonts-inter fonts-dejavu-core"
case "${1:-test}" in
  run) PACKAGES="$FONTS" ;;
  *) PACKAGES="$FONTS chromium"
     # npm installs axe-core for the accessibility checks; any Node.js on PATH will do
     command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES npm" ;;
esac
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing system packages:$missing. Install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
