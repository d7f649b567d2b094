#!/usr/bin/env bash
# Writes the bad-input corpus into DIR: files that must never crash an import nor
# change the atlas (see tests/unit/formats/bad_input_corpus_test.cpp for what each
# one must give). Generated at test time: nothing binary is committed.
# Needs bash, awk, head and ogr2ogr (gdal-bin). Usage: make_corpus.sh DIR
set -euo pipefail
out=${1:?usage: make_corpus.sh DIR}
mkdir -p "$out"
cd "$out"

fc() { printf '{"type":"FeatureCollection","features":[%s]}\n' "$1"; }
pt() { printf '{"type":"Feature","properties":%s,"geometry":{"type":"Point","coordinates":[%s]}}' "$1" "$2"; }

# A sound base the damaged copies are made from.
fc "$(pt '{"name":"Lille","n":1}' '3.0573,50.6292'),$(pt '{"name":"Douai","n":2}' '3.08,50.37'),$(pt '{"name":"Lens","n":3}' '2.83,50.43')" > good.geojson
mkdir -p src
ogr2ogr -f "ESRI Shapefile" src/good.shp good.geojson
ogr2ogr -f GPKG src/good.gpkg good.geojson

# Not what the name says, or not geodata at all.
printf 'This is not JSON at all {\n' > not_json.geojson
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0' > image_named.geojson
head -c 2000 /dev/urandom > noise.gpkg 2>/dev/null || awk 'BEGIN{for(i=0;i<2000;i++)printf "%c", i%251}' > noise.gpkg
cp good.geojson geojson_named.shp
printf 'name,population\nLille,236710\nDouai,39700\n' > attributes_only.csv
: > empty.geojson

# Truncated files.
head -c 150 good.geojson > truncated.geojson
size=$(wc -c < src/good.gpkg)
head -c $((size / 3)) src/good.gpkg > truncated.gpkg
cp src/good.shx truncated_shp.shx; cp src/good.dbf truncated_shp.dbf
head -c 140 src/good.shp > truncated_shp.shp
printf '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>A</name><Point><coordinates>3.0,50.6' > truncated.kml

# Shapefiles missing a companion file.
cp src/good.shp missing_dbf.shp; cp src/good.shx missing_dbf.shx
cp src/good.shp missing_shx.shp; cp src/good.dbf missing_shx.dbf
cp src/good.shp bad_prj.shp; cp src/good.shx bad_prj.shx; cp src/good.dbf bad_prj.dbf
printf 'GEOGCS["garbage' > bad_prj.prj

# Geometries: mixed kinds, empty, NaN, huge, 3D and M.
fc "$(pt '{"k":"point"}' '3.0,50.6'),{\"type\":\"Feature\",\"properties\":{\"k\":\"line\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[3.0,50.6],[3.1,50.7]]}},{\"type\":\"Feature\",\"properties\":{\"k\":\"polygon\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[3.0,50.6],[3.1,50.6],[3.1,50.7],[3.0,50.6]]]}}" > mixed_geometries.geojson
fc "{\"type\":\"Feature\",\"properties\":{\"k\":1},\"geometry\":null},{\"type\":\"Feature\",\"properties\":{\"k\":2},\"geometry\":{\"type\":\"Point\",\"coordinates\":[]}},{\"type\":\"Feature\",\"properties\":{\"k\":3},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[]}},$(pt '{"k":4}' '3.0,50.6')" > empty_geometries.geojson
printf 'id,wkt\n1,"POINT (3.0 50.6)"\n2,"POINT (nan nan)"\n3,"LINESTRING (3 50, nan 51)"\n' > nan_wkt.csv
printf 'name,lon,lat\nLille,3.0573,50.6292\nNowhere,nan,50.6\n' > nan_lon.csv
fc "$(pt '{"k":1}' '3.0,50.6'),$(pt '{"k":2}' '1e300,50.6')" > huge_coordinates.geojson
printf 'id,wkt\n1,"POINT ZM (3.0 50.6 12 1)"\n2,"LINESTRING M (3 50 0, 3.1 50.1 5)"\n3,"POINT Z (3.2 50.2 7)"\n' > z_and_m.csv
printf 'id,wkt\n1,"CIRCULARSTRING (3 50, 3.1 50.1, 3.2 50)"\n2,"TIN (((0 0 0, 0 1 0, 1 0 0, 0 0 0)))"\n3,"POLYHEDRALSURFACE Z (((0 0 0, 0 1 0, 1 1 0, 0 0 0)))"\n' > curves_and_surfaces.csv
fc '{"type":"Feature","properties":{"k":1},"geometry":{"type":"Polygon","coordinates":[[[3,50],[3.2,50.2],[3.2,50],[3,50.2],[3,50]]]}}' > self_intersecting.geojson

# Texts: invalid UTF-8, duplicate and empty field names, nested values.
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Caf\xe9 \xff\xfe"},"geometry":{"type":"Point","coordinates":[3.0,50.6]}}]}\n' > invalid_utf8.geojson
fc "$(pt '{"Name":"upper","name":"lower","":"blank","ogc_fid":7,"geom":"text"}' '3.0,50.6')" > awkward_field_names.geojson
fc "$(pt '{"tags":["a","b"],"counts":[1,2,3],"meta":{"source":"survey","year":2021}}' '3.0,50.6')" > nested_values.geojson

# One feature with an enormous number of attributes.
awk 'BEGIN { printf "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{";
             for (i = 0; i < 100000; i++) printf "%s\"a%d\":%d", (i ? "," : ""), i, i;
             printf "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[3.0,50.6]}}]}\n" }' > many_attributes.geojson

# A collection without features.
fc '' > no_features.geojson
rm -rf src
