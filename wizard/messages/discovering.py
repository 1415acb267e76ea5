"""Messages of account discovery: refused sources, warnings about pages, the printed lists."""

MESSAGES = {
    # (fr, en)
    # --- refused sources (nothing is read)
    "discover.source.missing": (
        "{source} : fichier ou dossier introuvable",
        "{source}: no such file or folder",
    ),
    "discover.source.unknown": (
        "{source} : ni une page Web (.html), ni un plan de site (sitemap.xml), ni des favoris "
        "exportés (.html, .json), ni une archive HAR",
        "{source}: not a web page (.html), a sitemap (sitemap.xml), a bookmarks export "
        "(.html, .json) or a HAR archive",
    ),
    "discover.source.warc": (
        "{source} : les archives WARC ne sont pas lues (aucun lecteur fiable dans Python) ; "
        "enregistrez les pages en HTML ou exportez une archive HAR depuis le navigateur",
        "{source}: WARC archives are not read (no well-kept reader in Python); save the "
        "pages as HTML or export a HAR archive from the browser",
    ),
    "discover.source.unreadable": (
        "{source} : illisible ({problem})",
        "{source}: cannot be read ({problem})",
    ),
    "discover.source.too_big": (
        "{source} : {size:,} octets, au-delà de la limite de {limit:,} octets pour ce type "
        "de fichier",
        "{source}: {size:,} bytes, over the {limit:,}-byte limit for this kind of file",
    ),
    "discover.source.bad_json": (
        "{source} : JSON illisible ({problem})",
        "{source}: unreadable JSON ({problem})",
    ),
    "discover.source.bad_xml": (
        "{source} : XML illisible ({problem})",
        "{source}: unreadable XML ({problem})",
    ),
    "discover.source.not_har": (
        "{source} : pas une archive HAR (il manque log.entries)",
        "{source}: not a HAR archive (log.entries is missing)",
    ),
    "discover.source.not_bookmarks": (
        "{source} : pas un export de favoris (aucune adresse trouvée)",
        "{source}: not a bookmarks export (no address found)",
    ),
    "discover.source.not_sitemap": (
        "{source} : pas un plan de site (ni <urlset> ni <sitemapindex>)",
        "{source}: not a sitemap (neither <urlset> nor <sitemapindex>)",
    ),
    "discover.source.doctype": (
        "{source} : déclaration DOCTYPE ou d'entité refusée dans un plan de site",
        "{source}: a DOCTYPE or entity declaration is refused in a sitemap",
    ),
    "discover.cancelled": (
        "Recherche annulée ; rien n'a changé",
        "Discovery cancelled; nothing changed",
    ),
    # --- warnings: the scan goes on
    "discover.warn.page_too_big": (
        "{page} : page de {size:,} octets non lue (limite {limit:,} octets par page)",
        "{page}: {size:,}-byte page not read (limit {limit:,} bytes per page)",
    ),
    "discover.warn.total": (
        "Limite de {limit:,} octets lus au total atteinte : {page} et les pages suivantes "
        "ne sont pas lues",
        "The {limit:,}-byte total read limit was reached: {page} and the pages after it "
        "are not read",
    ),
    "discover.warn.files": (
        "Plus de {limit:,} pages : seules les {limit:,} premières sont lues ({page} et les "
        "suivantes ne le sont pas)",
        "More than {limit:,} pages: only the first {limit:,} are read ({page} and the ones "
        "after it are not)",
    ),
    "discover.warn.entries": (
        "{folder} : plus de {limit:,} fichiers et dossiers parcourus ; le reste n'est pas lu",
        "{folder}: more than {limit:,} files and folders walked; the rest is not read",
    ),
    "discover.warn.depth": (
        "{folder} : dossiers imbriqués sur plus de {limit} niveaux, non parcourus",
        "{folder}: folders nested more than {limit} levels deep, not walked",
    ),
    "discover.warn.symlink": (
        "{path} : lien symbolique vers un dossier, non suivi",
        "{path}: symbolic link to a folder, not followed",
    ),
    "discover.warn.unreadable": (
        "{page} : illisible ({problem}), page ignorée",
        "{page}: cannot be read ({problem}), page skipped",
    ),
    "discover.warn.encoding": (
        "{page} : ni UTF-8 ni l'encodage déclaré ; lue en Windows-1252, des caractères "
        "peuvent être faux",
        "{page}: neither UTF-8 nor the declared encoding; read as Windows-1252, some "
        "characters may be wrong",
    ),
    "discover.warn.links": (
        "{page} : plus de {limit:,} liens ; les suivants ne sont pas lus",
        "{page}: more than {limit:,} links; the ones after are not read",
    ),
    "discover.warn.json_ld": (
        "{page} : bloc JSON-LD illisible, ignoré ({problem})",
        "{page}: unreadable JSON-LD block, skipped ({problem})",
    ),
    "discover.warn.parse": (
        "{page} : HTML illisible ({problem}), liens lus jusque-là conservés",
        "{page}: unreadable HTML ({problem}), links read so far kept",
    ),
    "discover.warn.sitemap_missing": (
        (
            "{source} : {count:,} page listée n'est pas enregistrée à côté (par ex. {first})",
            "{source} : {count:,} pages listées ne sont pas enregistrées à côté (par ex. {first})",
        ),
        (
            "{source}: {count:,} listed page is not saved beside it (e.g. {first})",
            "{source}: {count:,} listed pages are not saved beside it (e.g. {first})",
        ),
    ),
    "discover.warn.sitemap_urls": (
        "{source} : plus de {limit:,} adresses ; les suivantes ne sont pas lues",
        "{source}: more than {limit:,} addresses; the ones after are not read",
    ),
    "discover.warn.har_entries": (
        "{source} : plus de {limit:,} requêtes ; les suivantes ne sont pas lues",
        "{source}: more than {limit:,} requests; the ones after are not read",
    ),
    # --- what a discovery adds and prints
    "discover.note": (
        "Trouvé sur une page officielle : {page} (lien « {text} »)",
        "Found on an official page: {page} (link “{text}”)",
    ),
    "discover.note.no_text": (
        "Trouvé sur une page officielle : {page}",
        "Found on an official page: {page}",
    ),
    "discover.summary": (
        "{pages:,} pages lues, {found:,} comptes trouvés, {shares:,} liens de partage ignorés",
        "{pages:,} pages read, {found:,} accounts found, {shares:,} share links ignored",
    ),
    "discover.list.new": (
        "Trouvés sur les pages, absents de l'inventaire ({count:,}) :",
        "Found on the pages, not in the inventory ({count:,}):",
    ),
    "discover.list.linked": (
        "Dans l'inventaire et liés depuis une page officielle ({count:,}) :",
        "In the inventory and linked from an official page ({count:,}):",
    ),
    "discover.list.unlinked": (
        "Dans l'inventaire, liés depuis aucune page fournie ({count:,}) :",
        "In the inventory, linked from no page provided ({count:,}):",
    ),
    "discover.list.not_ours": (
        "Marqués « pas à nous », non proposés ({count:,}) :",
        "Marked “not ours”, not proposed ({count:,}):",
    ),
    "discover.list.more": ("… et {count:,} autres", "… and {count:,} more"),
    "discover.warning": ("Avertissement : {text}", "Warning: {text}"),
    "discover.applied": (
        "{added:,} comptes ajoutés, {linked:,} liés depuis le site officiel, {unlinked:,} "
        "liés depuis aucune page",
        "{added:,} accounts added, {linked:,} linked from the official site, {unlinked:,} "
        "linked from no page",
    ),
}
