#!/usr/bin/env bash
# Turn a Linux machine into a petition kiosk: a dedicated "kiosk" user, logged in at boot,
# running only the kiosk, relaunched if it ever stops.
#
#   sudo ./install-kiosk-session.sh --app dist/petition-kiosk [--session cage|x11] [--root DIR]
#
# --session cage (the default, recommended): Cage, a Wayland compositor that shows one full-screen app and
#   nothing else (no desktop, no panels, no window manager to escape to), run by systemd on
#   tty7 as the kiosk user, restarted 2 s after any exit.  Needs the "cage" package.
# --session gnome: GNOME Kiosk's script session (gnome-kiosk-script-wayland): GDM logs the
#   kiosk user in automatically and GNOME Kiosk runs ~/.local/bin/gnome-kiosk-script, which
#   relaunches the kiosk.  Needs gnome-kiosk and gdm.
# --session x11: the fallback for machines without Wayland: the kiosk user is logged in on
#   tty1 and runs a bare X server with no window manager; the kiosk is relaunched in a loop.
#   Needs xserver-xorg and xinit.
# --root DIR: install into DIR instead of / (a chroot or image being prepared; the tests use it).
# --app: the frozen build folder (`make dist`) or its .tar.gz.
set -euo pipefail

SESSION=cage
ROOT=/
APP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --session) SESSION="$2"; shift 2 ;;
    --root) ROOT="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case "$SESSION" in cage|gnome|x11) ;; *) echo "--session is cage, gnome or x11" >&2; exit 2 ;; esac
[ -n "$APP" ] || { echo "--app is needed: the folder or archive from 'make dist'" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo)" >&2; exit 1; }

R="${ROOT%/}"
USER_NAME=kiosk
HOME_DIR="/home/$USER_NAME"

# 1. The app, in /opt, with the command on the PATH.
install -d "$R/opt" "$R/usr/local/bin"
rm -rf "$R/opt/petition-kiosk"
if [ -d "$APP" ]; then
  cp -a "$APP" "$R/opt/petition-kiosk"
else
  tar -xzf "$APP" -C "$R/opt"
fi
ln -sfn /opt/petition-kiosk/petition-kiosk "$R/usr/local/bin/petition-kiosk"

# 2. The kiosk user: no password, no sudo; its data stays in its home.
if ! grep -q "^$USER_NAME:" "$R/etc/passwd" 2>/dev/null; then
  if [ "$R" = "" ]; then useradd -m -s /bin/bash "$USER_NAME"
  else useradd --root "$ROOT" -m -s /bin/bash "$USER_NAME"; fi
fi
install -d -m 0700 "$R$HOME_DIR"

# 3. The session.
UNIT_DIR="$R/etc/systemd/system"
install -d "$UNIT_DIR"
if [ "$SESSION" = cage ]; then
  cat > "$UNIT_DIR/petition-kiosk.service" <<UNIT
[Unit]
Description=Petition Kiosk (Cage, full screen, one app)
After=systemd-user-sessions.service plymouth-quit-wait.service
Conflicts=getty@tty7.service

[Service]
User=$USER_NAME
PAMName=login
TTYPath=/dev/tty7
TTYReset=yes
TTYVHangup=yes
StandardInput=tty
UtmpIdentifier=tty7
Environment=XDG_SESSION_TYPE=wayland
ExecStart=/usr/bin/cage -d -- /opt/petition-kiosk/petition-kiosk run
Restart=always
RestartSec=2

[Install]
WantedBy=graphical.target
UNIT
  install -d "$UNIT_DIR/graphical.target.wants"
  ln -sfn /etc/systemd/system/petition-kiosk.service \
    "$UNIT_DIR/graphical.target.wants/petition-kiosk.service"
  ln -sfn /lib/systemd/system/graphical.target "$UNIT_DIR/default.target"
elif [ "$SESSION" = gnome ]; then
  install -d "$R$HOME_DIR/.local/bin"
  cat > "$R$HOME_DIR/.local/bin/gnome-kiosk-script" <<'SCRIPT'
#!/bin/sh
# Run by GNOME Kiosk's script session: the kiosk, relaunched if it ever stops.
while true; do
  /opt/petition-kiosk/petition-kiosk run
  sleep 2
done
SCRIPT
  chmod 0755 "$R$HOME_DIR/.local/bin/gnome-kiosk-script"
  install -d "$R/var/lib/AccountsService/users"
  printf '[User]\nSession=gnome-kiosk-script-wayland\nSystemAccount=false\n' \
    > "$R/var/lib/AccountsService/users/$USER_NAME"
  GDM_CONF="$R/etc/gdm3/custom.conf"
  [ -d "$R/etc/gdm" ] && GDM_CONF="$R/etc/gdm/custom.conf"  # Fedora's name for it
  install -d "$(dirname "$GDM_CONF")"
  [ -f "$GDM_CONF" ] || printf '[daemon]\n' > "$GDM_CONF"
  grep -q '^\[daemon\]' "$GDM_CONF" || printf '\n[daemon]\n' >> "$GDM_CONF"
  sed -i '/^AutomaticLogin\(Enable\)\?=/d' "$GDM_CONF"
  sed -i "/^\[daemon\]/a AutomaticLoginEnable=True\nAutomaticLogin=$USER_NAME" "$GDM_CONF"
else
  install -d "$UNIT_DIR/getty@tty1.service.d"
  cat > "$UNIT_DIR/getty@tty1.service.d/autologin.conf" <<CONF
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin $USER_NAME --noclear %I \$TERM
CONF
  cat > "$R$HOME_DIR/.bash_profile" <<'PROFILE'
# On the first console only: start the bare X session (no window manager, no desktop).
if [ -z "${DISPLAY:-}" ] && [ "$(tty)" = /dev/tty1 ]; then
  exec startx -- -nocursor -dpms -s 0 2>/dev/null
fi
PROFILE
  cat > "$R$HOME_DIR/.xinitrc" <<'XINIT'
# The kiosk and nothing else; relaunched if it ever stops (a volunteer's exit included:
# to leave the kiosk for good, switch to another console and log in as an administrator).
xset s off -dpms
while true; do
  /opt/petition-kiosk/petition-kiosk run
  sleep 2
done
XINIT
fi
if [ "$R" = "" ]; then chown -R "$USER_NAME:" "$HOME_DIR"
else chroot "$ROOT" chown -R "$USER_NAME:" "$HOME_DIR" 2>/dev/null || true; fi

echo "installed: /opt/petition-kiosk, user $USER_NAME, session $SESSION${ROOT:+ under $ROOT}"
if [ "$SESSION" = cage ]; then
  echo "next: apt-get install cage; reboot (the kiosk starts on tty7)"
elif [ "$SESSION" = gnome ]; then
  echo "next: apt-get install gnome-kiosk gdm3; reboot (GDM logs the kiosk user in)"
else
  echo "next: apt-get install xserver-xorg xinit; reboot (the kiosk starts on tty1)"
fi
