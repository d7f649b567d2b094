<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>atlas::gis</name>
    <message>
        <source>fiches not exported: %1</source>
        <translation>fiches non exportées : %1</translation>
    </message>
    <message>
        <source>Rendering tiles of %1</source>
        <translation>Rendu des tuiles de %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Writing the observations</source>
        <translation>Écriture des fiches</translation>
    </message>
    <message>
        <source>Writing the page</source>
        <translation>Écriture de la page</translation>
    </message>
    <message>
        <source>Finishing the bundle</source>
        <translation>Finalisation de la carte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>the folder is not empty and is not a map bundle; choose an empty folder</source>
        <translation>le dossier n’est pas vide et n’est pas une carte exportée ; choisissez un dossier vide</translation>
    </message>
    <message>
        <source>only fiches placed on a point are exported to the map for now</source>
        <translation>seules les fiches placées sur un point sont exportées sur la carte pour l’instant</translation>
    </message>
    <message>
        <source>photo not copied into the bundle</source>
        <translation>photo non copiée dans la carte exportée</translation>
    </message>
    <message>
        <source>missing coordinate reference system</source>
        <translation>système de coordonnées de référence manquant</translation>
    </message>
    <message>
        <source>cannot transform from %1 to %2: %3</source>
        <translation>impossible de transformer de %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot normalise axis order</source>
        <translation>impossible de normaliser l’ordre des axes</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>not a geographic file: no GDAL driver recognises its format</source>
        <translation>ce n’est pas un fichier géographique&#xa0;: aucun pilote GDAL ne reconnaît son format</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a geographic file: the image has no georeferencing</source>
        <translation>ce n’est pas un fichier géographique&#xa0;: l’image n’est pas géoréférencée</translation>
    </message>
    <message>
        <source>the file is damaged or truncated: %1</source>
        <translation>le fichier est endommagé ou tronqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a geographic file: it has no layer with geometries and no georeferenced raster</source>
        <translation>ce n’est pas un fichier géographique&#xa0;: il ne contient ni couche avec géométries, ni raster géoréférencé</translation>
    </message>
    <message>
        <source>not a raster file GDAL can read</source>
        <translation>ce n’est pas un fichier raster lisible par GDAL</translation>
    </message>
    <message>
        <source>the raster has no band</source>
        <translation>le raster n’a aucune bande</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot resample the raster</source>
        <translation>impossible de rééchantillonner le raster</translation>
    </message>
    <message>
        <source>cannot read the raster</source>
        <translation>impossible de lire le raster</translation>
    </message>
    <message>
        <source>not a vector file GDAL can read</source>
        <translation>ce n’est pas un fichier vecteur lisible par GDAL</translation>
    </message>
    <message>
        <source>the file has no vector layer</source>
        <translation>le fichier ne contient aucune couche vecteur</translation>
    </message>
    <message>
        <source>no layer of that name</source>
        <translation>aucune couche de ce nom</translation>
    </message>
    <message>
        <source>no vector layer of that name</source>
        <translation>aucune couche vecteur de ce nom</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>échec de l’importation</translation>
    </message>
    <message>
        <source>the layer cannot be read</source>
        <translation>impossible de lire la couche</translation>
    </message>
    <message>
        <source>written by a newer version of Atlas Territoires (schema %1, this one reads up to %2)</source>
        <translation>enregistré par une version plus récente d’Atlas Territoires (schéma %1, cette version lit jusqu’au schéma %2)</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>migration du schéma vers la version %1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an atlas</source>
        <translation>le fichier est vide (0 octet), ce n’est pas un atlas</translation>
    </message>
    <message>
        <source>not an atlas: %1</source>
        <translation>ce n’est pas un atlas&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an atlas: an SQLite file without atlas tables</source>
        <translation>ce n’est pas un atlas&#xa0;: fichier SQLite sans tables d’atlas</translation>
    </message>
    <message>
        <source>the atlas is damaged (integrity check failed)</source>
        <translation>l’atlas est endommagé (échec du contrôle d’intégrité)</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation>impossible de remplacer le fichier existant</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>not an atlas</source>
        <translation>ce n&apos;est pas un atlas</translation>
    </message>
    <message>
        <source>no such observation</source>
        <translation>fiche inexistante</translation>
    </message>
    <message>
        <source>an observation needs a UUID</source>
        <translation>une fiche doit avoir un UUID</translation>
    </message>
    <message>
        <source>the geometry is not valid WKB</source>
        <translation>la géométrie n&apos;est pas un WKB valide</translation>
    </message>
    <message>
        <source>no such media</source>
        <translation>média inexistant</translation>
    </message>
    <message>
        <source>no polygon layer of that name in the atlas</source>
        <translation>aucune couche de polygones de ce nom dans l&apos;atlas</translation>
    </message>
    <message>
        <source>the layer has no field &apos;%1&apos;</source>
        <translation>la couche n&apos;a pas de champ « %1 »</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>not %1: the content is %2</source>
        <translation>ce n’est pas %1&#xa0;: le contenu est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unsupported format: %1 (%2)</source>
        <translation>format non pris en charge : %1 (%2)</translation>
    </message>
    <message>
        <source>the image is damaged or unreadable: %1</source>
        <translation>l&apos;image est endommagée ou illisible : %1</translation>
    </message>
    <message>
        <source>the JPEG image is damaged (it ends before its end marker)</source>
        <translation>l&apos;image JPEG est endommagée (elle s&apos;arrête avant son marqueur de fin)</translation>
    </message>
    <message>
        <source>cannot create the media folder</source>
        <translation>impossible de créer le dossier des médias</translation>
    </message>
    <message>
        <source>cannot copy into the media folder: %1</source>
        <translation>copie impossible dans le dossier des médias : %1</translation>
    </message>
    <message>
        <source>cannot move the file into the media folder</source>
        <translation>impossible de déplacer le fichier dans le dossier des médias</translation>
    </message>
    <message>
        <source>no thumbnail: %1</source>
        <translation>pas de vignette : %1</translation>
    </message>
    <message>
        <source>cannot write the thumbnail: %1</source>
        <translation>impossible d&apos;écrire la vignette : %1</translation>
    </message>
    <message>
        <source>cannot read the photo metadata</source>
        <translation>impossible de lire les métadonnées de la photo</translation>
    </message>
    <message>
        <source>cannot read the photo metadata: %1</source>
        <translation>impossible de lire les métadonnées de la photo : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>ligne 1</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation>colonne « %1 » manquante</translation>
    </message>
    <message>
        <source>missing column &apos;title_fr&apos; or &apos;title_nl&apos;</source>
        <translation>colonne « title_fr » ou « title_nl » manquante</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>bad coordinates &apos;%1, %2&apos;</source>
        <translation>coordonnées incorrectes « %1, %2 »</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected one of %2)</source>
        <translation>type inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>the spatial index cannot be built: %1</source>
        <translation>l’index spatial ne peut pas être construit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 attributes per feature: an atlas table holds at most %2</source>
        <translation>%1 attributs par objet&#xa0;: une table d’atlas en contient au plus %2</translation>
    </message>
    <message>
        <source>%1 attributes per feature: a map layer holds at most %2</source>
        <translation>%1 attributs par objet&#xa0;: une couche de carte en contient au plus %2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <source>layer %1, %2</source>
        <translation>couche %1, %2</translation>
    </message>
    <message>
        <source>the geometry cannot be transformed to the target CRS%1</source>
        <translation>la géométrie ne peut pas être transformée vers le SCR cible%1</translation>
    </message>
    <message>
        <source>layer %1, after feature %2</source>
        <translation>couche %1, après l’objet %2</translation>
    </message>
    <message>
        <source>the spatial index cannot be filled: %1</source>
        <translation>l’index spatial ne peut pas être rempli&#xa0;: %1</translation>
    </message>
    <message>
        <source>the geometry cannot be encoded</source>
        <translation>la géométrie ne peut pas être encodée</translation>
    </message>
    <message>
        <source>the geometry is malformed</source>
        <translation>la géométrie est mal formée</translation>
    </message>
    <message>
        <source>unsupported geometry type (WKB %1)</source>
        <translation>type de géométrie non pris en charge (WKB %1)</translation>
    </message>
    <message>
        <source>a coordinate is not a number (NaN)</source>
        <translation>une coordonnée n’est pas un nombre (NaN)</translation>
    </message>
    <message>
        <source>coordinate out of range (%1)</source>
        <translation>coordonnée hors limites (%1)</translation>
    </message>
    <message>
        <source>a coordinate is infinite</source>
        <translation>une coordonnée est infinie</translation>
    </message>
    <message>
        <source>SpatiaLite refused the geometry column (SRID %1): %2</source>
        <translation>SpatiaLite a refusé la colonne de géométrie (SRID %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>layer %1, feature %2</source>
        <translation>couche %1, objet %2</translation>
    </message>
    <message>
        <source>unknown output format: use .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf</source>
        <translation>format de sortie inconnu&#xa0;: utilisez .gpkg, .geojson, .shp, .kml, .csv, .fgb ou .dxf</translation>
    </message>
    <message>
        <source>invalid export options: %1</source>
        <translation>options d’export non valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>the format refused the layer</source>
        <translation>le format a refusé la couche</translation>
    </message>
    <message>
        <source>unknown character encoding: %1</source>
        <translation>encodage de caractères inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file has no layer with geometries</source>
        <translation>le fichier ne contient aucune couche avec géométries</translation>
    </message>
    <message>
        <source>no vector layer of that name (the file has: %1)</source>
        <translation>aucune couche vecteur de ce nom (le fichier contient&#xa0;: %1)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) were not UTF-8 and were read as Latin-1</source>
        <translation>
            <numerusform>%n texte n’était pas en UTF-8 et a été lu en Latin-1</numerusform>
            <numerusform>%n textes n’étaient pas en UTF-8 et ont été lus en Latin-1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown CRS: %1</source>
        <translation>SCR inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the layer has no CRS: its coordinates were read as WGS 84 longitudes and latitudes</source>
        <translation>la couche n’a pas de SCR&#xa0;: ses coordonnées ont été lues comme des longitudes et latitudes WGS&#xa0;84</translation>
    </message>
    <message>
        <source>the layer has no CRS, so it cannot be transformed to %1</source>
        <translation>la couche n’a pas de SCR, elle ne peut donc pas être transformée vers %1</translation>
    </message>
    <message>
        <source>the layer has no CRS</source>
        <translation>la couche n’a pas de SCR</translation>
    </message>
    <message>
        <source>no transformation to %1</source>
        <translation>aucune transformation vers %1</translation>
    </message>
    <message>
        <source>the table cannot be removed: %1</source>
        <translation>la table ne peut pas être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing from this build</source>
        <translation>absent de cette version du programme</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>the page language must be fr, nl or en</source>
        <translation>la langue de la page doit être fr, nl ou en</translation>
    </message>
    <message>
        <source>tile zoom levels must be between 0 and 20, the first not above the last</source>
        <translation>les niveaux de zoom des tuiles doivent être compris entre 0 et 20, le premier ne dépassant pas le dernier</translation>
    </message>
    <message>
        <source>the feature count above which layers become tiles cannot be negative</source>
        <translation>le nombre d’objets au-delà duquel les couches deviennent des tuiles ne peut pas être négatif</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create a working folder: %1</source>
        <translation>impossible de créer un dossier de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot replace the previous bundle</source>
        <translation>impossible de remplacer la carte exportée précédente</translation>
    </message>
    <message>
        <source>cannot move the bundle into place</source>
        <translation>impossible de mettre la carte exportée à sa place</translation>
    </message>
    <message>
        <source>cannot transform the layer to longitude/latitude: %1</source>
        <translation>impossible de transformer la couche en longitude/latitude&#xa0;: %1</translation>
    </message>
    <message>
        <source>the layer has no readable features</source>
        <translation>la couche n’a aucun objet lisible</translation>
    </message>
    <message>
        <source>document not copied into the bundle</source>
        <translation>document non copié dans la carte exportée</translation>
    </message>
    <message>
        <source>cannot write the tile</source>
        <translation>impossible d’écrire la tuile</translation>
    </message>
    <message>
        <source>cannot create the zip file</source>
        <translation>impossible de créer le fichier zip</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write into the zip file</source>
        <translation>impossible d’écrire dans le fichier zip</translation>
    </message>
    <message>
        <source>cannot finish the zip file</source>
        <translation>impossible de terminer le fichier zip</translation>
    </message>
    <message>
        <source>cannot move the zip file into place</source>
        <translation>impossible de mettre le fichier zip à sa place</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1&#xa0;m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1&#xa0;ha</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1&#xa0;km²</translation>
    </message>
    <message>
        <source>not a geometry (unreadable WKB)</source>
        <translation>ce n’est pas une géométrie (WKB illisible)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 au point %2, %3</translation>
    </message>
    <message>
        <source>the geometry cannot be repaired</source>
        <translation>la géométrie ne peut pas être réparée</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>an image (%1)</source>
        <translation>une image (%1)</translation>
    </message>
    <message>
        <source>no table of that name in the atlas</source>
        <translation>aucune table de ce nom dans l’atlas</translation>
    </message>
    <message>
        <source>the table has no geometry column</source>
        <translation>la table n’a pas de colonne de géométrie</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>géométrie non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the geometry has several parts and the layer holds single ones</source>
        <translation>la géométrie comporte plusieurs parties alors que la couche ne contient que des géométries simples</translation>
    </message>
    <message>
        <source>no feature %1</source>
        <translation>pas d’objet %1</translation>
    </message>
    <message>
        <source>a media record needs a UUID and a SHA-256</source>
        <translation>un média doit avoir un UUID et un SHA-256</translation>
    </message>
    <message>
        <source>the media file is missing from the atlas folder</source>
        <translation>le fichier média est absent du dossier de l’atlas</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>the server answered %1 results for %2 operations</source>
        <translation>le serveur a renvoyé %1 résultats pour %2 opérations</translation>
    </message>
    <message>
        <source>the server answered for another operation</source>
        <translation>le serveur a répondu pour une autre opération</translation>
    </message>
    <message>
        <source>no answer from the server: %1</source>
        <translation>pas de réponse du serveur : %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>the server gave no session token</source>
        <translation>le serveur n’a pas donné de jeton de session</translation>
    </message>
    <message>
        <source>the server sent a damaged compressed answer</source>
        <translation>le serveur a envoyé une réponse compressée abîmée</translation>
    </message>
    <message>
        <source>the downloaded file does not match its SHA-256</source>
        <translation>le fichier téléchargé ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Échelle 1:%1</translation>
    </message>
    <message>
        <source>Advice mission</source>
        <translation>Mission de conseil</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Discovery day</source>
        <translation>Journée découverte</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>no such activity</source>
        <translation>activité inconnue</translation>
    </message>
    <message>
        <source>an activity needs a UUID</source>
        <translation>une activité doit avoir un UUID</translation>
    </message>
    <message>
        <source>the activity ends (%1) before it starts (%2)</source>
        <translation>l’activité se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>Activities per year and type</source>
        <translation>Activités par année et par type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>activity status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>no such publication</source>
        <translation>publication inconnue</translation>
    </message>
    <message>
        <source>a publication needs a UUID</source>
        <translation>une publication doit avoir un UUID</translation>
    </message>
    <message>
        <source>the layer mixes geometry types; draw into a point, line or polygon layer</source>
        <translation>la couche mêle plusieurs types de géométrie ; dessinez dans une couche de points, de lignes ou de polygones</translation>
    </message>
    <message>
        <source>the geometry of this fiche cannot be read; it is left off the map</source>
        <translation>la géométrie de cette fiche est illisible ; elle n’est pas placée sur la carte</translation>
    </message>
    <message>
        <source>printing cancelled</source>
        <translation>impression annulée</translation>
    </message>
    <message>
        <source>the map view is empty: the atlas has no extent to print</source>
        <translation>la vue de la carte est vide : l’atlas n’a pas d’emprise à imprimer</translation>
    </message>
    <message>
        <source>the resolution must be between 72 and 1200 dpi</source>
        <translation>la résolution doit être comprise entre 72 et 1200 ppp</translation>
    </message>
    <message>
        <source>Reading the legend</source>
        <translation>Lecture de la légende</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Dessin de la carte</translation>
    </message>
    <message>
        <source>Drawing the overview</source>
        <translation>Dessin de la carte de situation</translation>
    </message>
    <message>
        <source>cannot start the PDF page</source>
        <translation>impossible de commencer la page PDF</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>ce n’est pas une géométrie WKT</translation>
    </message>
    <message>
        <source>this publication was deleted</source>
        <translation>cette publication a été supprimée</translation>
    </message>
    <message>
        <source>a section names a media file the mediatheque no longer has</source>
        <translation>une section cite un média que la médiathèque n’a plus</translation>
    </message>
    <message>
        <source>publications not exported: %1</source>
        <translation>publications non exportées : %1</translation>
    </message>
    <message>
        <source>Writing the publications</source>
        <translation>Écriture des publications</translation>
    </message>
    <message>
        <source>the layer needs a name</source>
        <translation>la couche doit avoir un nom</translation>
    </message>
    <message>
        <source>a field has no name</source>
        <translation>un champ n’a pas de nom</translation>
    </message>
    <message>
        <source>the field name “%1” is used twice or is reserved</source>
        <translation>le nom de champ « %1 » est utilisé deux fois ou est réservé</translation>
    </message>
    <message>
        <source>the choice field “%1” has no choices</source>
        <translation>le champ à choix « %1 » n’a aucun choix</translation>
    </message>
    <message>
        <source>unknown CRS “%1”</source>
        <translation>SCR inconnu « %1 »</translation>
    </message>
    <message>
        <source>SpatiaLite did not register the geometry column</source>
        <translation>SpatiaLite n’a pas enregistré la colonne de géométrie</translation>
    </message>
    <message>
        <source>cannot be read as vector data</source>
        <translation>ne peut pas être lu comme données vectorielles</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>couche introuvable</translation>
    </message>
    <message>
        <source>its geometry is not of the layer&apos;s kind</source>
        <translation>sa géométrie n’est pas du type de la couche</translation>
    </message>
    <message>
        <source>it cannot be placed in %1</source>
        <translation>elle ne peut pas être placée dans %1</translation>
    </message>
    <message>
        <source>only a polygon can take a hole</source>
        <translation>seul un polygone peut recevoir un trou</translation>
    </message>
    <message>
        <source>the ring needs at least three points</source>
        <translation>l’anneau doit avoir au moins trois points</translation>
    </message>
    <message>
        <source>the ring crosses itself</source>
        <translation>l’anneau se recoupe</translation>
    </message>
    <message>
        <source>the ring crosses or encloses a hole of the polygon</source>
        <translation>l’anneau croise ou entoure un trou du polygone</translation>
    </message>
    <message>
        <source>the ring is not inside the polygon</source>
        <translation>l’anneau n’est pas à l’intérieur du polygone</translation>
    </message>
    <message>
        <source>the hole would leave an invalid polygon</source>
        <translation>le trou laisserait un polygone invalide</translation>
    </message>
    <message>
        <source>the split line needs two points</source>
        <translation>la ligne de découpe doit avoir deux points</translation>
    </message>
    <message>
        <source>only lines and polygons can be split</source>
        <translation>seuls les lignes et les polygones peuvent être découpés</translation>
    </message>
    <message>
        <source>merging needs at least two features</source>
        <translation>la fusion demande au moins deux entités</translation>
    </message>
    <message>
        <source>points, lines and polygons cannot be merged together</source>
        <translation>points, lignes et polygones ne peuvent pas être fusionnés ensemble</translation>
    </message>
    <message>
        <source>the features do not merge into a valid geometry</source>
        <translation>les entités fusionnées ne forment pas une géométrie valide</translation>
    </message>
    <message>
        <source>the features do not touch, and the layer holds single-part features</source>
        <translation>les entités ne se touchent pas, et la couche ne contient que des entités d’une seule partie</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>bande %1</translation>
    </message>
    <message>
        <source>no such band (bands of this raster: %1)</source>
        <translation>bande inexistante (bandes de ce raster : %1)</translation>
    </message>
    <message>
        <source>the band has no valid value</source>
        <translation>la bande n’a aucune valeur valide</translation>
    </message>
    <message>
        <source>cannot read the band</source>
        <translation>impossible de lire la bande</translation>
    </message>
    <message>
        <source>the file cannot be opened for editing</source>
        <translation>le fichier ne peut pas être ouvert pour modification</translation>
    </message>
    <message>
        <source>only GeoPackage and SpatiaLite layers can be edited in place (this is %1); import it into the atlas to draw in it</source>
        <translation>seules les couches GeoPackage et SpatiaLite se modifient sur place (ceci est du %1)&#xa0;; importez-la dans l’atlas pour y dessiner</translation>
    </message>
    <message>
        <source>the file cannot be written (is it read-only or locked?)</source>
        <translation>le fichier ne peut pas être écrit (est-il en lecture seule ou verrouillé&#xa0;?)</translation>
    </message>
    <message>
        <source>the change could not be saved</source>
        <translation>la modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>the geometry cannot be read</source>
        <translation>la géométrie ne peut pas être lue</translation>
    </message>
    <message>
        <source>the layer has no coordinate reference system</source>
        <translation>la couche n’a pas de système de coordonnées de référence</translation>
    </message>
    <message>
        <source>the layer has no field “%1”</source>
        <translation>la couche n’a pas de champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the feature could not be added</source>
        <translation>l’objet n’a pas pu être ajouté</translation>
    </message>
    <message>
        <source>the feature could not be changed</source>
        <translation>l’objet n’a pas pu être modifié</translation>
    </message>
    <message>
        <source>the layer has no tile matrix set “%1” (it has: %2)</source>
        <translation>la couche n’a pas de jeu de matrices de tuiles «&#xa0;%1&#xa0;» (elle a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the WMTS service has no layer of that name (layers: %1)</source>
        <translation>le service WMTS n’a pas de couche de ce nom (couches&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not a readable WMTS capabilities document: %1</source>
        <translation>document de capacités WMTS illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a WMTS capabilities document</source>
        <translation>ce n’est pas un document de capacités WMTS</translation>
    </message>
    <message>
        <source>the WMTS service offers no layer</source>
        <translation>le service WMTS n’offre aucune couche</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be fetched: %1</source>
        <translation>les capacités WMTS ne peuvent pas être téléchargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be read: %1</source>
        <translation>les capacités WMTS ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>the WMTS capabilities cannot be kept: %1</source>
        <translation>les capacités WMTS ne peuvent pas être conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the HEIF image cannot be decoded: %1</source>
        <translation>l’image HEIF ne peut pas être décodée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the HEIF image has no picture</source>
        <translation>l’image HEIF ne contient aucune image</translation>
    </message>
</context>
<context>
    <name>atlas::ui::DocumentController</name>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>Untitled atlas</source>
        <translation>Atlas sans titre</translation>
    </message>
    <message>
        <source>the atlas has no file name yet</source>
        <translation>l’atlas n’a pas encore de nom de fichier</translation>
    </message>
</context>
<context>
    <name>atlas::ui::FileActions</name>
    <message>
        <source>&amp;New atlas</source>
        <translation>&amp;Nouvel atlas</translation>
    </message>
    <message>
        <source>&amp;Open atlas…</source>
        <translation>&amp;Ouvrir un atlas…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Atlas &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Ajouter une couche…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>Cannot create a new atlas.</source>
        <translation>Impossible de créer un nouvel atlas.</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Ouvrir un atlas</translation>
    </message>
    <message>
        <source>Atlases (*.atlas);;All files (*)</source>
        <translation>Atlas (*.atlas);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the atlas.</source>
        <translation>Impossible d’ouvrir l’atlas.</translation>
    </message>
    <message>
        <source>Cannot add this file as a layer.</source>
        <translation>Impossible d’ajouter ce fichier comme couche.</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Geodata (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;All files (*)</source>
        <translation>Données géographiques (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.tif *.tiff *.jp2 *.vrt *.asc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The atlas has unsaved changes. Save them?</source>
        <translation>L’atlas contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot save the atlas.</source>
        <translation>Impossible d’enregistrer l’atlas.</translation>
    </message>
    <message>
        <source>Save atlas as</source>
        <translation>Enregistrer l’atlas sous</translation>
    </message>
    <message>
        <source>Atlases (*.atlas)</source>
        <translation>Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>No recent atlas</source>
        <translation>Aucun atlas récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerListModel</name>
    <message>
        <source>Table “%1” stored in the atlas</source>
        <translation>Table «&#xa0;%1&#xa0;» enregistrée dans l’atlas</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerStyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation>Style de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Couleur de remplissage</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>Couleur du contour</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>Épaisseur du contour</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Taille du symbole</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Add a layer from a file…</source>
        <translation>Ajouter une couche depuis un fichier…</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Retirer la couche sélectionnée</translation>
    </message>
    <message>
        <source>Move the layer up</source>
        <translation>Monter la couche</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>Descendre la couche</translation>
    </message>
    <message>
        <source>Zoom to the layer</source>
        <translation>Zoomer sur la couche</translation>
    </message>
    <message>
        <source>Edit the layer style…</source>
        <translation>Modifier le style de la couche…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoomer sur l’&amp;emprise totale</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoomer sur la &amp;couche</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Atlas Territoires</source>
        <translation>À &amp;propos d’Atlas Territoires</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>About Atlas Territoires</source>
        <translation>À propos d’Atlas Territoires</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atlas Territoires %1&lt;/h3&gt;&lt;p&gt;A desktop atlas and observatory of the living environment, for the cross-border territory of northern France and West Flanders.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atlas Territoires %1&lt;/h3&gt;&lt;p&gt;Atlas et observatoire du cadre de vie, pour le territoire transfrontalier du nord de la France et de la Flandre-Occidentale.&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MapStatusBar</name>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Échelle 1:%1</translation>
    </message>
    <message>
        <source>Rendered in %1 ms</source>
        <translation>Rendu en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) could not be drawn: %1</source>
        <translation>
            <numerusform>%n couche n’a pas pu être affichée&#xa0;: %1</numerusform>
            <numerusform>%n couches n’ont pas pu être affichées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Project CRS:</source>
        <translation>SCR du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Coordinate reference system of the map; layers are reprojected on the fly</source>
        <translation>Système de coordonnées de référence de la carte&#xa0;; les couches sont reprojetées à la volée</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop atlas and observatory</source>
        <translation>Atlas et observatoire de bureau</translation>
    </message>
    <message>
        <source>Save a grab of the window once the map is drawn, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre une fois la carte affichée, puis quitter.</translation>
    </message>
    <message>
        <source>Atlas to open.</source>
        <translation>Atlas à ouvrir.</translation>
    </message>
    <message>
        <source>Time the drawing of the atlas&apos;s fiches on the map, print it, then quit.</source>
        <translation>Chronométrer le dessin des fiches de l&apos;atlas sur la carte, l&apos;afficher, puis quitter.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportActions</name>
    <message>
        <source>&amp;Export interactive map…</source>
        <translation>&amp;Exporter la carte interactive…</translation>
    </message>
    <message>
        <source>Write the map as a web page that opens anywhere, offline</source>
        <translation>Écrire la carte comme une page web qui s’ouvre partout, hors ligne</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportWebDialog</name>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources :</translation>
    </message>
    <message>
        <source>Keep the photos&apos; &amp;metadata (EXIF: camera, GPS position)</source>
        <translation>Garder les &amp;métadonnées des photos (EXIF : appareil, position GPS)</translation>
    </message>
    <message>
        <source>Export interactive map</source>
        <translation>Exporter la carte interactive</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence :</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>&amp;Couches :</translation>
    </message>
    <message>
        <source>Page &amp;language:</source>
        <translation>&amp;Langue de la page :</translation>
    </message>
    <message>
        <source>Tile &amp;zoom levels:</source>
        <translation>Niveaux de &amp;zoom des tuiles :</translation>
    </message>
    <message>
        <source>Ti&amp;les above:</source>
        <translation>T&amp;uiles au-delà de :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source> features</source>
        <translation> objets</translation>
    </message>
    <message>
        <source>Layers with more features are drawn as images (tiles) for the chosen zoom levels.</source>
        <translation>Les couches qui ont plus d’objets sont dessinées en images (tuiles) pour les niveaux de zoom choisis.</translation>
    </message>
    <message>
        <source>OpenStreetMap &amp;basemap (the page then loads map tiles from the internet)</source>
        <translation>Fond de carte Open&amp;StreetMap (la page charge alors des tuiles depuis Internet)</translation>
    </message>
    <message>
        <source>Include &amp;unpublished and non-public fiches</source>
        <translation>Inclure les fiches &amp;non publiées ou non publiques</translation>
    </message>
    <message>
        <source>Also make a .&amp;zip file</source>
        <translation>Créer aussi un fichier .&amp;zip</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder of the interactive map</source>
        <translation>Dossier de la carte interactive</translation>
    </message>
    <message>
        <source>Choose the folder the interactive map is written to.</source>
        <translation>Choisissez le dossier où écrire la carte interactive.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Written %1 (%2 MiB): %n feature(s)</source>
        <translation>
            <numerusform>Écrit %1 (%2 Mio) : %n objet</numerusform>
            <numerusform>Écrit %1 (%2 Mio) : %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tile(s)</source>
        <translation>
            <numerusform>, %n tuile</numerusform>
            <numerusform>, %n tuiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>Zip : %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Export annulé ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>atlas::core</name>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>valeur inconnue « %1 »</translation>
    </message>
    <message>
        <source>Add observation “%1”</source>
        <translation>Ajouter la fiche « %1 »</translation>
    </message>
    <message>
        <source>Edit observation “%1”</source>
        <translation>Modifier la fiche « %1 »</translation>
    </message>
    <message>
        <source>Delete observation “%1”</source>
        <translation>Supprimer la fiche « %1 »</translation>
    </message>
    <message>
        <source>not a cursor of this server</source>
        <translation>ce n’est pas un curseur de ce serveur</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>missing (%1 expected)</source>
        <translation>manquant (%1 attendu)</translation>
    </message>
    <message>
        <source>a string is expected</source>
        <translation>une chaîne de caractères est attendue</translation>
    </message>
    <message>
        <source>a UUID is expected</source>
        <translation>un UUID est attendu</translation>
    </message>
    <message>
        <source>an integer is expected</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>an ISO 8601 time is expected</source>
        <translation>une date et heure ISO&#xa0;8601 est attendue</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>an array is expected</source>
        <translation>un tableau est attendu</translation>
    </message>
    <message>
        <source>a conflict object is expected</source>
        <translation>un objet de conflit est attendu</translation>
    </message>
    <message>
        <source>unknown conflict kind &apos;%1&apos;</source>
        <translation>type de conflit inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing (integer expected)</source>
        <translation>manquant (nombre entier attendu)</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a JSON object is expected</source>
        <translation>un objet JSON est attendu</translation>
    </message>
    <message>
        <source>%1 operations, at most %2 per batch</source>
        <translation>%1 opérations, au plus %2 par lot</translation>
    </message>
    <message>
        <source>differs from the batch replica</source>
        <translation>diffère du réplica du lot</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an object {&quot;old&quot;, &quot;new&quot;} is expected</source>
        <translation>un objet {&quot;old&quot;, &quot;new&quot;} est attendu</translation>
    </message>
    <message>
        <source>both &quot;old&quot; and &quot;new&quot; are required</source>
        <translation>&quot;old&quot; et &quot;new&quot; sont tous deux requis</translation>
    </message>
    <message>
        <source>an operation object is expected</source>
        <translation>un objet d’opération est attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shared table in sync schema %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une table partagée dans le schéma de synchronisation %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not insert, update or delete</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni insert, ni update, ni delete</translation>
    </message>
    <message>
        <source>a delete carries only {&quot;deleted&quot;: {&quot;old&quot;: false, &quot;new&quot;: true}}</source>
        <translation>une suppression (delete) ne contient que {&quot;deleted&quot;: {&quot;old&quot;: false, &quot;new&quot;: true}}</translation>
    </message>
    <message>
        <source>an insert or update changes at least one field</source>
        <translation>un insert ou un update modifie au moins un champ</translation>
    </message>
    <message>
        <source>an insert has base version 0</source>
        <translation>un insert a la version de base 0</translation>
    </message>
    <message>
        <source>a record object is expected</source>
        <translation>un objet d’enregistrement est attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a shared table</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une table partagée</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; is not a field</source>
        <translation>«&#xa0;deleted&#xa0;» n’est pas un champ</translation>
    </message>
    <message>
        <source>not a shared table (sync schema %1)</source>
        <translation>ce n’est pas une table partagée (schéma de synchronisation %1)</translation>
    </message>
    <message>
        <source>not a field of this table in sync schema %1</source>
        <translation>ce n’est pas un champ de cette table dans le schéma de synchronisation %1</translation>
    </message>
    <message>
        <source>value of the wrong type</source>
        <translation>valeur du mauvais type</translation>
    </message>
    <message>
        <source>speaks sync protocol %1, this program speaks %2: both must run the same version of Atlas Territoires</source>
        <translation>utilise le protocole de synchronisation %1, ce programme le protocole %2&#xa0;: les deux doivent utiliser la même version d’Atlas Territoires</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MarkObservationTool</name>
    <message>
        <source>This place cannot be expressed in longitude and latitude (%1).</source>
        <translation>Cet endroit ne peut pas être exprimé en longitude et latitude (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MediathequeDock</name>
    <message>
        <source>Import photos and documents</source>
        <translation>Importer des photos et documents</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop photos here: geotagged ones become landmark fiches.</source>
        <translation>Déposez des photos ici : celles qui sont géolocalisées deviennent des fiches repère.</translation>
    </message>
    <message>
        <source>looking %1°</source>
        <translation>vers %1°</translation>
    </message>
    <message>
        <source>Fiches: %1</source>
        <translation>Fiches : %1</translation>
    </message>
    <message>
        <source>Mediatheque</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Search file names, titles, captions…</source>
        <translation>Rechercher noms de fichiers, titres, légendes…</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>Documents (PDF)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Place geotagged photos as landmark fiches</source>
        <translation>Placer les photos géolocalisées comme fiches repère</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Edit the title, caption, credits, licence and date of the chosen file</source>
        <translation>Modifier le titre, la légende, les crédits, la licence et la date du fichier choisi</translation>
    </message>
    <message>
        <source>Web links</source>
        <translation>Liens web</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationFormDialog</name>
    <message>
        <source>New observation</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datée</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>filled in from the boundaries layer</source>
        <translation>rempli d&apos;après la couche des limites</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <source>line or area</source>
        <translation>ligne ou surface</translation>
    </message>
    <message>
        <source>Attach photos or documents…</source>
        <translation>Joindre des photos ou documents…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Joindre des photos ou documents</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Related fiches</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Add a web link…</source>
        <translation>Ajouter un lien web…</translation>
    </message>
    <message>
        <source>Add a web link</source>
        <translation>Ajouter un lien web</translation>
    </message>
    <message>
        <source>Address (http or https)</source>
        <translation>Adresse (http ou https)</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>« %1 » n’est pas une adresse web (http ou https).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationListModel</name>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Locale seulement</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Procedure &amp; action</source>
        <translation>Démarche &amp; action</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Urbanism</source>
        <translation>Urbanisme</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Heritage</source>
        <translation>Patrimoine</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>Espace public</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservationsDock</name>
    <message numerus="yes">
        <source>%n fiche(s), the first %1 shown</source>
        <translation>
            <numerusform>%n fiche, la première %1 affichée</numerusform>
            <numerusform>%n fiches, les %1 premières affichées</numerusform>
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
        <translation>Choisissez une fiche dans la liste, ou marquez-en une nouvelle sur la carte.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Mots-clés :</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Search titles, descriptions, tags, captions (FR/NL)…</source>
        <translation>Rechercher titres, descriptions, mots-clés, légendes (FR/NL)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>from: any date</source>
        <translation>du : toute date</translation>
    </message>
    <message>
        <source>to: any date</source>
        <translation>au : toute date</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Marquer sur la carte</translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation>Cliquez sur la carte pour placer une nouvelle fiche</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Related fiches:</source>
        <translation>Fiches liées :</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatoryFeature</name>
    <message>
        <source>Observatory</source>
        <translation>Observatoire</translation>
    </message>
    <message>
        <source>&amp;Observatory</source>
        <translation>&amp;Observatoire</translation>
    </message>
    <message>
        <source>&amp;Mark observation</source>
        <translation>&amp;Marquer une observation</translation>
    </message>
    <message>
        <source>Click on the map to place a new observation</source>
        <translation>Cliquez sur la carte pour placer une nouvelle fiche</translation>
    </message>
    <message>
        <source>Observations panel</source>
        <translation>Panneau des observations</translation>
    </message>
    <message>
        <source>Mediatheque panel</source>
        <translation>Panneau de la médiathèque</translation>
    </message>
    <message>
        <source>The atlas has no polygon layer of its own: import one (communes, districts…) first.</source>
        <translation>L&apos;atlas n&apos;a pas de couche de polygones à lui : importez-en une (communes, cantons…) d&apos;abord.</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Polygon layer naming the communes:</source>
        <translation>Couche de polygones qui nomme les communes :</translation>
    </message>
    <message>
        <source>The layer %1 has no text field to name the communes.</source>
        <translation>La couche %1 n&apos;a pas de champ texte pour nommer les communes.</translation>
    </message>
    <message>
        <source>Field with the commune name:</source>
        <translation>Champ contenant le nom de la commune :</translation>
    </message>
    <message>
        <source>Communes from layer…</source>
        <translation>Communes d&apos;après une couche…</translation>
    </message>
    <message>
        <source>This shape cannot be expressed in longitude and latitude (%1).</source>
        <translation>Cette forme ne peut pas être exprimée en longitude et latitude (%1).</translation>
    </message>
    <message>
        <source>Mark observation as &amp;line</source>
        <translation>Marquer une observation en &amp;ligne</translation>
    </message>
    <message>
        <source>Click the vertices of a route or an edge; double-click ends</source>
        <translation>Cliquez les sommets d’un itinéraire ou d’une limite ; un double-clic termine</translation>
    </message>
    <message>
        <source>Mark observation as &amp;area</source>
        <translation>Marquer une observation en &amp;zone</translation>
    </message>
    <message>
        <source>Click the corners of a site or a zone; double-click ends</source>
        <translation>Cliquez les coins d’un site ou d’une zone ; un double-clic termine</translation>
    </message>
    <message>
        <source>fiche %1 (not in this atlas)</source>
        <translation>fiche %1 (absente de cet atlas)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ObservatorySession</name>
    <message numerus="yes">
        <source>%n media file(s) could not be copied to %1</source>
        <translation>
            <numerusform>%n fichier média n&apos;a pas pu être copié dans %1</numerusform>
            <numerusform>%n fichiers médias n&apos;ont pas pu être copiés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no atlas is open</source>
        <translation>aucun atlas n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>atlas::ui</name>
    <message>
        <source>Add feature to %1</source>
        <translation>Ajouter un objet à %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s) from %1</source>
        <translation>
            <numerusform>Supprimer %n entité de %1</numerusform>
            <numerusform>Supprimer %n entités de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the details of %1</source>
        <translation>Modifier les détails de %1</translation>
    </message>
    <message>
        <source>No atlas is open.</source>
        <translation>Aucun atlas n’est ouvert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Split %n feature(s)</source>
        <translation>
            <numerusform>Découper %n entité</numerusform>
            <numerusform>Découper %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n feature(s)</source>
        <translation>
            <numerusform>Fusionner %n entité</numerusform>
            <numerusform>Fusionner %n entités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeFormDialog</name>
    <message>
        <source>New feature in %1</source>
        <translation>Nouvel objet dans %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid value</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une valeur valide</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddPointTool</name>
    <message>
        <source>The point cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>Le point ne peut pas être placé dans le SCR de la couche (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MeasureTool</name>
    <message>
        <source>Click to start measuring a distance</source>
        <translation>Cliquez pour commencer à mesurer une distance</translation>
    </message>
    <message>
        <source>Click to start measuring an area</source>
        <translation>Cliquez pour commencer à mesurer une surface</translation>
    </message>
    <message>
        <source>%1 (perimeter %2)</source>
        <translation>%1 (périmètre %2)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MeasureActions</name>
    <message>
        <source>Measure &amp;distance</source>
        <translation>Mesurer une &amp;distance</translation>
    </message>
    <message>
        <source>Click points on the map, double-click to finish (on the ellipsoid)</source>
        <translation>Cliquez sur des points de la carte, double-cliquez pour terminer (mesure sur l’ellipsoïde)</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>Mesurer une &amp;surface</translation>
    </message>
    <message>
        <source>Click the corners of an area, double-click to finish (on the ellipsoid)</source>
        <translation>Cliquez sur les sommets d’une surface, double-cliquez pour terminer (mesure sur l’ellipsoïde)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PrintActions</name>
    <message>
        <source>&amp;Print map…</source>
        <translation>Im&amp;primer la carte…</translation>
    </message>
    <message>
        <source>Lay the current view out on a page with legend and scale, as PDF or PNG</source>
        <translation>Mettre la vue actuelle en page avec légende et échelle, en PDF ou PNG</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PrintMapDialog</name>
    <message>
        <source>Print map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre :</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image, 300 dpi</source>
        <translation>Image PNG, 300 dpi</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Scale &amp;bar</source>
        <translation>&amp;Barre d’échelle</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Flèche du &amp;nord</translation>
    </message>
    <message>
        <source>O&amp;verview map (inset)</source>
        <translation>Carte de &amp;situation (encart)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Save the map sheet</source>
        <translation>Enregistrer la planche</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file the map sheet is written to.</source>
        <translation>Choisissez le fichier où écrire la planche.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Map sheet written to %1</source>
        <translation>Planche écrite dans %1</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was written.</source>
        <translation>Impression annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The map sheet could not be written: %1</source>
        <translation>La planche n’a pas pu être écrite : %1</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivitiesDock</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Filter by title, organisation, people…</source>
        <translation>Filtrer par titre, organisme, personnes…</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Regrouper par statut</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Regrouper par type</translation>
    </message>
    <message>
        <source>Group by year</source>
        <translation>Regrouper par année</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>atlas::ui::PublicationsDock</name>
    <message>
        <source>New publication</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Drag the sections to change their order</source>
        <translation>Faites glisser les sections pour changer leur ordre</translation>
    </message>
    <message>
        <source>Folder of the story page</source>
        <translation>Dossier de la page de récit</translation>
    </message>
    <message>
        <source>Exporting the story page…</source>
        <translation>Export de la page de récit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation>Exporter en page web</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>&amp;Export as web page…</source>
        <translation>&amp;Exporter en page web…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>atlas::ui::EditingActions</name>
    <message>
        <source>Choose a layer in the Layers panel first.</source>
        <translation>Choisissez d’abord une couche dans le panneau Couches.</translation>
    </message>
    <message>
        <source>Feature not added</source>
        <translation>Entité non ajoutée</translation>
    </message>
    <message>
        <source>Feature added. Undo with %1.</source>
        <translation>Entité ajoutée. Annulez avec %1.</translation>
    </message>
    <message>
        <source>Click the vertices; double-click or Enter ends, Backspace removes the last one, Esc starts over.</source>
        <translation>Cliquez les sommets ; un double-clic ou Entrée termine, Retour arrière retire le dernier, Échap recommence.</translation>
    </message>
    <message>
        <source>Click on the map to place it; Esc leaves the tool.</source>
        <translation>Cliquez sur la carte pour le placer ; Échap quitte l’outil.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Add feature</source>
        <translation>&amp;Ajouter une entité</translation>
    </message>
    <message>
        <source>Add &amp;rectangle</source>
        <translation>Ajouter un &amp;rectangle</translation>
    </message>
    <message>
        <source>Add &amp;circle</source>
        <translation>Ajouter un &amp;cercle</translation>
    </message>
    <message>
        <source>Click the vertices, Shift+click to start a hole; double-click or Enter ends, Backspace removes the last one, Esc starts over.</source>
        <translation>Cliquez les sommets, Maj+clic pour commencer un trou ; un double-clic ou Entrée termine, Retour arrière retire le dernier, Échap recommence.</translation>
    </message>
    <message>
        <source>“%1” is not a vector layer; choose one to draw in it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couche vectorielle&#xa0;; choisissez-en une pour y dessiner.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddFeatureTool</name>
    <message>
        <source>The shape cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>La forme ne peut pas être placée dans le SCR de la couche (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::FeatureTableModel</name>
    <message>
        <source>The layer&apos;s features cannot be read.</source>
        <translation>Les entités de la couche ne peuvent pas être lues.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeTableDock</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the features…</source>
        <translation>Lecture des entités…</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3 read)</source>
        <translation>%1 (les %2 premières sur %3 lues)</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Table attributaire</translation>
    </message>
    <message>
        <source>Attributes of “%1”</source>
        <translation>Attributs de « %1 »</translation>
    </message>
    <message>
        <source>Filter: text in any field…</source>
        <translation>Filtrer : texte dans n’importe quel champ…</translation>
    </message>
    <message>
        <source>Zoom to the selected features</source>
        <translation>Zoomer sur les entités sélectionnées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AttributeTableFeature</name>
    <message numerus="yes">
        <source>%n feature(s) deleted.</source>
        <translation>
            <numerusform>%n entité supprimée.</numerusform>
            <numerusform>%n entités supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a vector layer in the Layers panel first.</source>
        <translation>Choisissez d’abord une couche vecteur dans le panneau Couches.</translation>
    </message>
    <message>
        <source>&amp;Attribute table</source>
        <translation>&amp;Table attributaire</translation>
    </message>
    <message>
        <source>Open the table of the current layer&apos;s features</source>
        <translation>Ouvrir la table des entités de la couche courante</translation>
    </message>
    <message>
        <source>&amp;Select features</source>
        <translation>&amp;Sélectionner des entités</translation>
    </message>
    <message>
        <source>Click or drag on the map to select features of the table&apos;s layer; Shift adds</source>
        <translation>Cliquez ou tracez un rectangle sur la carte pour sélectionner des entités de la couche de la table ; Maj ajoute</translation>
    </message>
    <message>
        <source>Features not deleted</source>
        <translation>Entités non supprimées</translation>
    </message>
    <message>
        <source>Delete the selected features</source>
        <translation>Supprimer les entités sélectionnées</translation>
    </message>
    <message>
        <source>Select by &amp;polygon</source>
        <translation>Sélectionner par &amp;polygone</translation>
    </message>
    <message>
        <source>Draw a polygon on the map to select the features of the table&apos;s layer it meets; Shift adds</source>
        <translation>Tracer un polygone sur la carte pour sélectionner les entités de la couche de la table qu’il touche ; Maj ajoute</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>the layer has no field of that name (fields: %1)</source>
        <translation>la couche n’a aucun champ de ce nom (champs : %1)</translation>
    </message>
    <message>
        <source>the field has more than %1 distinct values; use a graduated style or another field</source>
        <translation>le champ a plus de %1 valeurs distinctes ; utilisez un style gradué ou un autre champ</translation>
    </message>
    <message>
        <source>the field has no values to categorize (all NULL or no features)</source>
        <translation>le champ n’a aucune valeur à catégoriser (toutes NULL ou aucune entité)</translation>
    </message>
    <message>
        <source>the number of classes must be from 1 to 32</source>
        <translation>le nombre de classes doit être compris entre 1 et 32</translation>
    </message>
    <message>
        <source>the value '%1' is not a number; graduated styles need a numeric field</source>
        <translation>la valeur « %1 » n’est pas un nombre ; un style gradué demande un champ numérique</translation>
    </message>
    <message>
        <source>the field has no values to classify (all NULL or no features)</source>
        <translation>le champ n’a aucune valeur à classer (toutes NULL ou aucune entité)</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Categorized by %1</source>
        <translation>Catégorisé selon %1</translation>
    </message>
    <message>
        <source>Graduated by %1</source>
        <translation>Gradué selon %1</translation>
    </message>
    <message>
        <source>Colours from %1 (left) to %2 (right)</source>
        <translation>Couleurs de %1 (à gauche) à %2 (à droite)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ThematicStyleEditor</name>
    <message>
        <source>Single symbol</source>
        <translation>Symbole unique</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Catégorisé</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Gradué</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Double-click a colour to change it</source>
        <translation>Double-cliquez sur une couleur pour la changer</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Couleur selon</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Dégradé de couleurs</translation>
    </message>
    <message>
        <source>Reading the values of “%1”…</source>
        <translation>Lecture des valeurs de « %1 »…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncDock</name>
    <message>
        <source>Login failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://</source>
        <translation>L’adresse du serveur doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Saisissez le nom de votre compte.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logged in, but the account is in no working group.</source>
        <translation>Connecté, mais le compte n’appartient à aucun groupe de travail.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Open an atlas first.</source>
        <translation>Ouvrez d’abord un atlas.</translation>
    </message>
    <message>
        <source>Log in to the server first.</source>
        <translation>Connectez-vous d’abord au serveur.</translation>
    </message>
    <message>
        <source>Choose a working group.</source>
        <translation>Choisissez un groupe de travail.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l’étape en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent, </source>
        <translation>
            <numerusform>%n modification envoyée, </numerusform>
            <numerusform>%n modifications envoyées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received, </source>
        <translation>
            <numerusform>%n reçue, </numerusform>
            <numerusform>%n reçues, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%n nouveau conflit.</numerusform>
            <numerusform>%n nouveaux conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; what was done is kept (%1)</source>
        <translation>Synchronisation annulée ; ce qui a été fait est conservé (%1)</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Synchronisé : %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Offline: the next automatic sync waits for the network.</source>
        <translation>Hors ligne : la prochaine synchronisation automatique attend le réseau.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync automatically when online</source>
        <translation>Synchroniser automatiquement quand le réseau est là</translation>
    </message>
    <message>
        <source>No keychain service is available: the password is kept in memory for this session only and asked again next time.</source>
        <translation>Aucun trousseau de clés n’est disponible : le mot de passe est gardé en mémoire pour cette session seulement et sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the atlas file.</source>
        <translation>Gardé dans le trousseau du système, jamais dans le fichier atlas.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncWorker</name>
    <message>
        <source>Log in to the server first.</source>
        <translation>Connectez-vous d’abord au serveur.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SyncConflictsView</name>
    <message>
        <source>Title (French)</source>
        <translation>Titre (français)</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titre (néerlandais)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description (français)</translation>
    </message>
    <message>
        <source>Description (Dutch)</source>
        <translation>Description (néerlandais)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Linked fiches</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(a shape)</source>
        <translation>(une forme)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l’autre</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SectionEditor</name>
    <message>
        <source>(missing from the mediatheque)</source>
        <translation>(absent de la médiathèque)</translation>
    </message>
    <message>
        <source>No map view: the map stays where the reader left it.</source>
        <translation>Pas de vue de carte : la carte reste où le lecteur l’a laissée.</translation>
    </message>
    <message>
        <source>Map view: %1 layers shown, %2 fiches highlighted, centre %3 (%4)</source>
        <translation>Vue de carte : %1 couches affichées, %2 fiches mises en évidence, centre %3 (%4)</translation>
    </message>
    <message>
        <source>Title (FR)</source>
        <translation>Titre (FR)</translation>
    </message>
    <message>
        <source>Title (NL)</source>
        <translation>Titre (NL)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link address (https://…)</source>
        <translation>Adresse du lien (https://…)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Makes the selected text a link to this address</source>
        <translation>Fait du texte sélectionné un lien vers cette adresse</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Media of the mediatheque</source>
        <translation>Médias de la médiathèque</translation>
    </message>
    <message>
        <source>Capture map view</source>
        <translation>Capturer la vue de carte</translation>
    </message>
    <message>
        <source>The map's extent, visible layers and selected fiche become this section's view</source>
        <translation>L’emprise de la carte, les couches visibles et la fiche sélectionnée deviennent la vue de cette section</translation>
    </message>
    <message>
        <source>No view</source>
        <translation>Aucune vue</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>Enregistrer la section</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivitiesFeature</name>
    <message>
        <source>This place cannot be expressed in longitude and latitude (%1).</source>
        <translation>Ce lieu ne peut pas être exprimé en longitude et latitude (%1).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ActivityFormDialog</name>
    <message>
        <source>Not placed</source>
        <translation>Non localisée</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <translation>Point à %1, %2</translation>
    </message>
    <message>
        <source>Unreadable location</source>
        <translation>Localisation illisible</translation>
    </message>
    <message>
        <source>Area of %1 points around %2, %3</source>
        <translation>Zone de %1 points autour de %2, %3</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Title (&amp;FR):</source>
        <translation>Titre (&amp;FR) :</translation>
    </message>
    <message>
        <source>Title (&amp;NL):</source>
        <translation>Titre (&amp;NL) :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connu</translation>
    </message>
    <message>
        <source>Point on the map</source>
        <translation>Point sur la carte</translation>
    </message>
    <message>
        <source>Area on the map</source>
        <translation>Zone sur la carte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Liée à :</translation>
    </message>
    <message>
        <source>Fiches</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
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
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
    <message>
        <source>IGN Plan (France)</source>
        <translation>Plan IGN (France)</translation>
    </message>
    <message>
        <source>© IGN – Géoplateforme</source>
        <translation>© IGN – Géoplateforme</translation>
    </message>
    <message>
        <source>IGN aerial photos (France)</source>
        <translation>Photographies aériennes IGN (France)</translation>
    </message>
    <message>
        <source>GRB base map (Flanders)</source>
        <translation>Carte de base GRB (Flandre)</translation>
    </message>
    <message>
        <source>© Digitaal Vlaanderen</source>
        <translation>© Digitaal Vlaanderen</translation>
    </message>
    <message>
        <source>Aerial photos (Flanders)</source>
        <translation>Photographies aériennes (Flandre)</translation>
    </message>
    <message>
        <source>not an MBTiles file: it needs the tables metadata and tiles</source>
        <translation>pas un fichier MBTiles : il lui faut les tables metadata et tiles</translation>
    </message>
    <message>
        <source>vector tiles (pbf) cannot be shown as a basemap; use PNG or JPEG tiles</source>
        <translation>des tuiles vectorielles (pbf) ne peuvent pas servir de fond de carte ; utilisez des tuiles PNG ou JPEG</translation>
    </message>
    <message>
        <source>no basemap preset of that name (presets: %1)</source>
        <translation>aucun fond de carte prédéfini de ce nom (fonds : %1)</translation>
    </message>
    <message>
        <source>the deepest zoom level must be from 0 to 24</source>
        <translation>le niveau de zoom le plus fin doit être compris entre 0 et 24</translation>
    </message>
</context>
<context>
    <name>atlas::core</name>
    <message>
        <source>a tile URL starts with http:// or https://</source>
        <translation>une URL de tuiles commence par http:// ou https://</translation>
    </message>
    <message>
        <source>the tile URL has no server name</source>
        <translation>l’URL de tuiles n’a pas de nom de serveur</translation>
    </message>
    <message>
        <source>the tile URL needs the placeholders {z}, {x} and {y} (%1 is missing)</source>
        <translation>l’URL de tuiles doit contenir {z}, {x} et {y} (%1 manque)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerListModel</name>
    <message>
        <source>Basemap from the file %1</source>
        <translation>Fond de carte tiré du fichier %1</translation>
    </message>
    <message>
        <source>Basemap from the tile service %1 (fetched when shown, kept on disk)</source>
        <translation>Fond de carte du service de tuiles %1 (chargé à l’affichage, gardé sur disque)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddBasemapDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Add basemap</source>
        <translation>Ajouter un fond de carte</translation>
    </message>
    <message>
        <source>Other tile service (XYZ URL)</source>
        <translation>Autre service de tuiles (URL XYZ)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>Fichier MBTiles (hors ligne)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution :</translation>
    </message>
    <message>
        <source>Deepest zoom level:</source>
        <translation>Niveau de zoom le plus fin :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>The tiles are read from the file: no network is used.</source>
        <translation>Les tuiles sont lues dans le fichier : aucun accès au réseau.</translation>
    </message>
    <message>
        <source>Tiles are fetched from the internet when the map shows them and kept on disk, so places already seen still show offline. The attribution is drawn on the map.</source>
        <translation>Les tuiles sont chargées depuis internet quand la carte les affiche et gardées sur disque : les lieux déjà vus restent visibles hors ligne. L’attribution est affichée sur la carte.</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>Fichier MBTiles</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read layers</source>
        <translation>Lire les couches</translation>
    </message>
    <message>
        <source>WMTS service (capabilities URL)</source>
        <translation>Service WMTS (URL des capacités)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>WMTS layer:</source>
        <translation>Couche WMTS&#xa0;:</translation>
    </message>
    <message>
        <source>read the service's layers first (Read layers)</source>
        <translation>lisez d’abord les couches du service (Lire les couches)</translation>
    </message>
    <message>
        <source>Reading the layers of the service…</source>
        <translation>Lecture des couches du service…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::BasemapActions</name>
    <message>
        <source>Add &amp;basemap…</source>
        <translation>Ajouter un &amp;fond de carte…</translation>
    </message>
    <message>
        <source>A map or aerial photos under the layers: public tile services or an MBTiles file</source>
        <translation>Une carte ou des photos aériennes sous les couches : services de tuiles publics ou fichier MBTiles</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>cannot build the overviews</source>
        <translation>impossible de construire les aperçus</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RelatedFichesEditor</name>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Search a fiche to link…</source>
        <translation>Chercher une fiche à lier…</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MediaDetailsDialog</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Media details</source>
        <translation>Détails du média</translation>
    </message>
    <message>
        <source>photographer, organisation…</source>
        <translation>photographe, organisme…</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Tous droits réservés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformActions</name>
    <message>
        <source>&amp;Move features</source>
        <translation>&amp;Déplacer des entités</translation>
    </message>
    <message>
        <source>R&amp;otate features</source>
        <translation>&amp;Tourner des entités</translation>
    </message>
    <message>
        <source>Features not changed</source>
        <translation>Entités non modifiées</translation>
    </message>
    <message>
        <source>Done. Undo with %1.</source>
        <translation>Fait. Annuler avec %1.</translation>
    </message>
    <message>
        <source>Drag the selected features, or the one under the cursor, to move them; Esc drops the drag.</source>
        <translation>Faites glisser les entités sélectionnées, ou celle sous le curseur, pour les déplacer ; Échap abandonne.</translation>
    </message>
    <message>
        <source>Drag around the features&apos; centre to turn them; Esc drops the drag.</source>
        <translation>Faites glisser autour du centre des entités pour les tourner ; Échap abandonne.</translation>
    </message>
    <message>
        <source>Click a feature, then drag its vertices; double-click an edge to add one, right-click or Delete removes one.</source>
        <translation>Cliquez une entité, puis faites glisser ses sommets ; double-clic sur un côté pour en ajouter un, clic droit ou Suppr pour en retirer un.</translation>
    </message>
    <message>
        <source>Edit &amp;vertices</source>
        <translation>Modifier les &amp;sommets</translation>
    </message>
    <message>
        <source>&amp;Snap to layers</source>
        <translation>&amp;Accrocher aux couches</translation>
    </message>
    <message numerus="yes">
        <source>Drawing and vertex tools snap to the vertices and edges of visible layers within %n pixel(s)</source>
        <translation>
            <numerusform>Les outils de dessin et de sommets s’accrochent aux sommets et côtés des couches visibles à %n pixel près</numerusform>
            <numerusform>Les outils de dessin et de sommets s’accrochent aux sommets et côtés des couches visibles à %n pixels près</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::TransformFeaturesTool</name>
    <message>
        <source>Feature %1 cannot be placed there in the layer&apos;s CRS (%2).</source>
        <translation>L’entité %1 ne peut pas être placée là dans le SCR de la couche (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feature(s)</source>
        <translation>
            <numerusform>Déplacer %n entité</numerusform>
            <numerusform>Déplacer %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n feature(s)</source>
        <translation>
            <numerusform>Tourner %n entité</numerusform>
            <numerusform>Tourner %n entités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::NewLayerDialog</name>
    <message>
        <source>Remove field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>New layer</source>
        <translation>Nouvelle couche</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Polygones</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices (separated by |)</source>
        <translation>Choix (séparés par |)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <source>Attribute fields</source>
        <translation>Champs attributaires</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ImportLayersDialog</name>
    <message>
        <source>Import into the atlas — %1</source>
        <translation>Importer dans l’atlas — %1</translation>
    </message>
    <message>
        <source>the name of each layer</source>
        <translation>le nom de chaque couche</translation>
    </message>
    <message>
        <source>keep the file&apos;s CRS (or e.g. EPSG:2154)</source>
        <translation>garder le SCR du fichier (ou p. ex. EPSG:2154)</translation>
    </message>
    <message>
        <source>Automatic (.cpg, code page, else UTF-8 or Latin-1)</source>
        <translation>Automatique (.cpg, page de code, sinon UTF-8 ou Latin-1)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>New layer name</source>
        <translation>Nom de la nouvelle couche</translation>
    </message>
    <message>
        <source>Transform to CRS</source>
        <translation>Transformer vers le SCR</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage des textes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ExportLayerDialog</name>
    <message>
        <source>CSV: X and Y columns instead of WKT (points)</source>
        <translation>CSV : colonnes X et Y au lieu du WKT (points)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>keep the layer&apos;s CRS (or e.g. EPSG:4326)</source>
        <translation>garder le SCR de la couche (ou p. ex. EPSG:4326)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;CSV (*.csv);;FlatGeobuf (*.fgb);;DXF (*.dxf)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml);;CSV (*.csv);;FlatGeobuf (*.fgb);;DXF (*.dxf)</translation>
    </message>
    <message>
        <source>Name the file with .gpkg, .geojson, .shp, .kml, .csv, .fgb or .dxf</source>
        <translation>Nommez le fichier en .gpkg, .geojson, .shp, .kml, .csv, .fgb ou .dxf</translation>
    </message>
    <message numerus="yes">
        <source>Selected features only (%n)</source>
        <translation>
            <numerusform>Entités sélectionnées seulement (%n)</numerusform>
            <numerusform>Entités sélectionnées seulement (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerDataActions</name>
    <message>
        <source>Layer “%1” created; draw in it with Edit › Add feature.</source>
        <translation>Couche « %1 » créée ; dessinez-y avec Édition › Ajouter une entité.</translation>
    </message>
    <message>
        <source>Import into the atlas</source>
        <translation>Importer dans l’atlas</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.dxf *.tab *.mif);;All files (*)</source>
        <translation>Données vectorielles (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite *.dxf *.tab *.mif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 has no vector layer to import.</source>
        <translation>%1 n’a pas de couche vectorielle à importer.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import cancelled; the atlas is as it was.</source>
        <translation>Import annulé ; l’atlas est tel qu’avant.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>Choose a vector layer in the Layers panel first.</source>
        <translation>Choisissez d’abord une couche vectorielle dans le panneau Couches.</translation>
    </message>
    <message>
        <source>&amp;New layer…</source>
        <translation>&amp;Nouvelle couche…</translation>
    </message>
    <message>
        <source>&amp;Import into atlas…</source>
        <translation>&amp;Importer dans l’atlas…</translation>
    </message>
    <message>
        <source>E&amp;xport layer…</source>
        <translation>E&amp;xporter la couche…</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n feature(s)</source>
        <translation>
            <numerusform>« %1 » : %n entité</numerusform>
            <numerusform>« %1 » : %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) written to %1</source>
        <translation>
            <numerusform>%n entité écrite dans %1</numerusform>
            <numerusform>%n entités écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::VertexTool</name>
    <message>
        <source>Remove vertex</source>
        <translation>Retirer le sommet</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Déplacer le sommet</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>Ajouter un sommet</translation>
    </message>
    <message>
        <source>That vertex cannot go: a line keeps two vertices and a ring three corners.</source>
        <translation>Ce sommet ne peut pas être retiré : une ligne garde deux sommets et un anneau trois coins.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ClipboardActions</name>
    <message>
        <source>Features not copied</source>
        <translation>Entités non copiées</translation>
    </message>
    <message>
        <source>Features not pasted</source>
        <translation>Entités non collées</translation>
    </message>
    <message>
        <source>Select features in the attribute table or on the map first.</source>
        <translation>Sélectionnez d’abord des entités dans la table attributaire ou sur la carte.</translation>
    </message>
    <message>
        <source>Copy features first.</source>
        <translation>Copiez d’abord des entités.</translation>
    </message>
    <message>
        <source>&amp;Copy features</source>
        <translation>&amp;Copier des entités</translation>
    </message>
    <message>
        <source>&amp;Paste features</source>
        <translation>Co&amp;ller des entités</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) copied from %1</source>
        <translation>
            <numerusform>%n entité copiée depuis %1</numerusform>
            <numerusform>%n entités copiées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n feature(s) into %1</source>
        <translation>
            <numerusform>Coller %n entité dans %1</numerusform>
            <numerusform>Coller %n entités dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) pasted into %1</source>
        <translation>
            <numerusform>%n entité collée dans %1</numerusform>
            <numerusform>%n entités collées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ui::FeatureEditSketchTool</name>
    <message>
        <source>The shape cannot be placed in the layer&apos;s CRS (%1).</source>
        <translation>La forme ne peut pas être placée dans le SCR de la couche (%1).</translation>
    </message>
</context>
<context>
    <name>atlas::ui::AddRingTool</name>
    <message>
        <source>Start the ring inside a polygon of the layer, or select the polygon first.</source>
        <translation>Commencez l’anneau à l’intérieur d’un polygone de la couche, ou sélectionnez d’abord le polygone.</translation>
    </message>
    <message>
        <source>Add a ring to feature %1</source>
        <translation>Ajouter un anneau à l’entité %1</translation>
    </message>
    <message>
        <source>The ring cannot be cut: %1.</source>
        <translation>L’anneau ne peut pas être découpé : %1.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SplitFeaturesTool</name>
    <message>
        <source>Feature %1 cannot be split: %2.</source>
        <translation>L’entité %1 ne peut pas être découpée : %2.</translation>
    </message>
    <message>
        <source>The line does not cross any line or polygon of the layer; draw it right across.</source>
        <translation>La ligne ne traverse aucune ligne ni aucun polygone de la couche ; tracez-la de part en part.</translation>
    </message>
</context>
<context>
    <name>atlas::ui::SplitMergeActions</name>
    <message>
        <source>Draw a ring inside a polygon to cut a hole in it</source>
        <translation>Tracer un anneau dans un polygone pour y découper un trou</translation>
    </message>
    <message>
        <source>Only polygons take rings.</source>
        <translation>Seuls les polygones reçoivent des anneaux.</translation>
    </message>
    <message>
        <source>Draw a line across the selected lines or polygons (or any it crosses) to split them</source>
        <translation>Tracer une ligne à travers les lignes ou polygones sélectionnés (ou tous ceux qu’elle traverse) pour les découper</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Seuls les lignes et les polygones peuvent être découpés.</translation>
    </message>
    <message>
        <source>Select two features or more of the current layer in its table or on the map</source>
        <translation>Sélectionnez au moins deux entités de la couche courante dans sa table ou sur la carte</translation>
    </message>
    <message>
        <source>Click the ring&apos;s vertices inside the polygon; double-click or Enter cuts the hole, Esc starts over.</source>
        <translation>Cliquez les sommets de l’anneau dans le polygone ; un double-clic ou Entrée découpe le trou, Échap recommence.</translation>
    </message>
    <message>
        <source>Click the split line&apos;s vertices right across the features; double-click or Enter splits, Esc starts over.</source>
        <translation>Cliquez les sommets de la ligne de découpe de part en part des entités ; un double-clic ou Entrée découpe, Échap recommence.</translation>
    </message>
    <message>
        <source>No hole cut</source>
        <translation>Aucun trou découpé</translation>
    </message>
    <message>
        <source>Nothing split</source>
        <translation>Rien n’a été découpé</translation>
    </message>
    <message>
        <source>Done. Undo with %1.</source>
        <translation>Fait. Annulez avec %1.</translation>
    </message>
    <message>
        <source>Features not merged</source>
        <translation>Entités non fusionnées</translation>
    </message>
    <message>
        <source>Add r&amp;ing</source>
        <translation>Ajouter un a&amp;nneau</translation>
    </message>
    <message>
        <source>S&amp;plit features</source>
        <translation>Dé&amp;couper des entités</translation>
    </message>
    <message>
        <source>Mer&amp;ge selected features</source>
        <translation>&amp;Fusionner les entités sélectionnées</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MergeFeaturesDialog</name>
    <message>
        <source>Merge features of %1</source>
        <translation>Fusionner des entités de %1</translation>
    </message>
    <message>
        <source>The merged feature keeps the id of feature %1 and the attributes of:</source>
        <translation>L’entité fusionnée garde l’identifiant de l’entité %1 et les attributs de :</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RasterStyleEditor</name>
    <message>
        <source>Own colours (RGB or grey)</source>
        <translation>Couleurs propres (RVB ou gris)</translation>
    </message>
    <message>
        <source>Grey stretch</source>
        <translation>Niveaux de gris étirés</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Dégradé de couleurs</translation>
    </message>
    <message>
        <source>Hillshade</source>
        <translation>Ombrage du relief</translation>
    </message>
    <message>
        <source>The band&apos;s own minimum and maximum</source>
        <translation>Minimum et maximum de la bande</translation>
    </message>
    <message>
        <source>Read from the band</source>
        <translation>Lire dans la bande</translation>
    </message>
    <message>
        <source>Shade with the relief</source>
        <translation>Ombrer selon le relief</translation>
    </message>
    <message>
        <source>Render as</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Minimum, maximum</source>
        <translation>Minimum, maximum</translation>
    </message>
    <message>
        <source>Light from (azimuth)</source>
        <translation>Lumière venant de (azimut)</translation>
    </message>
    <message>
        <source>Light height (altitude)</source>
        <translation>Hauteur de la lumière (altitude)</translation>
    </message>
    <message>
        <source>Height exaggeration (z-factor)</source>
        <translation>Exagération des hauteurs (facteur z)</translation>
    </message>
</context>
<context>
    <name>atlas::ui::RasterActions</name>
    <message>
        <source>Building the overviews of %1…</source>
        <translation>Construction des aperçus de %1…</translation>
    </message>
    <message>
        <source>Overviews cancelled; the raster is as it was.</source>
        <translation>Aperçus annulés ; le raster est inchangé.</translation>
    </message>
    <message>
        <source>Atlas Territoires</source>
        <translation>Atlas Territoires</translation>
    </message>
    <message>
        <source>“%1”: overviews built, down to 1/%2 of the full size</source>
        <translation>« %1 » : aperçus construits, jusqu’à 1/%2 de la taille réelle</translation>
    </message>
    <message>
        <source>“%1” is small enough to be read whole: no overview needed</source>
        <translation>« %1 » est assez petit pour être lu en entier : aucun aperçu nécessaire</translation>
    </message>
    <message>
        <source>Build &amp;overviews…</source>
        <translation>Construire les &amp;aperçus…</translation>
    </message>
    <message>
        <source>Build reduced copies of the raster layer so that it draws fast when zoomed out</source>
        <translation>Construire des copies réduites de la couche raster pour qu’elle s’affiche vite en vue éloignée</translation>
    </message>
    <message>
        <source>Build overviews?</source>
        <translation>Construire les aperçus&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is large (%2 × %3 pixels) and has no overviews: zoomed-out frames would read all of it. Build them now? (File › Build overviews… does it later.)</source>
        <translation>«&#xa0;%1&#xa0;» est grand (%2 × %3 pixels) et n’a pas d’aperçus&#xa0;: les vues d’ensemble le liraient en entier. Les construire maintenant&#xa0;? (Fichier › Construire les aperçus… le fait plus tard.)</translation>
    </message>
</context>
<context>
    <name>atlas::gis</name>
    <message>
        <source>the icon %1 is not an SVG image that can be drawn</source>
        <translation>l’icône %1 n’est pas une image SVG lisible</translation>
    </message>
    <message>
        <source>the icon file %1 is missing</source>
        <translation>le fichier d’icône %1 est introuvable</translation>
    </message>
    <message>
        <source>%1; its points are drawn as the marker shape</source>
        <translation>%1 ; ses points sont dessinés avec la forme du symbole</translation>
    </message>
</context>
<context>
    <name>atlas::ui::ScaleRangeEdit</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Hidden when zoomed in closer than this scale</source>
        <translation>Masqué en zoomant plus près que cette échelle</translation>
    </message>
    <message>
        <source>Hidden when zoomed out beyond this scale</source>
        <translation>Masqué en dézoomant au-delà de cette échelle</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>atlas::ui::MarkerIconCombo</name>
    <message>
        <source>Church</source>
        <translation>Église</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingle</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Shape (no icon)</source>
        <translation>Forme (sans icône)</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Choose an SVG icon</source>
        <translation>Choisir une icône SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Icon not usable</source>
        <translation>Icône inutilisable</translation>
    </message>
</context>
<context>
    <name>atlas::ui::LayerStyleDialog</name>
    <message>
        <source>Solid</source>
        <translation>Continu</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>Tiret-point</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimètres</translation>
    </message>
    <message>
        <source>Pixels are 1/96 inch, so sizes look the same on screen and on paper</source>
        <translation>Un pixel vaut 1/96 de pouce : les tailles sont les mêmes à l’écran et sur papier</translation>
    </message>
    <message>
        <source>Where labels of two layers collide, the higher priority is shown</source>
        <translation>Quand les étiquettes de deux couches se chevauchent, la priorité la plus haute l’emporte</translation>
    </message>
    <message>
        <source>Stroke style</source>
        <translation>Style du contour</translation>
    </message>
    <message>
        <source>Marker icon</source>
        <translation>Icône du symbole</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Unité des tailles</translation>
    </message>
    <message>
        <source>Label priority</source>
        <translation>Priorité des étiquettes</translation>
    </message>
    <message>
        <source>Labels shown</source>
        <translation>Étiquettes affichées</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Multiply</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Incrustation</translation>
    </message>
    <message>
        <source>Darken</source>
        <translation>Assombrir</translation>
    </message>
    <message>
        <source>Lighten</source>
        <translation>Éclaircir</translation>
    </message>
    <message>
        <source>How the layer is laid over the layers below it</source>
        <translation>Comment la couche se superpose aux couches du dessous</translation>
    </message>
    <message>
        <source>Blending</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation>Couche affichée</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
</TS>
