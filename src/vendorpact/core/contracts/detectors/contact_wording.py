"""What makes a named contact concrete (team.named_team, maintenance.customer_knowledge): a
person named next to the role, in the ways letters and order forms name one.

- the writer of a letter or offer speaking as the contact: "I remain your account manager",
  "ik blijf jullie vaste aanspreekpunt", "jullie contactpersoon ben ik zelf", "je reste votre
  interlocuteur" (the letter is signed by a named person; "our account manager will contact you"
  names no one);
- a name with the role after a dash, a bar or a comma, or after a closing formula: "Pieter
  Claeys | Account manager", "Stijn Peeters - accountmanager", "Cheers, Sanne Mertens Account
  manager";
- the role with a courtesy title or a name after "is" / "est" or a colon: "le gestionnaire de
  compte est M. Dufrane", "votre interlocutrice est Élodie Masson", "Votre account manager :
  Pieter Claes".
"""

# the role words of a contact person on the supplier's side
CONTACT_ROLE = (
    r"(?:account ?manager|accountmanager|customer success manager|gestionnaire de compte|"
    r"responsable de compte|chargée? de compte|aanspreekpunt|contactpersoon|contact person|"
    r"interlocut(?:eur|rice)|project ?manager|projectleider|chef(?:fe)? de projet|consultant)"
)
COURTESY_TITLE = r"(?:m\.|mme|mr\.?|ms\.|mrs\.?|dhr\.|mevr\.|monsieur|madame|de heer|mevrouw)"
# the writer as the contact: "I stay your account manager", "ikzelf ben jullie vaste
# aanspreekpunt", "jullie vaste contactpersoon ben ik zelf", "je reste votre interlocuteur"
# ("c'est moi qui reste votre interlocutrice", "I'll be your contact", "ik doe alles zelf en
# blijf jullie enige aanspreekpunt", "I'm your project lead")
_WRITER_ROLE = r"(?:" + CONTACT_ROLE + r"|contact\b(?! (?:form|details|page))|project lead\b)"
WRITER_IS_CONTACT = (
    r"\b(?:i|ik|ikzelf|je|moi qui|i'll)\b (?:\w+ ){0,4}?(?:stay|remain|am|be|will be|blijf|ben|"
    r"reste|suis|serai) (?:\w+ ){0,4}?(?:your|jullie|uw|je|votre|vos) (?:\w+ ){0,2}?"
    + _WRITER_ROLE
    + r"|\bi'm (?:\w+ )?your (?:\w+ ){0,2}?"
    + _WRITER_ROLE
    + r"|\b(?:aanspreekpunt|contactpersoon) ben ik\b"
)
_NOT_A_NAME = (
    r"(?!(?:the|our|your|a|an|de|het|een|le|la|les|un|une|onze|uw|jullie|notre|votre|nos|vos|"
    r"each|every|elke|iedere|chaque|this|deze|dit|ce|cette|is|est|ben|am)\b)"
)
# a name with the role after a bar, a dash or a comma at the start of a line, or after a
# closing formula: "pieter claeys | account manager", "cheers, sanne mertens account manager"
NAME_THEN_ROLE = (
    r"^"
    + _NOT_A_NAME
    + r"[a-zà-ÿ'-]+ (?:(?:de|van|der|den|le|la|du) )?[a-zà-ÿ'-]+ ?[|,–—-] ?"
    + CONTACT_ROLE
    + r"|\b(?:cheers|regards|groeten|groet|cordialement|bien à vous|salutations),? "
    + _NOT_A_NAME
    + r"[a-zà-ÿ'-]+ (?:(?:de|van|der|den|le|la|du) )?[a-zà-ÿ'-]+,? ?"
    + CONTACT_ROLE
)
# the contact given by courtesy title or name: "le gestionnaire de compte du client est m.
# grégory dufrane", "votre interlocutrice est élodie masson, gestionnaire de compte", "votre
# account manager : pieter claes", "mme lucie gérard, gestionnaire de compte"
_CONTACT = (
    r"(?:account ?manager|accountmanager|gestionnaire de compte|responsable de compte|"
    r"aanspreekpunt|contactpersoon|contact person|interlocut(?:eur|rice))"
)
ROLE_IS_PERSON = (
    _CONTACT + r"[^.\n]{0,20}? (?:is|est|wordt|sera|will be) "
    r"(?:" + COURTESY_TITLE + r" [a-zà-ÿ]|" + _NOT_A_NAME + r"[a-zà-ÿ][\w'’-]+ "
    r"[a-zà-ÿ][\w'’-]+(?:,|\.?$))|" + _CONTACT + r" ?: ?[a-zà-ÿ][\w'’-]+ [a-zà-ÿ][\w'’-]+|"
    r"(?:^|\W)" + COURTESY_TITLE + r" [a-zà-ÿ][\w'’-]+"
)
# a name at the start of the sentence, then "is your account manager" ("Lotte Claes is your
# account manager", "Sofie Maes blijft jullie aanspreekpunt"), or the role right before a name
# and its details ("your account manager Hanne De Wilde (hanne@...)")
NAME_IS_ROLE = (
    r"^"
    + _NOT_A_NAME
    + r"[a-zà-ÿ'-]+ (?:(?:de|van|der|den|le|la|du) )?[a-zà-ÿ'-]+ (?:is|est|blijft|reste|remains|"
    r"stays|wordt|sera|will be) (?:your|uw|jullie|je|votre|vos|the|de|het|le|la) (?:\w+ ){0,2}?"
    + CONTACT_ROLE
    + r"|\b"
    + CONTACT_ROLE
    + r" "
    + _NOT_A_NAME
    + r"[a-zà-ÿ'-]+ (?:(?:de|van|der|den|le|la|du) )?[a-zà-ÿ'-]+ \("
)
NAMED_CONTACT_CONCRETE = "|".join((WRITER_IS_CONTACT, NAME_THEN_ROLE, ROLE_IS_PERSON, NAME_IS_ROLE))
# a record kept where the support desk works: "votre dossier technique est conservé dans notre
# système de support", "a named customer success manager"
KNOWLEDGE_KEPT = (
    # a record of the installation kept: "on garde une fiche de votre installation", "nous
    # conservons un dossier", "we bewaren een fiche"
    r"|\b(?:gard(?:e|ons|ent)|conserv(?:e|ons|ent)|bewaren|bewaart|houden|houdt) (?:une |un |een "
    r")(?:fiche|dossier|overzicht|register)\b"
    r"|\bnamed (?:\w+ ){0,3}(?:manager|contact|engineer)\b|\b(?:conservée?s?|bewaard|stored|kept) "
    r"(?:\w+ )?(?:in|dans) (?:notre|onze|ons|our) "
)
# An escalation path in steps, in other words: "escalatie verloopt van service-engineer naar
# contractmanager en vervolgens naar de directeur", "eerst besproken tussen ... en bij gebrek
# aan oplossing tussen ...", "d'abord ... à défaut ...", "first ... failing that ...", or the
# steps listed after "escalation:"
ESCALATION_PATH_CONCRETE = (
    r"|\bescala\w* (?:\w+ ){0,2}?(?:van|from|de|du) [^.\n]{2,50}? (?:naar|to|à|au|vers) |"
    r"\beerst\b[^.\n]{0,140}\b(?:bij gebrek aan|zonder|bij uitblijven van) (?:een )?"
    r"(?:oplossing|akkoord)\b|\bd'abord\b[^.\n]{0,140}\bà défaut\b|\bfirst\b[^.\n]{0,140}"
    r"\b(?:failing (?:that|which|agreement)|if (?:this|that|it) fails)\b"
    # the steps listed after "escalation:": "escalation: service manager - operations director -
    # ceo", "escalatie: projectleider, daarna de directeur", "escalade : chef de projet, puis"
    r"|\bescala\w*\s?:[^.\n]{2,60}?(?: [-–—>→] | ?[,;]? (?:then|daarna|vervolgens|nadien|puis|"
    r"ensuite) )"
    # escalated to a named level of the supplier or in numbered levels: "you can always escalate
    # to our managing director", "escaleren naar de supportmanager", "escalade : support
    # (niveau 1), responsable de service (niveau 2)"
    r"|\bescal\w* (?:\w+ ){0,3}?(?:to|naar|à|au|vers) (?:our |the |onze |de |notre |le |la |l')?"
    r"(?:[\w-]+ ){0,2}?(?:directors?|directeur|directrice|\w*managers?|ceo|gérante?|zaakvoerder|"
    r"directie|direction|management|bestuurder)\b"
    r"|\bescala\w*\b[^.\n]{0,80}\b(?:niveau|level|lijn|niv\.) ?2\b"
)
# the delivery team named otherwise (team.named_team): a colleague by name ("samen met mijn
# collega Tom Lenaerts", "avec mon collègue Arnaud Gérard", "my colleague Sara") and a fixed team
# counted by role ("een vast team van drie systeembeheerders", "a dedicated team of two
# engineers", "une équipe dédiée de deux techniciens")
TEAM_NAMED = (
    r"|\b(?:mijn|mon|ma|my) (?:collega|collègue|colleague) "
    r"(?!(?:die|dat|qui|que|who|that|pour|voor|for|and|en|et|will|zal|sera|of|van|du|des|to|met|"
    r"with|avec|is|est|op|on|sur|in|dans)\b)[a-zà-ÿ][\w'’-]+"
    r"|\b(?:vast|vaste|toegewezen|dedicated|fixed) (?:team|ploeg) (?:van|of) (?:\d+|een|one|"
    r"twee|two|drie|three|vier|four|vijf|five)\b|\béquipe (?:dédiée|fixe) de (?:\d+|deux|trois|"
    r"quatre|cinq)\b"
)
