<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>atlas::gis</name>
    <message>
        <source>fiches not exported: %1</source>
        <translation>fiches niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Rendering tiles of %1</source>
        <translation>Tegels van %1 tekenen</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 schrijven</translation>
    </message>
    <message>
        <source>Writing the observations</source>
        <translation>Fiches schrijven</translation>
    </message>
    <message>
        <source>Writing the page</source>
        <translation>Pagina schrijven</translation>
    </message>
    <message>
        <source>Finishing the bundle</source>
        <translation>Kaart afronden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export geannuleerd</translation>
    </message>
    <message>
        <source>the folder is not empty and is not a map bundle; choose an empty folder</source>
        <translation>de map is niet leeg en is geen geëxporteerde kaart; kies een lege map</translation>
    </message>
    <message>
        <source>only fiches placed on a point are exported to the map for now</source>
        <translation>voorlopig worden alleen fiches op een punt naar de kaart geëxporteerd</translation>
    </message>
    <message>
        <source>photo not copied into the bundle</source>
        <translation>foto niet in de geëxporteerde kaart gekopieerd</translation>
    </message>
    <message>
        <source>missing coordinate reference system</source>
        <translation>coördinatenreferentiesysteem ontbreekt</translation>
    </message>
    <message>
        <source>cannot transform from %1 to %2: %3</source>
        <translation>kan niet omzetten van %1 naar %2: %3</translation>
    </message>
    <message>
        <source>cannot normalise axis order</source>
        <translation>kan de asvolgorde niet normaliseren</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>het bestand is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>not a geographic file: no GDAL driver recognises its format</source>
        <translation>geen geografisch bestand: geen enkel GDAL-stuurprogramma herkent het formaat</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>not a geographic file: the image has no georeferencing</source>
        <translation>geen geografisch bestand: de afbeelding is niet gegeorefereerd</translation>
    </message>
    <message>
        <source>the file is damaged or truncated: %1</source>
        <translation>het bestand is beschadigd of onvolledig: %1</translation>
    </message>
    <message>
        <source>not a geographic file: it has no layer with geometries and no georeferenced raster</source>
        <translation>geen geografisch bestand: het bevat geen laag met geometrieën en geen gegeorefereerd raster</translation>
    </message>
    <message>
        <source>not a raster file GDAL can read</source>
        <translation>geen rasterbestand dat GDAL kan lezen</translation>
    </message>
    <message>
        <source>the raster has no band</source>
        <translation>het raster heeft geen enkele band</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>cannot resample the raster</source>
        <translation>kan het raster niet herbemonsteren</translation>
    </message>
    <message>
        <source>cannot read the raster</source>
        <translation>kan het raster niet lezen</translation>
    </message>
    <message>
        <source>not a vector file GDAL can read</source>
        <translation>geen vectorbestand dat GDAL kan lezen</translation>
    </message>
    <message>
        <source>the file has no vector layer</source>
        <translation>het bestand bevat geen vectorlaag</translation>
    </message>
    <message>
        <source>no layer of that name</source>
        <translation>geen laag met die naam</translation>
    </message>
    <message>
        <source>no vector layer of that name</source>
        <translation>geen vectorlaag met die naam</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>importeren mislukt</translation>
    </message>
    <message>
        <source>the layer cannot be read</source>
        <translation>de kaartlaag kan niet gelezen worden</translation>
    </message>
    <message>
        <source>written by a newer version of Atlas Territoires (schema %1, this one reads up to %2)</source>
        <translation>opgeslagen met een nieuwere versie van Atlas Territoires (schema %1, deze versie leest tot schema %2)</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>schemamigratie naar versie %1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an atlas</source>
        <translation>het bestand is leeg (0 bytes), geen atlas</translation>
    </message>
    <message>
        <source>not an atlas: %1</source>
        <translation>geen atlas: %1</translation>
    </message>
    <message>
        <source>not an atlas: an SQLite file without atlas tables</source>
        <translation>geen atlas: een SQLite-bestand zonder atlastabellen</translation>
    </message>
    <message>
        <source>the atlas is damaged (integrity check failed)</source>
        <translation>de atlas is beschadigd (integriteitscontrole mislukt)</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>het bestand bestaat al</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation>kan het bestaande bestand niet vervangen</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kan niet geopend worden</translation>
    </message>
</context>
<context>
    <name>atlas::ui::DocumentController</name>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>kan geen tijdelijke map aanmaken</translation>
    </message>
    <message>
        <source>Untitled atlas</source>
        <translation>Naamloze atlas</translation>
    </message>
    <message>
        <source>the atlas has no file name yet</source>
        <translation>de atlas heeft nog geen bestandsnaam</translation>
    </message>
</context>
<context>
    <name>atlas::ui::FileActions</name>
    <message>
        <source>&amp;New atlas</source>
        <translation>&amp;Nieuwe atlas</translation>
    </message>
    <message>
        <source>&amp;Open atlas…</source>
        <translation>Atlas &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recente atlassen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Kaartlaag &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>Cannot create a new atlas.</source>
        <translation>Kan geen nieuwe atlas aanmaken.</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Atlas openen</translation>
    </message>
    <message>
        <source>Atlases (*.atlas);;All files (*)</source>
        <translation>Atlassen (*.atlas);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot open the atlas.</source>
        <translation>Kan de atlas niet openen.</translation>
    </message>
    <message>
        <source>Cannot add this file as a layer.</source>
        <translation>Kan dit bestand niet als kaartlaag toevoegen.</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Kaartlaag toevoegen</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;All files (*)</source>
        <translation>Geodata (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The atlas has unsaved changes. Save them?</source>
        <translation>De atlas bevat niet-opgeslagen wijzigingen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <source>Cannot save the atlas.</source>
        <translation>Kan de atlas niet opslaan.</translation>
    </message>
    <message>
        <source>Save atlas as</source>
        <translation>Atlas opslaan als</translation>
    </message>
    <message>
        <source>Atlases (*.atlas)</source>
        <translation>Atlassen (*.atlas)</translation>
    </message>
    <message>
        <source>No recent atlas</source>
        <translation>Geen recente atlassen</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerListModel</name>
    <message>
        <source>Table “%1” stored in the atlas</source>
        <translation>Tabel “%1” opgeslagen in de atlas</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerStyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation>Stijl van “%1”</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Vierkant</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Driehoek</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Ruit</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Geen label</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Vulkleur</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>Lijnkleur</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>Lijndikte</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Symbool</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Symboolgrootte</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation>Kaartlagen</translation>
    </message>
    <message>
        <source>Add a layer from a file…</source>
        <translation>Kaartlaag uit een bestand toevoegen…</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Geselecteerde kaartlaag verwijderen</translation>
    </message>
    <message>
        <source>Move the layer up</source>
        <translation>Kaartlaag omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>Kaartlaag omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Zoom to the layer</source>
        <translation>Zoomen naar de kaartlaag</translation>
    </message>
    <message>
        <source>Edit the layer style…</source>
        <translation>Stijl van de kaartlaag bewerken…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoomen naar &amp;volledige omvang</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoomen naar &amp;kaartlaag</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;About Atlas Territoires</source>
        <translation>&amp;Over Atlas Territoires</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>About Atlas Territoires</source>
        <translation>Over Atlas Territoires</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atlas Territoires %1&lt;/h3&gt;&lt;p&gt;A desktop atlas and observatory of the living environment, for the cross-border territory of northern France and West Flanders.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atlas Territoires %1&lt;/h3&gt;&lt;p&gt;Een atlas en observatorium van de leefomgeving voor de desktop, voor het grensoverschrijdende gebied van Noord-Frankrijk en West-Vlaanderen.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MapStatusBar</name>
    <message>
        <source>Rendering…</source>
        <translation>Kaart tekenen…</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Schaal 1:%1</translation>
    </message>
    <message>
        <source>Rendered in %1 ms</source>
        <translation>Getekend in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be drawn: %1</source>
        <translation>
            <numerusform>%n kaartlaag kon niet getekend worden: %1</numerusform>
            <numerusform>%n kaartlagen konden niet getekend worden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Project CRS:</source>
        <translation>Projectie:</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map; layers are reprojected on the fly</source>
        <translation>Coördinatenreferentiesysteem van de kaart; kaartlagen worden meteen geherprojecteerd</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop atlas and observatory</source>
        <translation>Atlas en observatorium voor de desktop</translation>
    </message>
    <message>
        <source>Save a grab of the window once the map is drawn, then quit.</source>
        <translation>Een schermafbeelding van het venster opslaan zodra de kaart getekend is, en dan afsluiten.</translation>
    </message>
    <message>
        <source>Atlas to open.</source>
        <translation>Te openen atlas.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportActions</name>
    <message>
        <source>&amp;Export interactive map…</source>
        <translation>Interactieve kaart &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the map as a web page that opens anywhere, offline</source>
        <translation>De kaart als webpagina schrijven die overal opent, offline</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportWebDialog</name>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Bronnen:</translation>
    </message>
    <message>
        <source>Keep the photos&apos; &amp;metadata (EXIF: camera, GPS position)</source>
        <translation>&amp;Metadata van de foto&apos;s behouden (EXIF: camera, gps-positie)</translation>
    </message>
    <message>
        <source>Export interactive map</source>
        <translation>Interactieve kaart exporteren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licentie:</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>La&amp;gen:</translation>
    </message>
    <message>
        <source>Page &amp;language:</source>
        <translation>&amp;Taal van de pagina:</translation>
    </message>
    <message>
        <source>Tile &amp;zoom levels:</source>
        <translation>&amp;Zoomniveaus van de tegels:</translation>
    </message>
    <message>
        <source>Ti&amp;les above:</source>
        <translation>Te&amp;gels boven:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source> features</source>
        <translation> objecten</translation>
    </message>
    <message>
        <source>Layers with more features are drawn as images (tiles) for the chosen zoom levels.</source>
        <translation>Lagen met meer objecten worden als beelden (tegels) getekend voor de gekozen zoomniveaus.</translation>
    </message>
    <message>
        <source>OpenStreetMap &amp;basemap (the page then loads map tiles from the internet)</source>
        <translation>Open&amp;StreetMap-achtergrondkaart (de pagina laadt dan kaarttegels van het internet)</translation>
    </message>
    <message>
        <source>Include &amp;unpublished and non-public fiches</source>
        <translation>Ook &amp;niet-gepubliceerde en niet-openbare fiches</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file</source>
        <translation>Ook een .&amp;zip-bestand maken</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Folder of the interactive map</source>
        <translation>Map van de interactieve kaart</translation>
    </message>
    <message>
        <source>Choose the folder the interactive map is written to.</source>
        <translation>Kies de map waarin de interactieve kaart wordt geschreven.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message numerus="yes">
        <source>Written %1 (%2 MiB): %n feature(s)</source>
        <translation>
            <numerusform>%1 geschreven (%2 MiB): %n object</numerusform>
            <numerusform>%1 geschreven (%2 MiB): %n objecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tile(s)</source>
        <translation>
            <numerusform>, %n tegel</numerusform>
            <numerusform>, %n tegels</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>Zip: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Export geannuleerd; er is niets gewijzigd.</translation>
    </message>
</context>
</TS>
