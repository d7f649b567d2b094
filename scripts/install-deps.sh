#!/usr/bin/env bash
# Installs the Debian 12 packages Atlas Territoires needs to build, test and run.
# Idempotent: installs only what is missing; uses sudo when not root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config git
  # Qt 6 Widgets, SVG, translations tools; Qt's own fr/nl translations; xcb platform
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  qt6-translations-l10n qt6-qpa-plugins
  # geodata engine
  libgdal-dev gdal-bin libproj-dev proj-bin libgeos-dev libsqlite3-dev libspatialite-dev
  # tests and the demo atlas
  catch2 fonts-dejavu-core dpkg-dev file
  # mediatheque: EXIF with exiv2, HEIC photos with libheif; demo photos drawn by ImageMagick, geotagged by exiv2
  libexiv2-dev exiv2 imagemagick libheif-dev
  # web bundle export (.zip) and its browser tests (node and npm come with the machine)
  libminizip-dev chromium firefox-esr
  # printed map sheets: the tests render the PDF with pdftoppm and read it with pdfinfo
  poppler-utils
  # atlas-server: HTTP, Argon2id, PostgreSQL client, and the PostgreSQL 15 + PostGIS its tests start
  libcpp-httplib-dev libsodium-dev libpq-dev postgresql-15 postgresql-15-postgis-3
  # desktop sync: the password in the system keychain
  qtkeychain-qt6-dev
  # its test: a real Secret Service (gnome-keyring) on a private D-Bus session
  gnome-keyring dbus-daemon
  # the documented TLS proxy in front of atlas-server, run by its test
  nginx-light openssl
)

# Node.js and npm install the web map library and drive the browser tests; Debian's
# packages only when the machine has no node of its own (a newer one may be installed).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
