#!/usr/bin/env bash
# Runs a test with a real Secret Service: gnome-keyring on the private D-Bus session that
# dbus-run-session started, its login keyring created and unlocked in a throw-away home.
# usage: dbus-run-session -- bash with_secret_service.sh TEST [ARGS...]
set -euo pipefail
home=$(mktemp -d /tmp/atlas-keyring-XXXXXX)
trap 'rm -rf "$home"' EXIT  # the daemon leaves with the session bus
export HOME=$home XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
echo -n keyring-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
