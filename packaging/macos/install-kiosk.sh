#!/bin/bash
# Make this Mac a petition kiosk: a standard "kiosk" user whose login starts the kiosk (a
# LaunchAgent that relaunches it), with the app in /Applications/PetitionKiosk.
#
#   sudo ./install-kiosk.sh /path/to/petition-kiosk     (the folder `make dist` built)
#
# Then, once, in System Settings > Users & Groups: "Automatically log in as: kiosk" (macOS
# stores that password in its own keychain format; this script does not touch it).
set -euo pipefail
APP="${1:?the folder make dist built}"
[ "$(id -u)" -eq 0 ] || { echo "run with sudo" >&2; exit 1; }
[ -x "$APP/petition-kiosk" ] || { echo "no petition-kiosk in $APP" >&2; exit 1; }

rm -rf /Applications/PetitionKiosk
cp -R "$APP" /Applications/PetitionKiosk

if ! id kiosk >/dev/null 2>&1; then
  PASSWORD="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24)"
  sysadminctl -addUser kiosk -fullName "Petition Kiosk" -password "$PASSWORD"
  echo "kiosk user created; its password (for automatic login): $PASSWORD"
fi
AGENTS=/Users/kiosk/Library/LaunchAgents
mkdir -p "$AGENTS"
cp "$(dirname "$0")/org.petitionkiosk.PetitionKiosk.plist" "$AGENTS/"
chown -R kiosk:staff /Users/kiosk/Library
chmod 0644 "$AGENTS/org.petitionkiosk.PetitionKiosk.plist"
echo "installed. Turn on automatic login as kiosk, then restart."
