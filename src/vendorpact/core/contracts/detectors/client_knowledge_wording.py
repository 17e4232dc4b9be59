"""More wordings of maintenance.customer_knowledge (rollout_maintenance.py): the same person
who stays the client's contact after the work, the client's set-up documented where the desk
works, the technicians who know it, and the supplier keeping that documentation.

- "je reste votre contact par la suite", "votre interlocuteur reste Thomas", "remains your
  contact", "blijft uw vaste aanspreekpunt" (not the contact until the end of a project: "reste
  votre interlocuteur jusqu'à la réception");
- "votre installation est documentée dans notre outil", "your environment is documented in our
  ticketing tool", "uw netwerk is gedocumenteerd in ons";
- "chaque technicien du helpdesk la connaît";
- "nous conservons la documentation de votre tenant", "tient à jour la documentation du
  paramétrage propre à", "we keep the documentation of your network".
"""

_UNTIL_DELIVERY = (
    r"(?! (?:jusqu|pendant (?:le projet|les travaux|la mise)|until|during the (?:project|works)|"
    r"tot (?:de|het) |tijdens (?:het project|de werken)))"
)
CONTACT_WHO_STAYS = (
    r"\breste(?:ra)? (?:votre|le|leur) (?:\w+ )?(?:contact|interlocut(?:eur|rice)|point de contact|"
    r"personne de contact)\b" + _UNTIL_DELIVERY + r"|"
    r"\binterlocut(?:eur|rice) (?:\w+ ){0,2}?reste\b" + _UNTIL_DELIVERY + r"|"
    r"\b(?:remain|stay)s? your (?:\w+ )?(?:contact|point of contact|contact person|account "
    r"manager)\b" + _UNTIL_DELIVERY + r"|"
    r"\bblijf(?:t|en)? (?:uw|jullie|je) (?:vaste |enige )?(?:contactpersoon|aanspreekpunt)\b"
    + _UNTIL_DELIVERY
)
ENVIRONMENT_DOCUMENTED = (
    r"\b(?:installation|environnement|configuration|parc|réseau|infrastructure|tenant)s? (?:est|"
    r"sont) documentée?s? (?:dans|chez|sur)\b|"
    r"\b(?:environment|installation|configuration|network|set-?up) is documented in (?:our|the)\b|"
    r"\b(?:omgeving|installatie|configuratie|netwerk) (?:is|wordt) gedocumenteerd in\b|"
    r"\b(?:technicien|équipe|collaborateur)s?\b[^.\n]{0,40}\b(?:la|le|les|en) conna(?:î|i)"
    r"(?:t|ssent)\b|"
    r"\bconserv(?:ons|e|ent) (?:la |une )?(?:documentation|configuration) (?:de votre|de vos|du "
    r"client)\b|"
    r"\btien(?:t|nent|dra) à jour la documentation (?:de votre|du paramétrage|de la "
    r"configuration|de l'installation)\b|"
    r"\bkeep (?:the |a )?documentation of your\b|\bbewaren de documentatie van uw\b|"
    # a copy kept where the desk works: "on en garde une copie dans notre système de tickets",
    # "conservée dans notre système de support", "kept in our ticketing system"
    r"\b(?:garde|gardons|conservée?s?|conservons)\b[^.\n]{0,40}\bdans (?:notre|son) (?:système|"
    r"outil|logiciel) (?:de |d')?(?:tickets?|support|helpdesk|gestion des tickets)\b|"
    r"\b(?:kept|stored|keep)\b[^.\n]{0,40}\bin our (?:ticketing|support|helpdesk) (?:system|"
    r"tool)\b|\b(?:bewaard|bewaren)\b[^.\n]{0,40}\bin ons (?:ticket|support)\w*systeem\b"
)
# a contact who stays, or documentation kept, is a continuity the client can count on
CONTACT_STAYS_CONCRETE = (
    r"|\breste(?:ra)? votre\b|\binterlocut(?:eur|rice) reste\b|\bremains? your\b|"
    r"\bblijf\w* (?:uw|jullie)\b|\bconserv(?:ons|ent|e) la documentation\b|"
    r"\bdocumentée?s? (?:dans|chez|sur)\b|\bgedocumenteerd in\b|\bdans notre système de "
    r"(?:tickets?|support)\b|\bin our (?:ticketing|support) system\b"
)
