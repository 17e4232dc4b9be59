"""Warranty periods stated without the word warranty: a time in which defects are repaired
free of charge after delivery, or a window to report defects after delivery."""

from __future__ import annotations

import re

from vendorpact.core.contracts.figures_sla import candidates, cue
from vendorpact.core.contracts.numbers import Duration, durations_in
from vendorpact.core.contracts.structure import Structure

WARRANTY_UNITS = {"day", "week", "month", "year"}
WARRANTY_DAYS = (7, 1900)

REPORTED = cue(r"report|notif|gemeld|melden|meldt|melding|signal|kenbaar")
WITHIN = re.compile(
    r"(?:within|during|binnen|gedurende|endéans|dans (?:un délai de|les)|pendant|durant)\s+"
    r"(?:(?:a|the|een|de|un|une|les) )?(?:(?:period|termijn|délai|période) (?:of|van|de) )?$"
)
ACCEPTANCE_TEST = re.compile(
    r"\btest|deemed accept|considered accept|approv|reject|geacht\b.{0,20}aanvaard|"
    r"als aanvaard|goedkeur|goedgekeurd|afkeur|aanvaardingstest|acceptatietest|"
    r"réputée?s? (?:acceptée?|"
    r"reçue?|validée?)|valid(?:er|ation)|procès-verbal|refus|"
    # visible defects are protested at delivery; an invoice is disputed, not repaired
    r"zichtba|visible|apparent|invoice|factu|billing"
)
FREE_REPAIR = cue(
    r"kosteloos|gratis|gratuitement|sans frais|free of charge|for free|at no (?:additional |"
    r"extra )?(?:charge|cost)|without charge|at (?:its|their) own (?:cost|expense)|à ses frais|"
    r"op (?:eigen|zijn|haar|onze) kosten|at our (?:own )?(?:cost|expense)|à nos frais|"
    # "sans supplément", "zonder meerkost", "zonder extra kosten", "without extra cost"
    r"sans (?:supplément|coût|surcoût)|zonder (?:meerkost|(?:bijkomende |extra )?kosten)|"
    r"without (?:additional |extra )?(?:cost|charge)|"
    # "les corrections de bugs pendant le mois qui suit la mise en ligne sont offertes"
    r"offert(?:e|es|s)?\b|"
    # "les corrections sont gratuites", "bug fixes are free" (a defect word is still asked)
    r"gratuit(?:e|s|es)?\b|(?:are|is) free\b"
)
# "elke afwijking van de aanvaarde functionaliteit", "un poste défectueux"
TESTED_DEFECTS = re.compile(
    r"gebrek|defect|défectu|défauts?\b(?<!par défaut)(?<!par défauts)|error|fout|bug|anomal|"
    r"non-conformit|vice|malfunction|afwijking|deviation"
)
# also in informal words: "tout problème lié à notre intervention", "un souci de
# configuration", "if something doesn't work as described", "als iets niet goed werkt"; not in
# is_test_window, where "signale tout problème" during a test is still a window to test
DEFECTS = re.compile(
    TESTED_DEFECTS.pattern + r"|erreur|probl[eè]m|probleem|souci|(?:does not|doesn't|do not|don't|"
    r"fails? to) work|ne fonctionne pas|werkt niet|niet (?:goed |correct |meer )?werkt"
)
# read only where a free repair or a reported defect is looked for (a second, rarer search):
# "if something isn't right", "si quelque chose ne va pas", "als er iets niet klopt", and a
# damaged delivery: "toute image illisible signalée", "unreadable or damaged files"
OTHER_DEFECTS = re.compile(
    r"(?:isn't|is not|aren't|are not) right|ne va pas|ne vont pas|niet klopt|niet in orde|"
    r"illisible|unreadable|onleesba|endommag|damaged|beschadig|corr(?:ompu|upt)|"
    # the repair named instead of the defect: "les corrections sont gratuites"
    r"correcti(?:ons?|fs?)\b|herstellingen|repairs\b|réparations|issues?\b|"
    # something going wrong in plain words: "if anything breaks after handover", "als er na
    # de oplevering iets misloopt", "si quelque chose cloche après la livraison"
    r"breaks?\b|goes wrong|go wrong|misloopt|mislopen|misgaat|fout loopt|kapot|cloche\b|"
    r"tombe en panne"
)
# the work delivered named as what has the defects: "Fouten in de geleverde software worden
# gedurende 6 maanden kosteloos verholpen" (a free repair without the handover named)
DELIVERED_WORK = re.compile(
    r"\b(?:geleverde|opgeleverde|delivered|livrée?s?|ontwikkelde|developed|développée?s?)\b"
)


WORKING = re.compile(
    r"bon fonctionnement|goede werking|goed functioneren|correct functioning|proper functioning|"
    # "Parts and labour are guaranteed for 1 year", "pièces et main-d'œuvre garanties 1 an"
    r"parts and labou?r|pièces et main|onderdelen en (?:arbeid|werkuren)|"
    # the supplier's own work: "We guarantee our installation work for 12 months", "onze
    # werken", "nos travaux" (not "our prices", "our response")
    r" (?:our|onze|ons|nos|notre) (?:\w+ )?(?:work|werk|werken|installation|installatie|"
    r"travail|travaux|prestations)\b"
)
# "na de voorlopige aanvaarding", "after final acceptance", "après la réception définitive"
AFTER_HANDOVER = re.compile(
    r"(?:after|following|from|of|na|vanaf|à compter de|à partir de|après|suivant|qui suit|"
    r"qui suivent|de(?= la | l')|(?:à compter|à partir|dès|après)(?= du ))\s(?:the |de |het |"
    r"la |le |l'|du |"
    # a possessive or a demonstrative: "after their deployment", "à compter de cette
    # intervention", "na hun installatie"
    r"(?:their|its|your|our|this|that|each|hun|zijn|haar|uw|jullie|deze|dit|sa|son|ses|leurs?|"
    r"votre|notre|cette|cet|ce) )?"
    # the record of it: "na het proces-verbaal van oplevering", "the certificate of acceptance"
    r"(?:(?:proces-verbaal|procès-verbal|certificate|certificaat) (?:van |de |of )(?:the |la |"
    r"l'|de )?)?(?:(?:voorlopige|definitieve|algemene|eerste|provisional|final|first|"
    r"general|provisoire|définitive|première|laatste|last|dernière|elke|each|chaque) )?"
    r"(?:delivery|acceptance|go-live|installation|procès-verbal|proces-verbaal|"
    r"receipt|release|oplevering|"
    r"levering|acceptatie|aanvaarding|ingebruikname|installatie|ontvangst|livraison|réception|"
    r"recette|mise en production|mise en service|livegang|go live|lancering|launch|lancement|"
    r"mise en ligne|ingebruikneming|sign-off|signoff|hand-?over|overdracht|"
    # the end of the work in other words: "après le déménagement", "na de publicatie in de
    # stores", "after going live", "na afronding", "after the end of hypercare"
    r"going live|publication|publicatie|deployment|déploiement|uitrol|roll-?out|migration|"
    r"ingebruikstelling|indienststelling|in productie ?name|productiestart|démarrage|"
    r"migratie|déménagement|verhuis|move|completion|afronding|voltooiing|achèvement|"
    r"cut-?over|bascule|overstap|switch-?over|basculement|omschakeling|"
    # a repair or a visit guaranteed from when it was done: "à compter de cette intervention"
    r"intervention|interventie|herstelling|(?:end|einde|fin) (?:of|van|de) (?:the |de |het |l')?"
    r"(?:hypercare|nazorg|project|projet|works|werken|travaux|opdracht|mission))|"
    # the handover as a clause: "after it was put into production", "après qu'elle a été
    # installée", "nadat het in productie is genomen"
    r"(?:after|once|après qu'?|une fois qu'?)\s?(?:it|they|il|elle|ils|elles)\s+(?:was|were|"
    r"has been|have been|a été|ont été|est|sont)\s+(?:put into (?:production|service|use)|"
    r"delivered|installed|accepted|released|deployed|handed over|taken into use|"
    r"mise?s? en (?:production|service|ligne)|livrée?s?|installée?s?|réceptionnée?s?)|"
    r"(?:nadat|zodra)\s(?:het|ze|hij|zij)\s(?:is\s|werd\s|zijn\s|werden\s)?(?:in productie|"
    r"in gebruik|opgeleverd|geleverd|geïnstalleerd|aanvaard)"
)


# the warranty of the law, not one the supplier gives: "la garantie légale de conformité de
# deux ans", "de wettelijke garantie van twee jaar", "the statutory warranty"
STATUTORY = re.compile(
    r"(?:garantie|waarborg|warranty|guarantee) (?:légale|wettelijke?|statutory|legal)|"
    r"(?:wettelijke|statutory|legal) (?:garantie|waarborg|warranty|guarantee)|"
    # nor the maker's: "een fabrieksgarantie van drie jaar", "garanti 5 ans par le constructeur"
    r"fabrieksgarantie|fabrikantengarantie|(?:manufacturer'?s?|factory) (?:warranty|guarantee)|"
    r"garantie (?:du |de )?(?:constructeur|fabricant)"
)
_MAKER = r"(?:manufacturer'?s?|maker'?s?|factory|fabrikant(?:en)?|fabrieks|constructeur|fabricant)"
MAKER_AFTER = re.compile(
    r"^\W{0,3}(?:by the|door de|par le) (?:manufacturer|fabrikant|constructeur|"
    r"fabricant)|"
    # the maker named after the length: "a 5-year manufacturer warranty", "5 jaar
    # fabrieksgarantie", "36 mois de garantie constructeur", "two years' warranty from the
    # manufacturer"
    r"^\W{0,3}(?:de |of )?(?:" + _MAKER + r"[- ]?(?:warranty|guarantee|garantie|waarborg)|"
    r"(?:warranty|guarantee|garantie|waarborg) (?:(?:du |de la |de )?" + _MAKER + r"|"
    r"(?:from|by|of|van|door) (?:the |de |het )?" + _MAKER + r"))"
)


# a time to look at a delivery: "tien werkdagen om hem te bekijken en je opmerkingen door te
# geven", "ten days to review it and send your comments", "pour l'examiner"
REVIEW = re.compile(
    r"bekijk|nakijk|opmerking|\breview|comments|remarks|remarques|examiner|vérifier|controleren"
)


def is_test_window(text: str) -> bool:
    """A sentence about a window to test, review or accept a delivery that names no defect
    to fix ("Les tests de réception sont réalisés pendant dix jours ouvrables")."""
    tested = ACCEPTANCE_TEST.search(text) or REVIEW.search(text)
    return bool(tested and not TESTED_DEFECTS.search(text))


def is_statutory_warranty(text: str, start: int, end: int | None = None) -> bool:
    """The law's or the maker's warranty, not the supplier's own."""
    if end is not None and MAKER_AFTER.match(text[end : end + 50]):
        return True
    # only in the same clause: "3 jaar fabrieksgarantie; op onze installatie 6 maanden"
    before = CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    return bool(STATUTORY.search(before))


CLAUSE_END = re.compile(r"[;.]\s")


def _is_warranty_length(duration: Duration) -> bool:
    low, high = WARRANTY_DAYS
    return duration.unit in WARRANTY_UNITS and low <= duration.days <= high


def is_of_defects(text: str, duration: Duration) -> bool:
    """Whether the sentence names defects or the duration runs from delivery ("pendant trois
    mois après sa mise en ligne"), or the sentence guarantees the working of what was
    delivered ("le bon fonctionnement")."""
    after = text[duration.end : duration.end + 40]
    return bool(DEFECTS.search(text) or AFTER_HANDOVER.search(after) or WORKING.search(text))


def free_repair_window(structure: Structure, texts: list[str]) -> tuple[Duration, int] | None:
    """(duration, sentence) of a time after delivery in which defects are repaired free of
    charge: "gedurende drie maanden na oplevering herstelt de Leverancier kosteloos de
    gebreken"."""
    for index in candidates(structure, FREE_REPAIR):
        text = texts[index]
        if not DEFECTS.search(text) and not OTHER_DEFECTS.search(text):
            continue
        for duration in (*durations_in(text), *_single_units(text)):
            near = text[duration.end : duration.end + 40]
            if _is_warranty_length(duration) and (
                AFTER_HANDOVER.search(near)
                or _handover_before(text, duration)
                or _during_of_delivered(text, duration)
            ):
                return duration, index
    return None


# the handover named first, the period last: "Si quelque chose ne fonctionne pas après la mise
# en ligne, je corrige gratuitement pendant trois mois", "we fix it free of charge for 3 months"
DURING_BEFORE = re.compile(r"(?:during|for|pendant|durant|gedurende|nog)\s+$")


# the first days of the service: "if something isn't right during the first 30 days, we fix
# it at no cost", "gedurende de eerste drie maanden", "pendant les trois premiers mois"
FIRST_BEFORE = re.compile(
    r"(?:during|in|within|for) the first\s+$|(?:gedurende|in|binnen|tijdens|dat|dit|het) de "
    r"eerste\s+$|"
    r"(?:pendant|durant|dans) les\s+$"
)


def _handover_before(text: str, duration: Duration) -> bool:
    before = text[max(0, duration.start - 100) : duration.start]
    first = FIRST_BEFORE.search(before[-30:])
    if first and ("les" not in first.group(0) or "premi" in text[duration.start : duration.end]):
        return True
    return bool(DURING_BEFORE.search(before) and AFTER_HANDOVER.search(before))


def _during_of_delivered(text: str, duration: Duration) -> bool:
    before = text[max(0, duration.start - 100) : duration.start]
    return bool(DURING_BEFORE.search(before[-12:]) and DELIVERED_WORK.search(text))


# one unit without a number: "pendant le mois qui suit la mise en ligne", "during the first
# month after go-live", "gedurende de eerste maand na oplevering"
SINGLE_UNIT = re.compile(
    r"\b(?:during|in|within|pendant|durant|dans|gedurende|binnen|tijdens) (?:the |le |la |"
    r"l'|de |het )?(?:first |premier |première |eerste )?(?P<unit>month|year|mois|année|an|"
    r"maand|jaar)\b"
)
SINGLE_UNIT_NAMES = {
    "month": "month", "mois": "month", "maand": "month",
    "year": "year", "année": "year", "an": "year", "jaar": "year",
}  # fmt: skip


def _single_units(text: str) -> list[Duration]:
    return [
        Duration(1, SINGLE_UNIT_NAMES[m.group("unit")], None, m.start("unit"), m.end("unit"))
        for m in SINGLE_UNIT.finditer(text)
    ]


def defect_window(structure: Structure, texts: list[str]) -> tuple[Duration, int] | None:
    """(duration, sentence) of a window to report defects after delivery, which is the
    warranty: "fouten die binnen 60 dagen na oplevering gemeld worden", "errors reported
    within 15 business days after release". A window to test and accept a delivery is not
    ("notify non-conformities within 10 days of delivery, failing which it is deemed
    accepted")."""
    for index in candidates(structure, REPORTED):
        text = texts[index]
        for duration in durations_in(text):
            if not _is_warranty_length(duration):
                continue
            before = text[max(0, duration.start - 25) : duration.start]
            after = text[duration.end : duration.end + 40]
            if not (WITHIN.search(before) and AFTER_HANDOVER.match(after.lstrip(" ,"))):
                continue
            if ACCEPTANCE_TEST.search(text):
                break  # a window to test and accept
            if DEFECTS.search(text) or OTHER_DEFECTS.search(text):
                return duration, index
            break
    return None


# the warranty named by reference to the period of the sentence before: "La réception
# définitive intervient douze mois plus tard. Pendant ce délai de garantie, ...", "during this
# warranty period", "gedurende deze waarborgtermijn"
THIS_WARRANTY = re.compile(
    r"\b(?:ce|cet|cette|this|that|such|deze|die|dit) (?:délai|période|period|termijn|periode)"
    r" (?:de |of )?(?:garantie|warranty)|\b(?:this|that|such) warranty (?:period|term)\b|"
    r"\b(?:deze|die|dit) (?:garantie|waarborg)(?:termijn|periode)\b"
)


def referred_warranty(texts: list[str], index: int) -> Duration | None:
    """The duration of the sentence before when this one names 'this warranty period'."""
    if index == 0 or not THIS_WARRANTY.search(texts[index]) or durations_in(texts[index]):
        return None
    return next((d for d in durations_in(texts[index - 1]) if _is_warranty_length(d)), None)
