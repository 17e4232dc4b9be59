"""The risk that the supplier's own terms apply or prevail over the agreement
(risk.supplier_terms_prevail), one of risks.py's rules."""

from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.party_sides import supplier_terms_weights

# general or named terms in Dutch: "algemene voorwaarden", "NLdigital Voorwaarden 2020",
# "ARBIT-voorwaarden", "leveringsvoorwaarden" (not special, purchase or the client's terms)
_NOT_GENERAL = r"(?!bijzondere|specifieke|aankoop|inkoop|speciale)"
_GENERAL_TERMS_NL = _NOT_GENERAL + r"(?:[\w-]+ )?" + _NOT_GENERAL + r"[\w-]*voorwaarden(?: \d{4})?"

SUPPLIER_TERMS_PREVAIL = Rule(
    id="risk.supplier_terms_prevail",
    cues=(
        (
            r"(?:our|supplier'?s?|vendor'?s?|provider'?s?|licensor'?s?) (?:standard |general )?"
            r"(?:terms and conditions|general terms|terms of (?:service|sale|business|trade|"
            r"supply))[^.\n]{0,80}"
            r"(?:apply|prevail|govern|control)",
            1.0,
        ),
        (
            r"algemene voorwaarden van (?:de )?(?:leverancier|opdrachtnemer|dienstverlener|"
            r"ons|onze)|onze algemene voorwaarden|(?:leverings|verkoop)voorwaarden van",
            1.0,
        ),
        (
            r"(?:nos|ses) conditions générales|conditions générales (?:de vente|du prestataire|"
            r"du fournisseur)[^.\n]{0,80}(?:prévalent|s'appliquent|applicables)",
            1.0,
        ),
        (
            r"(?:inkoop|aankoop)voorwaarden van (?:de )?(?:opdrachtgever|klant)[^.\n]{0,60}"
            r"(?:niet|uitgesloten)|conditions d'achat du client[^.\n]{0,60}(?:exclu|inapplic)",
            1.0,
        ),
        (
            # "the Vendor's terms apply exclusively", "Provider's Terms prevail"
            r"(?:our|supplier'?s?|vendor'?s?|provider'?s?|licensor'?s?) (?:standard |general )?"
            r"terms\b[^.\n]{0,40}(?:apply exclusively|exclusively apply|prevail|govern)",
            1.0,
        ),
        (
            # the client's own terms or purchase order set aside in favour of the supplier's
            r"met uitsluiting van (?:die|de|alle) (?:\w+ )?\w*voorwaarden van (?:de )?"
            r"(?:klant|opdrachtgever|koper|afnemer)|"
            r"à l'exclusion (?:de celles|des conditions (?:générales )?(?:d'achat )?)du client|"
            r"to the exclusion of (?:the |any )?(?:customer|client|buyer)'?s?'? "
            r"(?:own |purchase )?terms|"
            r"these (?:general )?terms(?: and conditions)?[^.\n]{0,40}"
            r"(?:prevail over|supersede)[^.\n]{0,40}(?:customer|client|buyer)'?s?|"
            r"conditions générales[^.\n]{0,60}(?:prévalent|prévaudront) sur (?:tout|toute|"
            r"les conditions)|"
            r"notwithstanding (?:anything|any terms?)[^.\n]{0,40}(?:customer|client|buyer)'?s? "
            r"purchase order",
            1.0,
        ),
        (
            # general or named terms that win a conflict with the offer: "bij strijdigheid
            # hebben de NLdigital Voorwaarden voorrang", "the Standard Terms prevail", "les
            # conditions générales priment" (not special or purchase terms)
            r"\b(?:hebben|heeft|krijgen|krijgt) (?:de |onze )?"
            + _GENERAL_TERMS_NL
            + r" (?:steeds |altijd )?voorrang\b|\b(?:de|onze) "
            + _GENERAL_TERMS_NL
            + r" (?:hebben|heeft|krijgen|krijgt) (?:steeds |altijd )?voorrang\b|"
            r"\b(?:standard|general) terms(?: and conditions| of business)? (?:shall |will )?"
            r"(?:prevail|take precedence|have precedence)\b|\bconditions générales "
            r"(?:prévalent|prévaudront|priment|l'emportent)\b",
            1.0,
        ),
        (r"acceptable use policy", 0.5),
    ),
    # the supplier by its defined name ("TrueLink's standard terms apply"): party_sides.py
    sources=(supplier_terms_weights,),
    concrete="",
    exclude=r"(?:deze|de) overeenkomst (?:heeft|krijgt|gaat) (?:voorrang|voor)|"
    r"heeft deze overeenkomst voorrang|"
    r"this agreement (?:shall |will )?(?:prevail|control|govern)|"
    r"(?:le présent|ce) contrat prévau|order form will control|"
    # the supplier's terms set aside: "zijn niet van toepassing", "ne s'appliquent pas"
    r"(?:leverancier|opdrachtnemer|dienstverlener|prestataire|fournisseur|supplier|vendor|"
    r"provider)'?s? (?:\w+ ){0,4}?(?:zijn|is) niet van toepassing|"
    r"(?:prestataire|fournisseur) ne s'appliquent pas|"
    r"(?:supplier|vendor|provider)'?s? (?:\w+ ){0,4}?(?:do|does|shall|will) not apply|"
    # the supplier's terms rejected or excluded: "worden uitdrukkelijk van de hand gewezen",
    # "are expressly excluded", "sont expressément écartées", "no terms of business of the
    # Supplier apply"
    r"(?:leverancier|opdrachtnemer|dienstverlener|supplier|vendor|provider|prestataire|"
    r"fournisseur|adjudicataire|titulaire)'?s? (?:\w+ ){0,4}?(?:worden|wordt|zijn|is|are|sont|"
    r"est) (?:hierbij |hereby |uitdrukkelijk |expressly |expressément )*(?:van de hand gewezen|"
    r"uitgesloten|afgewezen|buiten toepassing|excluded|rejected|disapplied|exclues?|écartées?|"
    r"rejetées?)|\bno (?:\w+ ){0,4}?(?:terms|conditions)\b[^.\n]{0,30}\b(?:supplier|vendor|"
    r"provider)'?s?\b[^.\n]{0,20}\bappl(?:y|ies)|"
    # a tender's own terms set aside: "les conditions générales de vente du soumissionnaire
    # ne sont pas applicables au marché", "voorwaarden van de inschrijver zijn niet van
    # toepassing"
    r"conditions (?:générales )?(?:de vente|du soumissionnaire|de l'adjudicataire|du "
    r"prestataire|du fournisseur)(?: [\w'’-]+){0,3}? (?:ne sont pas applicables|ne "
    r"s'appliquent pas|sont (?:expressément )?(?:exclues|inapplicables))|"
    r"voorwaarden van de (?:inschrijver|opdrachtnemer)(?: [\w'’-]+){0,3}? (?:zijn|is) niet "
    r"van toepassing",
)
