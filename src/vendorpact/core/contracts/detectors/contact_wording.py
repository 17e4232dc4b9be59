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
WRITER_IS_CONTACT = (
    r"\b(?:i|ik|ikzelf|je)\b (?:\w+ ){0,2}?(?:stay|remain|am|will be|blijf|ben|reste|suis|serai)"
    r" (?:\w+ ){0,4}?(?:your|jullie|uw|je|votre|vos) (?:\w+ ){0,2}?" + CONTACT_ROLE + r"|"
    r"\b(?:aanspreekpunt|contactpersoon) ben ik\b"
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
NAMED_CONTACT_CONCRETE = "|".join((WRITER_IS_CONTACT, NAME_THEN_ROLE, ROLE_IS_PERSON))
# a record kept where the support desk works: "votre dossier technique est conservé dans notre
# système de support", "a named customer success manager"
KNOWLEDGE_KEPT = (
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
)
