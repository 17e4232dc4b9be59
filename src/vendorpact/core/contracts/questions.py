"""Questions to ask the supplier for every missing or partial expected item and every risk."""

from __future__ import annotations

from vendorpact.core.checklist import ITEMS_BY_ID

MISSING = {
    "en": "The document does not settle “{label}”. What do you propose? ({help})",
    "nl": "Het document regelt “{label}” niet. Wat stelt u voor? ({help})",
    "fr": "Le document ne règle pas « {label} ». Que proposez-vous ? ({help})",
}
PARTIAL = {
    "en": "“{label}” is left vague (“{quote}”). Can you make it concrete in the agreement?",
    "nl": "“{label}” blijft vaag (“{quote}”). Kunt u dit concreet vastleggen in de overeenkomst?",
    "fr": "« {label} » reste vague (« {quote} »). Pouvez-vous le préciser dans le contrat ?",
}
RISK_QUESTIONS = {
    "risk.supplier_terms_prevail": {
        "en": "Your general terms are declared applicable or prevailing. Will you agree that "
        "this agreement prevails over your general terms?",
        "nl": "Uw algemene voorwaarden worden van toepassing of voorrang verklaard. Gaat u "
        "akkoord dat deze overeenkomst voorgaat op uw algemene voorwaarden?",
        "fr": "Vos conditions générales sont déclarées applicables ou prioritaires. Acceptez-vous "
        "que ce contrat prévale sur vos conditions générales ?",
    },
    "risk.best_efforts_only": {
        "en": "You only commit to best efforts. Which delivery dates and service levels do you "
        "guarantee as a result (an obligation of result)?",
        "nl": "U gaat enkel een inspanningsverbintenis aan. Welke termijnen en serviceniveaus "
        "garandeert u als resultaatsverbintenis?",
        "fr": "Vous ne vous engagez qu'à une obligation de moyens. Quels délais et niveaux de "
        "service garantissez-vous comme obligation de résultat ?",
    },
    "risk.unilateral_change": {
        "en": "You may change prices, terms or services on your own. Can changes require our "
        "written agreement, be capped (e.g. an index) and give us a right to terminate?",
        "nl": "U mag prijzen, voorwaarden of diensten eenzijdig wijzigen. Kan een wijziging "
        "onze schriftelijke instemming vereisen, begrensd worden (bv. een index) en ons een "
        "opzegrecht geven?",
        "fr": "Vous pouvez modifier seul les prix, conditions ou services. Une modification "
        "peut-elle exiger notre accord écrit, être plafonnée (indice) et nous permettre de "
        "résilier ?",
    },
    "risk.auto_renewal": {
        "en": "The agreement renews tacitly with a long notice period or renewal term. Can the "
        "notice be at most one month and renewals at most one year?",
        "nl": "De overeenkomst wordt stilzwijgend verlengd met een lange opzegtermijn of "
        "verlengingsduur. Kan de opzeg maximaal één maand en de verlenging maximaal één jaar "
        "bedragen?",
        "fr": "Le contrat est reconduit tacitement avec un long préavis ou une longue durée. Le "
        "préavis peut-il être d'un mois maximum et la reconduction d'un an maximum ?",
    },
    "risk.liability_excluded": {
        "en": "Your liability is excluded or capped very low (e.g. data loss, a few months of "
        "fees). Can the cap be raised to at least the fees of 12 months and cover data loss "
        "caused by you?",
        "nl": "Uw aansprakelijkheid is uitgesloten of zeer laag begrensd (bv. gegevensverlies, "
        "enkele maanden vergoeding). Kan het plafond minstens de vergoeding van 12 maanden zijn "
        "en gegevensverlies door uw fout dekken?",
        "fr": "Votre responsabilité est exclue ou plafonnée très bas (perte de données, quelques "
        "mois de redevance). Le plafond peut-il couvrir au moins 12 mois de redevances et la "
        "perte de données de votre fait ?",
    },
    "risk.open_ended_cost": {
        "en": "Work is billed on time spent without a cap. Can you give a budget estimate, a "
        "cap, and ask our approval before exceeding it?",
        "nl": "Er wordt in regie gefactureerd zonder plafond. Kunt u een raming en een plafond "
        "geven, en vooraf onze goedkeuring vragen om het te overschrijden?",
        "fr": "Le travail est facturé au temps passé sans plafond. Pouvez-vous donner une "
        "estimation, un plafond et demander notre accord avant tout dépassement ?",
    },
    "risk.data_lockin": {
        "en": "You may withhold or delete our data or source code. Will you return all our "
        "data in a usable format at the end, whatever the circumstances?",
        "nl": "U kan onze gegevens of broncode achterhouden of wissen. Geeft u bij het einde "
        "steeds al onze gegevens terug in een bruikbaar formaat?",
        "fr": "Vous pouvez retenir ou supprimer nos données ou notre code source. Nous les "
        "restituerez-vous dans un format exploitable en fin de contrat, en toutes "
        "circonstances ?",
    },
    "risk.unsigned": {
        "en": "The document is not signed by both parties (or only accepted by e-mail). Can "
        "we sign one agreement that states which documents apply?",
        "nl": "Het document is niet door beide partijen ondertekend (of enkel per e-mail "
        "aanvaard). Kunnen we één overeenkomst ondertekenen die zegt welke documenten gelden?",
        "fr": "Le document n'est pas signé par les deux parties (ou seulement accepté par "
        "e-mail). Pouvons-nous signer un contrat qui précise les documents applicables ?",
    },
}


def build_questions(items: list[dict], risks: list[dict], lang: str) -> list[dict]:
    """Questions for expected items that are missing or partial, then for every raised risk."""
    lang = lang if lang in MISSING else "en"
    questions = []
    for item in items:
        if not item["expected"] or item["status"] == "covered":
            continue
        definition = ITEMS_BY_ID[item["id"]]
        label = definition.label(lang)
        if item["status"] == "missing":
            help_text = definition.help.get(lang, "").rstrip(".")
            text = MISSING[lang].format(label=label, help=help_text).replace(" ()", "")
        else:
            quote = item["evidence"][0]["text"] if item["evidence"] else "…"
            text = PARTIAL[lang].format(label=label, quote=_short(quote))
        questions.append({"id": item["id"], "reason": item["status"], "text": text})
    for risk in risks:
        text = RISK_QUESTIONS[risk["id"]].get(lang) or RISK_QUESTIONS[risk["id"]]["en"]
        questions.append({"id": risk["id"], "reason": "risk", "text": text})
    return questions


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
