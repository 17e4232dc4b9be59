"""Risk flags: terms that work against the client. Pattern rules plus checks on the figures."""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.engine import (
    Finding,
    Hit,
    Rule,
    evaluate_rule,
    evidence,
    score_rule,
)
from vendorpact.core.contracts.detectors.exit_wording import DATA_HELD_BACK
from vendorpact.core.contracts.detectors.renewal_wording import RUNS_ON
from vendorpact.core.contracts.detectors.risk_best_efforts import BEST_EFFORTS_ONLY
from vendorpact.core.contracts.detectors.supplier_terms import SUPPLIER_TERMS_PREVAIL
from vendorpact.core.contracts.figures import Figures, duration_roles
from vendorpact.core.contracts.structure import Structure

RULES = [
    SUPPLIER_TERMS_PREVAIL,
    BEST_EFFORTS_ONLY,
    Rule(
        id="risk.unilateral_change",
        cues=(
            (
                r"(?:may|reserves the right to|can) (?:\w+ ){0,3}"
                r"(?:change|modify|amend|adjust|alter|increase|update|cease|discontinue)"
                r"[^.\n]{0,60}(?:terms|conditions|prices?|fees?|rates|charges|services?|policy|"
                r"agreement)",
                1.0,
            ),
            (
                r"(?:sole|own) discretion[^.\n]{0,60}(?:change|modify|alter|cease|adjust)|"
                r"then (?:prevailing|current|standard) (?:rates|prices|fees)|"
                r"(?:change|modif)\w* [^.\n]{0,40}from time to time[^.\n]{0,20}(?:by|at)",
                1.0,
            ),
            (
                # "Planvaart behoudt zich daarnaast het recht voor de prijzen te wijzigen"
                r"behoud(?:t|en) zich (?:\w+ ){0,2}het recht voor[^.\n]{0,80}(?:wijzig|aan te "
                r"passen|verhog)|"
                r"eenzijdig (?:wijzigen|aanpassen|gewijzigd)|(?:mag|kan|mogen|kunnen|heeft het "
                r"recht|hebben het recht) [^.\n]{0,40}(?:prijzen|"
                r"tarieven|voorwaarden)[^.\n]{0,30}(?:wijzigen|aanpassen|verhogen|aan te passen|"
                r"te wijzigen|te verhogen)",
                1.0,
            ),
            (
                r"se réserve(?:nt)? (?:\w+ ){0,2}le droit[^.\n]{0,30}(?:modifi|chang|adapt)|"
                # "le prestataire peut adapter ses tarifs", "pourra revoir ses prix"
                r"\b(?:peut|pourra|peuvent|pourront) (?:\w+ )?(?:adapter|augmenter|revoir|changer|"
                r"réviser) (?:ses|les|leurs) (?:tarifs|prix|conditions|redevances)\b|"
                # price changes announced by the supplier: "prijswijzigingen worden 30 dagen
                # vooraf meegedeeld", "price changes will be notified", "les modifications de
                # prix sont notifiées"
                r"\bprijs(?:wijziging|aanpassing|verhoging)en (?:worden|zullen)\b[^.\n]{0,40}"
                r"\b(?:meegedeeld|aangekondigd|gecommuniceerd|bekendgemaakt)|\bprice (?:changes|"
                r"increases) (?:will be|are|shall be) (?:\w+ )?(?:notified|announced|communicated)"
                r"|\b(?:modifications|changements|augmentations) (?:de |des )?(?:prix|tarifs?)\b"
                r"[^.\n]{0,20}\b(?:sont|seront) (?:\w+ )?(?:notifiée?s|communiquée?s|annoncée?s)|"
                r"\breserves? (?:\w+ ){1,3}the right to (?:\w+ ){0,3}(?:change|modify|amend|"
                r"adjust|alter|increase)|(?:peut|"
                r"pourra) modifier [^.\n]{0,40}(?:tarifs|"
                r"prix|conditions)|modification unilatérale",
                1.0,
            ),
            (
                # "les tarifs peuvent être adaptés unilatéralement", "unilaterally amend"
                r"(?:modifi|adapt|chang|amend|wijzig|aanpas|aangepast)\w*[^.\n]{0,30}"
                r"(?:unilatéralement|unilaterally|eenzijdig)|(?:unilatéralement|unilaterally)"
                r"[^.\n]{0,20}(?:modifi|adapt|chang|amend)",
                1.0,
            ),
            (r"adjustments? proposed by|require additional fees", 1.0),
            (
                # "de dienstverlener kan de uurprijzen voor nieuwe bundels op elk ogenblik
                # aanpassen": a price or terms change at any time
                r"\b(?:mag|kan|mogen|kunnen)\b(?=[^.\n]{0,60}(?:prijs|prijzen|tarie|voorwaarden|"
                r"vergoeding))[^.\n]{0,80}\b(?:op elk (?:ogenblik|moment)|te allen tijde|naar "
                r"eigen goeddunken)\b[^.\n]{0,30}\b(?:wijzigen|aanpassen|verhogen|aan te passen)\b",
                1.0,
            ),
        ),
        concrete="",
        exclude=r"mutual(?:ly)? (?:written )?agree|signed by both|both parties|"
        # a change denied: "neither party may unilaterally amend", "ne peut être modifié
        # unilatéralement", "kan niet eenzijdig worden gewijzigd"
        r"neither party|aucune (?:des )?parties?|geen van (?:beide )?partijen|(?:may|can|"
        r"cannot|shall) not (?:be )?(?:unilaterally|\w+ unilaterally)|niet eenzijdig|"
        r"ne (?:peut|peuvent|pourra|pourront) (?:pas )?être (?:\w+ )?(?:modifi|adapt)\w* "
        r"unilatéralement|"
        r"customer may (?:change|modify)|(?:customer|client|klant|opdrachtgever)\b[^.\n]{0,20}"
        r"\b(?:reserves|behoudt zich|se réserve)|"
        r"(?:klant|opdrachtgever) (?:mag|kan|heeft het recht) "
        r"[^.\n]{0,40}(?:wijzig|aanpas)|(?:le|du) client (?:peut|a le droit) [^.\n]{0,40}"
        r"(?:modifi|adapt|chang)|"
        # a change that follows a published index is a formula, not the supplier's choice
        r"\bindex|indexering|indexatie|indexation|agoria|consumer price|consumptieprijs|"
        r"\bcpi\b|syntec|"
        # the supplier may not change without the client's consent: "ne peut modifier les prix
        # sans l'accord écrit du Client", "mag de prijzen niet wijzigen zonder akkoord"
        r"\bne (?:peut|peuvent|pourra|pourront) (?:pas )?(?:\w+ )?(?:modifier|adapter|changer|"
        r"augmenter)\b[^.\n]{0,60}\b(?:sans|qu'avec|qu'après) (?:l'|le |leur |son |un )?"
        r"(?:accord|consentement|approbation)|\b(?:mag|kan|mogen|kunnen)\b[^.\n]{0,40}\bniet "
        r"(?:wijzigen|aanpassen|verhogen)\b[^.\n]{0,40}\bzonder\b",
    ),
    Rule(
        id="risk.open_ended_cost",
        cues=(
            (
                r"time and materials?|billed (?:at|on)[^.\n]{0,40}(?:per hour|hourly)|"
                r"at (?:the|its) (?:then[- ]current|standard) (?:hourly )?rates|"
                r"(?:costs?|charges?|expenses?|fees?)[^.\n]{0,40}(?:shall|will) be added to the "
                r"[^.\n]{0,15}(?:price|fees?|invoice)",
                1.0,
            ),
            (
                r"\bnacalculatie|in regie|op regiebasis|op basis van (?:de )?(?:werkelijk )?"
                r"bestede (?:uren|tijd)|volgens (?:de )?geldende (?:uur)?tarieven",
                1.0,
            ),
            (r"\ben régie|au temps passé|selon le temps passé|facturé au tarif en vigueur", 1.0),
            (r"(?:billed|charged|invoiced) at[^.\n]{0,20}\d[^.\n]{0,15}(?:per|an|/) ?hour", 1.0),
            (
                # billed on the hours as they come: "on the basis of the hours actually
                # worked", "volgens de werkelijk gepresteerde uren", "heures réellement prestées"
                r"\b(?:hours|time) actually (?:worked|spent)\b|\bactual (?:hours|time) "
                r"(?:worked|spent)\b|\bwerkelijk (?:gepresteerde|gewerkte) (?:uren|tijd)\b|"
                r"\b(?:heures|temps) réellement (?:prestées?|passés?|presté)\b|\bin régie\b",
                1.0,
            ),
        ),
        concrete="",
        exclude=r"not to exceed|cap|capped|estimate|maximum|plafond|begroting|raming|"
        r"ten hoogste|prior (?:written )?approval|voorafgaand|préalable",
    ),
    Rule(
        id="risk.data_lockin",
        cues=(
            (
                r"retention right|right of retention|(?:no longer|not) have access to[^.\n]{0,20}"
                r"(?:data|software|system|content|files)|(?:supplier|"
                r"provider) may (?:retain|withhold)|"
                r"delete (?:all )?(?:customer )?data "
                r"(?:immediately|upon termination)",
                1.0,
            ),
            (
                r"geen toegang meer tot[^.\n]{0,20}(?:gegevens|data|software|bestanden)|"
                r"n'a plus accès[^.\n]{0,20}(?:données|fichiers|logiciel)|"
                r"retentierecht|opschortingsrecht|recht van retentie|(?:gegevens|data|bestanden)"
                r"[^.\n]{0,40}onder zich (?:te )?houden|gegevens [^.\n]{0,40}"
                r"(?:verwijderd|vernietigd) (?:na|bij) (?:beëindiging|afloop)",
                1.0,
            ),
            (
                r"droit de rétention|(?:données|fichiers) [^.\n]{0,40}(?:supprimées|détruites) "
                r"(?:à|dès) (?:la fin|l'expiration)",
                1.0,
            ),
            (
                # the client's data held back: "peut retenir les données du client", "withhold
                # the Customer's data", "de gegevens achterhouden"
                r"\bretenir (?:les|ses|leurs|toutes les) (?:\w+ )?(?:données|fichiers|sources)|"
                r"withhold (?:the |all )?(?:customer|client)?['’s ]*(?:data|content|files)|"
                r"(?:gegevens|data|bestanden|broncode)[^.\n]{0,30}achter(?:houden|gehouden)\b|"
                r"achterhouden van (?:de |alle )?(?:gegevens|data|bestanden)",
                1.0,
            ),
            *DATA_HELD_BACK,
        ),
        concrete="",
        # deletion once the data were handed back is no lock-in: "na teruggave worden alle
        # kopieën verwijderd", "after the export, we delete customer data"
        exclude=r"\b(?:na|after|après|once|zodra|nadat|dès) (?:de |the |la |l'|les )?"
        r"(?:teruggave|terugbezorging|overdracht|export\w*|return|restitution|remise|"
        r"(?:gegevens|data|données) (?:\w+ )?(?:teruggegeven|terugbezorgd|returned|exported|"
        r"restituées))|"
        # a retention right renounced: "oefent geen retentierecht uit", "renonce à son droit
        # de rétention", "waives any right of retention"
        r"\bgeen (?:\w+ )?(?:retentierecht|opschortingsrecht)|afstand van (?:het |zijn |"
        r"haar |elk )?(?:retentierecht|opschortingsrecht)|(?:aucun|pas de) droit de rétention|"
        r"renon\w* (?:à (?:son|tout)|au) droit de rétention|\bno (?:right of retention|retention "
        r"right)|waives? (?:any |its |all )?(?:right of retention|retention rights?)",
    ),
]

LIABILITY_EXCLUSION = Rule(
    id="risk.liability_excluded",
    cues=(
        (
            r"(?:loss of|damage to|corruption of)[^.\n]{0,60}(?:data|records|files)|"
            r"data loss|lost data",
            1.0,
        ),
        (
            r"(?:verlies|verminking|beschadiging) van (?:gegevens|data|bestanden)|dataverlies|"
            r"gegevensverlies",
            1.0,
        ),
        (r"(?:perte|destruction|détérioration|altération) (?:de|des) (?:données|fichiers)", 1.0),
        # "la perte ou l'altération des données", "de verminking of het verlies van gegevens"
        (
            r"\b(?:perte|destruction|détérioration|altération)\b[^.\n]{0,40}\b(?:des|de|vos|ses) "
            r"(?:données|fichiers)\b|\b(?:verlies|verminking|beschadiging)\b[^.\n]{0,40}\bvan "
            r"(?:de |uw |zijn )?(?:gegevens|data|bestanden)\b",
            1.0,
        ),
        (
            r"(?:will|shall) not (?:be responsible for|have any liability)|no liability "
            r"(?:whatsoever|for)|en aucun cas [^.\n]{0,40}responsable|niet aansprakelijk",
            0.6,
        ),
    ),
    concrete="",
    present_score=1.0,
)
LIABILITY_CONTEXT = r"liab|responsib|aansprakelijk|responsab|not (?:be )?responsible"
# wording that excludes or limits the liability the context names
LIABILITY_DENIED = (
    r"\bnot\b|\bno\b|n't|never|exclu|disclaim|limit|\bcap|without|waive|"
    r"\bniet\b|\bgeen\b|nooit|uitgesl|beperk|zonder|"
    r"\bpas\b|\bni\b|aucun|jamais|décline|plafon|sans|"
    # the negation without "pas": "ne saurait être tenu responsable"
    r"\bne saurai(?:t|ent)\b"
)

RENEWAL_DENIED = (
    r"\bnot (?:be )?(?:\w+ )?(?:renewed|extended)|(?:will|shall|does|do) not (?:\w+ )?"
    r"(?:renew|extend)|\bno (?:tacit|automatic) (?:renewal|extension)|without (?:tacit |"
    r"automatic )?renewal|"
    r"\bniet (?:\w+ )?(?:verlengd|hernieuwd)|\bgeen (?:stilzwijgende |automatische )?"
    r"(?:verlenging|hernieuwing)|zonder (?:stilzwijgende )?verlenging|"
    r"\b(?:ne|n')\w* pas (?:\w+ )?(?:reconduit|renouvel)|(?:pas de|aucune|sans) (?:tacite )?"
    r"(?:reconduction|renouvellement)"
)
TACIT_RENEWAL = Rule(
    id="risk.auto_renewal",
    cues=(
        (
            r"(?:renew|extend)\w* automatically|automatically (?:renew|extend|be renewed)|"
            r"(?:year|month)[- ]to[- ](?:year|month)\b|successive (?:renewal )?(?:periods?|terms?)|"
            r"auto-?renew\w*|successive [\w-]+[- ](?:year|month)s? (?:periods?|"
            r"terms?)|"
            r"unless (?:either|one|a|the other) party[^.\n]{0,20}(?:gives|notif|provides|sends)",
            1.0,
        ),
        (r"stilzwijgend|automatisch verlengd|wordt (?:telkens )?verlengd", 1.0),
        (
            # renewed unless someone acts: "shall be renewed for further periods of twelve
            # months unless terminated", "van rechtswege verlengd", "prolongé d'office"
            r"(?:shall|will|is|are) (?:then )?(?:be )?(?:renewed|extended)\b[^.\n]{0,80}\bunless\b|"
            r"van rechtswege (?:verlengd|hernieuwd)|(?:prolong|renouvel|recondu)\w* d'office|"
            r"verlengt (?:zich )?(?:automatisch|stilzwijgend|telkens|van rechtswege)|"
            # renewed failing a notice: "à défaut de dénonciation …, le contrat est renouvelé",
            # "bij gebrek aan opzegging wordt de overeenkomst verlengd"
            r"(?:à défaut de|bij gebrek aan|in the absence of|failing) (?:\w+ )?(?:dénonciation|"
            r"résiliation|préavis|opzeg\w*|notice|termination)[^.\n]{0,100}(?:verleng|hernieuw|"
            r"renouvel|recondu|prolong|renew|extend)",
            1.0,
        ),
        (
            r"tacite(?:ment)?|reconduction|reconduit|renouvel\w+ automatiquement|"
            r"automatiquement renouvel",
            1.0,
        ),
        # "wordt van jaar tot jaar verlengd", "stilzwijgend hernieuwd", "se renouvelle
        # d'année en année"
        (r"van jaar tot jaar|d'année en année|(?:automatisch|stilzwijgend) hernieuwd", 1.0),
        (RUNS_ON, 1.0),
    ),
    concrete="",
    # renewal denied: "is not renewed tacitly", "geen stilzwijgende verlenging", "wordt niet
    # automatisch verlengd", "n'est pas reconduit tacitement", "ne fait l'objet d'aucune
    # reconduction"
    # (not the notice of non-renewal in "renews … unless a party notifies that it will not
    # renew", "sauf si une partie notifie sa volonté de ne pas renouveler")
    exclude=r"(?s)^(?:(?!\b(?:unless|tenzij|behoudens|sauf|à moins|except)\b).)*?(?:"
    + RENEWAL_DENIED
    + r")",
)


def evaluate_risks(
    structure: Structure, items: dict[str, Finding], figures: Figures
) -> list[Finding]:
    raised = []
    for rule in RULES:
        finding = evaluate_rule(rule, structure)
        if finding.status != "missing":
            raised.append(Finding(rule.id, "raised", finding.confidence, finding.evidence))
    for check in (_auto_renewal, _liability_excluded, _unsigned):
        finding = check(structure, items, figures)
        if finding is not None:
            raised.append(finding)
    order = [r.id for r in RULES] + ["risk.auto_renewal", "risk.liability_excluded"]
    return sorted(raised, key=lambda f: order.index(f.id) if f.id in order else len(order))


def _auto_renewal(structure: Structure, items: dict, figures: Figures) -> Finding | None:
    hits = _hits(TACIT_RENEWAL, structure)
    if not hits:
        return None
    clause_notice = False
    for hit in hits:
        roles = _renewal_clause_roles(structure, hit.index)
        if _long_renewal_terms(roles):
            return Finding("risk.auto_renewal", "raised", 0.8, evidence(structure, [hit]))
        clause_notice = clause_notice or any(role == "notice" for role, _duration in roles)
    # the renewal clause's own notice decides, not a notice the document asks elsewhere (for
    # termination for convenience, a price change)
    long_notice = not clause_notice and (figures.notice_period_days or 0) >= 89
    long_renewal = (figures.renewal_term_months or 0) > 12
    if not (long_notice or long_renewal):
        return None
    proof = evidence(structure, hits)
    for key in ("notice_period_days", "renewal_term_months"):
        if key in figures.evidence and figures.evidence[key] not in proof:
            proof.append(figures.evidence[key])
    return Finding("risk.auto_renewal", "raised", 0.75, proof[:3])


def _renewal_clause_roles(structure: Structure, index: int) -> list:
    """The notice and renewal periods that the renewal clause states (or the sentence after
    it, when the clause names no notice)."""
    roles = duration_roles(structure.lowered(index))
    if index + 1 < len(structure.sentences) and not any(role == "notice" for role, _ in roles):
        # "Notice: 3 months" after the renewal sentence; not when the sentence states its own
        # notice (the next one may be a notice for termination for convenience)
        roles = roles + duration_roles(structure.lowered(index + 1))
    return roles


def _long_renewal_terms(roles: list) -> bool:
    """The renewal clause asks 3 months' notice or more, or renews for more than a year."""
    for role, duration in roles:
        if role == "notice" and duration.days >= 89:
            return True
        if role == "renewal" and duration.months > 12:
            return True
    return False


def _liability_excluded(structure: Structure, items: dict, figures: Figures) -> Finding | None:
    context = re.compile(LIABILITY_CONTEXT)

    denied = re.compile(LIABILITY_DENIED)

    def about_liability(index: int) -> bool:
        # a list item ("(c) loss of data") takes its context from the sentence before it; the
        # liability must be excluded or limited there, not accepted ("aansprakelijk voor
        # verlies van gegevens door zijn fout")
        sentences = [structure.lowered(i) for i in _with_lead_in(structure, index)]
        return any(context.search(text) for text in sentences) and any(
            denied.search(text) for text in sentences
        )

    hits = [h for h in _hits(LIABILITY_EXCLUSION, structure) if about_liability(h.index)]
    cap = figures.liability_cap or {}
    low_cap = cap.get("months_of_fees") is not None and cap["months_of_fees"] < 12
    price_paid = (
        cap
        and cap.get("months_of_fees") is None
        and cap.get("amount") is None
        and (cap.get("multiple") is None)
    )
    if low_cap or price_paid:
        proof = [cap["evidence"]] + [e for e in evidence(structure, hits) if e != cap["evidence"]]
        return Finding("risk.liability_excluded", "raised", 0.7, proof[:3])
    if hits:
        return Finding("risk.liability_excluded", "raised", 0.65, evidence(structure, hits))
    return None


LIST_ITEM = re.compile(r"^\s*(?:\(?[a-z0-9]{1,3}[).]|[-•*–])\s")
MAX_LIST_ITEMS = 8


def _with_lead_in(structure: Structure, index: int) -> list[int]:
    """The sentence and the one before it; for an item of a list ("b) verlies van gegevens"),
    the items before it back to the sentence that introduces the list."""
    indices = [index]
    position = index
    while position > 0 and len(indices) <= MAX_LIST_ITEMS:
        position -= 1
        indices.append(position)
        if not LIST_ITEM.match(structure.lowered(position + 1)):
            break
    return indices


EMAIL_HEADER = re.compile(r"^(?:onderwerp|subject|objet|verzonden|sent|envoyé)\s*:", re.M)
# the same header after a line break: re skips to a literal "\n" quickly, while "^" with re.M
# has it try every position of the document
_EMAIL_HEADER_LINE = re.compile(r"\n(?=" + EMAIL_HEADER.pattern.removeprefix("^") + ")")
# "Objet :" is also the object clause of a French agreement: an e-mail only with its addressing
EMAIL_ADDRESSING = re.compile(r"^(?:de|à|a|cc|van|aan|from|to)\s*:", re.M)
EMAIL_ACCEPTANCE = re.compile(
    r"(?:accept|akkoord|aanvaard|accord|agree|ok\b|prima|go ahead|mogen starten)\w*"
    r"|(?:ondertekening|signature) van (?:de|cette) (?:offerte|devis)|voor akkoord getekend|"
    r"bon pour accord"
)


def _unsigned(structure: Structure, items: dict, figures: Figures) -> Finding | None:
    """Raised when nothing shows both signatures, or when a quote was accepted by e-mail."""
    header = _first_email_header(structure.blob)
    if header is not None and header.group().startswith("objet"):
        header = header if EMAIL_ADDRESSING.search(structure.blob) else None
    if header is not None:
        start = structure.sentence_at(header.start())
        for index in range(start, min(start + 12, len(structure.sentences))):
            if EMAIL_ACCEPTANCE.search(structure.lowered(index)):
                return Finding("risk.unsigned", "raised", 0.75, [_one(structure, index)])
    signed = items.get("agreement.signed_both")
    if signed is None or signed.status == "covered":
        return None
    return Finding("risk.unsigned", "raised", 0.55, signed.evidence[:2])


def _first_email_header(blob: str) -> re.Match[str] | None:
    """EMAIL_HEADER.search(blob), found from the line breaks."""
    header = EMAIL_HEADER.match(blob)
    if header is None:
        line = _EMAIL_HEADER_LINE.search(blob)
        header = EMAIL_HEADER.match(blob, line.end()) if line is not None else None
    return header


def _hits(rule: Rule, structure: Structure) -> list[Hit]:
    return [h for h in score_rule(rule, structure) if h.score >= rule.present_score]


def _one(structure: Structure, index: int) -> dict:
    return evidence(structure, [Hit(index, 1.0)])[0]
