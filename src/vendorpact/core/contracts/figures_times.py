"""Response and resolution times per priority, from an SLA table or from prose."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vendorpact.core.contracts.figure_plans import is_plan_time_row, times_by_plan
from vendorpact.core.contracts.figures_sla import (
    candidates,
    cue,
    evidence_at,
    table_times,
    transposed_times,
)
from vendorpact.core.contracts.priorities import (
    NOT_NEGATED,
    PRIORITY_NOUNS,
    PROSE_WORD_RANK,
    PROSE_WORDS,
)
from vendorpact.core.contracts.priority_rows import times_start
from vendorpact.core.contracts.service_durations import service_durations
from vendorpact.core.contracts.structure import Structure

RESPONSE = cue(
    r"respon(?!s[ai]b)|reacti|reageer|reageert|reageren|call(?:s|ed)? (?:\w+ ){0,2}back\b|"
    r"répon|interven|intervien|"
    r"contact op|"
    r"in behandeling|opgepakt|oppak|réacti|prise en compte|tussenkomst|ter plaatse|sur site|"
    r"se déplace|on-site|on site|aanvangstijd|opvolging|bevestig|"
    r"prise en charge|pris(?:es?)? en charge|"
    # the verb in every language: "nous réagissons dans l'heure", "we react within 2 hours"
    r"réagi(?:r|t|ssons|ssent|ra|rons)\b|react(?:s|ed)?\b|"
    r"acknowledg|"
    # the supplier writing as "nous": "nous prenons en charge toute demande dans les 8 heures"
    r"(?:prenons|prendrons) en charge|interv(?:enons|iendrons)|"
    # "toute demande reçoit une réponse dans les quatre heures", "répond à chaque appel"
    r"réponse|répond\w* (?:à|aux) (?:toute|tous|chaque|votre|vos|la|les|l')\s?(?:demandes?|"
    r"appels?|questions?|incidents?|tickets?|signalements?)|"
    # taking a call up: "Il prend en charge les demandes dans les 4 heures", "Urgent calls
    # are picked up within 1 hour", "Blokkerende problemen pakken we binnen twee uur op",
    # "starts working on it within 1 hour"
    # also the infinitive and an object in between: "s'efforce de prendre en charge les
    # incidents", "nous prenons l'incident en charge"; not the costs: "prend les frais en charge"
    r"pren(?:d|nent|dra|dront|dre|ons|drons)\b(?! (?:les |le |la |l'|des |ses |leurs? )?"
    r"(?:frais|co[uû]ts?|dépenses?|totalité|montant))(?: (?:l'|les |le |la |chaque |toute |"
    r"tout |votre |vos )?\w+)? en charge(?! (?:les |le |la |l')?(?:frais|co[uû]ts?|"
    r"dépenses?|totalité|montant))|"
    # calling back: "dan bellen we binnen 30 minuten terug", "nous vous rappelons dans l'heure"
    # (not "nous vous rappelons que", a reminder)
    r"bel(?:len|t)? (?:\w+ ){0,5}terug\b|terugbel|teruggebeld (?:binnen|na|uiterlijk)\b|"
    # the noun: "rappel dans les 30 minutes", "callback within 1 hour" (not "un rappel de
    # paiement", "a callback function")
    r"rappel (?:téléphonique )?(?:dans|endéans|sous|en moins)\b|"
    r"call-?backs? (?:within|in|binnen)\b|"
    r"(?:vous|te|le|la) rappel(?:ons|lerons|le|lera)\b(?= (?:dans|endéans|sous|en moins|au plus))|"
    # coming back to the caller: "we get back to you within 4 hours", "nous revenons vers vous
    # dans les 4 heures", "we komen binnen 4 uur bij je terug"
    r"gets? back to (?:you|the (?:customer|client|caller|user))|(?:revenons|reviendrons|"
    r"revient|reviendra) vers (?:vous|le client)|komen (?:\w+ ){0,4}bij (?:je|jou|u) terug|"
    # answering each ticket: "We answer every ticket within 8 business hours", "we beantwoorden
    # elke vraag binnen de werkdag"; not the customer answering the supplier's questions
    r"answer(?:s|ed)? (?:every|each|all|any) (?:tickets?|calls?|requests?|questions?|e-?mails?|"
    r"incidents?|support)|beantwoord(?:en|t)? (?:elke|iedere|alle) (?:tickets?|oproepen|"
    r"oproep|vragen|vraag|meldingen|melding|mails?)|"
    # "A failed nightly load is picked up within one hour" (not "picked up by the courier")
    r"picked up (?:within|in|binnen)\b|"
    r"(?:calls?|tickets?|requests?|incidents?|issues?|questions?|problems?|meldingen)\b"
    r"[^.;]{0,60}picked up|pick(?:s|ed)? up (?:the |your |each |every |all )?(?:calls?|"
    r"tickets?|requests?|incidents?|issues?)|"
    r"pak(?:t|ken) (?:\w+ ){0,4}op\b|"
    r"(?:start|begin|commence)(?:s|ed)? work(?:ing)? on (?:it|the (?:incident|issue|problem|"
    r"fault|call|ticket))|"
    # the passive answer and the contact: "A P1 incident is answered within 2 working hours",
    # "wordt binnen het uur beantwoord", "a technician contacts the Client within 2 hours",
    # "un technicien contacte le Client dans les 2 heures"
    # (a support request as the subject, not "the questionnaire is answered by the Client")
    r"(?:incidents?|tickets?|calls?|requests?|questions?|e-mails?|emails?|messages?)\b[^.;]{0,80}?"
    r"(?:is|are|will be|shall be|gets|get) answered\b|"
    r"(?:meldingen|melding|vragen|vraag|tickets?|oproepen|oproep|incidenten|incident)\b"
    r"[^.;]{0,60}?(?:wordt|worden) (?:\w+ ){0,4}beantwoord\b|"
    r"contacts? (?:the (?:client|customer|user|caller)|you)\b(?!['’])|"
    r"(?:contacte|contactons|contactera|contacterons) (?:le client|l'utilisateur|vous)\b|"
    # replying and taking over: "we reply within 2 business hours", "on prend la main à
    # distance dans les 2 heures", "we take remote control within 2 hours"
    # (the supplier replying, not "the Client replies within 5 days to the proposal")
    r"(?:we|supplier|desk|helpdesk|team) (?:will |shall )?"
    r"repl(?:y|ies)(?= (?:within|in|to (?:you|all|every|each|any))\b)|"
    r"pren(?:d|ons|nent|dra|drons) la main\b|take(?:s)? remote control\b|(?:we|i) take control\b|"
    # looking into it: "dan kijken we er binnen 2 uur naar", "we look into it within 2 hours",
    # "nous examinons le problème dans les 2 heures"
    r"kijken (?:we |wij |ik )?(?:er (?:\w+ ){0,4}naar|ernaar)\b|"
    r"look(?:s|ed)? (?:at|into) (?:it|them|the (?:issue|incident|problem|fault|call|ticket))\b|"
    r"(?:examinons|regardons) (?:le|la|l'|votre) ?(?:problème|"
    r"incident|panne|demande|appel)|"
    # a reply received within a time: "Urgent tickets get a reply within 1 hour", "u krijgt
    # binnen het uur een antwoord" (not "receives an answer from the Client within 5 days")
    r"(?:get|gets|receive|receives) (?:a |an )?(?:first )?(?:reply|answer)(?= within| in\b)|"
    r"krijg(?:t|en|) (?:u |je |jullie )?(?:\w+ ){0,3}(?:een )?(?:eerste )?antwoord\b|"
    # being on it: "we'll be on it within 2 hours", "dan gaan we er binnen het uur mee aan de
    # slag", "on s'en occupe dans l'heure", "starten we binnen het uur met de analyse"
    r"on it (?:within|in)\b|mee aan de slag\b|"
    # taken up: "Blokkerende incidenten worden binnen 2 uur opgenomen", "Les incidents
    # bloquants sont pris en compte sous 2 heures" (not "opgenomen in de prijs")
    r"(?:meldingen|melding|tickets?|oproepen|oproep|incidenten|incident|storingen|storing)\b"
    r"[^.;]{0,60}?(?:wordt|worden) (?:\w+ ){0,4}opgenomen\b(?! in\b)|"
    r"pris(?:es?)? en compte (?=sous|dans|en moins|endéans)|"
    # being with the client: "dan zijn we binnen de 4 uur bij je", "on est chez vous en 4
    # heures", "we're with you within 4 hours"
    r"zijn (?:we|wij|ik) (?:\w+ ){0,4}bij (?:je|jou|u)\b|"
    r"(?:sommes|serons|on est|on sera|je suis|je serai) chez (?:vous|toi)\b|"
    r"(?:we're|we are|we'll be|we will be|i'll be|i am) with you (?=within|in\b)|"
    r"(?:nous nous|on s'|je m')en occup\w*|"
    r"(?:starten|beginnen|start|begin) (?:we |wij |ik )?(?:\w+ ){0,4}met (?:de |het )?"
    r"(?:analyse|diagnose|onderzoek|herstelling)\b"
)
RESOLUTION = cue(
    r"resol|restor|repair|fix|workaround|herstel|oplos|opgelost|verhelp|rétabl|résolution|"
    r"correction|réparation|remise en|"
    # participles: "les incidents critiques sont résolus en moins de 8 heures"
    r"résolu|corrigé|réparé"
)
PRIORITY = re.compile(
    r"(?:" + PRIORITY_NOUNS + r"|p|niveau|level)\s*[-:]?\s*(\d)|"
    r"(?<!force )" + NOT_NEGATED + r"(" + PROSE_WORDS + r")|"  # not "force majeure"
    # "Severity A", "prioriteit B", "priorité C": letters ranked as numbers (not the article
    # of "Priority: a response within 4 hours")
    r"\b(?:" + PRIORITY_NOUNS + r")(?:\s*-\s*|\s+|\s*:\s*(?!a\s+[a-z]))([a-d])\b"
)


@dataclass
class ServiceTimes:
    responses: list[dict] = field(default_factory=list)
    resolutions: list[dict] = field(default_factory=list)
    table_evidence: dict[str, list[dict]] = field(default_factory=dict)


def service_times(structure: Structure, texts: list[str]) -> ServiceTimes:
    """Response and resolution times per priority: from a table per priority when the SLA
    has one (its rows are also the evidence that settles those items), else from prose."""
    times = ServiceTimes()
    table_responses, table_resolutions = times_by_plan(structure, texts)
    if not (table_responses or table_resolutions):
        table_responses, table_resolutions, _rows = table_times(structure, texts)
    if not (table_responses or table_resolutions):
        table_responses, table_resolutions, _rows = transposed_times(structure, texts)
    if table_responses or table_resolutions:
        # a table per priority is the SLA's own summary: prose elsewhere only repeats it
        for name, entries, target in (
            ("response", table_responses, times.responses),
            ("resolution", table_resolutions, times.resolutions),
        ):
            for priority, duration, index in entries:
                _add_time(target, texts[index], duration, structure, index, priority)
                proof = times.table_evidence.setdefault(name, [])
                if len(proof) < 3:
                    proof.append(evidence_at(structure, index))
        return times
    responses = set(candidates(structure, RESPONSE))
    resolutions = set(candidates(structure, RESOLUTION))
    optional = ServiceTimes()
    for index in sorted(responses | resolutions):
        text = texts[index]
        if is_plan_time_row(text):
            continue  # a time per plan, and the document names none of them
        is_response = index in responses
        is_resolution = index in resolutions
        if not (is_response or is_resolution):
            continue
        durations = [d for d in service_durations(text) if d.unit in ("minute", "hour", "day")]
        durations = [d for d in durations if d.hours <= 24 * 30]
        durations = [d for d in durations if not _billing_or_payment(text, d)]
        durations = [d for d in durations if not _contract_period(text, d)]
        durations = [d for d in durations if not _schedule_or_session(text, d)]
        durations = [d for d in durations if not _threshold_or_acceptance(text, d)]
        durations = _without_priority_definition(text, durations)
        if not durations:
            continue
        found = optional if _is_option(text) else times
        target = found.responses if is_response else found.resolutions
        if is_response and is_resolution and len(durations) >= 2:
            _add_time(found.responses, text, durations[0], structure, index)
            _add_time(found.resolutions, text, durations[1], structure, index)
            continue
        for duration in durations[:4]:
            _add_time(target, text, duration, structure, index)
    # the times of an option not taken count only when the agreement states no other
    times.responses = times.responses or optional.responses
    times.resolutions = times.resolutions or optional.resolutions
    return times


# a second support formula offered as an option: "Optioneel kan u het Premium-pakket nemen
# met een reactietijd van 2 uur", "En option, la formule Premium offre ...", "As an option,
# the Premium plan offers ..."; not when the client chose it ("U kiest voor het Premium-pakket")
OPTION = re.compile(
    r"\b(?:optione(?:el|le)|optional(?:ly)?|as an option|en option|in optie|als optie|"
    r"facultati(?:f|ve|ef)|tegen meerprijs|moyennant (?:un )?supplément|at (?:an )?extra cost|"
    r"for an extra (?:fee|charge))\b"
)
CHOSEN = re.compile(
    r"gekozen|kiest voor|kozen voor|chosen|selected|opted for|choisi|retenu|optez pour|"
    r"opte pour|neemt (?:u|je|jullie) (?:het|de)"
)


def _is_option(text: str) -> bool:
    return bool(OPTION.search(text)) and not CHOSEN.search(text)


def _add_time(
    target: list[dict],
    text: str,
    duration,
    structure: Structure,
    index: int,
    priority: str | None = None,
) -> None:
    if len(target) >= 12:
        return
    if priority is None:
        after = text[duration.end : duration.end + 50]
        before = text[max(0, duration.start - 80) : duration.start]
        # "P1: 1 uur" labels the time right before it; "2 heures pour un incident
        # bloquant" names the priority after the time, "prioriteit 1 ... binnen 1 uur" before
        labelled = LABEL_BEFORE.search(before)
        priority = (
            _priority(labelled.group(0))
            if labelled
            else _priority(after.split(";")[0].split(",")[0], first=True)
            or _priority(before)
            # a bullet that names its priority first: "- panne bloquante (arrêt d'un serveur,
            # de l'onduleur ...) : intervention dans un délai de deux heures"
            or _priority(text[: duration.start].rsplit(";", 1)[-1], first=True)
        )
    target.append(
        {
            "priority": priority,
            "hours": round(duration.hours, 2),
            "business_hours": duration.business,
            "value": duration.value,
            "unit": duration.unit,
            "evidence": evidence_at(structure, index, duration.start),
        }
    )


# a label right before the time: "P1: ", "Priority 1 (critical) – within ", "prio 2 = "
LABEL_BEFORE = re.compile(
    r"(?:\b(?:" + PRIORITY_NOUNS + r"|p|niveau|level)\s*[-:]?\s*\d|"
    r"\b(?:" + PROSE_WORDS + r"))\s*(?:\([^)]{0,30}\)\s*)?[:=–-]\s*(?:(?:within|binnen|in|"
    r"dans un délai de|dans les|sous|en|max\.?|maximaal|maximum|uiterlijk)\s+)?$"
)


def _priority(text: str, first: bool = False) -> str | None:
    """The priority named in `text`: the last one (nearest a time after it), or with
    `first` the first one (nearest a time before it)."""
    matches = list(PRIORITY.finditer(text))
    if not matches:
        return None
    match = matches[0] if first else matches[-1]
    if match.group(1):
        return f"P{match.group(1)}"
    if match.group(3):
        return f"P{'abcd'.index(match.group(3)) + 1}"
    return f"P{PROSE_WORD_RANK[match.group(2)]}"


# a duration that is a billing unit, a bundle of hours or a payment term, not a service time:
# "par tranche de 15 minutes", "minimum 30 minutes par intervention", "carnet de 20 heures",
# "per begonnen kwartier van 15 minuten", "payable à 15 jours", "moins de 15 minutes n'est pas
# décomptée", "in increments of 15 minutes" (not "résolus en moins de 8 heures")
BILLING_BEFORE = re.compile(
    r"(?:tranches?|incréments?|increments?|blocks?|blocs?|bundles?|carnets?|strippenkaart|"
    r"urenpakket|pakket|forfaits?|bundel|minimum|minimaal|begonnen|décompt\w*|factur\w*|"
    r"aangerekend|gefactureerd|billed|charged|invoiced|payables?|betaalbaar|payable|due)"
    r"\W{0,3}(?:(?:de|du|van|of|d'|à|within|binnen|dans les|sous|per|par|het|een|a|an)\s+)*$"
)
BILLING_AFTER = re.compile(
    r"^\W{0,3}(?:(?:n'est|ne sont|is|are|wordt|worden) (?:pas |niet |not )?)?(?:décompt|"
    r"factur|aangerekend|gefactureerd|billed|charged|invoiced|date de facture|"
    r"(?:na |after )?factuurdatum|(?:fin de mois|end of month))"
)


def _billing_or_payment(text: str, duration) -> bool:
    before = text[max(0, duration.start - 30) : duration.start].lower()
    after = text[duration.end : duration.end + 30].lower()
    return bool(BILLING_BEFORE.search(before) or BILLING_AFTER.search(after))


# "the Customer may react to a price change by terminating within 30 days": a period of the
# contract, not of the service desk
CONTRACT_CONTEXT = re.compile(
    r"price|prix|prijs|tari[fe]|terminat|résili|opzeg|beëindig|notice|préavis|"
    # an answer to a complaint or a dispute: "Toute réclamation ... qui y répond dans les 15 jours"
    r"réclamation|complaint|klacht|litige|dispute|geschil|"
    # an answer to a request for a quote: "krijgt binnen 10 dagen een antwoord op zijn
    # offerteaanvraag", "a quotation within 10 days"
    r"offerte|devis|quotation|prijsaanvraag|demande de prix"
)


def _contract_period(text: str, duration) -> bool:
    return duration.hours >= 24 * 7 and bool(CONTRACT_CONTEXT.search(text.lower()))


# hours of a schedule or of a session, not a service time: "7 jours sur 7", "24 hours a day",
# "une formation de 30 minutes", "een instructie van een uur", "a one-hour online training"
SCHEDULE_AFTER = re.compile(
    r"^\W{0,2}(?:sur 7|op 7|/7|a (?:day|week)|per (?:day|week|dag|week)|par (?:jour|semaine))"
)
SESSION = (
    r"(?:formation|training|opleiding|instructie|uitleg|sessie|session|séance|workshop|"
    r"webinar|meeting|réunion|vergadering|overleg)s?"
)
# also a session's length in brackets: "formation (1 jour sur site)"
SESSION_BEFORE = re.compile(SESSION + r"\s+(?:van|of|de|d'|du|\()\s*$")
SESSION_AFTER = re.compile(r"^[\s-]*(?:\w+\s+)?" + SESSION + r"\b")


def _schedule_or_session(text: str, duration) -> bool:
    before = text[max(0, duration.start - 30) : duration.start].lower()
    after = text[duration.end : duration.end + 30].lower()
    return bool(
        SCHEDULE_AFTER.match(after) or SESSION_BEFORE.search(before) or SESSION_AFTER.match(after)
    )


# a threshold, not a limit: "grotere tussenkomsten (meer dan een uur)", "work of more than 4
# hours", "au-delà de deux heures" (not "en moins de 8 heures")
THRESHOLD_BEFORE = re.compile(
    r"(?:meer dan|langer dan|more than|longer than|exceeding|over|plus d[e']|au-delà d[e'])\s*$"
)
# a delivery accepted after a time without blocking findings: "De koppeling is geaccepteerd
# wanneer ze tien werkdagen draait zonder blokkerende bevindingen"
ACCEPTED = re.compile(
    r"\b(?:is|are|wordt|worden|est|sont|geldt als|deemed|réputée?s?|geacht)\s+(?:\w+\s+)?"
    r"(?:geaccepteerd|aanvaard|accepted|acceptée?s?|approved|goedgekeurd|réceptionnée?s?)\b"
)


def _threshold_or_acceptance(text: str, duration) -> bool:
    if THRESHOLD_BEFORE.search(text[max(0, duration.start - 15) : duration.start]):
        return True
    return duration.hours >= 24 and bool(ACCEPTED.search(text))


# a sentence that opens with its priority: "Priority 1 - no bookings possible, or a crew
# change within 48 hours is at risk: response 30 minutes"
PRIORITY_ROW_START = re.compile(
    r"^\W{0,3}(?:\b(?:" + PRIORITY_NOUNS + r"|p|niveau|level)\s*[-:]?\s*\d|" + PROSE_WORDS + r")",
    re.IGNORECASE,
)


def _without_priority_definition(text: str, durations: list) -> list:
    """Drop the durations of a priority's definition, before the colon that opens its times."""
    start = PRIORITY_ROW_START.match(text)
    if not start:
        return durations
    times_at = times_start(text, start.end())
    return [d for d in durations if d.start >= times_at]
