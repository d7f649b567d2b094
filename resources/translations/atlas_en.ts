<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>atlas::gis</name>
    <message>
        <source>missing coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot transform from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot normalise axis order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a geographic file: no GDAL driver recognises its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a geographic file: the image has no georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a geographic file: it has no layer with geometries and no georeferenced raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a raster file GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster has no band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resample the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a vector file GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vector layer of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of Atlas Territoires (schema %1, this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an atlas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an atlas: an SQLite file without atlas tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the atlas is damaged (integrity check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an observation needs a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geometry is not valid WKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no polygon layer of that name in the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a %1: the content is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format: HEIC/HEIF photos cannot be read on this system; convert them to JPEG first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged or unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG image is damaged (it ends before its end marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the media folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the media folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the file into the media folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &apos;title_fr&apos; or &apos;title_nl&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad coordinates &apos;%1, %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) were not UTF-8 and were read as Latin-1</source>
        <translation>
            <numerusform>%n text was not UTF-8 and was read as Latin-1</numerusform>
            <numerusform>%n texts were not UTF-8 and were read as Latin-1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::DocumentController</name>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the atlas has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::FileActions</name>
    <message>
        <source>&amp;New atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a new atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlases (*.atlas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add this file as a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save atlas as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlases (*.atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerListModel</name>
    <message>
        <source>Table “%1” stored in the atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerStyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a layer from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the layer style…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Atlas Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Atlas Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atlas Territoires %1&lt;/h3&gt;&lt;p&gt;A desktop atlas and observatory of the living environment, for the cross-border territory of northern France and West Flanders.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::MapStatusBar</name>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be drawn: %1</source>
        <translation>
            <numerusform>%n layer could not be drawn: %1</numerusform>
            <numerusform>%n layers could not be drawn: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Project CRS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference system of the map; layers are reprojected on the fly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop atlas and observatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a grab of the window once the map is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportWebDialog</name>
    <message numerus="yes">
        <source>Written %1 (%2 MiB): %n feature(s)</source>
        <translation>
            <numerusform>Written %1 (%2 MiB): %n feature</numerusform>
            <numerusform>Written %1 (%2 MiB): %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tile(s)</source>
        <translation>
            <numerusform>, %n tile</numerusform>
            <numerusform>, %n tiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::core</name>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add observation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit observation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete observation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::MarkObservationTool</name>
    <message>
        <source>This place cannot be expressed in longitude and latitude (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::MediathequeDock</name>
    <message>
        <source>Import photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop photos here: geotagged ones become landmark fiches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names, titles, captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place geotagged photos as landmark fiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationFormDialog</name>
    <message>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in from the boundaries layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure &amp; action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urbanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationsDock</name>
    <message numerus="yes">
        <source>%n fiche(s), the first %1 shown</source>
        <translation>
            <numerusform>%n fiche, the first %1 shown</numerusform>
            <numerusform>%n fiches, the first %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a fiche in the list, or mark a new one on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, tags, captions (FR/NL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatoryFeature</name>
    <message>
        <source>Observatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatheque panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has no polygon layer of its own: import one (communes, districts…) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon layer naming the communes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer %1 has no text field to name the communes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field with the commune name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes from layer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatorySession</name>
    <message numerus="yes">
        <source>%n media file(s) could not be copied to %1</source>
        <translation>
            <numerusform>%n media file could not be copied to %1</numerusform>
            <numerusform>%n media files could not be copied to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no atlas is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivitiesDock</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncDock</name>
    <message numerus="yes">
        <source>%n change(s) sent, </source>
        <translation>
            <numerusform>%n change sent, </numerusform>
            <numerusform>%n changes sent, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n new conflict.</numerusform>
            <numerusform>%n new conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportLayerDialog</name>
    <message numerus="yes">
        <source>Selected features only (%n)</source>
        <translation>
            <numerusform>Selected features only (%n)</numerusform>
            <numerusform>Selected features only (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerDataActions</name>
    <message numerus="yes">
        <source>“%1”: %n feature(s)</source>
        <translation>
            <numerusform>“%1”: %n feature</numerusform>
            <numerusform>“%1”: %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) written to %1</source>
        <translation>
            <numerusform>%n feature written to %1</numerusform>
            <numerusform>%n features written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformFeaturesTool</name>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>Move %n feature</numerusform>
            <numerusform>Move %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n feature(s)</source>
        <translation>
            <numerusform>Rotate %n feature</numerusform>
            <numerusform>Rotate %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformActions</name>
    <message numerus="yes">
        <source>Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixel(s)</source>
        <translation>
            <numerusform>Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixel</numerusform>
            <numerusform>Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::ClipboardActions</name>
    <message numerus="yes">
        <source>%n feature(s) copied from %1</source>
        <translation>
            <numerusform>%n feature copied from %1</numerusform>
            <numerusform>%n features copied from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s) into %1</source>
        <translation>
            <numerusform>Paste %n feature into %1</numerusform>
            <numerusform>Paste %n features into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) pasted into %1</source>
        <translation>
            <numerusform>%n feature pasted into %1</numerusform>
            <numerusform>%n features pasted into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui</name>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation>
            <numerusform>Split %n feature</numerusform>
            <numerusform>Split %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n feature(s)</source>
        <translation>
            <numerusform>Merge %n feature</numerusform>
            <numerusform>Merge %n features</numerusform>
        </translation>
    </message>
</context>
</TS>
