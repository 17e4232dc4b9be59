"""Item-specific wording that leaves an item open (a rule's `vague`, next to partial.py's shared
definition): the item is named, but what the spec asks is deferred, declined or another topic.

- data protection: the processing agreement left for later, on request or "if needed"
  ("sluiten partijen zo nodig een verwerkersovereenkomst", "une convention de sous-traitance
  sera conclue séparément", "a DPA is signed on request", "indien gewenst"), or only on a web
  page outside the document ("de verwerkersovereenkomst op www.example.be/dpa");
- escrow: no deposit, or one only on request, under study or to be discussed ("the source code
  is not deposited in escrow", "customers who want an escrow can ask us", "étudiera la
  possibilité", "the parties will discuss a source code escrow arrangement");
- delay: late payment interest (a payment, not the work, is late) and a delay that gives no
  right to anything ("vertraging geeft geen recht op schadevergoeding", "ne peut donner lieu à
  aucune indemnité"), no liability for delays ("cannot be held responsible for delays caused
  by"), and a notice of default about any breach ("kan ontbinden als de andere
  partij na ingebrekestelling tekort blijft schieten");
- response time: the answer to a complaint, not to a support call ("we respond to complaints
  within 5 working days", "klachten beantwoorden we binnen tien werkdagen", "nous répondons
  aux réclamations dans les 15 jours");
- resolution time: the period to remedy a breach before termination ("fails to remedy a
  material breach within 30 days", "non réparé dans les 30 jours d'une mise en demeure", "dat
  niet herstelt binnen 30 dagen na een schriftelijke ingebrekestelling").
"""

_PROCESSING_AGREEMENT = (
    r"(?:verwerkersovereenkomst|verwerkingsovereenkomst|(?:data )?processing agreement|\bdpa\b|"
    r"convention de (?:sous-traitance|traitement)|accord de traitement|contrat de sous-traitance)"
)
_IF_NEEDED_OR_ASKED = (
    r"(?:zo nodig|indien nodig|waar nodig|desgevallend|in voorkomend geval|le cas échéant|"
    r"si nécessaire|au besoin|if (?:needed|required|necessary)|where (?:needed|required|necessary)|"
    r"op (?:\w+ )?verzoek|op (?:eenvoudige )?(?:aan)?vraag|sur (?:simple )?demande|à la demande|"
    r"on (?:\w+ )?request|upon request|"
    # left to the client's wish: "indien gewenst", "si le client le souhaite", "if you wish"
    r"indien (?:\w+ )?gewenst|desgewenst|als (?:u|jullie|je|de klant) (?:dat |het )?(?:wil|wenst)|"
    r"si (?:\w+ ){0,2}(?:le )?souhaite|if (?:you|the (?:client|customer)) (?:so )?(?:wish|want)"
    r"|should (?:you|the (?:client|customer)) (?:so )?(?:wish|want))"
)
# a processing agreement held on a web page, outside the document: "volgens de
# verwerkersovereenkomst op clubflow.be/dpa", "the DPA available at www.example.com/dpa"
_ON_A_WEB_PAGE = r"(?:www\.|https?://|\b[a-z0-9-]+\.(?:be|nl|com|eu|fr|lu|io|net|org)/)"
PROCESSING_AGREEMENT_LATER = (
    _IF_NEEDED_OR_ASKED
    + r"[^.\n]{0,80}"
    + _PROCESSING_AGREEMENT
    + r"|"
    + _PROCESSING_AGREEMENT
    + r"[^.\n]{0,60}(?:"
    + _IF_NEEDED_OR_ASKED
    + r"|sera conclue?|will be (?:concluded|signed|drawn up)|(?:wordt|worden) (?:later |nog )?"
    r"(?:opgemaakt|gesloten|afgesloten)|séparément|separately|later)|"
    r"\bnog (?:een |de )?"
    + _PROCESSING_AGREEMENT
    # (the roles, the data or where they are hosted said next to it settle it)
    + r"|^(?!.*(?:processor|\bverwerker\b|sous-traitant|hosted|gehost|héberg|instructi))"
    r".*"
    + _PROCESSING_AGREEMENT
    + r"[^\n]{0,50}?"
    + _ON_A_WEB_PAGE
    # sent later or still to be concluded, with no role, law, place or annex named: "onze standaard
    # verwerkersovereenkomst stuur ik mee met de factuur", "bezorgen we je nog voor de livegang",
    # "we'll send you our standard processing agreement to sign", "sluiten partijen een
    # verwerkersovereenkomst", "the parties will enter into a processing agreement", "les
    # parties concluront une convention de sous-traitance"
    + r"|^(?=.{0,400}$)(?!.*(?:processor|\bverwerker\b|sous-traitant\b|"
    r"verwerkingsverantwoordelijke|controller|responsable du traitement|\bavg\b|gdpr|rgpd|"
    r"(?:artikel|article) 28|opgeslagen|stored|hosted|hébergée?s?|bijlage|annex|schedule))"
    r"(?=.*?(?:"
    + _PROCESSING_AGREEMENT
    + r"[^.\n]{0,60}(?:stuur|stuurt|sturen|bezorg|bezorgt|bezorgen|envoyons|enverrons|"
    r"transmettons) (?:\w+ )?(?:je |jullie |u |vous )?(?:nog|mee|later|ultérieurement|avant|voor|"
    r"samen|bij)\b|\b(?:(?:we|i)(?:'ll| will) send|we send|stuur ik|sturen we|bezorgen we|nous "
    r"vous (?:envoyons|enverrons)) (?:\w+ ){0,3}?(?:our |onze |notre |de |the |une? |an? |een )"
    r"(?:standa\w+ )?"
    + _PROCESSING_AGREEMENT
    + r"|\b(?:sluiten|ondertekenen|tekenen) (?:de )?partijen (?:\w+ )?een "
    + _PROCESSING_AGREEMENT
    + r"|\b(?:the )?parties (?:will |shall )?(?:enter into|conclude|sign) an? "
    + _PROCESSING_AGREEMENT
    + r"|\bles parties (?:concluront|signeront|concluent) une? "
    + _PROCESSING_AGREEMENT
    + r"))"
)
ESCROW_DECLINED = (
    r"|\b(?:is|are|will|shall|does|do) not (?:\w+ )?(?:deposit(?:ed)?|placed|held) (?:(?:the |its "
    r"|our )?(?:source )?code )?(?:in|with)\b|"
    # an escrow only talked about: "the parties will discuss a source code escrow arrangement",
    # "bespreken partijen een escrowregeling", "les parties discuteront d'un dépôt"
    r"\b(?:will|shall|may) (?:\w+ )?discuss\b|\bbespreken\b|\bdiscuteront\b|"
    r"\b(?:se concerteront|en concertation)\b|"
    r"\bnot deposited\b|\b(?:wordt|worden) niet (?:\w+ )?gedeponeerd|\bn'(?:est|sont) pas "
    r"(?:\w+ )?déposée?s?|\b(?:can|may) (?:ask|request)\b[^.\n]{0,30}\b(?:for (?:one|it|an? "
    r"escrow)|escrow)|(?:étudiera|examinera|étudie|examine) la possibilité|"
    r"(?:bekijkt|onderzoekt|bekijken|onderzoeken) (?:de mogelijkheid|of)"
)
DELAY_NOT_SETTLED = (
    r"\b(?:intérêts? de retard|intérêt[^.\n]{0,30}l'an|late payment|betalingsachterstand|"
    r"verwijlintrest|verwijlinterest|nalatigheidsintrest|wettelijke (?:handels)?rente|"
    r"(?:montant|facture)s? impayée?s?|unpaid (?:invoices?|amounts?))|"
    r"\b(?:geeft|geven) geen recht op\b|\bne (?:peut|peuvent|pourra) donner lieu (?:ni )?à\b|"
    r"\b(?:does|shall|will) not (?:entitle|give (?:rise|a right))\b|"
    # no liability for delays: "cannot be held responsible for delays caused by", "nous ne
    # sommes pas responsables ... des retards", "is niet aansprakelijk voor vertraging"
    r"\b(?:not|cannot|niet|pas) (?:be )?(?:held )?(?:liable|responsible|aansprakelijk|"
    r"verantwoordelijk|responsables?)\b[^.\n]{0,80}"
    r"(?:delay|vertraging|retard|late\b|te laat|penalt|boete|pénalit|missed deliver)|"
    # a notice of default about any breach, not about delay
    r"^(?!.*(?:vertrag|te laat|retard|delay|\blate\b|tardi|laattijd|overschrij|dépass|exceed))"
    r".*(?<!zonder )(?<!sans )(?<!without )(?:ingebrekestelling|mise en demeure|notice of default)"
)
BREACH_CURE = (
    r"(?:remedy|remedies|cure|cures) (?:a |the |any |such )?(?:material )?breach|"
    r"(?:non réparée?|non remédiée?)[^.\n]{0,40}mise en demeure|"
    r"ingebrekestelling[^.\n]{0,80}tekort|tekortkoming[^.\n]{0,60}(?:herstel|verhelp)|"
    # the cure period before the notice: "dat niet herstelt binnen 30 dagen na een schriftelijke
    # ingebrekestelling", "remédié dans les 30 jours d'une mise en demeure", "cured within 30
    # days of written notice"
    r"(?:herstel|verhelp)\w*[^.\n]{0,50}ingebrekestelling|(?:répar|remédi)\w*[^.\n]{0,50}"
    r"mise en demeure|(?:remed|cure)\w*[^.\n]{0,50}(?:notice of (?:default|breach)|written notice)"
)
COMPLAINT_ANSWERED = (
    r"\b(?:respond|reply|replies|answer|react)\w* (?:\w+ )?to (?:\w+ )?complaints?\b|"
    r"\bcomplaints? (?:are|will be|shall be) (?:\w+ )?(?:answered|responded)|"
    r"\bklacht(?:en)?\b[^.\n]{0,60}\b(?:reageert|reageren|beantwoord\w*|antwoord\w*)\b|"
    r"\b(?:reageert|reageren|antwoordt?|antwoorden) (?:\w+ ){0,4}op (?:\w+ )?klacht|"
    r"\b(?:plaintes?|réclamations?)\b[^.\n]{0,60}\b(?:répond\w*|réponse)\b|"
    r"\brépond\w* (?:\w+ )?aux (?:plaintes|réclamations)\b"
)
