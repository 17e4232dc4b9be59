"""More wording of the maintenance items, in nl / fr / en: the person a supplier assigns to
the client and the record it keeps of the client's installation (customer knowledge), and
releases rolled out with notes (updates)."""

# A person assigned to the client: "a named customer success engineer is assigned to the
# Customer", "l'interlocuteur unique suit le compte du client", "een vaste consultant volgt de
# klant op". A record of the client's installation kept up to date: "keeps a site book for
# the plant", "tient à jour un document d'exploitation du site", "houdt een configuratiefiche
# bij" (not the client keeping its own: the rule's exclude).
ASSIGNED_PERSON_AND_RECORD = (
    (
        r"\b(?:named|designated|assigned) (?:account|service delivery|technical account|support|"
        r"customer success|service) (?:manager|engineer|contact|consultant)s?\b|"
        r"\b(?:manager|engineer|consultant|contact person|technician)s?\b[^.\n]{0,60}\b(?:is|"
        r"are) (?:\w+ )?assigned to (?:the |each |every )?(?:customer|client|account|site)\b|"
        r"\b(?:interlocuteur|gestionnaire|chargée? de compte|consultant|technicien)s?\b[^.\n]"
        r"{0,60}\b(?:suit|suivent|suivra) (?:le compte|le dossier|la relation)\b|"
        r"\b(?:consultant|contactpersoon|accountmanager|technicus|technieker)\b[^.\n]{0,60}"
        r"\bvolgt (?:de klant|het dossier|de installatie)\b",
        1.0,
    ),
    (
        r"\b(?:keeps?|maintains?) (?:an? |the )?(?:up-to-date |current )?(?:site ?book|run ?book|"
        r"log ?book|site file|configuration (?:file|sheet|record)s?)\b|"
        r"\btien(?:t|nent|dra) à jour (?:un|une|le|la) (?:document|dossier|registre|"
        r"inventaire|fiche|cahier|classeur) (?:d'exploitation|technique|de configuration|du "
        r"site|de l'installation|du parc|de l'environnement)\b|"
        r"\bhoudt (?:een |het )?(?:actuele? |actueel )?(?:configuratie\w*|installatiedossier|"
        r"logboek|beheerdossier|sitedossier)\b[^.\n]{0,80}\bbij\b",
        1.0,
    ),
)

# Releases announced or rolled out: "informs the client two weeks before a release through the
# release notes", "nieuwe functionaliteit wordt doorlopend uitgerold", "les nouvelles
# fonctionnalités sont déployées chaque mois" (not new features quoted as extra work).
RELEASE_WORDING = (
    (
        r"\brelease ?notes?\b|\breleasenotes?\b|\bnotes? de (?:version|mise à jour)\b|"
        r"\b(?:new|nieuwe|nouvelles?) (?:functionality|features?|functionaliteit(?:en)?|functies|"
        r"fonctionnalités?)\b[^.\n]{0,40}\b(?:rolled out|released|made available|uitgerold|"
        r"vrijgegeven|beschikbaar gesteld|déployées?|mises? à disposition)\b",
        1.0,
    ),
)
