"""Fixed wording of the agreement outside the clauses (titles, cover, annexes, signatures) and
the formatting of dates, amounts, percentages and durations per language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from vendorpact.core.money import format_eur

TITLES = {
    "project": {
        "en": "Cooperation agreement for an IT project",
        "nl": "Samenwerkingsovereenkomst voor een IT-project",
        "fr": "Contrat de collaboration pour un projet informatique",
    },
    "maintenance": {
        "en": "Cooperation agreement for maintenance and support",
        "nl": "Samenwerkingsovereenkomst voor onderhoud en ondersteuning",
        "fr": "Contrat de collaboration pour la maintenance et le support",
    },
    "saas": {
        "en": "Cooperation agreement for a hosted software service",
        "nl": "Samenwerkingsovereenkomst voor een gehoste softwaredienst",
        "fr": "Contrat de collaboration pour un service logiciel hébergé",
    },
    "tm": {
        "en": "Cooperation agreement for services billed per hour within a budget",
        "nl": "Samenwerkingsovereenkomst voor diensten per uur binnen een budget",
        "fr": "Contrat de collaboration pour des services à l'heure dans un budget",
    },
}
ADDENDUM_TITLE = {
    "en": "Addendum to the agreement with the Supplier",
    "nl": "Addendum bij de overeenkomst met de Leverancier",
    "fr": "Avenant au contrat avec le Fournisseur",
}
NOTICE = {
    "en": "Draft proposal to discuss between the parties. This document is not legal advice; "
    "have it checked before signing.",
    "nl": "Ontwerp en voorstel ter bespreking tussen de partijen. Dit document is geen juridisch "
    "advies; laat het nakijken voor u ondertekent.",
    "fr": "Projet et proposition à discuter entre les parties. Ce document n'est pas un avis "
    "juridique ; faites-le vérifier avant de signer.",
}
PARTIES = {
    "en": ("between", "hereafter the Client", "and", "hereafter the Supplier"),
    "nl": ("tussen", "hierna de Klant", "en", "hierna de Leverancier"),
    "fr": ("entre", "ci-après le Client", "et", "ci-après le Fournisseur"),
}
REPRESENTED = {"en": "represented by", "nl": "vertegenwoordigd door", "fr": "représentée par"}
VAT = {"en": "VAT", "nl": "btw", "fr": "TVA"}
ADDENDUM_PREAMBLE = {
    "en": "This addendum (hereafter: this agreement) settles only the points listed below. For "
    "these points, this agreement prevails over the general terms and conditions of the "
    "Supplier and over any other document of the Supplier.",
    "nl": "Dit addendum (hierna: deze overeenkomst) regelt enkel de hieronder opgenomen punten. "
    "Voor deze punten heeft deze overeenkomst voorrang op de algemene voorwaarden en op elk "
    "ander document van de Leverancier.",
    "fr": "Le présent avenant (ci-après : le présent contrat) règle uniquement les points "
    "ci-dessous. Pour ces points, le présent contrat prévaut sur les conditions générales et "
    "sur tout autre document du Fournisseur.",
}
ARTICLE = {"en": "Article", "nl": "Artikel", "fr": "Article"}
ANNEX = {"en": "Annex", "nl": "Bijlage", "fr": "Annexe"}
KEY_TERMS = {"en": ("Key terms", "Value"), "nl": ("Kernpunten", "Waarde"),
             "fr": ("Points clés", "Valeur")}  # fmt: skip
SIGNATURE_INTRO = {
    "en": "Signed by both parties, each party receiving one copy.",
    "nl": "Ondertekend door beide partijen, elke partij ontvangt een exemplaar.",
    "fr": "Fait en deux exemplaires et signé par les deux parties, chaque partie recevant un "
    "exemplaire.",
}
SIGN_FOR = {
    "en": ("For the Client", "For the Supplier"),
    "nl": ("Voor de Klant", "Voor de Leverancier"),
    "fr": ("Pour le Client", "Pour le Fournisseur"),
}
SIGNATURE_LABELS = {
    "en": {"name": "Name", "function": "Function", "date": "Date", "signature": "Signature"},
    "nl": {"name": "Naam", "function": "Functie", "date": "Datum", "signature": "Handtekening"},
    "fr": {"name": "Nom", "function": "Fonction", "date": "Date", "signature": "Signature"},
}
UNITS = {
    "day": {"en": ("day", "days"), "nl": ("dag", "dagen"), "fr": ("jour", "jours")},
    "hour": {"en": ("hour", "hours"), "nl": ("uur", "uur"), "fr": ("heure", "heures")},
    "month": {"en": ("month", "months"), "nl": ("maand", "maanden"), "fr": ("mois", "mois")},
}
PERIOD_WORD = {
    "month": {"en": "calendar month", "nl": "kalendermaand", "fr": "mois civil"},
    "quarter": {"en": "quarter", "nl": "kwartaal", "fr": "trimestre"},
    "year": {"en": "year", "nl": "jaar", "fr": "année"},
}
CADENCE_ADJECTIVE = {
    "weekly": {"en": "weekly", "nl": "wekelijks", "fr": "hebdomadaire"},
    "monthly": {"en": "monthly", "nl": "maandelijks", "fr": "mensuel"},
    "quarterly": {"en": "quarterly", "nl": "driemaandelijks", "fr": "trimestriel"},
}
MEETING_ADJECTIVE = {
    "weekly": {"en": "weekly", "nl": "wekelijks", "fr": "hebdomadaire"},
    "monthly": {"en": "monthly", "nl": "maandelijks", "fr": "mensuelle"},
    "quarterly": {"en": "quarterly", "nl": "per kwartaal", "fr": "trimestrielle"},
}
SUPPORT_DAYS = {
    "weekdays": {"en": "Monday to Friday", "nl": "van maandag tot vrijdag",
                 "fr": "du lundi au vendredi"},
    "all": {"en": "every day", "nl": "elke dag", "fr": "tous les jours"},
}  # fmt: skip
CHANNELS = {
    "phone": {"en": "by phone on {}", "nl": "telefonisch op {}", "fr": "par téléphone au {}"},
    "email": {"en": "by e-mail at {}", "nl": "per e-mail via {}", "fr": "par e-mail à {}"},
    "portal": {"en": "through the portal {}", "nl": "via het portaal {}",
               "fr": "via le portail {}"},
}  # fmt: skip
COLON = {"en": ":", "nl": ":", "fr": " :"}
AND = {"en": "and", "nl": "en", "fr": "et"}
PRIORITY_NAMES = {
    1: {"en": "critical", "nl": "kritiek", "fr": "bloquant"},
    2: {"en": "high", "nl": "hoog", "fr": "majeur"},
    3: {"en": "medium", "nl": "normaal", "fr": "normal"},
    4: {"en": "low", "nl": "laag", "fr": "mineur"},
}
PRIORITY_TIME = {
    "en": "P{p} ({name}) within {time}",
    "nl": "P{p} ({name}) binnen {time}",
    "fr": "P{p} ({name}) sous {time}",
}
CREDIT_STEP = {
    "en": "{credit} of the monthly fee when the availability is below {below}",
    "nl": "{credit} van de maandelijkse vergoeding als de beschikbaarheid lager is dan {below}",
    "fr": "{credit} de la redevance mensuelle si la disponibilité est inférieure à {below}",
}
RATE = {"en": "{role}: {amount} per {unit}", "nl": "{role}: {amount} per {unit}",
        "fr": "{role} : {amount} par {unit}"}  # fmt: skip
TEAM_MEMBER = {"en": "{name}, {role} ({party})", "nl": "{name}, {role} ({party})",
               "fr": "{name}, {role} ({party})"}  # fmt: skip
PARTY_WORD = {
    "client": {"en": "Client", "nl": "Klant", "fr": "Client"},
    "supplier": {"en": "Supplier", "nl": "Leverancier", "fr": "Fournisseur"},
}
INVOICING = {
    "project": {
        "en": "The Supplier invoices each milestone after its written acceptance, for the share "
        "of the price given in the budget annex.",
        "nl": "De Leverancier factureert elke mijlpaal na de schriftelijke aanvaarding ervan, "
        "voor het deel van de prijs uit de bijlage budget.",
        "fr": "Le Fournisseur facture chaque jalon après sa réception écrite, pour la part du "
        "prix indiquée dans l'annexe budget.",
    },
    "recurring": {
        "en": "The Supplier invoices the monthly fee at the start of each month.",
        "nl": "De Leverancier factureert de maandelijkse vergoeding bij het begin van elke maand.",
        "fr": "Le Fournisseur facture la redevance mensuelle au début de chaque mois.",
    },
    "tm": {
        "en": "The Supplier invoices the hours worked at the end of each month, with a timesheet "
        "approved by the Client; the total stays within the maximum budget of {budget_cap}.",
        "nl": "De Leverancier factureert de gewerkte uren op het einde van elke maand, met een "
        "door de Klant goedgekeurde urenstaat; het totaal blijft binnen het maximumbudget van "
        "{budget_cap}.",
        "fr": "Le Fournisseur facture les heures prestées à la fin de chaque mois, avec un relevé "
        "approuvé par le Client ; le total reste dans le budget maximum de {budget_cap}.",
    },
}
MULTIPLE = {
    "1x": {"en": "one time", "nl": "één keer", "fr": "une fois"},
    "2x": {"en": "two times", "nl": "twee maal", "fr": "deux fois"},
}
LIABILITY_BASE = {
    "annual": {"en": "the annual fees", "nl": "de jaarlijkse vergoedingen",
               "fr": "la redevance annuelle"},
    "project": {"en": "the project price", "nl": "de projectprijs", "fr": "le prix du projet"},
    "budget": {"en": "the maximum budget", "nl": "het maximumbudget",
               "fr": "le budget maximum"},
}  # fmt: skip


def format_date(value: date, lang: str) -> str:
    return value.strftime("%d/%m/%Y")


def format_amount(value: Decimal, lang: str) -> str:
    return format_eur(value, lang)


def format_percent(value: Decimal, lang: str) -> str:
    text = _number(value)
    if lang == "en":
        return f"{text}%"
    return f"{text.replace('.', ',')} %"


def format_quantity(value: Decimal | int, unit: str, lang: str) -> str:
    singular, plural = UNITS[unit][lang]
    number = _number(value)
    if lang != "en":
        number = number.replace(".", ",")
    return f"{number} {singular if Decimal(str(value)) == 1 else plural}"


def _number(value: Decimal | int) -> str:
    text = format(Decimal(str(value)).normalize(), "f")
    return text


def join_list(parts: list[str], lang: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return "; ".join(parts[:-1]) + f" {AND[lang]} " + parts[-1]
