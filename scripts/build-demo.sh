#!/usr/bin/env bash
# Builds the demo atlas BUILD_DIR/demo/demo.atlas from real data:
#   - Natural Earth 1:10m boundaries (public domain), taken from the world_map.gpkg
#     shipped in Debian's qgis-common package;
#   - the Partons 2.0 programme places in resources/demo/partons-places.csv, as layer and
#     as observatory fiches, with a few photos drawn and geotagged here (ImageMagick, exiv2);
#   - a publication (story map) that walks through some of those places.
# Usage: scripts/build-demo.sh BUILD_DIR   (atlas-cli must already be built there)
# Does nothing when the atlas is newer than this script, the CSV and atlas-cli.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
[[ -d "$1" ]] || { echo "build-demo: no build directory $1" >&2; exit 1; }
build_dir=$(cd "$1" && pwd)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
script="$repo/scripts/build-demo.sh"
cli="$build_dir/app/cli/atlas-cli"
places="$repo/resources/demo/partons-places.csv"
out_dir="$build_dir/demo"
cache="$out_dir/cache"
atlas="$out_dir/demo.atlas"

die() { echo "build-demo: $*" >&2; exit 1; }

# Temporary files of this run, removed however it ends.
unpack='' tmp_atlas='' photos=''
cleanup() {
    [[ -n "$unpack" ]] && rm -rf "$unpack"
    [[ -n "$tmp_atlas" ]] && rm -rf "$tmp_atlas" "$tmp_atlas-wal" "$tmp_atlas-shm" "$tmp_atlas.media"
    [[ -n "$photos" ]] && rm -rf "$photos"
    return 0
}
trap cleanup EXIT

[[ -x "$cli" ]] || die "$cli not found; build it first (cmake --build $1 --target atlas-cli)"
command -v ogr2ogr >/dev/null || die "ogr2ogr not found; install Debian's gdal-bin"
command -v convert >/dev/null || die "convert not found; install Debian's imagemagick"
command -v exiv2 >/dev/null || die "exiv2 not found; install Debian's exiv2"

if [[ -f "$atlas" && "$atlas" -nt "$script" && "$atlas" -nt "$places" && "$atlas" -nt "$cli" ]]; then
    echo "build-demo: $atlas is up to date"
    exit 0
fi
mkdir -p "$cache"

# --- 1. Natural Earth boundaries from the qgis-common .deb -------------------------
fetch_deb() {
    # As root, apt's download sandbox user cannot write into a build tree; skip it.
    local opts=()
    [[ $EUID -eq 0 ]] && opts=(-o APT::Sandbox::User=root)
    (cd "$cache" && apt-get download "${opts[@]}" qgis-common)
}

shopt -s nullglob
debs=("$cache"/qgis-common_*.deb)
if [[ ${#debs[@]} -eq 0 ]]; then
    echo "build-demo: downloading Debian's qgis-common (Natural Earth boundaries)"
    if ! fetch_deb; then
        # Fresh containers often have empty package lists: refresh them once, then retry.
        if [[ $EUID -eq 0 ]]; then
            apt-get update
        elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo -n apt-get update
        else
            die "cannot download qgis-common: run 'apt-get update' as root, or put qgis-common_*.deb in $cache"
        fi
        fetch_deb || die "cannot download qgis-common even after 'apt-get update'"
    fi
    debs=("$cache"/qgis-common_*.deb)
fi
deb=$(printf '%s\n' "${debs[@]}" | sort -V | tail -n 1)

world="$cache/world_map.gpkg"
if [[ ! -f "$world" || "$deb" -nt "$world" ]]; then
    unpack=$(mktemp -d "$cache/unpack.XXXXXX")
    dpkg-deb -x "$deb" "$unpack"
    mv "$unpack/usr/share/qgis/resources/data/world_map.gpkg" "$world"
    touch "$world"  # its packaged date is older than the .deb
    rm -rf "$unpack"
    unpack=''
fi

# --- 2. Regional boundaries -------------------------------------------------------
# Départements and provinces around Nord / West-Vlaanderen (whole units, not cut),
# and countries clipped to a box a little larger, so overseas France stays out of the
# extent. Sea and land borders are derived from those countries, not drawn.
boundaries="$cache/boundaries.gpkg"
clip=(-0.5 48.3 6.5 52.2)
if [[ ! -f "$boundaries" || "$world" -nt "$boundaries" || "$script" -nt "$boundaries" ]]; then
    tmp="$cache/boundaries.tmp.gpkg"
    rm -f "$tmp"
    ogr2ogr -f GPKG "$tmp" "$world" -nln admin1 -nlt MULTIPOLYGON \
        -sql "SELECT name, iso_a2, geom FROM states_provinces WHERE iso_a2 IN ('FR', 'BE')" \
        -spat 1.2 49.4 4.8 51.6
    ogr2ogr -update "$tmp" "$world" -nln countries -nlt MULTIPOLYGON \
        -sql "SELECT NAME AS name, iso_a2, geom FROM countries" -clipsrc "${clip[@]}"
    # Sea: the clip box minus all land.
    ogr2ogr -update "$tmp" "$tmp" -nln sea -nlt MULTIPOLYGON -dialect SQLite \
        -sql "SELECT ST_Difference(BuildMbr(${clip[0]}, ${clip[1]}, ${clip[2]}, ${clip[3]}, 4326), ST_Union(geom)) AS geom FROM countries"
    # Land borders: the boundary shared by each pair of neighbouring countries.
    ogr2ogr -update "$tmp" "$tmp" -nln borders -nlt MULTILINESTRING -dialect SQLite \
        -sql "SELECT a.iso_a2 || '-' || b.iso_a2 AS countries,
                     CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2) AS geom
              FROM countries a JOIN countries b ON a.iso_a2 < b.iso_a2 AND ST_Touches(a.geom, b.geom)"
    mv "$tmp" "$boundaries"
fi

# --- 3. The atlas -----------------------------------------------------------------
# Build beside the target and move it in at the end: a failed run leaves no half atlas.
tmp_atlas="$out_dir/demo.tmp-$$.atlas"

sea="Mer / Zee"
countries="Pays / Landen"
admin="Départements / Provincies"
borders="Frontières / Grenzen"
sites="Partons 2.0 — lieux / plaatsen"

run() { "$cli" "$@" >/dev/null; }
run new "$tmp_atlas" --crs EPSG:2154 --title "Partons 2.0 — territoire transfrontalier"
# Bottom to top.
run import "$tmp_atlas" "$boundaries" --layer sea --as "$sea"
run import "$tmp_atlas" "$boundaries" --layer countries --as "$countries"
run import "$tmp_atlas" "$boundaries" --layer admin1 --as "$admin"
run import "$tmp_atlas" "$boundaries" --layer borders --as "$borders"
run import "$tmp_atlas" "$places" --as "$sites"

# Quiet base map (pale sea, neutral land), soft units, strong borders, vivid places.
run layer style "$tmp_atlas" "$sea" --fill '#cfe2ee' --stroke-width 0
run layer style "$tmp_atlas" "$countries" --fill '#f3f0e8' --stroke-width 0
# Units coloured by country, multiplied over the land so the sea tint stays out of them.
run layer style "$tmp_atlas" "$admin" --categorized iso_a2 --ramp Set2 --opacity 0.3 --blend multiply \
    --stroke '#a39b8b' --stroke-width 0.8 --label name
run layer style "$tmp_atlas" "$borders" --stroke '#6e6457' --stroke-width 0.6 --unit mm --dash dash-dot
# Places coloured by kind (project, realisation, action), their names winning over the units'.
run layer style "$tmp_atlas" "$sites" --categorized kind --ramp Set2 --stroke '#ffffff' --stroke-width 1.5 \
    --marker circle --marker-size 10 --label name --label-priority 10
# Centred on the Franco-Belgian border, where the programme's places are.
run layer view "$tmp_atlas" --extent 1.6,50.1,3.9,51.4 --crs EPSG:4326

# --- 4. The observatory ------------------------------------------------------------
# The Partons places as fiches (FR/NL), named after the unit they lie in, and a few photos
# drawn here, geotagged with exiv2 as a camera would: each becomes a draft landmark at its
# GPS position and is attached to the published fiche of its place
# (found by a word of its title) so they travel with it into exported bundles.
run obs import "$tmp_atlas" "$places"
run obs boundaries "$tmp_atlas" "$admin" --field name
photos=$(mktemp -d "$out_dir/photos.XXXXXX")
# name | fiche search | lon | lat | direction | taken | caption | sky | building
while IFS='|' read -r name search lon lat dir taken caption sky wall; do
    jpg="$photos/$name.jpg"
    convert -size 960x640 "gradient:$sky-#eef4f7" \
        -fill '#7a9a55' -draw 'rectangle 0,470 960,640' \
        -fill "$wall" -draw 'polygon 330,470 330,250 480,150 630,250 630,470' \
        -fill '#3b3b3b' -draw 'rectangle 455,360 505,470' \
        -font DejaVu-Sans -pointsize 34 -fill white -stroke '#00000080' -strokewidth 1 \
        -annotate +28+612 "$caption" -quality 88 "$jpg"
    dms() {  # decimal degrees -> exiv2 rationals "d/1 m/1 s/100"
        awk -v v="$1" 'BEGIN { v = v < 0 ? -v : v; d = int(v); m = int((v - d) * 60);
                               s = ((v - d) * 60 - m) * 60; printf "%d/1 %d/1 %d/100", d, m, s * 100 + 0.5 }'
    }
    exiv2 -M"set Exif.GPSInfo.GPSLatitudeRef N" -M"set Exif.GPSInfo.GPSLatitude $(dms "$lat")" \
          -M"set Exif.GPSInfo.GPSLongitudeRef E" -M"set Exif.GPSInfo.GPSLongitude $(dms "$lon")" \
          -M"set Exif.GPSInfo.GPSImgDirection $((dir * 10))/10" \
          -M"set Exif.Photo.DateTimeOriginal $taken" mo "$jpg"
    fiche=$("$cli" obs list "$tmp_atlas" --search "$search" --limit 1 | head -n 1 | cut -d ' ' -f 1)
    [[ "$fiche" =~ ^[0-9a-f-]{36}$ ]] || die "no fiche found for '$search' to attach $name.jpg to"
    run media import "$tmp_atlas" "$jpg" --place --attach "$fiche" --caption "$caption" \
        --credits "Atlas Territoires (drawn for the demo)" --licence CC0-1.0
done <<'PHOTOS'
kerk-kemmel|Kemmel|2.8262|50.7836|250|2021:05:12 10:15:00|Kerk van Kemmel / Église de Kemmel|#8fb8d8|#b9a58c
beffroi-bergues|Bergues|2.4335|50.9686|200|2020:09:19 16:40:00|Beffroi de Bergues / Belfort van Sint-Winoksbergen|#a9c7e0|#c8b28a
moulin-esquelbecq|Esquelbecq|2.4318|50.8872|90|2019:06:02 11:05:00|Site du vieux moulin, Esquelbecq|#9cc1dc|#d7cfc0
kiosque-poix|Poix-du-Nord|3.6085|50.1902|315|2018:07:14 18:30:00|Kiosque de Poix-du-Nord|#b3cde3|#a8432f
PHOTOS

# --- 5. A publication (story map) -----------------------------------------------------
# Sections name layers, fiches and photos; atlas-cli resolves them to their UUIDs.
story="$photos/partons-story.json"
cat > "$story" <<STORY
{"title_fr": "Partons 2.0 — des villages qui se réinventent",
 "title_nl": "Partons 2.0 — dorpen die zichzelf heruitvinden",
 "sections": [
  {"title_fr": "Un territoire, deux pays", "title_nl": "Eén gebied, twee landen",
   "text_fr": "<p>De la Côte d'Opale aux Monts de Flandre, <b>Partons 2.0</b> a accompagné des villages français et flamands qui repensent leurs lieux communs.</p><ul><li>18 lieux</li><li>une frontière</li><li>deux langues</li></ul>",
   "text_nl": "<p>Van de Opaalkust tot de Vlaamse Heuvels begeleidde <b>Partons 2.0</b> Franse en Vlaamse dorpen die hun gemeenschappelijke plekken herdenken.</p><ul><li>18 plekken</li><li>één grens</li><li>twee talen</li></ul>",
   "view": {"extent": [1.6, 50.1, 3.9, 51.4], "crs": "EPSG:4326",
            "layers": ["$sea", "$countries", "$admin", "$borders", "$sites"]}},
  {"title_fr": "Kemmel : une église pour tout le village", "title_nl": "Kemmel: een kerk voor het hele dorp",
   "text_fr": "<p>L'église de Kemmel trouve une <i>nouvelle destination</i> : un lieu partagé au pied du mont.</p>",
   "text_nl": "<p>De kerk van Kemmel krijgt een <i>nieuwe bestemming</i>: een gedeelde plek aan de voet van de berg.</p>",
   "media": ["kerk-kemmel.jpg"],
   "view": {"extent": [2.74, 50.74, 2.92, 50.83], "crs": "EPSG:4326",
            "layers": ["$sea", "$countries", "$admin", "$borders"],
            "fiches": ["Nouvelle destination pour l'église de Kemmel"]}},
  {"title_fr": "Bergues : les places du centre", "title_nl": "Sint-Winoksbergen: de centrale pleinen",
   "text_fr": "<p>Autour du beffroi, les places centrales sont <b>réaménagées</b> pour les piétons et les marchés.</p>",
   "text_nl": "<p>Rond het belfort worden de centrale pleinen <b>heraangelegd</b> voor voetgangers en markten.</p>",
   "media": ["beffroi-bergues.jpg"],
   "view": {"extent": [2.39, 50.95, 2.48, 50.99], "crs": "EPSG:4326",
            "layers": ["$sea", "$countries", "$admin", "$borders"],
            "fiches": ["Réaménagement des places centrales de Bergues"]}},
  {"title_fr": "Esquelbecq : le site du vieux moulin", "title_nl": "Esquelbecq: de oude molensite",
   "text_fr": "<p>Le site du vieux moulin redevient un lieu de promenade.</p>",
   "text_nl": "<p>De oude molensite wordt opnieuw een wandelplek.</p>",
   "media": ["moulin-esquelbecq.jpg"],
   "view": {"extent": [2.39, 50.87, 2.47, 50.905], "crs": "EPSG:4326",
            "layers": ["$sea", "$countries", "$admin", "$borders", "$sites"],
            "fiches": ["Réaménagement du site du vieux moulin d'Esquelbecq"]}},
  {"title_fr": "Poix-du-Nord : le kiosque", "title_nl": "Poix-du-Nord: de kiosk",
   "text_fr": "<p>Restauré, le kiosque accueille de nouveau concerts et fêtes de village.</p>",
   "text_nl": "<p>De gerestaureerde kiosk ontvangt opnieuw concerten en dorpsfeesten.</p>",
   "media": ["kiosque-poix.jpg"],
   "view": {"extent": [3.56, 50.17, 3.66, 50.21], "crs": "EPSG:4326",
            "layers": ["$sea", "$countries", "$admin", "$borders", "$sites"],
            "fiches": ["Kiosque de Poix-du-Nord"]}}
 ]}
STORY
run publication add "$tmp_atlas" "$story"

rm -rf "$atlas.media"
mv -f "$tmp_atlas" "$atlas"
mv "$tmp_atlas.media" "$atlas.media"
echo "build-demo: wrote $atlas"
