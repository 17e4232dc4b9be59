"""Rules for the agreement itself (the budget area's rules are in budget_rules.py)."""

from vendorpact.core.contracts.detectors.budget_rules import BUDGET_RULES
from vendorpact.core.contracts.detectors.engine import Rule

# one document goes before another: "dan gaat de offerte voor", "dan gaan deze voorwaarden
# voor" (not "gaat het om een verzoek voor", "gaat de offerte voor de uitbreiding bekijken")
DOCUMENT_GOES_FIRST = (
    r"\bga(?:at|an) (?:de|het|deze|dit|die|onze|uw|jouw) (?:\w+ )?(?:offerte|overeenkomst|"
    r"voorwaarden|bestelbon|opdrachtbevestiging|contract|bijlage|bepalingen)\w*(?: van "
    r"(?:deze|dit|de|het) \w+)? voor(?:\s*[.,;:]|\s*$| op\b)"
)

# the quote as part of the agreement in other words: "de offerte en deze voorwaarden vormen samen
# de overeenkomst", "die samen met dit plan de afspraken vormt", a reference line "Onze
# referentie: offerte NW-OF-26-0912", an item of the list of contract documents ("; l'offre du
# fournisseur n° OF-DP-2026-112", ": 2. offre du prestataire du 04/11/2026"), its prices that
# stay ("de prijzen uit onze offerte TW-2026-188 blijven gelden"); a reference in a sentence
# ("conformément à l'offre n° 2026-14") stays partial
_QUOTE = r"(?:offerte|prijsofferte|quote|quotation|proposal|offre|devis)"
QUOTE_IDENTIFIED = (
    r"\b(?:vormen|vormt|form|forment|constituent) (?:\w+ )?(?:samen|together|ensemble) |"
    r"\bsamen met (?:\w+ ){1,3}(?:de |het )?(?:overeenkomst|afspraken|contract) vorm|"
    r"\b(?:referen(?:ce|tie)|référence)\s?:\s?(?:\w+ ){0,2}?" + _QUOTE + r"\b|"
    r"(?:[;:]|^\W*\d{1,2}[.)])\s?(?:\d{1,2}[.)]\s?)?(?:l'|the |de |het |our |onze |notre )?"
    + _QUOTE
    + r"\b"
    r"[^;.\n]{0,40}(?:n[°o]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4})|"
    r"\b(?:prijzen|tarieven|prices|prix|tarifs) (?:uit|van|in|of|de|from) (?:onze |de |uw |our "
    r"|the |your |notre |votre |l')?" + _QUOTE + r"\b[^.\n]{0,60}\b(?:blijven gelden|remain "
    r"valid|continue to apply|restent (?:valables|d'application))"
)

AGREEMENT_RULES = [
    Rule(
        id="agreement.signed_both",
        settled=r"/s/ ?\w|in witness whereof|duly executed",
        cues=(
            (r"in witness whereof|duly (?:executed|authorized)|have (?:executed|signed) this", 1.0),
            (r"\bby:?\s*(?:/s/|_{3,}|-{3,})|/s/", 1.0),
            (r"(?:signature|signed)\s*(?:by|:)|signature block|by signing (?:this|below)", 0.8),
            (
                r"opgemaakt (?:te|in (?:twee|\d))|in tweevoud|voor akkoord|handtekening|"
                r"ondertekend (?:door|te)|getekend te|aldus (?:overeengekomen|opgemaakt)",
                1.0,
            ),
            (
                r"fait (?:à|en (?:deux|double))|en (?:deux|double) exemplaires?|lu et approuvé|"
                r"bon pour accord|signature du client|pour le (?:client|prestataire)\s*:",
                1.0,
            ),
            (r"\b(?:signature|signé|signed|ondertekening)\b", 0.5),
        ),
        concrete=(
            r"witness|both parties|each party|/s/|beide partijen|tweevoud|deux exemplaires|"
            r"twee exemplaren|deux originaux|twee originelen|"
            r"undersigned|ondergetekenden|soussignés|parties have|namens|duly|lu et approuvé"
        ),
        exclude=r"amend|modif|waive|supplement|counterparts?|wijzig|aanvull|avenant|"
        r"facsimile|electronic signature",
        vague=r"retourner signé|will be signed|return a signed|sera signé|zal worden ondertekend|"
        # an instruction to sign, not a signature: "nom, date et signature précédés de la mention
        # « lu et approuvé »", "handtekening voorafgegaan door 'gelezen en goedgekeurd'"
        r"\bprécédée?s? de la mention\b|\bvoorafgegaan door (?:de (?:handgeschreven )?"
        r"(?:vermelding|woorden)|de handgeschreven)\b|\bpreceded by the (?:words|handwritten)\b|"
        r"\bplease sign\b|\bgelieve (?:\w+ ){0,3}te ondertekenen\b|"
        r"\bveuillez (?:\w+ ){0,2}signer\b",
    ),
    Rule(
        id="agreement.general_terms",
        cues=(
            (
                r"general (?:terms|conditions)|terms and conditions of (?:sale|service)|"
                r"terms and conditions of the \w+ (?:services )?agreement|"
                r"master (?:services )?agreement",
                0.8,
            ),
            (
                # a SaaS vendor's own terms: "subject to the Provider's Terms of Service"
                r"\bsubject to (?:the )?(?:\S+ ){0,2}(?:terms of (?:service|use)|subscription "
                r"terms)\b",
                0.8,
            ),
            (
                r"algemene (?:voorwaarden|bepalingen|leveringsvoorwaarden|inkoopvoorwaarden)|"
                r"(?:verkoops?|leverings|licentie|gebruiks|abonnements|dienstverlenings)voorwaarden",
                1.0,
            ),
            (r"conditions générales|conditions particulières", 1.0),
            (
                # named terms: "zijn de NLdigital Voorwaarden van toepassing", "de ARBIT-
                # voorwaarden zijn van toepassing", "les conditions de vente du prestataire"
                # ("conditions de service" also names an SLA's own conditions)
                r"(?:zijn|is) (?:de |onze )?[\w-]+[- ]voorwaarden(?: \d{4})? van toepassing|"
                r"voorwaarden(?: \d{4})? (?:zijn|is) van toepassing|"
                r"conditions (?:de vente|d'utilisation)\b",
                1.0,
            ),
            (
                r"shall (?:prevail|govern|control)|will (?:prevail|govern|"
                r"control)"
                r"|take[s]? precedence",
                0.8,
            ),
            (r"\bprevails\b|(?:has|have) precedence", 0.8),
            (
                # a conflict clause's condition: "In case of conflict, this document prevails",
                # "where they differ from this letter, this letter prevails"
                r"\bin (?:the )?(?:case|event) of (?:any )?(?:conflict|inconsistency|"
                r"contradiction|discrepancy)\b|\bwhere they (?:differ|conflict)\b",
                0.8,
            ),
            (
                # no general terms at all: "General terms and conditions of either party do not
                # apply", "General terms and conditions of Labstream or of the Laboratory do not
                # apply", "geen algemene voorwaarden van toepassing" (not only the client's
                # purchase conditions set aside: the supplier's may still apply)
                r"\b(?:terms|conditions|voorwaarden)\b[^.\n]{0,30}\b(?:of|van|de|des) (?:either|"
                r"both|any|the) part(?:y|ies)\b[^.\n]{0,40}\b(?:do|does|shall) not apply\b|"
                r"\b(?:terms|conditions)(?: and conditions)? of (?:the )?[\w-]+ (?:or|nor) (?:of )?"
                r"(?:the )?[\w-]+ (?:do|does|shall) not apply\b|\bgeen (?:algemene )?voorwaarden "
                r"van (?:beide|een van beide) partijen\b|\baucunes? conditions générales\b",
                1.0,
            ),
            (
                # a ranked list of the contract documents: "geldt de volgende rangorde"
                r"order of precedence|\brangorde\b|volgorde van voorrang|ordre de (?:priorité|"
                r"préséance|prévalence)|hiérarchie des documents",
                1.0,
            ),
            (r"voorrang|prevaleren|prevaleert|gaan? voor\b|tegenstrijdigheid|strijdigheid", 0.8),
            (r"prévaudr|prévalent|prévaut|primera|priment|en cas de contradiction", 0.8),
            (
                r"entire (?:agreement|understanding)|supersedes? (?:all|any)|"
                r"volledige overeenkomst|"
                r"intégralité de l'accord",
                1.0,
            ),
            (r"purchase order[^.]{0,80}(?:not bind|no effect|shall not apply)", 1.0),
            (
                # the document names the agreement it hangs under: "this annex to the framework
                # agreement", "bijlage bij de raamovereenkomst", "annexe au contrat-cadre"
                r"(?:annex|appendix|schedule|addendum|bijlage|annexe) (?:to|of|bij|au|à l[ae]|du) "
                r"(?:the |de |het |la |le |l')?(?:framework agreement|master (?:services? |"
                r"subscription )?agreement|raamovereenkomst|basisovereenkomst|contrat-cadre|"
                r"accord-cadre)",
                1.0,
            ),
            # Flemish "primeren (op)" = prevail; the general terms of Belgian public
            # procurement: "de algemene uitvoeringsregels zijn van toepassing"
            (r"\bprime(?:ren|ert)\b", 0.8),
            # Dutch "voorgaan": "staat in de offerte iets anders, dan gaat de offerte voor"
            (DOCUMENT_GOES_FIRST, 1.0),
            (r"algemene uitvoeringsregels|règles générales d'exécution", 1.0),
            (
                # which document wins a conflict, in other words: "where this quotation
                # conflicts with those terms, this quotation applies", "en cas de divergence,
                # c'est la proposition qui l'emporte", "bij tegenspraak gaat de offerte voor"
                r"\b(?:conflicts?|inconsisten\w*|discrepanc\w*) (?:with|between)\b[^.\n]{0,60}"
                r"\b(?:applies|apply|prevails?|takes precedence|governs?)\b|"
                r"\ben cas de (?:divergence|conflit|incompatibilité|discordance)\b|"
                r"\b(?:proposition|offre|contrat|convention|conditions|document|annexe|devis|"
                r"commande|présente?s?)\b[^.\n]{0,20}\bl'emporte(?:nt|ra|ront)?\b|"
                r"\bbij (?:tegenspraak|onverenigbaarheid|conflict)\b",
                1.0,
            ),
            (
                # "subject to our Standard Terms of Business", "subject to the general terms of
                # sale of <supplier>"
                r"\bsubject to (?:our|the|its|[\w-]+'s) (?:standard |general )?terms (?:of "
                r"business|and conditions|of sale|of trade|of supply)\b",
                0.8,
            ),
        ),
        concrete=(
            r"conflict|inconsisten|precedence|prevail|govern|control|voorrang|prevaleer|"
            r"rangorde|préséance|priorité|hiérarchie|toepasselijke? voorwaarden|"
            r"strijdig|prévau|prévalent|contradiction|priment|primera|van toepassing|"
            r"divergence|l'emporte|tegenspraak|\bprime sur\b|\bappl(?:y|ies)\b|"
            r"applicables?\b|s'appliquent|d'application|"
            # general terms that apply only where the agreement is silent: a precedence too
            r"ne s'appliqu\w* qu|(?:à titre )?(?:subsidiaire|supplétif)|subsidiair|"
            # special terms that derogate from the general ones prevail over them
            r"\bdérog|\bderogat|in afwijking van|wijk\w* af van|"
            r"aanvullend van toepassing|to the extent not (?:otherwise )?(?:provided|covered)"
            r"|\bprime(?:ren|ert) op\b|" + DOCUMENT_GOES_FIRST
        ),
        exclude=r"governed by (?:the )?laws?|laws? of the state",
        # one side's terms said to apply, without which document prevails: "Our general terms
        # (attached) apply", "Lanwerk's general terms of sale apply to this offer"
        vague=r"\b(?:our|[\w-]+'s) (?:general|standard) terms(?: and conditions)?(?: of "
        r"[\w ]{1,30}?)?(?: \([^()\n]{1,60}\))? (?:also )?appl(?:y|ies)\b(?![^.\n]{0,80}\b(?:"
        r"prevail|precedence|conflict|insofar|to the extent))",
    ),
    Rule(
        id="agreement.quote_included",
        cues=(
            (
                r"(?:in|of|per) (?:the|this|our) proposal|order forms? (?:accepted|signed)|"
                r"volgens (?:de|onze|uw) offerte|conformément (?:à|au) (?:notre |l'|la |le )?"
                r"(?:offre|devis|proposition)|(?:quotation|proposal) (?:dated|no\.?|number|ref)",
                1.0,
            ),
            (r"\b(?:offerte|offertenummer|prijsofferte)\b", 1.0),
            (
                r"\b(?:quotation|quote|proposal|offer)\b[^.\n]{0,80}(?:attached|incorporated|"
                r"part of|"
                r"annex|dated|nr|number|reference|included)",
                1.0,
            ),
            (
                r"(?:attached|incorporat(?:es|ed|ing)|accepted)[^.\n]{0,60}\b(?:quotation|quote|proposal|"
                r"(?:'s|the|our|your) offer)\b",
                1.0,
            ),
            (
                r"\bdevis\b|proposition commerciale|offre (?:de prix|commerciale|n°)|"
                r"\boffre[^.\n]{0,40}(?:fait partie|partie intégrante)",
                1.0,
            ),
            (
                # "l'offre du prestataire n° 26-088 du 20 septembre 2026, qui fait partie ...",
                # "ons voorstel van 21 oktober 2026", "de aanbieding maakt deel uit van ...",
                # "uw prijsopgave nr. 26-1187", "la proposition de prix n° 44"
                r"\b(?:l'offre|offre (?:du|de la|de l')|proposition (?:de prix|"
                r"financière))[^.\n]{0,80}(?:\bn° ?\w|\bdu \d{1,2}|"
                r"datée|(?:fait|font) partie|partie intégrante|ci-jointe|annexée)|"
                r"\b(?:voorstel|aanbieding|prijsvoorstel|projectvoorstel|prijsopga(?:ve|af))\b"
                r"[^.\n]{0,80}"
                r"(?:maakt (?:integraal )?deel uit|\bvan \d{1,2} \w+ \d{4}|d\.d\.|kenmerk|"
                r"\bnr\.? ?\w|bijgevoegd|(?:als|in) bijlage)",
                1.0,
            ),
            (r"order forms? accepted|statement of work|\bsow\b|bestelbon|bon de commande", 0.6),
            (
                # the agreement rests on the offer: "based on our quotation Q-113", "sur la base
                # de notre offre du 3 novembre", "se base sur votre devis"
                r"\b(?:based on|on the basis of) (?:our|the|your) (?:quotation|quote|proposal|"
                r"offer)\b|\b(?:sur (?:la )?base de|se base sur|basée? sur) (?:notre|votre|l'|la|"
                r"le) ?(?:offre|devis|proposition)\b",
                1.0,
            ),
            (
                # the offer is one of the contract documents: "Annex 1 - the Supplier's proposal",
                # "Schedule 4: offer", "Bijlage 2 - offerte", "Annexe 1 : proposition technique"
                # (not "Annex 5 - change proposal form")
                r"\b(?:annexe?|schedule|appendix|bijlage)s?(?: [\w.]{1,4})?\s?[-–:]\s?"
                r"(?:(?!change\b|for\b|pour\b|voor\b)[\w'’.-]+ ){0,3}?(?:offer|proposal|quotation|"
                r"quote|tender|offre|proposition|devis|offerte|voorstel|aanbieding)\b",
                1.0,
            ),
            (
                # the offer named by its reference and date: "the Supplier's offer OF-12 of 3
                # May 2027", "this order form is based on quotation Q-88", "notre proposition
                # P-2027-14 du 3 mai", "le contrat est formé par l'offre acceptée"
                r"\b(?:offer|proposal|tender|quotation) (?:[a-z]{0,5}[-/]?\d[\w/.-]* )?"
                r"(?:of|dated) "
                r"\d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4}|\bbased on (?:quotation|proposal|offer)\b|"
                r"\b(?:notre|votre) proposition\b[^.\n]{0,40}(?:\bdu \d|n°|réf)|"
                r"\bcontrat est (?:constitué|formé) (?:de|par) l'offre\b",
                1.0,
            ),
        ),
        concrete=(
            r"part of|integral|incorporat(?:es|ed|ing)\b|maakt deel uit|integraal|"
            r"based on|on the basis of|gebaseerd op|op basis van|sur (?:la )?base de|se base sur|"
            r"basée? sur|"
            r"(?:fait|font) partie|annex|bijlage|attached|accepted|aanvaard|accepté|"
            + QUOTE_IDENTIFIED
        ),
        # another quote, for extra work: "un devis complémentaire", "quoted separately"
        exclude=r"\bsur devis|devis (?:préalable|soumis|à soumettre|complémentaire|séparé|"
        r"distinct|supplémentaire|spécifique)|(?:à défaut|en l'absence) de devis|(?:aparte|"
        r"afzonderlijke|nieuwe|bijkomende) (?:offerte|prijsofferte|prijsopgave)|quoted "
        r"separately|(?:separate|new|additional) (?:quote|quotation|proposal)|offer(?:ing)? "
        r"(?:to|for) sale|tender offer|"
        r"offer to (?:purchase|sell)",
    ),
]

RULES = AGREEMENT_RULES + BUDGET_RULES
