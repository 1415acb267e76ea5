"""Messages of session files (``.vigie``): why one cannot be opened, saved or locked."""

MESSAGES = {
    # (fr, en)
    # --- opening
    "session.missing": (
        "{path} n'existe pas (déplacé ou supprimé ?)",
        "{path} does not exist (moved or deleted?)",
    ),
    "session.folder": (
        "{path} est un dossier, pas un fichier de session",
        "{path} is a folder, not a session file",
    ),
    "session.unreadable": ("{path} est illisible : {problem}", "{path} cannot be read: {problem}"),
    "session.invalid": ("{file} : l'audit n'est pas valide", "{file}: the audit is not valid"),
    "session.json_invalid": (
        "{file} : audit.json n'est pas valide",
        "{file}: audit.json is not valid",
    ),
    "session.too_large": (
        "{file} : {size:,} octets dépassent la limite de {limit:,} octets d'une session",
        "{file}: {size:,} bytes is over the {limit:,}-byte limit for a session",
    ),
    "session.zip_damaged": (
        "{file} : le conteneur zip est endommagé ({problem})",
        "{file}: the zip container is damaged ({problem})",
    ),
    "session.empty": (
        "{file} : le fichier est vide (0 octet)",
        "{file}: the file is empty (0 bytes)",
    ),
    "session.zero_bytes": (
        "{file} : le fichier commence par des octets nuls (une écriture interrompue ?)",
        "{file}: the file starts with zero bytes (an interrupted write?)",
    ),
    "session.not_zip": (
        "{file} : ce n'est pas une session Vigie (pas un conteneur zip)",
        "{file}: this is not a Vigie session (not a zip container)",
    ),
    "session.not_zip_looks_like": (
        "{file} : ce n'est pas une session Vigie (pas un conteneur zip ; cela ressemble à {what})",
        "{file}: this is not a Vigie session (not a zip container; it looks like {what})",
    ),
    # what a path names when it is not an ordinary file (wizard/sessions/regular_file.py)
    "file.kind.folder": ("un dossier", "a folder"),
    "file.kind.pipe": ("un tube nommé", "a named pipe"),
    "file.kind.socket": ("un socket", "a socket"),
    "file.kind.device": ("un périphérique", "a device"),
    "file.kind.other": ("autre chose qu'un fichier ordinaire", "not an ordinary file"),
    "session.not_regular": (
        "{file} : c'est {kind}, pas un fichier de session",
        "{file}: this is {kind}, not a session file",
    ),
    "session.unknown_size": (
        "{file} : ce n'est pas une session Vigie (un fichier système de taille inconnue)",
        "{file}: this is not a Vigie session (a system file whose size is unknown)",
    ),
    "session.appended": (
        "{file} : le fichier contient des données inconnues après sa fin "
        "(quelque chose y a été ajouté)",
        "{file}: the file has unknown data after its end (something was appended to it)",
    ),
    "session.truncated": (
        "{file} : le fichier est tronqué ou endommagé (le répertoire zip à sa fin manque)",
        "{file}: the file is truncated or damaged (the zip directory at its end is missing)",
    ),
    "session.office": (
        "{file} : c'est un document Office, pas une session Vigie",
        "{file}: this is an Office document, not a Vigie session",
    ),
    "session.no_mimetype": (
        "{file} : ce zip n'est pas une session Vigie (pas de type mime)",
        "{file}: this zip is not a Vigie session (no mimetype)",
    ),
    "session.odd_mimetype": (
        "{file} : ce zip n'est pas une session Vigie (type mime inhabituel)",
        "{file}: this zip is not a Vigie session (odd mimetype)",
    ),
    "session.other_type": (
        "{file} : ce zip n'est pas une session Vigie (type {type!r})",
        "{file}: this zip is not a Vigie session (type {type!r})",
    ),
    "session.no_audit": (
        "{file} : l'audit (audit.json) manque dans le fichier",
        "{file}: the audit (audit.json) is missing from the file",
    ),
    "session.member_unreadable": (
        "{file} : {member} est illisible ({problem})",
        "{file}: {member} cannot be read ({problem})",
    ),
    "session.encrypted": (
        "{file} : le membre {member!r} est chiffré",
        "{file}: the member {member!r} is encrypted",
    ),
    "session.not_vigie": (
        "{file} : le fichier ne contient pas un audit Vigie",
        "{file}: the file does not hold a Vigie audit",
    ),
    "session.newer": (
        "{file} a été créé par une version plus récente de Vigie (format {version}) ; mettez "
        "Vigie à jour pour l'ouvrir",
        "{file} was made by a newer version of Vigie (format {version}); update Vigie to open it",
    ),
    "session.too_old": (
        "{file} : le format {version} est trop ancien pour être converti",
        "{file}: format {version} is too old to be converted",
    ),
    "session.not_convertible": (
        "{file} : l'ancien audit ne peut pas être converti",
        "{file}: the old audit cannot be converted",
    ),
    "session.problems_more": (
        "… et {count:,} problèmes de plus",
        "… and {count:,} more problems",
    ),
    "session.top_level": ("(niveau supérieur)", "(top level)"),
    "session.warn.attachment_missing": (
        "la pièce jointe {name!r} manque dans le fichier",
        "the attachment {name!r} is missing from the file",
    ),
    "session.warn.attachment_unlisted": (
        "pièce jointe absente de l'audit ignorée ({digest}…)",
        "ignored an attachment not listed in the audit ({digest}…)",
    ),
    "session.warn.unknown_member": (
        "membre inconnu ignoré : {name!r}",
        "ignored an unknown member {name!r}",
    ),
    "session.warn.mimetype": (
        "le membre mimetype n'est pas le premier ou est compressé (fichier recompressé ?)",
        "the mimetype member is not first or is compressed (re-zipped file?)",
    ),
    # --- saving
    "session.save.invalid": (
        "Non enregistré : l'audit contient des données non valides ({problems})",
        "Not saved: the audit has invalid data ({problems})",
    ),
    "session.save.moved": (
        "{file} a été déplacé ou supprimé depuis son ouverture ; enregistrez-le sous un "
        "nouveau nom",
        "{file} was moved or deleted since it was opened; save it under a new name",
    ),
    "session.save.changed": (
        "{file} a été modifié par quelqu'un d'autre depuis son ouverture ; enregistrez votre "
        "version comme une copie",
        "{file} was changed by someone else since it was opened; save your version as a copy",
    ),
    "session.save.folder": (
        "Impossible d'enregistrer {path} : c'est un dossier",
        "Could not save {path}: it is a folder",
    ),
    # --- locks and recovery copies
    "session.lock.unreadable": (
        "impossible de lire le fichier de verrou {path} : {problem}",
        "cannot read the lock file {path}: {problem}",
    ),
    "session.lock.cannot_create_because": (
        "impossible de créer le fichier de verrou {path} : {problem}",
        "cannot create the lock file {path}: {problem}",
    ),
    "session.lock.cannot_create": (
        "impossible de créer le fichier de verrou {path}",
        "cannot create the lock file {path}",
    ),
    "session.lock.open_by": (
        "{file} est ouvert par {who} sur {host} depuis {since}",
        "{file} is open by {who} on {host} since {since}",
    ),
    "session.lock.open_by_unknown": (
        "{file} est ouvert par un utilisateur inconnu (le fichier de verrou est illisible)",
        "{file} is open by an unknown user (the lock file is unreadable)",
    ),
    "session.lock.unknown_user": ("un utilisateur inconnu", "an unknown user"),
    "session.lock.unknown_host": ("un ordinateur inconnu", "an unknown computer"),
    "session.recovery.folder": (
        "impossible de créer le dossier de récupération {path} : {problem}",
        "cannot create the recovery folder {path}: {problem}",
    ),
    "session.recovery.delete": (
        "impossible de supprimer la copie de récupération {path} : {problem}",
        "cannot delete the recovery copy {path}: {problem}",
    ),
}
