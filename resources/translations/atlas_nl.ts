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
    <message>
        <source>not an atlas</source>
        <translation>geen atlas</translation>
    </message>
    <message>
        <source>no such observation</source>
        <translation>deze fiche bestaat niet</translation>
    </message>
    <message>
        <source>an observation needs a UUID</source>
        <translation>een fiche heeft een UUID nodig</translation>
    </message>
    <message>
        <source>the geometry is not valid WKB</source>
        <translation>de geometrie is geen geldige WKB</translation>
    </message>
    <message>
        <source>no such media</source>
        <translation>dit medium bestaat niet</translation>
    </message>
    <message>
        <source>no polygon layer of that name in the atlas</source>
        <translation>geen vlakkenlaag met die naam in de atlas</translation>
    </message>
    <message>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation>de laag heeft geen veld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>geen bestand</translation>
    </message>
    <message>
        <source>not %1: the content is %2</source>
        <translation>geen %1: de inhoud is &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unsupported format: %1 (%2)</source>
        <translation>niet-ondersteund formaat: %1 (%2)</translation>
    </message>
    <message>
        <source>the image is damaged or unreadable: %1</source>
        <translation>de afbeelding is beschadigd of onleesbaar: %1</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (it ends before its end marker)</source>
        <translation>de JPEG-afbeelding is beschadigd (ze stopt vóór haar eindmarkering)</translation>
    </message>
    <message>
        <source>cannot create the media folder</source>
        <translation>de mediamap kan niet aangemaakt worden</translation>
    </message>
    <message>
        <source>cannot copy into the media folder: %1</source>
        <translation>kopiëren naar de mediamap mislukt: %1</translation>
    </message>
    <message>
        <source>cannot move the file into the media folder</source>
        <translation>het bestand kan niet naar de mediamap verplaatst worden</translation>
    </message>
    <message>
        <source>no thumbnail: %1</source>
        <translation>geen miniatuur: %1</translation>
    </message>
    <message>
        <source>cannot write the thumbnail: %1</source>
        <translation>de miniatuur kan niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>cannot read the photo metadata</source>
        <translation>de metadata van de foto kunnen niet gelezen worden</translation>
    </message>
    <message>
        <source>cannot read the photo metadata: %1</source>
        <translation>de metadata van de foto kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>regel 1</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation>kolom &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>missing column &apos;title_fr&apos; or &apos;title_nl&apos;</source>
        <translation>kolom &apos;title_fr&apos; of &apos;title_nl&apos; ontbreekt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>een veld tussen aanhalingstekens wordt niet gesloten</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden waar de kop er %2 heeft</translation>
    </message>
    <message>
        <source>bad coordinates &apos;%1, %2&apos;</source>
        <translation>foute coördinaten &apos;%1, %2&apos;</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected one of %2)</source>
        <translation>onbekende soort &apos;%1&apos; (verwacht: %2)</translation>
    </message>
    <message>
        <source>the spatial index cannot be built: %1</source>
        <translation>de ruimtelijke index kan niet opgebouwd worden: %1</translation>
    </message>
    <message>
        <source>%1 attributes per feature: an atlas table holds at most %2</source>
        <translation>%1 attributen per object: een atlastabel bevat er hoogstens %2</translation>
    </message>
    <message>
        <source>%1 attributes per feature: a map layer holds at most %2</source>
        <translation>%1 attributen per object: een kaartlaag bevat er hoogstens %2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>layer %1, %2</source>
        <translation>laag %1, %2</translation>
    </message>
    <message>
        <source>the geometry cannot be transformed to the target CRS%1</source>
        <translation>de geometrie kan niet naar het doel-CRS omgezet worden%1</translation>
    </message>
    <message>
        <source>layer %1, after feature %2</source>
        <translation>laag %1, na object %2</translation>
    </message>
    <message>
        <source>the spatial index cannot be filled: %1</source>
        <translation>de ruimtelijke index kan niet gevuld worden: %1</translation>
    </message>
    <message>
        <source>the geometry cannot be encoded</source>
        <translation>de geometrie kan niet gecodeerd worden</translation>
    </message>
    <message>
        <source>the geometry is malformed</source>
        <translation>de geometrie is misvormd</translation>
    </message>
    <message>
        <source>unsupported geometry type (WKB %1)</source>
        <translation>niet-ondersteund geometrietype (WKB %1)</translation>
    </message>
    <message>
        <source>a coordinate is not a number (NaN)</source>
        <translation>een coördinaat is geen getal (NaN)</translation>
    </message>
    <message>
        <source>coordinate out of range (%1)</source>
        <translation>coördinaat buiten bereik (%1)</translation>
    </message>
    <message>
        <source>a coordinate is infinite</source>
        <translation>een coördinaat is oneindig</translation>
    </message>
    <message>
        <source>SpatiaLite refused the geometry column (SRID %1): %2</source>
        <translation>SpatiaLite weigerde de geometriekolom (SRID %1): %2</translation>
    </message>
    <message>
        <source>layer %1, feature %2</source>
        <translation>laag %1, object %2</translation>
    </message>
    <message>
        <source>unknown output format: use .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf</source>
        <translation>onbekend uitvoerformaat: gebruik .gpkg, .geojson, .shp, .kml, .csv, .fgb of .dxf</translation>
    </message>
    <message>
        <source>invalid export options: %1</source>
        <translation>ongeldige exportopties: %1</translation>
    </message>
    <message>
        <source>the format refused the layer</source>
        <translation>het formaat weigerde de laag</translation>
    </message>
    <message>
        <source>unknown character encoding: %1</source>
        <translation>onbekende tekencodering: %1</translation>
    </message>
    <message>
        <source>the file has no layer with geometries</source>
        <translation>het bestand bevat geen laag met geometrieën</translation>
    </message>
    <message>
        <source>no vector layer of that name (the file has: %1)</source>
        <translation>geen vectorlaag met die naam (het bestand bevat: %1)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import geannuleerd</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) were not UTF-8 and were read as Latin-1</source>
        <translation>
            <numerusform>%n tekst was geen UTF-8 en werd als Latin-1 gelezen</numerusform>
            <numerusform>%n teksten waren geen UTF-8 en werden als Latin-1 gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown CRS: %1</source>
        <translation>onbekend CRS: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS: its coordinates were read as WGS 84 longitudes and latitudes</source>
        <translation>de laag heeft geen CRS: de coördinaten werden gelezen als lengte- en breedtegraden in WGS 84</translation>
    </message>
    <message>
        <source>the layer has no CRS, so it cannot be transformed to %1</source>
        <translation>de laag heeft geen CRS en kan dus niet naar %1 omgezet worden</translation>
    </message>
    <message>
        <source>the layer has no CRS</source>
        <translation>de laag heeft geen CRS</translation>
    </message>
    <message>
        <source>no transformation to %1</source>
        <translation>geen transformatie naar %1</translation>
    </message>
    <message>
        <source>the table cannot be removed: %1</source>
        <translation>de tabel kan niet verwijderd worden: %1</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>bestaat en is geen map</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>kan het bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>missing from this build</source>
        <translation>ontbreekt in deze versie van het programma</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>geen uitvoermap opgegeven</translation>
    </message>
    <message>
        <source>the page language must be fr, nl or en</source>
        <translation>de taal van de pagina moet fr, nl of en zijn</translation>
    </message>
    <message>
        <source>tile zoom levels must be between 0 and 20, the first not above the last</source>
        <translation>de zoomniveaus van de tegels moeten tussen 0 en 20 liggen, het eerste niet boven het laatste</translation>
    </message>
    <message>
        <source>the feature count above which layers become tiles cannot be negative</source>
        <translation>het aantal objecten waarboven lagen tegels worden, kan niet negatief zijn</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>kan de map niet aanmaken</translation>
    </message>
    <message>
        <source>cannot create a working folder: %1</source>
        <translation>kan geen werkmap aanmaken: %1</translation>
    </message>
    <message>
        <source>cannot replace the previous bundle</source>
        <translation>kan de vorige geëxporteerde kaart niet vervangen</translation>
    </message>
    <message>
        <source>cannot move the bundle into place</source>
        <translation>kan de geëxporteerde kaart niet op haar plaats zetten</translation>
    </message>
    <message>
        <source>cannot transform the layer to longitude/latitude: %1</source>
        <translation>kan de laag niet naar lengte/breedte omzetten: %1</translation>
    </message>
    <message>
        <source>the layer has no readable features</source>
        <translation>de laag heeft geen leesbare objecten</translation>
    </message>
    <message>
        <source>document not copied into the bundle</source>
        <translation>document niet in de geëxporteerde kaart gekopieerd</translation>
    </message>
    <message>
        <source>cannot write the tile</source>
        <translation>kan de tegel niet schrijven</translation>
    </message>
    <message>
        <source>cannot create the zip file</source>
        <translation>kan het zip-bestand niet aanmaken</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot write into the zip file</source>
        <translation>kan niet in het zip-bestand schrijven</translation>
    </message>
    <message>
        <source>cannot finish the zip file</source>
        <translation>kan het zip-bestand niet afwerken</translation>
    </message>
    <message>
        <source>cannot move the zip file into place</source>
        <translation>kan het zip-bestand niet op zijn plaats zetten</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>not a geometry (unreadable WKB)</source>
        <translation>geen geometrie (onleesbare WKB)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 op punt %2, %3</translation>
    </message>
    <message>
        <source>the geometry cannot be repaired</source>
        <translation>de geometrie kan niet hersteld worden</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>an image (%1)</source>
        <translation>afbeelding (%1)</translation>
    </message>
    <message>
        <source>no table of that name in the atlas</source>
        <translation>geen tabel met die naam in de atlas</translation>
    </message>
    <message>
        <source>the table has no geometry column</source>
        <translation>de tabel heeft geen geometriekolom</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>ongeldige geometrie: %1</translation>
    </message>
    <message>
        <source>the geometry has several parts and the layer holds single ones</source>
        <translation>de geometrie bestaat uit meerdere delen en de laag bevat enkelvoudige geometrieën</translation>
    </message>
    <message>
        <source>no feature %1</source>
        <translation>geen object %1</translation>
    </message>
    <message>
        <source>a media record needs a UUID and a SHA-256</source>
        <translation>een medium heeft een UUID en een SHA-256 nodig</translation>
    </message>
    <message>
        <source>the media file is missing from the atlas folder</source>
        <translation>het mediabestand ontbreekt in de map van de atlas</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Wijzigingen versturen</translation>
    </message>
    <message>
        <source>the server answered %1 results for %2 operations</source>
        <translation>de server gaf %1 resultaten terug voor %2 bewerkingen</translation>
    </message>
    <message>
        <source>the server answered for another operation</source>
        <translation>de server antwoordde voor een andere bewerking</translation>
    </message>
    <message>
        <source>no answer from the server: %1</source>
        <translation>geen antwoord van de server: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the server gave no session token</source>
        <translation>de server gaf geen sessietoken</translation>
    </message>
    <message>
        <source>the server sent a damaged compressed answer</source>
        <translation>de server stuurde een beschadigd gecomprimeerd antwoord</translation>
    </message>
    <message>
        <source>the downloaded file does not match its SHA-256</source>
        <translation>het gedownloade bestand komt niet overeen met zijn SHA-256</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Schaal 1:%1</translation>
    </message>
    <message>
        <source>Advice mission</source>
        <translation>Adviesopdracht</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Discovery day</source>
        <translation>Ontdekkingsdag</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Projectoproep</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>no such activity</source>
        <translation>onbekende activiteit</translation>
    </message>
    <message>
        <source>an activity needs a UUID</source>
        <translation>een activiteit heeft een UUID nodig</translation>
    </message>
    <message>
        <source>the activity ends (%1) before it starts (%2)</source>
        <translation>de activiteit eindigt (%1) voor ze begint (%2)</translation>
    </message>
    <message>
        <source>Activities per year and type</source>
        <translation>Activiteiten per jaar en type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>activity status</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>no such publication</source>
        <translation>onbekende publicatie</translation>
    </message>
    <message>
        <source>a publication needs a UUID</source>
        <translation>een publicatie heeft een UUID nodig</translation>
    </message>
    <message>
        <source>the layer mixes geometry types; draw into a point, line or polygon layer</source>
        <translation>de laag mengt geometrietypes; teken in een punt-, lijn- of polygoonlaag</translation>
    </message>
    <message>
        <source>the geometry of this fiche cannot be read; it is left off the map</source>
        <translation>de geometrie van deze fiche is onleesbaar; ze wordt niet op de kaart geplaatst</translation>
    </message>
    <message>
        <source>printing cancelled</source>
        <translation>afdrukken geannuleerd</translation>
    </message>
    <message>
        <source>the map view is empty: the atlas has no extent to print</source>
        <translation>het kaartbeeld is leeg: de atlas heeft geen omvang om af te drukken</translation>
    </message>
    <message>
        <source>the resolution must be between 72 and 1200 dpi</source>
        <translation>de resolutie moet tussen 72 en 1200 dpi liggen</translation>
    </message>
    <message>
        <source>Reading the legend</source>
        <translation>Legende lezen</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Kaart tekenen</translation>
    </message>
    <message>
        <source>Drawing the overview</source>
        <translation>Overzichtskaart tekenen</translation>
    </message>
    <message>
        <source>cannot start the PDF page</source>
        <translation>kan de PDF-pagina niet beginnen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>geen WKT-geometrie</translation>
    </message>
    <message>
        <source>this publication was deleted</source>
        <translation>deze publicatie werd verwijderd</translation>
    </message>
    <message>
        <source>a section names a media file the mediatheque no longer has</source>
        <translation>een sectie noemt een mediabestand dat de mediatheek niet meer heeft</translation>
    </message>
    <message>
        <source>publications not exported: %1</source>
        <translation>publicaties niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Writing the publications</source>
        <translation>De publicaties worden geschreven</translation>
    </message>
    <message>
        <source>the layer needs a name</source>
        <translation>de laag heeft een naam nodig</translation>
    </message>
    <message>
        <source>a field has no name</source>
        <translation>een veld heeft geen naam</translation>
    </message>
    <message>
        <source>the field name “%1” is used twice or is reserved</source>
        <translation>de veldnaam “%1” is dubbel gebruikt of gereserveerd</translation>
    </message>
    <message>
        <source>the choice field “%1” has no choices</source>
        <translation>het keuzeveld “%1” heeft geen keuzes</translation>
    </message>
    <message>
        <source>unknown CRS “%1”</source>
        <translation>onbekend CRS “%1”</translation>
    </message>
    <message>
        <source>SpatiaLite did not register the geometry column</source>
        <translation>SpatiaLite heeft de geometriekolom niet geregistreerd</translation>
    </message>
    <message>
        <source>cannot be read as vector data</source>
        <translation>kan niet als vectorgegevens gelezen worden</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>laag niet gevonden</translation>
    </message>
    <message>
        <source>its geometry is not of the layer&apos;s kind</source>
        <translation>de geometrie is niet van het type van de laag</translation>
    </message>
    <message>
        <source>it cannot be placed in %1</source>
        <translation>het kan niet in %1 geplaatst worden</translation>
    </message>
    <message>
        <source>only a polygon can take a hole</source>
        <translation>alleen een polygoon kan een gat krijgen</translation>
    </message>
    <message>
        <source>the ring needs at least three points</source>
        <translation>de ring heeft minstens drie punten nodig</translation>
    </message>
    <message>
        <source>the ring crosses itself</source>
        <translation>de ring snijdt zichzelf</translation>
    </message>
    <message>
        <source>the ring crosses or encloses a hole of the polygon</source>
        <translation>de ring kruist of omsluit een gat van de polygoon</translation>
    </message>
    <message>
        <source>the ring is not inside the polygon</source>
        <translation>de ring ligt niet binnen de polygoon</translation>
    </message>
    <message>
        <source>the hole would leave an invalid polygon</source>
        <translation>het gat zou een ongeldige polygoon opleveren</translation>
    </message>
    <message>
        <source>the split line needs two points</source>
        <translation>de splitslijn heeft twee punten nodig</translation>
    </message>
    <message>
        <source>only lines and polygons can be split</source>
        <translation>alleen lijnen en polygonen kunnen worden gesplitst</translation>
    </message>
    <message>
        <source>merging needs at least two features</source>
        <translation>samenvoegen vraagt minstens twee objecten</translation>
    </message>
    <message>
        <source>points, lines and polygons cannot be merged together</source>
        <translation>punten, lijnen en polygonen kunnen niet met elkaar worden samengevoegd</translation>
    </message>
    <message>
        <source>the features do not merge into a valid geometry</source>
        <translation>de samengevoegde objecten vormen geen geldige geometrie</translation>
    </message>
    <message>
        <source>the features do not touch, and the layer holds single-part features</source>
        <translation>de objecten raken elkaar niet, en de laag bevat alleen enkelvoudige objecten</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>band %1</translation>
    </message>
    <message>
        <source>no such band (bands of this raster: %1)</source>
        <translation>deze band bestaat niet (banden van dit raster: %1)</translation>
    </message>
    <message>
        <source>the band has no valid value</source>
        <translation>de band heeft geen geldige waarde</translation>
    </message>
    <message>
        <source>cannot read the band</source>
        <translation>kan de band niet lezen</translation>
    </message>
    <message>
        <source>the file cannot be opened for editing</source>
        <translation>het bestand kan niet geopend worden om te bewerken</translation>
    </message>
    <message>
        <source>only GeoPackage and SpatiaLite layers can be edited in place (this is %1); import it into the atlas to draw in it</source>
        <translation>alleen GeoPackage- en SpatiaLite-lagen kunnen ter plaatse bewerkt worden (dit is %1); importeer de laag in de atlas om erin te tekenen</translation>
    </message>
    <message>
        <source>the file cannot be written (is it read-only or locked?)</source>
        <translation>het bestand kan niet geschreven worden (is het alleen-lezen of vergrendeld?)</translation>
    </message>
    <message>
        <source>the change could not be saved</source>
        <translation>de wijziging kon niet opgeslagen worden</translation>
    </message>
    <message>
        <source>the geometry cannot be read</source>
        <translation>de geometrie kan niet gelezen worden</translation>
    </message>
    <message>
        <source>the layer has no coordinate reference system</source>
        <translation>de laag heeft geen coördinatenreferentiesysteem</translation>
    </message>
    <message>
        <source>the layer has no field “%1”</source>
        <translation>de laag heeft geen veld ‘%1’</translation>
    </message>
    <message>
        <source>the feature could not be added</source>
        <translation>het object kon niet toegevoegd worden</translation>
    </message>
    <message>
        <source>the feature could not be changed</source>
        <translation>het object kon niet gewijzigd worden</translation>
    </message>
    <message>
        <source>the layer has no tile matrix set “%1” (it has: %2)</source>
        <translation>de laag heeft geen tegelmatrixset ‘%1’ (ze heeft: %2)</translation>
    </message>
    <message>
        <source>the WMTS service has no layer of that name (layers: %1)</source>
        <translation>de WMTS-dienst heeft geen laag met die naam (lagen: %1)</translation>
    </message>
    <message>
        <source>not a readable WMTS capabilities document: %1</source>
        <translation>geen leesbaar WMTS-capabilitiesdocument: %1</translation>
    </message>
    <message>
        <source>not a WMTS capabilities document</source>
        <translation>geen WMTS-capabilitiesdocument</translation>
    </message>
    <message>
        <source>the WMTS service offers no layer</source>
        <translation>de WMTS-dienst biedt geen enkele laag aan</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be fetched: %1</source>
        <translation>de WMTS-capabilities kunnen niet opgehaald worden: %1</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be read: %1</source>
        <translation>de WMTS-capabilities kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be kept: %1</source>
        <translation>de WMTS-capabilities kunnen niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>the HEIF image cannot be decoded: %1</source>
        <translation>de HEIF-afbeelding kan niet gedecodeerd worden: %1</translation>
    </message>
    <message>
        <source>the HEIF image has no picture</source>
        <translation>de HEIF-afbeelding bevat geen beeld</translation>
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
    <message>
        <source>Time the drawing of the atlas&apos;s fiches on the map, print it, then quit.</source>
        <translation>De tekentijd van de fiches van de atlas op de kaart meten, tonen en afsluiten.</translation>
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
<context>
    <name>atlas::core</name>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>onbekende waarde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Add observation “%1”</source>
        <translation>Fiche “%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit observation “%1”</source>
        <translation>Fiche “%1” bewerken</translation>
    </message>
    <message>
        <source>Delete observation “%1”</source>
        <translation>Fiche “%1” verwijderen</translation>
    </message>
    <message>
        <source>not a cursor of this server</source>
        <translation>geen cursor van deze server</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>onbekende sleutel</translation>
    </message>
    <message>
        <source>missing (%1 expected)</source>
        <translation>ontbreekt (%1 verwacht)</translation>
    </message>
    <message>
        <source>a string is expected</source>
        <translation>er wordt een tekenreeks verwacht</translation>
    </message>
    <message>
        <source>a UUID is expected</source>
        <translation>er wordt een UUID verwacht</translation>
    </message>
    <message>
        <source>an integer is expected</source>
        <translation>er wordt een geheel getal verwacht</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>moet minstens %1 zijn</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>er wordt true of false verwacht</translation>
    </message>
    <message>
        <source>an ISO 8601 time is expected</source>
        <translation>er wordt een ISO 8601-tijdstip verwacht</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>er wordt een object verwacht</translation>
    </message>
    <message>
        <source>an array is expected</source>
        <translation>er wordt een array verwacht</translation>
    </message>
    <message>
        <source>a conflict object is expected</source>
        <translation>er wordt een conflictobject verwacht</translation>
    </message>
    <message>
        <source>unknown conflict kind &apos;%1&apos;</source>
        <translation>onbekende conflictsoort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing (integer expected)</source>
        <translation>ontbreekt (geheel getal verwacht)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ongeldige JSON op positie %1: %2</translation>
    </message>
    <message>
        <source>a JSON object is expected</source>
        <translation>er wordt een JSON-object verwacht</translation>
    </message>
    <message>
        <source>%1 operations, at most %2 per batch</source>
        <translation>%1 bewerkingen, hoogstens %2 per pakket</translation>
    </message>
    <message>
        <source>differs from the batch replica</source>
        <translation>verschilt van de replica van het pakket</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;</source>
        <translation>onbekende uitkomst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an object {&quot;old&quot;, &quot;new&quot;} is expected</source>
        <translation>er wordt een object {&quot;old&quot;, &quot;new&quot;} verwacht</translation>
    </message>
    <message>
        <source>both &quot;old&quot; and &quot;new&quot; are required</source>
        <translation>zowel &quot;old&quot; als &quot;new&quot; zijn vereist</translation>
    </message>
    <message>
        <source>an operation object is expected</source>
        <translation>er wordt een bewerkingsobject verwacht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shared table in sync schema %2</source>
        <translation>&apos;%1&apos; is geen gedeelde tabel in synchronisatieschema %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not insert, update or delete</source>
        <translation>&apos;%1&apos; is geen insert, update of delete</translation>
    </message>
    <message>
        <source>a delete carries only {&quot;deleted&quot;: {&quot;old&quot;: false, &quot;new&quot;: true}}</source>
        <translation>een verwijdering (delete) bevat alleen {&quot;deleted&quot;: {&quot;old&quot;: false, &quot;new&quot;: true}}</translation>
    </message>
    <message>
        <source>an insert or update changes at least one field</source>
        <translation>een insert of update wijzigt minstens één veld</translation>
    </message>
    <message>
        <source>an insert has base version 0</source>
        <translation>een insert heeft basisversie 0</translation>
    </message>
    <message>
        <source>a record object is expected</source>
        <translation>er wordt een recordobject verwacht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shared table</source>
        <translation>&apos;%1&apos; is geen gedeelde tabel</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; is not a field</source>
        <translation>&quot;deleted&quot; is geen veld</translation>
    </message>
    <message>
        <source>not a shared table (sync schema %1)</source>
        <translation>geen gedeelde tabel (synchronisatieschema %1)</translation>
    </message>
    <message>
        <source>not a field of this table in sync schema %1</source>
        <translation>geen veld van deze tabel in synchronisatieschema %1</translation>
    </message>
    <message>
        <source>value of the wrong type</source>
        <translation>waarde van het verkeerde type</translation>
    </message>
    <message>
        <source>speaks sync protocol %1, this program speaks %2: both must run the same version of Atlas Territoires</source>
        <translation>gebruikt synchronisatieprotocol %1, dit programma protocol %2: beide moeten dezelfde versie van Atlas Territoires draaien</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MarkObservationTool</name>
    <message>
        <source>This place cannot be expressed in longitude and latitude (%1).</source>
        <translation>Deze plek kan niet in lengte- en breedtegraad uitgedrukt worden (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MediathequeDock</name>
    <message>
        <source>Import photos and documents</source>
        <translation>Foto&apos;s en documenten importeren</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation>Foto&apos;s en documenten (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop photos here: geotagged ones become landmark fiches.</source>
        <translation>Sleep foto&apos;s hierheen: foto&apos;s met GPS-positie worden herkenningspuntfiches.</translation>
    </message>
    <message>
        <source>looking %1°</source>
        <translation>kijkrichting %1°</translation>
    </message>
    <message>
        <source>Fiches: %1</source>
        <translation>Fiches: %1</translation>
    </message>
    <message>
        <source>Mediatheque</source>
        <translation>Mediatheek</translation>
    </message>
    <message>
        <source>Search file names, titles, captions…</source>
        <translation>Zoeken in bestandsnamen, titels, bijschriften…</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Alle media</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>Documenten (PDF)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Place geotagged photos as landmark fiches</source>
        <translation>Foto&apos;s met GPS-positie als herkenningspuntfiches plaatsen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Edit the title, caption, credits, licence and date of the chosen file</source>
        <translation>Titel, bijschrift, credits, licentie en datum van het gekozen bestand wijzigen</translation>
    </message>
    <message>
        <source>Web links</source>
        <translation>Weblinks</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationFormDialog</name>
    <message>
        <source>New observation</source>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Thema toevoegen…</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Gedateerd</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>filled in from the boundaries layer</source>
        <translation>ingevuld uit de grenzenlaag</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>niet geplaatst</translation>
    </message>
    <message>
        <source>line or area</source>
        <translation>lijn of vlak</translation>
    </message>
    <message>
        <source>Attach photos or documents…</source>
        <translation>Foto&apos;s of documenten toevoegen…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Foto&apos;s of documenten toevoegen</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation>Foto&apos;s en documenten (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <source>Related fiches</source>
        <translation>Gekoppelde fiches</translation>
    </message>
    <message>
        <source>Add a web link…</source>
        <translation>Weblink toevoegen…</translation>
    </message>
    <message>
        <source>Add a web link</source>
        <translation>Weblink toevoegen</translation>
    </message>
    <message>
        <source>Address (http or https)</source>
        <translation>Adres (http of https)</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>“%1” is geen webadres (http of https).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationListModel</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Alleen lokaal</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Herkenningspunt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Procedure &amp; action</source>
        <translation>Aanpak &amp; actie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architectuur</translation>
    </message>
    <message>
        <source>Urbanism</source>
        <translation>Stedenbouw</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landschap</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Erfgoed</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>Publieke ruimte</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationsDock</name>
    <message numerus="yes">
        <source>%n fiche(s), the first %1 shown</source>
        <translation>
            <numerusform>%n fiche, de eerste %1 getoond</numerusform>
            <numerusform>%n fiches, de eerste %1 getoond</numerusform>
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
        <translation>Kies een fiche in de lijst, of markeer een nieuwe op de kaart.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thema&apos;s:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Trefwoorden:</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <source>Search titles, descriptions, tags, captions (FR/NL)…</source>
        <translation>Zoeken in titels, beschrijvingen, trefwoorden, bijschriften (FR/NL)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>from: any date</source>
        <translation>van: elke datum</translation>
    </message>
    <message>
        <source>to: any date</source>
        <translation>tot: elke datum</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Markeren op de kaart</translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation>Klik op de kaart om een nieuwe fiche te plaatsen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Related fiches:</source>
        <translation>Gekoppelde fiches:</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatoryFeature</name>
    <message>
        <source>Observatory</source>
        <translation>Observatorium</translation>
    </message>
    <message>
        <source>&amp;Observatory</source>
        <translation>&amp;Observatorium</translation>
    </message>
    <message>
        <source>&amp;Mark observation</source>
        <translation>Waarneming &amp;markeren</translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation>Klik op de kaart om een nieuwe fiche te plaatsen</translation>
    </message>
    <message>
        <source>Observations panel</source>
        <translation>Paneel waarnemingen</translation>
    </message>
    <message>
        <source>Mediatheque panel</source>
        <translation>Paneel mediatheek</translation>
    </message>
    <message>
        <source>The atlas has no polygon layer of its own: import one (communes, districts…) first.</source>
        <translation>De atlas heeft geen eigen vlakkenlaag: importeer er eerst een (gemeenten, deelgemeenten…).</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Polygon layer naming the communes:</source>
        <translation>Vlakkenlaag die de gemeenten benoemt:</translation>
    </message>
    <message>
        <source>The layer %1 has no text field to name the communes.</source>
        <translation>De laag %1 heeft geen tekstveld om de gemeenten te benoemen.</translation>
    </message>
    <message>
        <source>Field with the commune name:</source>
        <translation>Veld met de naam van de gemeente:</translation>
    </message>
    <message>
        <source>Communes from layer…</source>
        <translation>Gemeenten uit laag…</translation>
    </message>
    <message>
        <source>This shape cannot be expressed in longitude and latitude (%1).</source>
        <translation>Deze vorm kan niet in lengte- en breedtegraad uitgedrukt worden (%1).</translation>
    </message>
    <message>
        <source>Mark observation as &amp;line</source>
        <translation>Waarneming als &amp;lijn markeren</translation>
    </message>
    <message>
        <source>Click the vertices of a route or an edge; double-click ends</source>
        <translation>Klik de hoekpunten van een route of rand; dubbelklik beëindigt</translation>
    </message>
    <message>
        <source>Mark observation as &amp;area</source>
        <translation>Waarneming als &amp;gebied markeren</translation>
    </message>
    <message>
        <source>Click the corners of a site or a zone; double-click ends</source>
        <translation>Klik de hoeken van een site of zone; dubbelklik beëindigt</translation>
    </message>
    <message>
        <source>fiche %1 (not in this atlas)</source>
        <translation>fiche %1 (niet in deze atlas)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatorySession</name>
    <message numerus="yes">
        <source>%n media file(s) could not be copied to %1</source>
        <translation>
            <numerusform>%n mediabestand kon niet naar %1 gekopieerd worden</numerusform>
            <numerusform>%n mediabestanden konden niet naar %1 gekopieerd worden</numerusform>
        </translation>
    </message>
    <message>
        <source>no atlas is open</source>
        <translation>er is geen atlas geopend</translation>
    </message>
</context>
<context>
    <name>atlas::ui</name>
    <message>
        <source>Add feature to %1</source>
        <translation>Object toevoegen aan %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s) from %1</source>
        <translation>
            <numerusform>%n object uit %1 verwijderen</numerusform>
            <numerusform>%n objecten uit %1 verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the details of %1</source>
        <translation>Details van %1 wijzigen</translation>
    </message>
    <message>
        <source>No atlas is open.</source>
        <translation>Er is geen atlas geopend.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation>
            <numerusform>%n object splitsen</numerusform>
            <numerusform>%n objecten splitsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n feature(s)</source>
        <translation>
            <numerusform>%n object samenvoegen</numerusform>
            <numerusform>%n objecten samenvoegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeFormDialog</name>
    <message>
        <source>New feature in %1</source>
        <translation>Nieuw object in %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid value</source>
        <translation>%1: &apos;%2&apos; is geen geldige waarde</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddPointTool</name>
    <message>
        <source>The point cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>Het punt kan niet in het CRS van de kaartlaag geplaatst worden (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MeasureTool</name>
    <message>
        <source>Click to start measuring a distance</source>
        <translation>Klik om te beginnen met het meten van een afstand</translation>
    </message>
    <message>
        <source>Click to start measuring an area</source>
        <translation>Klik om te beginnen met het meten van een oppervlakte</translation>
    </message>
    <message>
        <source>%1 (perimeter %2)</source>
        <translation>%1 (omtrek %2)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MeasureActions</name>
    <message>
        <source>Measure &amp;distance</source>
        <translation>&amp;Afstand meten</translation>
    </message>
    <message>
        <source>Click points on the map, double-click to finish (on the ellipsoid)</source>
        <translation>Klik punten aan op de kaart, dubbelklik om te eindigen (gemeten op de ellipsoïde)</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>&amp;Oppervlakte meten</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to finish (on the ellipsoid)</source>
        <translation>Klik de hoekpunten van een oppervlakte aan, dubbelklik om te eindigen (gemeten op de ellipsoïde)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PrintActions</name>
    <message>
        <source>&amp;Print map…</source>
        <translation>Kaart af&amp;drukken…</translation>
    </message>
    <message>
        <source>Lay the current view out on a page with legend and scale, as PDF or PNG</source>
        <translation>Het huidige kaartbeeld op een pagina zetten met legende en schaal, als PDF of PNG</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PrintMapDialog</name>
    <message>
        <source>Print map</source>
        <translation>Kaart afdrukken</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Ondertitel:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Bronnen:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>PNG image, 300 dpi</source>
        <translation>PNG-afbeelding, 300 dpi</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Scale &amp;bar</source>
        <translation>&amp;Schaalbalk</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Noordpijl</translation>
    </message>
    <message>
        <source>O&amp;verview map (inset)</source>
        <translation>O&amp;verzichtskaartje (inzet)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>Save the map sheet</source>
        <translation>Kaartblad opslaan</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file the map sheet is written to.</source>
        <translation>Kies het bestand waarin het kaartblad wordt geschreven.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Map sheet written to %1</source>
        <translation>Kaartblad geschreven naar %1</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was written.</source>
        <translation>Afdrukken geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The map sheet could not be written: %1</source>
        <translation>Het kaartblad kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivitiesDock</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Zonder datum</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Filter by title, organisation, people…</source>
        <translation>Filteren op titel, organisatie, personen…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Niet groeperen</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Groeperen op status</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Groeperen op type</translation>
    </message>
    <message>
        <source>Group by year</source>
        <translation>Groeperen op jaar</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PublicationsDock</name>
    <message>
        <source>New publication</source>
        <translation>Nieuwe publicatie</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sectie %1</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaties</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>&amp;Sectie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Drag the sections to change their order</source>
        <translation>Sleep de secties om hun volgorde te wijzigen</translation>
    </message>
    <message>
        <source>Folder of the story page</source>
        <translation>Map van de verhaalpagina</translation>
    </message>
    <message>
        <source>Exporting the story page…</source>
        <translation>Verhaalpagina wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation>Exporteren als webpagina</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>&amp;Export as web page…</source>
        <translation>&amp;Exporteren als webpagina…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>atlas::ui::EditingActions</name>
    <message>
        <source>Choose a layer in the Layers panel first.</source>
        <translation>Kies eerst een laag in het paneel Lagen.</translation>
    </message>
    <message>
        <source>Feature not added</source>
        <translation>Object niet toegevoegd</translation>
    </message>
    <message>
        <source>Feature added. Undo with %1.</source>
        <translation>Object toegevoegd. Ongedaan maken met %1.</translation>
    </message>
    <message>
        <source>Click the vertices; double-click or Enter ends, Backspace removes the last one, Esc starts over.</source>
        <translation>Klik de hoekpunten; dubbelklik of Enter beëindigt, Backspace verwijdert het laatste, Esc begint opnieuw.</translation>
    </message>
    <message>
        <source>Click on the map to place it; Esc leaves the tool.</source>
        <translation>Klik op de kaart om het te plaatsen; Esc verlaat het gereedschap.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Add feature</source>
        <translation>Object &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;rectangle</source>
        <translation>&amp;Rechthoek toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;circle</source>
        <translation>&amp;Cirkel toevoegen</translation>
    </message>
    <message>
        <source>Click the vertices, Shift+click to start a hole; double-click or Enter ends, Backspace removes the last one, Esc starts over.</source>
        <translation>Klik de hoekpunten, Shift+klik om een gat te beginnen; dubbelklik of Enter beëindigt, Backspace verwijdert het laatste, Esc begint opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is not a vector layer; choose one to draw in it.</source>
        <translation>‘%1’ is geen vectorlaag; kies er een om erin te tekenen.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddFeatureTool</name>
    <message>
        <source>The shape cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>De vorm kan niet in het CRS van de laag geplaatst worden (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::FeatureTableModel</name>
    <message>
        <source>The layer&apos;s features cannot be read.</source>
        <translation>De objecten van de laag kunnen niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeTableDock</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the features…</source>
        <translation>Objecten worden gelezen…</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3 read)</source>
        <translation>%1 (de eerste %2 van %3 gelezen)</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Attributentabel</translation>
    </message>
    <message>
        <source>Attributes of “%1”</source>
        <translation>Attributen van “%1”</translation>
    </message>
    <message>
        <source>Filter: text in any field…</source>
        <translation>Filter: tekst in eender welk veld…</translation>
    </message>
    <message>
        <source>Zoom to the selected features</source>
        <translation>Zoomen naar de geselecteerde objecten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>De selectie wissen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeTableFeature</name>
    <message numerus="yes">
        <source>%n feature(s) deleted.</source>
        <translation>
            <numerusform>%n object verwijderd.</numerusform>
            <numerusform>%n objecten verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vector layer in the Layers panel first.</source>
        <translation>Kies eerst een vectorlaag in het paneel Lagen.</translation>
    </message>
    <message>
        <source>&amp;Attribute table</source>
        <translation>&amp;Attributentabel</translation>
    </message>
    <message>
        <source>Open the table of the current layer&apos;s features</source>
        <translation>De tabel met de objecten van de huidige laag openen</translation>
    </message>
    <message>
        <source>&amp;Select features</source>
        <translation>Objecten &amp;selecteren</translation>
    </message>
    <message>
        <source>Click or drag on the map to select features of the table&apos;s layer; Shift adds</source>
        <translation>Klik of sleep op de kaart om objecten van de laag van de tabel te selecteren; Shift voegt toe</translation>
    </message>
    <message>
        <source>Features not deleted</source>
        <translation>Objecten niet verwijderd</translation>
    </message>
    <message>
        <source>Delete the selected features</source>
        <translation>De geselecteerde objecten verwijderen</translation>
    </message>
    <message>
        <source>Select by &amp;polygon</source>
        <translation>Selecteren met &amp;polygoon</translation>
    </message>
    <message>
        <source>Draw a polygon on the map to select the features of the table&apos;s layer it meets; Shift adds</source>
        <translation>Een polygoon op de kaart tekenen om de objecten van de laag van de tabel te selecteren die hij raakt; Shift voegt toe</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>the layer has no field of that name (fields: %1)</source>
        <translation>de laag heeft geen veld met die naam (velden: %1)</translation>
    </message>
    <message>
        <source>the field has more than %1 distinct values; use a graduated style or another field</source>
        <translation>het veld heeft meer dan %1 verschillende waarden; gebruik een stijl met klassen of een ander veld</translation>
    </message>
    <message>
        <source>the field has no values to categorize (all NULL or no features)</source>
        <translation>het veld heeft geen waarden om te categoriseren (alle NULL of geen objecten)</translation>
    </message>
    <message>
        <source>the number of classes must be from 1 to 32</source>
        <translation>het aantal klassen moet tussen 1 en 32 liggen</translation>
    </message>
    <message>
        <source>the value '%1' is not a number; graduated styles need a numeric field</source>
        <translation>de waarde ‘%1’ is geen getal; een stijl met klassen vraagt een numeriek veld</translation>
    </message>
    <message>
        <source>the field has no values to classify (all NULL or no features)</source>
        <translation>het veld heeft geen waarden om in te delen (alle NULL of geen objecten)</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Overige waarden</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Categorized by %1</source>
        <translation>Gecategoriseerd op %1</translation>
    </message>
    <message>
        <source>Graduated by %1</source>
        <translation>In klassen op %1</translation>
    </message>
    <message>
        <source>Colours from %1 (left) to %2 (right)</source>
        <translation>Kleuren van %1 (links) tot %2 (rechts)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ThematicStyleEditor</name>
    <message>
        <source>Single symbol</source>
        <translation>Enkel symbool</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Gecategoriseerd</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>In klassen</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Kwantielen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Indelen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Double-click a colour to change it</source>
        <translation>Dubbelklik op een kleur om ze te wijzigen</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Kleur volgens</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Kleurverloop</translation>
    </message>
    <message>
        <source>Reading the values of “%1”…</source>
        <translation>De waarden van ‘%1’ worden gelezen…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncDock</name>
    <message>
        <source>Login failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://</source>
        <translation>Het serveradres moet beginnen met http:// of https://</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Vul uw accountnaam in.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Logged in, but the account is in no working group.</source>
        <translation>Aangemeld, maar het account hoort bij geen enkele werkgroep.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>Open an atlas first.</source>
        <translation>Open eerst een atlas.</translation>
    </message>
    <message>
        <source>Log in to the server first.</source>
        <translation>Meld u eerst aan bij de server.</translation>
    </message>
    <message>
        <source>Choose a working group.</source>
        <translation>Kies een werkgroep.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Annuleren na de huidige stap…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent, </source>
        <translation>
            <numerusform>%n wijziging verzonden, </numerusform>
            <numerusform>%n wijzigingen verzonden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received, </source>
        <translation>
            <numerusform>%n ontvangen, </numerusform>
            <numerusform>%n ontvangen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n nieuw conflict.</numerusform>
            <numerusform>%n nieuwe conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; what was done is kept (%1)</source>
        <translation>Synchronisatie geannuleerd; wat al gedaan is, blijft behouden (%1)</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Offline: the next automatic sync waits for the network.</source>
        <translation>Offline: de volgende automatische synchronisatie wacht op het netwerk.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Te bekijken conflicten</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sync automatically when online</source>
        <translation>Automatisch synchroniseren wanneer online</translation>
    </message>
    <message>
        <source>No keychain service is available: the password is kept in memory for this session only and asked again next time.</source>
        <translation>Er is geen sleutelhanger beschikbaar: het wachtwoord blijft alleen voor deze sessie in het geheugen en wordt de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the atlas file.</source>
        <translation>Bewaard in de sleutelhanger van het systeem, nooit in het atlasbestand.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncWorker</name>
    <message>
        <source>Log in to the server first.</source>
        <translation>Meld u eerst aan bij de server.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncConflictsView</name>
    <message>
        <source>Title (French)</source>
        <translation>Titel (Frans)</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Beschrijving (Frans)</translation>
    </message>
    <message>
        <source>Description (Dutch)</source>
        <translation>Beschrijving (Nederlands)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Trefwoorden</translation>
    </message>
    <message>
        <source>Linked fiches</source>
        <translation>Gekoppelde fiches</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(a shape)</source>
        <translation>(een vorm)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn waarde</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn waarde behouden</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Hun waarde behouden</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SectionEditor</name>
    <message>
        <source>(missing from the mediatheque)</source>
        <translation>(ontbreekt in de mediatheek)</translation>
    </message>
    <message>
        <source>No map view: the map stays where the reader left it.</source>
        <translation>Geen kaartbeeld: de kaart blijft waar de lezer ze liet.</translation>
    </message>
    <message>
        <source>Map view: %1 layers shown, %2 fiches highlighted, centre %3 (%4)</source>
        <translation>Kaartbeeld: %1 lagen getoond, %2 fiches gemarkeerd, middelpunt %3 (%4)</translation>
    </message>
    <message>
        <source>Title (FR)</source>
        <translation>Titel (FR)</translation>
    </message>
    <message>
        <source>Title (NL)</source>
        <translation>Titel (NL)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Link address (https://…)</source>
        <translation>Adres van de link (https://…)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Makes the selected text a link to this address</source>
        <translation>Maakt van de geselecteerde tekst een link naar dit adres</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Media of the mediatheque</source>
        <translation>Media van de mediatheek</translation>
    </message>
    <message>
        <source>Capture map view</source>
        <translation>Kaartbeeld vastleggen</translation>
    </message>
    <message>
        <source>The map's extent, visible layers and selected fiche become this section's view</source>
        <translation>De uitsnede van de kaart, de zichtbare lagen en de geselecteerde fiche worden het beeld van deze sectie</translation>
    </message>
    <message>
        <source>No view</source>
        <translation>Geen beeld</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>Sectie opslaan</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivitiesFeature</name>
    <message>
        <source>This place cannot be expressed in longitude and latitude (%1).</source>
        <translation>Deze plaats kan niet in lengte- en breedtegraad worden uitgedrukt (%1).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivityFormDialog</name>
    <message>
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <translation>Punt op %1, %2</translation>
    </message>
    <message>
        <source>Unreadable location</source>
        <translation>Onleesbare locatie</translation>
    </message>
    <message>
        <source>Area of %1 points around %2, %3</source>
        <translation>Gebied van %1 punten rond %2, %3</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Title (&amp;FR):</source>
        <translation>Titel (&amp;FR):</translation>
    </message>
    <message>
        <source>Title (&amp;NL):</source>
        <translation>Titel (&amp;NL):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma's</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <source>Point on the map</source>
        <translation>Punt op de kaart</translation>
    </message>
    <message>
        <source>Area on the map</source>
        <translation>Gebied op de kaart</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Gekoppeld aan:</translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaties</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>IGN Plan (France)</source>
        <translation>IGN-plan (Frankrijk)</translation>
    </message>
    <message>
        <source>© IGN – Géoplateforme</source>
        <translation>© IGN – Géoplateforme</translation>
    </message>
    <message>
        <source>IGN aerial photos (France)</source>
        <translation>IGN-luchtfoto’s (Frankrijk)</translation>
    </message>
    <message>
        <source>GRB base map (Flanders)</source>
        <translation>GRB-basiskaart (Vlaanderen)</translation>
    </message>
    <message>
        <source>© Digitaal Vlaanderen</source>
        <translation>© Digitaal Vlaanderen</translation>
    </message>
    <message>
        <source>Aerial photos (Flanders)</source>
        <translation>Luchtfoto’s (Vlaanderen)</translation>
    </message>
    <message>
        <source>not an MBTiles file: it needs the tables metadata and tiles</source>
        <translation>geen MBTiles-bestand: de tabellen metadata en tiles ontbreken</translation>
    </message>
    <message>
        <source>vector tiles (pbf) cannot be shown as a basemap; use PNG or JPEG tiles</source>
        <translation>vectortegels (pbf) kunnen geen achtergrondkaart zijn; gebruik PNG- of JPEG-tegels</translation>
    </message>
    <message>
        <source>no basemap preset of that name (presets: %1)</source>
        <translation>geen vooraf ingestelde achtergrondkaart met die naam (beschikbaar: %1)</translation>
    </message>
    <message>
        <source>the deepest zoom level must be from 0 to 24</source>
        <translation>het diepste zoomniveau moet tussen 0 en 24 liggen</translation>
    </message>
</context>
<context>
    <name>atlas::core</name>
    <message>
        <source>a tile URL starts with http:// or https://</source>
        <translation>een tegel-URL begint met http:// of https://</translation>
    </message>
    <message>
        <source>the tile URL has no server name</source>
        <translation>de tegel-URL heeft geen servernaam</translation>
    </message>
    <message>
        <source>the tile URL needs the placeholders {z}, {x} and {y} (%1 is missing)</source>
        <translation>de tegel-URL moet {z}, {x} en {y} bevatten (%1 ontbreekt)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerListModel</name>
    <message>
        <source>Basemap from the file %1</source>
        <translation>Achtergrondkaart uit het bestand %1</translation>
    </message>
    <message>
        <source>Basemap from the tile service %1 (fetched when shown, kept on disk)</source>
        <translation>Achtergrondkaart van de tegeldienst %1 (geladen bij weergave, op schijf bewaard)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddBasemapDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation>Achtergrondkaart toevoegen</translation>
    </message>
    <message>
        <source>Other tile service (XYZ URL)</source>
        <translation>Andere tegeldienst (XYZ-URL)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>MBTiles-bestand (offline)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Bronvermelding:</translation>
    </message>
    <message>
        <source>Deepest zoom level:</source>
        <translation>Diepste zoomniveau:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>The tiles are read from the file: no network is used.</source>
        <translation>De tegels worden uit het bestand gelezen: er wordt geen netwerk gebruikt.</translation>
    </message>
    <message>
        <source>Tiles are fetched from the internet when the map shows them and kept on disk, so places already seen still show offline. The attribution is drawn on the map.</source>
        <translation>Tegels worden van het internet geladen wanneer de kaart ze toont en op schijf bewaard, zodat al bekeken plaatsen ook offline zichtbaar blijven. De bronvermelding staat op de kaart.</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>MBTiles-bestand</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Read layers</source>
        <translation>Lagen lezen</translation>
    </message>
    <message>
        <source>WMTS service (capabilities URL)</source>
        <translation>WMTS-dienst (capabilities-URL)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>WMTS layer:</source>
        <translation>WMTS-laag:</translation>
    </message>
    <message>
        <source>read the service's layers first (Read layers)</source>
        <translation>lees eerst de lagen van de dienst (Lagen lezen)</translation>
    </message>
    <message>
        <source>Reading the layers of the service…</source>
        <translation>De lagen van de dienst worden gelezen…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>&amp;Achtergrondkaart toevoegen…</translation>
    </message>
    <message>
        <source>A map or aerial photos under the layers: public tile services or an MBTiles file</source>
        <translation>Een kaart of luchtfoto’s onder de lagen: openbare tegeldiensten of een MBTiles-bestand</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>cannot build the overviews</source>
        <translation>kan de overzichten niet opbouwen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RelatedFichesEditor</name>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Search a fiche to link…</source>
        <translation>Zoek een fiche om te koppelen…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MediaDetailsDialog</name>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Media details</source>
        <translation>Mediagegevens</translation>
    </message>
    <message>
        <source>photographer, organisation…</source>
        <translation>fotograaf, organisatie…</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Alle rechten voorbehouden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Opnamedatum</translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformActions</name>
    <message>
        <source>&amp;Move features</source>
        <translation>Objecten &amp;verplaatsen</translation>
    </message>
    <message>
        <source>R&amp;otate features</source>
        <translation>Objecten &amp;draaien</translation>
    </message>
    <message>
        <source>Features not changed</source>
        <translation>Objecten niet gewijzigd</translation>
    </message>
    <message>
        <source>Done. Undo with %1.</source>
        <translation>Klaar. Ongedaan maken met %1.</translation>
    </message>
    <message>
        <source>Drag the selected features, or the one under the cursor, to move them; Esc drops the drag.</source>
        <translation>Sleep de geselecteerde objecten, of het object onder de cursor, om ze te verplaatsen; Esc breekt af.</translation>
    </message>
    <message>
        <source>Drag around the features&apos; centre to turn them; Esc drops the drag.</source>
        <translation>Sleep rond het midden van de objecten om ze te draaien; Esc breekt af.</translation>
    </message>
    <message>
        <source>Click a feature, then drag its vertices; double-click an edge to add one, right-click or Delete removes one.</source>
        <translation>Klik op een object en sleep zijn hoekpunten; dubbelklik op een zijde om er een toe te voegen, rechtsklik of Delete verwijdert er een.</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>&amp;Hoekpunten bewerken</translation>
    </message>
    <message>
        <source>&amp;Snap to layers</source>
        <translation>&amp;Kleven aan lagen</translation>
    </message>
    <message numerus="yes">
        <source>Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixel(s)</source>
        <translation>
            <numerusform>Teken- en hoekpuntgereedschap kleeft binnen %n pixel aan hoekpunten en zijden van zichtbare lagen</numerusform>
            <numerusform>Teken- en hoekpuntgereedschap kleeft binnen %n pixels aan hoekpunten en zijden van zichtbare lagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformFeaturesTool</name>
    <message>
        <source>Feature %1 cannot be placed there in the layer&apos;s CRS (%2).</source>
        <translation>Object %1 kan daar niet geplaatst worden in het CRS van de laag (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>%n object verplaatsen</numerusform>
            <numerusform>%n objecten verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n feature(s)</source>
        <translation>
            <numerusform>%n object draaien</numerusform>
            <numerusform>%n objecten draaien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::NewLayerDialog</name>
    <message>
        <source>Remove field</source>
        <translation>Veld verwijderen</translation>
    </message>
    <message>
        <source>New layer</source>
        <translation>Nieuwe laag</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Polygonen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices (separated by |)</source>
        <translation>Keuzes (gescheiden door |)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>Attribute fields</source>
        <translation>Attribuutvelden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Geheel getal</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Reëel getal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/nee</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Keuzelijst</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ImportLayersDialog</name>
    <message>
        <source>Import into the atlas — %1</source>
        <translation>In de atlas importeren — %1</translation>
    </message>
    <message>
        <source>the name of each layer</source>
        <translation>de naam van elke laag</translation>
    </message>
    <message>
        <source>keep the file&apos;s CRS (or e.g. EPSG:2154)</source>
        <translation>het CRS van het bestand behouden (of bv. EPSG:2154)</translation>
    </message>
    <message>
        <source>Automatic (.cpg, code page, else UTF-8 or Latin-1)</source>
        <translation>Automatisch (.cpg, codepagina, anders UTF-8 of Latin-1)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>New layer name</source>
        <translation>Naam van de nieuwe laag</translation>
    </message>
    <message>
        <source>Transform to CRS</source>
        <translation>Omzetten naar CRS</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Tekstcodering</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportLayerDialog</name>
    <message>
        <source>CSV: X and Y columns instead of WKT (points)</source>
        <translation>CSV: X- en Y-kolommen in plaats van WKT (punten)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <source>keep the layer&apos;s CRS (or e.g. EPSG:4326)</source>
        <translation>het CRS van de laag behouden (of bv. EPSG:4326)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;CSV (*.csv);;FlatGeobuf (*.fgb);;DXF (*.dxf)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;CSV (*.csv);;FlatGeobuf (*.fgb);;DXF (*.dxf)</translation>
    </message>
    <message>
        <source>Name the file with .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf</source>
        <translation>Geef het bestand de extensie .gpkg, .geojson, .shp, .kml, .csv, .fgb of .dxf</translation>
    </message>
    <message numerus="yes">
        <source>Selected features only (%n)</source>
        <translation>
            <numerusform>Alleen geselecteerde objecten (%n)</numerusform>
            <numerusform>Alleen geselecteerde objecten (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerDataActions</name>
    <message>
        <source>Layer “%1” created; draw in it with Edit › Add feature.</source>
        <translation>Laag “%1” aangemaakt; teken erin met Bewerken › Object toevoegen.</translation>
    </message>
    <message>
        <source>Import into the atlas</source>
        <translation>In de atlas importeren</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.dxf *.tab *.mif);;All files (*)</source>
        <translation>Vectorgegevens (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.dxf *.tab *.mif);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 has no vector layer to import.</source>
        <translation>%1 heeft geen vectorlaag om te importeren.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Import cancelled; the atlas is as it was.</source>
        <translation>Import geannuleerd; de atlas is ongewijzigd.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 exporteren…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>Choose a vector layer in the Layers panel first.</source>
        <translation>Kies eerst een vectorlaag in het paneel Lagen.</translation>
    </message>
    <message>
        <source>&amp;New layer…</source>
        <translation>&amp;Nieuwe laag…</translation>
    </message>
    <message>
        <source>&amp;Import into atlas…</source>
        <translation>In atlas &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport layer…</source>
        <translation>Laag e&amp;xporteren…</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n feature(s)</source>
        <translation>
            <numerusform>“%1”: %n object</numerusform>
            <numerusform>“%1”: %n objecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) written to %1</source>
        <translation>
            <numerusform>%n object geschreven naar %1</numerusform>
            <numerusform>%n objecten geschreven naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::VertexTool</name>
    <message>
        <source>Remove vertex</source>
        <translation>Hoekpunt verwijderen</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Hoekpunt verplaatsen</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>Hoekpunt toevoegen</translation>
    </message>
    <message>
        <source>That vertex cannot go: a line keeps two vertices and a ring three corners.</source>
        <translation>Dat hoekpunt kan niet weg: een lijn houdt twee hoekpunten en een ring drie hoeken.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ClipboardActions</name>
    <message>
        <source>Features not copied</source>
        <translation>Objecten niet gekopieerd</translation>
    </message>
    <message>
        <source>Features not pasted</source>
        <translation>Objecten niet geplakt</translation>
    </message>
    <message>
        <source>Select features in the attribute table or on the map first.</source>
        <translation>Selecteer eerst objecten in de attributentabel of op de kaart.</translation>
    </message>
    <message>
        <source>Copy features first.</source>
        <translation>Kopieer eerst objecten.</translation>
    </message>
    <message>
        <source>&amp;Copy features</source>
        <translation>Objecten &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste features</source>
        <translation>Objecten &amp;plakken</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) copied from %1</source>
        <translation>
            <numerusform>%n object gekopieerd uit %1</numerusform>
            <numerusform>%n objecten gekopieerd uit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s) into %1</source>
        <translation>
            <numerusform>%n object in %1 plakken</numerusform>
            <numerusform>%n objecten in %1 plakken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) pasted into %1</source>
        <translation>
            <numerusform>%n object geplakt in %1</numerusform>
            <numerusform>%n objecten geplakt in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::FeatureEditSketchTool</name>
    <message>
        <source>The shape cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>De vorm kan niet in het CRS van de laag worden geplaatst (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddRingTool</name>
    <message>
        <source>Start the ring inside a polygon of the layer, or select the polygon first.</source>
        <translation>Begin de ring binnen een polygoon van de laag, of selecteer eerst de polygoon.</translation>
    </message>
    <message>
        <source>Add a ring to feature %1</source>
        <translation>Een ring toevoegen aan object %1</translation>
    </message>
    <message>
        <source>The ring cannot be cut: %1.</source>
        <translation>De ring kan niet worden uitgesneden: %1.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SplitFeaturesTool</name>
    <message>
        <source>Feature %1 cannot be split: %2.</source>
        <translation>Object %1 kan niet worden gesplitst: %2.</translation>
    </message>
    <message>
        <source>The line does not cross any line or polygon of the layer; draw it right across.</source>
        <translation>De lijn kruist geen enkele lijn of polygoon van de laag; teken haar er helemaal doorheen.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SplitMergeActions</name>
    <message>
        <source>Draw a ring inside a polygon to cut a hole in it</source>
        <translation>Een ring binnen een polygoon tekenen om er een gat in te snijden</translation>
    </message>
    <message>
        <source>Only polygons take rings.</source>
        <translation>Alleen polygonen krijgen ringen.</translation>
    </message>
    <message>
        <source>Draw a line across the selected lines or polygons (or any it crosses) to split them</source>
        <translation>Een lijn door de geselecteerde lijnen of polygonen (of alle die ze kruist) tekenen om ze te splitsen</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Alleen lijnen en polygonen kunnen worden gesplitst.</translation>
    </message>
    <message>
        <source>Select two features or more of the current layer in its table or on the map</source>
        <translation>Selecteer twee of meer objecten van de huidige laag in haar tabel of op de kaart</translation>
    </message>
    <message>
        <source>Click the ring&apos;s vertices inside the polygon; double-click or Enter cuts the hole, Esc starts over.</source>
        <translation>Klik de hoekpunten van de ring binnen de polygoon; dubbelklik of Enter snijdt het gat uit, Esc begint opnieuw.</translation>
    </message>
    <message>
        <source>Click the split line&apos;s vertices right across the features; double-click or Enter splits, Esc starts over.</source>
        <translation>Klik de hoekpunten van de splitslijn dwars door de objecten; dubbelklik of Enter splitst, Esc begint opnieuw.</translation>
    </message>
    <message>
        <source>No hole cut</source>
        <translation>Geen gat uitgesneden</translation>
    </message>
    <message>
        <source>Nothing split</source>
        <translation>Niets gesplitst</translation>
    </message>
    <message>
        <source>Done. Undo with %1.</source>
        <translation>Klaar. Ongedaan maken met %1.</translation>
    </message>
    <message>
        <source>Features not merged</source>
        <translation>Objecten niet samengevoegd</translation>
    </message>
    <message>
        <source>Add r&amp;ing</source>
        <translation>R&amp;ing toevoegen</translation>
    </message>
    <message>
        <source>S&amp;plit features</source>
        <translation>Objecten s&amp;plitsen</translation>
    </message>
    <message>
        <source>Mer&amp;ge selected features</source>
        <translation>Geselecteerde objecten samen&amp;voegen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MergeFeaturesDialog</name>
    <message>
        <source>Merge features of %1</source>
        <translation>Objecten van %1 samenvoegen</translation>
    </message>
    <message>
        <source>The merged feature keeps the id of feature %1 and the attributes of:</source>
        <translation>Het samengevoegde object behoudt de id van object %1 en de attributen van:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RasterStyleEditor</name>
    <message>
        <source>Own colours (RGB or grey)</source>
        <translation>Eigen kleuren (RGB of grijs)</translation>
    </message>
    <message>
        <source>Grey stretch</source>
        <translation>Uitgerekte grijstinten</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Kleurverloop</translation>
    </message>
    <message>
        <source>Hillshade</source>
        <translation>Reliëfschaduw</translation>
    </message>
    <message>
        <source>The band&apos;s own minimum and maximum</source>
        <translation>Minimum en maximum van de band</translation>
    </message>
    <message>
        <source>Read from the band</source>
        <translation>Uit de band lezen</translation>
    </message>
    <message>
        <source>Shade with the relief</source>
        <translation>Schaduw volgens het reliëf</translation>
    </message>
    <message>
        <source>Render as</source>
        <translation>Weergeven als</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Minimum, maximum</source>
        <translation>Minimum, maximum</translation>
    </message>
    <message>
        <source>Light from (azimuth)</source>
        <translation>Licht uit (azimut)</translation>
    </message>
    <message>
        <source>Light height (altitude)</source>
        <translation>Hoogte van het licht (hoogte)</translation>
    </message>
    <message>
        <source>Height exaggeration (z-factor)</source>
        <translation>Overdrijving van hoogten (z-factor)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RasterActions</name>
    <message>
        <source>Building the overviews of %1…</source>
        <translation>Overzichten van %1 worden opgebouwd…</translation>
    </message>
    <message>
        <source>Overviews cancelled; the raster is as it was.</source>
        <translation>Overzichten geannuleerd; het raster is ongewijzigd.</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>“%1”: overviews built, down to 1/%2 of the full size</source>
        <translation>„%1”: overzichten opgebouwd, tot 1/%2 van de volle grootte</translation>
    </message>
    <message>
        <source>“%1” is small enough to be read whole: no overview needed</source>
        <translation>„%1” is klein genoeg om in zijn geheel te lezen: geen overzicht nodig</translation>
    </message>
    <message>
        <source>Build &amp;overviews…</source>
        <translation>&amp;Overzichten opbouwen…</translation>
    </message>
    <message>
        <source>Build reduced copies of the raster layer so that it draws fast when zoomed out</source>
        <translation>Verkleinde kopieën van de rasterlaag opbouwen zodat ze snel getekend wordt bij uitzoomen</translation>
    </message>
    <message>
        <source>Build overviews?</source>
        <translation>Overzichten opbouwen?</translation>
    </message>
    <message>
        <source>“%1” is large (%2 × %3 pixels) and has no overviews: zoomed-out frames would read all of it. Build them now? (File › Build overviews… does it later.)</source>
        <translation>‘%1’ is groot (%2 × %3 pixels) en heeft geen overzichten: uitgezoomde beelden zouden alles lezen. Nu opbouwen? (Bestand › Overzichten opbouwen… doet het later.)</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>the icon %1 is not an SVG image that can be drawn</source>
        <translation>het pictogram %1 is geen SVG-afbeelding die getekend kan worden</translation>
    </message>
    <message>
        <source>the icon file %1 is missing</source>
        <translation>het pictogrambestand %1 ontbreekt</translation>
    </message>
    <message>
        <source>%1; its points are drawn as the marker shape</source>
        <translation>%1; de punten worden met de symboolvorm getekend</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ScaleRangeEdit</name>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>Hidden when zoomed in closer than this scale</source>
        <translation>Verborgen wanneer verder ingezoomd dan deze schaal</translation>
    </message>
    <message>
        <source>Hidden when zoomed out beyond this scale</source>
        <translation>Verborgen wanneer verder uitgezoomd dan deze schaal</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MarkerIconCombo</name>
    <message>
        <source>Church</source>
        <translation>Kerk</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Boom</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Vlag</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Speld</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Huis</translation>
    </message>
    <message>
        <source>Shape (no icon)</source>
        <translation>Vorm (geen pictogram)</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Choose an SVG icon</source>
        <translation>Kies een SVG-pictogram</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <source>Icon not usable</source>
        <translation>Pictogram onbruikbaar</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerStyleDialog</name>
    <message>
        <source>Solid</source>
        <translation>Doorgetrokken</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestreept</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Gestippeld</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Streep-punt</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimeter</translation>
    </message>
    <message>
        <source>Pixels are 1/96 inch, so sizes look the same on screen and on paper</source>
        <translation>Een pixel is 1/96 inch, zodat maten op scherm en papier gelijk zijn</translation>
    </message>
    <message>
        <source>Where labels of two layers collide, the higher priority is shown</source>
        <translation>Als labels van twee lagen overlappen, wint de hoogste prioriteit</translation>
    </message>
    <message>
        <source>Stroke style</source>
        <translation>Lijnstijl</translation>
    </message>
    <message>
        <source>Marker icon</source>
        <translation>Symboolpictogram</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Eenheid van maten</translation>
    </message>
    <message>
        <source>Label priority</source>
        <translation>Labelprioriteit</translation>
    </message>
    <message>
        <source>Labels shown</source>
        <translation>Labels getoond</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Vermenigvuldigen</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Scherm</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Bedekken</translation>
    </message>
    <message>
        <source>Darken</source>
        <translation>Donkerder maken</translation>
    </message>
    <message>
        <source>Lighten</source>
        <translation>Lichter maken</translation>
    </message>
    <message>
        <source>How the layer is laid over the layers below it</source>
        <translation>Hoe de laag over de onderliggende lagen valt</translation>
    </message>
    <message>
        <source>Blending</source>
        <translation>Overvloeien</translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation>Laag getoond</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
</TS>
