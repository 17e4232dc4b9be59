"""What makes a mention `partial` rather than `covered`, one definition for every item.

A sentence that names an item's topic settles it only when it is concrete (the rule's `concrete`
pattern: a number, a procedure, a named party) and none of these leaves it open:

- open wording: "in onderling overleg", "to be agreed", "à convenir", "promptly";
- best efforts or an aim: "reasonable efforts", "naar best vermogen", "inspanningsverbintenis",
  "obligation de moyens", "s'efforce", "aims to", "endeavours to", "target", "streefwaarde";
- a disclaimer or negation of a commitment: "does not guarantee", "without any warranty",
  "geen garantie", "aucune garantie", "provided as is", "zonder resultaatsverbintenis",
  "sans engagement de résultat", "à titre indicatif", "indicatief", "non contractuel";
- a placeholder: TBD, "[•]", "____", "{fees}", "[insert date]";
- a redacted figure "[***]" gives no concreteness: "within [***] hours" is partial, while a
  sentence that names two managers and redacts their address stays concrete;
- a cross-reference without content: "as set out in Annex 2", "zoals bepaald in bijlage 3",
  "conformément à l'annexe B", "volgens de geldende tarieven", "selon le tarif en vigueur": the
  reference's own number does not make the sentence concrete, so "Response times are set out in
  Annex 2" is partial, "within 4 hours as set out in Annex 2" covered. When the document itself
  contains the part referred to (a "Bijlage 2" / "Schedule 5" heading with content under it, a
  price list with amounts), the reference brings that content along: concrete.

- left to a later or separate agreement: "nog te bepalen", "à préciser", "to be confirmed",
  "fera l'objet d'un accord ultérieur", "in a separate agreement" (not a separate quote: for
  extra work, a quote to approve first is the procedure itself);
- no obligation (unless agreed): "not obliged to", "niet verplicht", "n'est pas tenu de", unless
  it is the client who is not obliged;
- in principle, if possible: "in principe", "en principe", "indien mogelijk", "si possible",
  "where possible"; indicative or non-binding: "indicatif", "vrijblijvend"; what usually
  happens: "usually", "doorgaans", "in de regel", "en général", "normalement";
- content held in another agreement: "the warranty terms of the licence agreement apply",
  "articles 9 to 12 of the Services Agreement apply", "the NDA signed in September remains
  applicable" are cross-references (blanked before the concreteness test), not "the terms of
  this Agreement".

Next to an aim or an indication, wording that makes the level binding settles it: "the binding
milestones are", "is a commitment", "constitue un engagement", "resultaatsverbintenis",
"obligation de résultat" (not when negated: "not binding", "zonder resultaatsverbintenis").

Exclusions ("not included", "uitgesloten") are partial too unless the rule says otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.detectors.alternatives import top_level_alternatives, yes_no_pattern
from vendorpact.core.contracts.detectors.exclusion_lists import excluded_list_items
from vendorpact.core.contracts.structure import Structure

# "as soon as possible" with a hard limit after it is no hedge: "promptly and in any event within
# 4 hours", "zo snel mogelijk en uiterlijk binnen 4 uur", "dans les meilleurs délais et au plus
# tard"
HARD_LIMIT_AFTER = (
    r"(?![,;]? (?:(?:and|but|en|maar|et|mais) )?(?:(?:in|at) (?:any|all) (?:events?|cases?)|at the "
    r"(?:very )?latest|(?:no|not) later than|uiterlijk|ten laatste|in (?:elk|ieder) geval|au plus "
    r"tard|en tout (?:état de )?(?:cause|cas)|en toute hypothèse))"
)
# Agreeing together on who mediates or judges leaves the procedure whole: "in onderling overleg
# een mediator inschakelen", "désignent d'un commun accord un médiateur", "a mutually acceptable
# mediator"
JOINT_CHOICE = (
    r"(?! (?:een|de|het|un|une|le|la|l'|a|an|the) ?(?:\w+ )?(?:mediator|bemiddelaar|"
    r"deskundige|arbiter|scheidsman|médiateur|conciliateur|expert|arbitre|arbitrator)s?\b)"
)
OPEN_WORDING = (
    r"in onderling overleg"
    + JOINT_CHOICE
    + r"|in overleg"
    + JOINT_CHOICE
    + r"|nader (?:\w+ )?(?:overeen te komen|te bepalen|af te spreken)"
    r"|(?:wordt|worden|zal|zullen) (?:nader|later|afzonderlijk|separaat) (?:\w+ )?"
    r"(?:overeengekomen|bepaald|vastgesteld|afgesproken|geregeld)"
    r"|(?:in|bij) de \w*overeenkomst (?:\w+ )?(?:vermeld|vastgelegd|bepaald|geregeld|opgenomen)"
    r"|as agreed|as mutually agreed|as determined|to be agreed|to be mutually agreed"
    r"|to be determined|to be decided|shall be agreed(?! in (?:writing|a written|a signed))"
    r"|shall be mutually agreed"
    r"|as may be agreed|to be negotiated|in good faith negotiat"
    r"|mutually acceptable(?! (?:mediator|arbitrator|expert)s?\b)"
    r"|reasonable time|reasonably practicable"
    # done on request without a measure: "as reasonably requested", "voor zover redelijkerwijs
    # gevraagd" ("raisonnablement demandé" is "raisonnabl" below)
    r"|(?:as|when|if|where) reasonably (?:requested|required|necessary)"
    r"|redelijkerwijs (?:kan worden |wordt |worden )?(?:gevraagd|verzocht|verlangd|nodig)"
    r"|(?:as soon as (?:reasonably )?(?:possible|practicable)|promptly|in a timely manner"
    r"|zo (?:spoedig|snel) mogelijk|dans les meilleurs délais)"
    + HARD_LIMIT_AFTER
    + r"|redelijke termijn"
    r"|d'un commun accord" + JOINT_CHOICE + r"|à convenir|à définir"
    # "reasonable" in French where it leaves the commitment open ("dans un délai raisonnable",
    # "moyens raisonnables", "raisonnablement possible"), not "un niveau de détail raisonnable"
    r"|(?:délais?|temps|termes?|efforts?|moyens|mesures|diligences?|assistance|collaboration"
    r"|coopération|concours|aide|soutien|support|possibilités|limites) raisonnabl"
    r"|raisonnablement (?:possible|praticable|nécessaire|demandé|requis|exigé|envisageable)"
    r"|(?:dans|en) (?:une |la )?mesure raisonnable"
    r"|dans la mesure du possible"
    # left to a later agreement: "fera l'objet d'un accord ultérieur", "nog te bepalen",
    # "subject to a separate agreement" (not a separate quote: for extra work, a quote to
    # approve first is the procedure itself)
    r"|(?:fera|feront) l'objet d'un accord|accord (?:ultérieur|séparé|distinct)"
    r"|(?:reste|restent|sont|est) (?:encore )?(?:à fixer|à négocier)|à (?:déterminer|préciser)\b"
    r"|nog (?:nader )?(?:te bepalen|vast te leggen|overeen te komen|af te spreken|te bespreken)"
    r"|(?:afzonderlijke|aparte|latere) (?:overeenkomst|afspraak)"
    r"|separate (?:agreement|contract)|to be confirmed|as (?:reasonably )?determined"
    # in principle, if possible
    r"|\bin principe\b|\ben principe\b|\bin principle\b|\bprincipieel\b"
    r"|(?:if|where|wherever|when|whenever) possible|(?:to the extent|insofar as) possible"
    r"|indien mogelijk|waar mogelijk|zo mogelijk|voor zover mogelijk|zoveel mogelijk"
    r"|si possible|lorsque (?:c'est |cela est )?possible|autant que possible"
    r"|dans la mesure de (?:ses|leurs|nos|ces) possibilités"
    # what usually happens, not a commitment: "we usually reply within a day", "dat duurt
    # meestal drie weken", "in de regel binnen 4 uur", "nous répondons en général dans l'heure"
    r"|\busually\b|\btypically\b|\bnormally\b|\bdoorgaans\b|\bmeestal\b|\bgewoonlijk\b"
    r"|\bnormaal gezien\b|\bnormaliter\b|\bin de regel\b|\ben général\b|\bgénéralement\b"
    r"|\bhabituellement\b|\bnormalement\b|\ben règle générale\b"
    # an approximate time: "approximately 24 hours a day", "ongeveer 24 uur", "environ de 9h à
    # 17h" (not a volume: "environ 4.000 fiches" describes the work, it does not weaken it)
    r"|(?:\bapproximately|\bapprox\.|\bongeveer|\bcirca|\benviron|\bà peu près)\s+(?:de |from "
    r"|van )?\d+(?:[.,:h]\d+)?\s*(?:h\b|u\b|uur|uren|hours?|heures?|minut\w*|:\d\d|[àa-] ?\d)"
)
BEST_EFFORTS = (
    r"reasonable (?:efforts?|endeavou?rs?)\b|best[- ]efforts?\b"
    r"|naar (?:(?:zijn|haar) )?(?:beste? )?vermogen"
    r"|inspanning|middelenverbintenis|meilleurs efforts|obligation de moyens|s'efforce"
    # aims, not commitments: "aims to respond", "endeavours to restore", "streeft ernaar"
    r"|\baims? (?:to|for)\b|\baiming (?:to|for)\b|\bendeavou?r"
    r"|stre(?:eft|ven|efde|efden) (?:\w+ )?(?:er ?naar|naar)|\bstreef(?:waarde|termijn|doel)"
    # a level stated as a target ("Target availability: 99.5%"), not "falls below target"
    r"|\btarget(?:ed|s)? (?:availability|uptime|response|resolution|restor\w*|time|level|"
    r"value|of|is)\b|(?:availability|uptime|response time|resolution time|service level) "
    r"targets?\b|\bobjectifs? de (?:disponibilité|délai|temps|niveau)|(?:valeur|délai|"
    r"disponibilité|temps) cible"
    # aims in French and Dutch ("vise une disponibilité", "a pour objectif", "heeft als doel")
    # and more best-efforts wording ("met tout en oeuvre", "spant zich in", "attempts to")
    r"|\bvis(?:e|ent|ons) (?!à (?:définir|décrire|fixer|préciser|régler|encadrer|déterminer))"
    r"(?:à|une?|le|la|les|l')|(?:a|ont|avec) pour (?:objectif|but) (?!de (?:définir|décrire|"
    r"fixer|préciser|régler|encadrer|déterminer))"
    r"|(?:heeft|hebben) als (?:doel|doelstelling)|als doelstelling|streefcijfer"
    r"|tout en (?:oe|œ)uvre|al het (?:redelijke|mogelijke)|alles in het werk"
    r"|\binspannen\b|spant zich (?:\w+ )?in|reasonable \w+ (?:efforts|endeavou?rs)"
    r"|\battempts? to\b|(?:will|shall) (?:try|attempt) to\b|\btries to\b"
    r"|(?:does|do|will|shall) (?:its|their|our|my) (?:best|utmost)"
    r"|(?:doet|doen) (?:zijn|haar|ons|onze|mijn) (?:best|uiterste)"
    r"|(?:fait|font|faire) (?:de )?(?:son|leur) (?:possible|mieux)"
)
DISCLAIMER = (
    r"(?:does|do|shall|will|can)(?: not|n't) (?:guarantee|warrant|commit to|promise)"
    # "but we cannot guarantee resolution times", "kunnen we niet garanderen", "nous ne
    # pouvons garantir"
    r"|\bcannot (?:guarantee|warrant|commit to|promise)|\b(?:kunnen|kan) (?:\w+ )?(?:niet|geen)"
    r" (?:\w+ )?garanderen|ne (?:peut|peuvent|pouvons|pourra) (?:pas )?garantir"
    r"|without (?:any )?(?:guarantee|warranty|commitment)|\bno (?:guarantee|commitment)s?\b"
    r"|\bdisclaim(?:s|ed)?\b|(?:provided|on an?) [\"“]?as[- ]is\b"
    r"|garandeert (?:geen|niet)|zonder (?:enige )?(?:garantie|verbintenis|waarborg)"
    r"|geen (?:enkele )?(?:garantie|verbintenis|waarborg)"
    r"|ne (?:garantit|garantissent) (?:pas|aucun)|sans (?:aucune )?garantie|aucune garantie"
    # no obligation of result, indicative only, not contractual
    r"|(?:zonder|geen) (?:enkele )?resultaatsverbintenis"
    r"|sans (?:aucun )?engagement de (?:résultat|délai|disponibilité|niveau)"
    r"|(?:sans|pas d'|aucune) obligation de résultat"
    r"|titre (?:indicatif|informatif)|\bindicatie(?:f|ve)?\b"
    r"|\bindicati(?:ve|vely|on only)\b|(?:\bfor |\()(?:information|guidance)(?: purposes)? only"
    # (not "use the Confidential Information only for this Agreement")
    r"|\b(?:information|guidance) purposes only"
    r"|non-contractu|non contractu|noncontractu|niet-contractu|niet contractu"
    r"|non-binding|non binding|niet-bindend|niet bindend"
    # indicative in French ("le calendrier est indicatif"), non-binding in Dutch
    r"|\bindicati(?:f|fs|ves)\b|\bvrijblijvend"
    r"|not guaranteed|niet gegarandeerd|niet gewaarborgd|pas garantie?s?|non garantie?s?"
)
DISCLAIMER_WORDING = re.compile(DISCLAIMER)
PLACEHOLDER_WORDS = r"tbd\b|tba\b|xxx"
_HEDGE_WORDING = "|".join((OPEN_WORDING, BEST_EFFORTS, DISCLAIMER, PLACEHOLDER_WORDS))
# only where a match starts counts: the alternatives at a word boundary share one \b (faster)
PARTIAL_WORDING = AnchoredPattern(yes_no_pattern(top_level_alternatives(_HEDGE_WORDING)))
# No obligation (unless agreed): "the supplier is not obliged to convert data unless agreed",
# "n'est pas tenu de", "niet verplicht": partial unless it is the client who is not obliged
# ("the client is not bound to a minimum volume" leaves the supplier's commitment whole).
NO_OBLIGATION = AnchoredPattern(
    r"not (?:be )?(?:obliged|obligated|required|bound) to|(?:under|has|have) no obligation"
    r"|\bno obligation to|niet (?:verplicht|gehouden|gebonden)|geen (?:enkele )?verplichting"
    r"|(?:n'est|ne sont|n'être) pas (?:tenue?s?|obligée?s?)|(?:aucune|pas d') ?obligation de"
    r"|n'a pas l'obligation|n'ont pas l'obligation"
    # help without a measure: "reasonable assistance", "redelijke medewerking" (the client's
    # reasonable cooperation leaves the supplier's commitment whole)
    r"|reasonable (?:assistance|cooperation|co-operation|support|help)"
    r"|redelijke (?:medewerking|bijstand|ondersteuning|hulp|assistentie)"
)
CLIENT_SUBJECT = re.compile(
    r"\b(?:client|customer|klant|opdrachtgever|afnemer|licensee|licentienemer|bénéficiaire"
    r"|acheteur|koper|buyer|purchaser)s?\b[^,;:.]{0,25}$"
)
CLIENT_WINDOW = 40  # characters before "not obliged" in which the client may be its subject
# Blanks to fill in: "[•]", "____", "[ # ]", "{fees}", ".....", and a template's instructions in
# brackets: "[ Fill in Customer's Obligations ...]", "[in te vullen]", "[à compléter]".
# Each starts with a literal so that `re` can skip quickly to candidates.
BLANKS = (
    r"\[[•.…x #_]*\]", r"___+", r"\.\.\.\.\.+", r"……+", r"\{[a-z_]+\}",
    r"\[ ?(?:to be|insert|amount|date|fill|enter|in te vullen|invullen|vul |à compléter|"
    r"compléter|insérer)",
)  # fmt: skip
BLANKS_RES = tuple(re.compile(pattern) for pattern in BLANKS)
CROSS_REFERENCE = re.compile(
    r"(?:as (?:set out|set forth|described|defined|specified|stated|provided|detailed|listed|"
    r"referred to) in|in accordance with|pursuant to|according to|\bsee|\bper|zoals (?:\w+ )?"
    r"(?:bepaald|beschreven|vermeld|opgenomen|omschreven|vastgelegd) in|overeenkomstig|volgens|"
    r"conformément (?:à|aux?)|tel(?:le)?s? (?:que )?(?:défini|décrit|prévu|précisé)e?s? (?:à|"
    r"dans|en)|selon|cf\.?) (?:the |de |het |la |le |l'|les |son |its )?(?:[\w-]+ ){0,3}?"
    r"(?:annex|appendix|schedule|exhibit|attachment|bijlage|annexe|addendum|order form|"
    r"statement of work|sow|price list|prijslijst|rate card|offerte|quote|devis|article|"
    r"artikel|section|clause|tarie?f|fee schedule)\w*(?: (?:n[°o]\.? ?)?[\da-z]{1,3}"
    r"(?:\.\d{1,3})*\b)?"
)
EXCLUSION = AnchoredPattern(
    r"not included|not be included|(?:does|do|shall) not (?:include|cover)|\bexcluded\b|"
    r"niet (?:inbegrepen|begrepen|inclusief)|(?:valt|vallen) (?:niet|buiten)|"
    r"uitgesloten|(?:n'est|ne sont) pas (?:compris|inclus|couverts?)|ne (?:couvre|comprend) pas|"
    r"\bexclus?e?s?\b"
)


REDACTED = re.compile(r"\[ ?\*+ ?\]")


# Content held in another agreement: "the warranty terms of the licence agreement (of 1 March
# 2026) apply", "de bepalingen van de raamovereenkomst zijn van toepassing", "les conditions du
# contrat de licence s'appliquent"; not "the terms of this agreement".
_APPLY = (
    r"(?:apply|applies|shall apply|van toepassing|gelden|s'appliquent|s'applique|sont applicables"
    r"|est applicable|restent d'application|reste d'application|remains? in force)"
)
# ... or its numbered articles: "articles 9 to 12 of the Services Agreement apply", "de artikelen
# 9 tot 12 van de raamovereenkomst zijn van toepassing", "les articles 9 à 12 du contrat-cadre"
# and a non-disclosure agreement signed before: "De NDA die we in september hebben getekend,
# blijft van toepassing", "the NDA signed on 3 May continues to apply"
_NUMBER = r"\d+(?:[.,]\d+)*"
_IN_OTHER_AGREEMENT = (
    r"(?:of|in|van|uit|du|de la|des) (?:the |de |het |la |le |l')?(?!this|these|deze|dit|présent"
    r"|cette|ce\b)(?:[\w-]+ ){0,2}?[\w-]*(?:agreement|overeenkomst|contract|contrat|convention)\b"
    r"[^;.]{0,60}?\b" + _APPLY
)
OTHER_AGREEMENT = re.compile(
    r"(?:terms|provisions|conditions|bepalingen|voorwaarden|dispositions|clauses|stipulations)"
    r" (?:\w+ )?" + _IN_OTHER_AGREEMENT
)
_ARTICLES = (
    r"(?:articles|artikelen|sections|clauses) "
    + _NUMBER
    + r" (?:(?:to|and|tot|en|à|et|-) "
    + _NUMBER
    + r" )?"
    + _IN_OTHER_AGREEMENT
)
# (a literal first to find them fast; the article before them is blanked too, once found)
OTHER_ARTICLES = re.compile(_ARTICLES)
OTHER_ARTICLES_BLANK = re.compile(r"(?:\b(?:the|de|les) )?" + _ARTICLES)
NDA_APPLIES = re.compile(
    r"\b(?:nda|non-disclosure agreement|geheimhoudingsovereenkomst|accord de confidentialité)\b"
    r"[^;.]{0,60}?\b(?:getekend|ondertekend|gesloten|signed|executed|signée?|conclue?)\b"
    r"[^;.]{0,40}?\b(?:blijft |reste |remains |continues to )?" + _APPLY
)
# (str.find first: cheaper than a regex on every sentence)
NDA_WORDS = (" nda ", "non-disclosure", "geheimhoudingsovereenkomst", "accord de confidentialit")
ARTICLE_WORDS = ("articles ", "artikelen ", "sections ", "clauses ")
_QUICK_AGREEMENT = re.compile(r"agreement|overeenkomst|contra[ct]|convention")


@lru_cache(maxsize=8192)
def without_cross_references(text: str) -> str:
    """The sentence with its references to other parts or documents and its redacted figures
    blanked out: what is left must be concrete."""
    if "[" in text:
        text = REDACTED.sub(" ", text)
    if _QUICK_AGREEMENT.search(text):
        text = OTHER_AGREEMENT.sub(" ", text)
        if any(word in text for word in ARTICLE_WORDS) and OTHER_ARTICLES.search(text):
            text = OTHER_ARTICLES_BLANK.sub(" ", text)
    if any(word in text for word in NDA_WORDS):
        text = NDA_APPLIES.sub(" ", text)
    if "annex" not in text and not _QUICK_REFERENCE.search(text):
        return text
    return CROSS_REFERENCE.sub(" ", text)


_QUICK_REFERENCE = re.compile(
    r"appendix|schedule|exhibit|attachment|bijlage|addendum|order form|statement of work|\bsow\b|"
    r"price list|prijslijst|rate card|offerte|quote|devis|articl|artikel|section|clause|tarie?f"
)

# A part of the document that a reference can point to: "Schedule 5", "Bijlage 2", "Annexe B",
# or a price list ("Price list", "Tarieven", "Tarifs 2027").
PART = re.compile(
    r"\b(annexe?|appendix|schedule|exhibit|attachment|bijlage|addendum)s? (?:n[°o]\.? ?)?"
    r"([\da-z]{1,3})\b"
)
PART_HEADING = re.compile(r"^\W*" + PART.pattern[2:])
PRICE_LIST = re.compile(r"price ?list|prijslijst|rate card|fee schedule|\btarie?f|\btarifs?\b")
PART_CONTENT_CHARS = 20  # a sentence under the part's heading that says something
PART_LOOKAHEAD = 8  # sentences after the heading in which the content must start


def included_parts(structure: Structure) -> set[str]:
    """Parts ("schedule 5", "bijlage 2", "price list") whose heading is in the document with
    content under it, once per document."""
    cached = structure.cache.get("included_parts")
    if cached is None:
        cached = set()
        sentences = structure.sentences
        for index, sentence in enumerate(sentences):
            if not sentence.is_heading:
                continue
            heading = structure.lowered(index)
            part = PART_HEADING.match(heading)
            key = _part_key(part) if part else ("price list" if PRICE_LIST.search(heading) else "")
            if key and _has_content(structure, index, price_list=key == "price list"):
                cached.add(key)
        structure.cache["included_parts"] = cached
    return cached


def refers_to_included_part(structure: Structure, index: int) -> bool:
    """Whether sentence `index` refers to a schedule, annex or price list that the document
    itself contains: then the reference brings its content along."""
    parts = included_parts(structure)
    if not parts:
        return False
    text = structure.lowered(index)
    if "annex" not in text and not _QUICK_REFERENCE.search(text):
        return False
    for reference in CROSS_REFERENCE.finditer(text):
        part = PART.search(reference.group())
        key = _part_key(part) if part else ""
        if not key and PRICE_LIST.search(reference.group()):
            key = "price list"
        if key in parts:
            return True
    return False


def _part_key(match: re.Match) -> str:
    kind = "annex" if match.group(1).startswith("annex") else match.group(1)
    return f"{kind} {match.group(2)}"


def _has_content(structure: Structure, heading: int, price_list: bool) -> bool:
    """A sentence under the heading (sub-headings allowed) before the next part starts; a
    price list must name an amount."""
    end = min(heading + 1 + PART_LOOKAHEAD, len(structure.sentences))
    for index in range(heading + 1, end):
        sentence = structure.sentences[index]
        lowered = structure.lowered(index)
        if sentence.is_heading:
            if PART_HEADING.match(lowered):
                return False
            continue
        if len(sentence.text) >= PART_CONTENT_CHARS and (not price_list or _AMOUNT.search(lowered)):
            return True
    return False


_AMOUNT = re.compile(r"\d")


def exclusion_sentences(structure: Structure) -> set[int]:
    """Indices of sentences that exclude something ("not included"), once per document."""
    cached = structure.cache.get("exclusion")
    if cached is None:
        cached = {
            structure.sentence_at(start)
            for start in EXCLUSION.match_starts(structure.blob, structure.vocabulary)
        }
        cached |= excluded_list_items(structure, cached)
        structure.cache["exclusion"] = cached
    return cached


def vague_sentences(structure: Structure) -> set[int]:
    """Indices of sentences with open wording, best efforts, a disclaimer or a placeholder,
    computed once per document. A sentence that states the commitment as binding ("the binding
    milestones are", "the target of 99.9% is a commitment") is not vague for its wording, only
    for its blanks."""
    cached = structure.cache.get("vague")
    if cached is None:
        cached = {
            structure.sentence_at(start)
            for start in PARTIAL_WORDING.match_starts(structure.blob, structure.vocabulary)
        }
        cached |= supplier_not_obliged(structure)
        cached -= committed_sentences(structure)
        for blank in BLANKS_RES:
            cached |= {
                structure.sentence_at(m.start())
                for m in blank.finditer(structure.blob)
                if not _leader_dots(structure, m)
            }
        structure.cache["vague"] = cached
    return cached


# A price list's leader dots are no blank: "Total one-off ......" with its amount on the next
# line, or "Formation ...... 250,00 EUR" (not "Nom : ........" nor "Prix : ...... EUR")
_DOTS = re.compile(r"[.…]")
_FIGURE_NEXT = re.compile(r"\s?(?:€|eur\b)?\s?\d")
_FIGURE_BEFORE = re.compile(r"\d\s?(?:€|eur)?\s?$")


def _leader_dots(structure: Structure, match: re.Match) -> bool:
    if not _DOTS.match(match.group()):
        return False
    blob = structure.blob
    after = blob[match.end() : match.end() + 12]
    if _FIGURE_NEXT.match(after) or _FIGURE_BEFORE.search(
        blob[max(0, match.start() - 12) : match.start()]
    ):
        return True
    if after.strip(" ") and not after.startswith("\n"):
        return False
    return bool(_FIGURE_NEXT.match(after.lstrip(" \n")))


# Wording that makes a level, date or planning binding next to an aim or an indication: "an
# indicative planning is annexed; the binding milestones are ...", "the target of 99.9% is a
# commitment", "les jalons contractuels sont", "de bindende mijlpalen zijn".
COMMITTED = AnchoredPattern(
    r"\bbinding (?:milestones?|dates?|deadlines?|delivery|planning|schedule|targets?|levels?|"
    r"commitments?|times?)|(?:milestones?|dates?|deadlines?|planning|schedule|targets?|levels?"
    r"|times?) (?:is|are|shall be|will be) binding|is a (?:firm |binding )?commitment"
    r"|\bbindende? (?:mijlpalen|data|datums|termijnen|planning|deadlines?|opleverdata"
    r"|streefwaarde|doelstelling)|(?:mijlpalen|data|datums|termijnen|planning|deadlines?)"
    r" (?:zijn|is) bindend|\b(?:jalons|dates|délais|échéances|planning|calendrier|objectifs?)"
    r" (?:\w+ )?(?:sont |est )?(?:contraignante?s?|contractuel(?:le)?s?|impérati(?:f|fs|ve|ves))"
    r"|engagement ferme|firm commitment|harde (?:deadline|afspraak|mijlpalen)"
    # an obligation of result, or the aim stated as an engagement
    r"|resultaatsverbintenis|obligation de résultat|obligation of result"
    r"|constitue un engagement|(?:is|vormt) een (?:harde |vaste )?verbintenis"
    # a guaranteed level next to a target: "guaranteed availability: 99.5%; target: 99.9%"
    r"|\bguaranteed (?:availability|uptime|response|resolution|restor\w*|service level)"
    r"|\bgegarandeerde (?:beschikbaarheid|reactietijd|responstijd|hersteltijd|oplostijd)"
    r"|\b(?:disponibilité|délai d'intervention|délai de rétablissement|temps de réponse)s? "
    r"garantie?s?\b"
    # a remedy for falling short of the target: "a credit for each 0.1% below the target"
    r"|\b(?:below|under|beneath|onder|sous|en dessous d[eu]) (?:the |de |het |la |le |l')?"
    r"(?:\w+ )?(?:target|streefwaarde|objectif)"
)
# "not binding", "non-contractuels", "geen resultaatsverbintenis", "pas d'obligation de résultat",
# "n'est pas tenu d'une obligation de résultat": a negation up to three words before
NEGATION = re.compile(
    r"\b(?:not|non|no|niet|geen|pas|sans|zonder|aucune?|never|jamais|nooit)\b(?:\W+\w+){0,3}\W*$"
)
NEGATION_WINDOW = 32  # characters before the committed wording that may negate it


def hedges(text: str) -> bool:
    """Whether one lowered sentence leaves its commitment open by its wording (the same test as
    vague_sentences, without blanks): for a finding's evidence sentence."""
    open_wording = bool(PARTIAL_WORDING.regex.search(text)) or any(
        not _client_subject(text, match.start()) for match in NO_OBLIGATION.regex.finditer(text)
    )
    return open_wording and not _committed(text)


def hedged_text(text: str) -> bool:
    """Whether a lowered text (a sentence or a clause of it) is vague by the shared definition:
    its wording (hedges) or a blank to fill in."""
    return hedges(text) or any(blank.search(text) for blank in BLANKS_RES)


def supplier_not_obliged(structure: Structure) -> set[int]:
    """Indices of sentences where someone other than the client is not obliged to do something."""
    blob = structure.blob
    return {
        structure.sentence_at(start)
        for start in NO_OBLIGATION.match_starts(blob, structure.vocabulary)
        if not _client_subject(blob, start)
    }


def _client_subject(text: str, start: int) -> bool:
    return bool(CLIENT_SUBJECT.search(text[max(0, start - CLIENT_WINDOW) : start]))


def _committed(text: str) -> bool:
    for match in COMMITTED.regex.finditer(text):
        before = text[max(0, match.start() - NEGATION_WINDOW) : match.start()]
        if not NEGATION.search(before):
            return True
    return False


def committed_sentences(structure: Structure) -> set[int]:
    """Indices of sentences that state a level, date or planning as binding (not negated)."""
    candidates = {
        structure.sentence_at(start)
        for start in COMMITTED.match_starts(structure.blob, structure.vocabulary)
    }
    return {index for index in candidates if _committed(structure.lowered(index))}
