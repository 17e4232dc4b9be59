"""Dutch and English texts for the request composer (findings, why, e-mail labels)."""

FINDING_TEXTS: dict[str, dict[str, str]] = {
    "request.what_happened_missing": {
        "nl": "Beschrijf wat er gebeurde.",
        "en": "Describe what happened.",
    },
    "request.what_happened_short": {
        "nl": "De beschrijving is erg kort: wat deed je, wat zag je, welke foutmelding?",
        "en": "The description is very short: what did you do, what did you see, which error?",
    },
    "request.system_missing": {
        "nl": "Over welk systeem of welke toepassing gaat het?",
        "en": "Which system or application is it about?",
    },
    "request.environment_missing": {
        "nl": "In welke omgeving: productie, acceptatie of test?",
        "en": "Which environment: production, acceptance or test?",
    },
    "request.url_missing": {
        "nl": "Voeg de URL of het scherm toe waar het gebeurt.",
        "en": "Add the URL or screen where it happens.",
    },
    "request.since_when_missing": {
        "nl": "Sinds wanneer gebeurt het?",
        "en": "Since when does it happen?",
    },
    "request.frequency_missing": {
        "nl": "Hoe vaak: eenmalig, af en toe of altijd?",
        "en": "How often: once, now and then, or always?",
    },
    "request.business_impact_missing": {
        "nl": "Wat betekent het voor het bedrijf: wie of welk proces wordt gehinderd?",
        "en": "What does it mean for the business: who or which process is hampered?",
    },
    "request.impact_missing": {
        "nl": "Kies de impact (blokkerend, groot, klein, cosmetisch).",
        "en": "Choose the impact (blocking, major, minor, cosmetic).",
    },
    "request.urgency_missing": {
        "nl": "Kies de dringendheid.",
        "en": "Choose the urgency.",
    },
    "request.urgency_vs_impact": {
        "nl": "Onmiddellijk maar met kleine impact? Controleer de dringendheid.",
        "en": "Immediate but with minor impact? Check the urgency.",
    },
    "request.steps_to_reproduce_missing": {
        "nl": "Welke stappen leiden tot het probleem?",
        "en": "Which steps lead to the problem?",
    },
    "request.expected_actual_missing": {
        "nl": "Wat verwachtte je, en wat gebeurde er echt?",
        "en": "What did you expect, and what actually happened?",
    },
    "request.expected_actual_half": {
        "nl": "Vul zowel het verwachte als het werkelijke resultaat in.",
        "en": "Fill in both the expected and the actual result.",
    },
    "request.already_tried_missing": {
        "nl": "Wat heb je al geprobeerd?",
        "en": "What have you already tried?",
    },
    "request.contact_person_missing": {
        "nl": "Wie is de contactpersoon?",
        "en": "Who is the contact person?",
    },
    "request.contact_availability_missing": {
        "nl": "Wanneer is de contactpersoon bereikbaar?",
        "en": "When can the contact person be reached?",
    },
    "request.attachments_missing": {
        "nl": "Voeg een schermafdruk, foutmelding of logbestand toe.",
        "en": "Attach a screenshot, error message or log file.",
    },
    "request.context_sheet_missing": {
        "nl": "Koppel de contextfiche van je organisatie.",
        "en": "Link your organisation's context sheet.",
    },
}

WHY_TEXTS: dict[str, dict[str, str]] = {
    "why.ask_back": {
        "nl": "De leverancier moet terugvragen: dat kost minstens een extra beurt heen en weer.",
        "en": "The supplier has to ask back: at least one extra round trip.",
    },
    "why.guess_system": {
        "nl": "De leverancier moet raden waar te zoeken, of zoekt in de verkeerde omgeving.",
        "en": "The supplier has to guess where to look, or looks in the wrong environment.",
    },
    "why.no_cause_link": {
        "nl": "Zonder tijdstip en frequentie is het moeilijk een oorzaak te koppelen "
        "aan een wijziging of update.",
        "en": "Without a time and frequency it is hard to link a cause to a change or update.",
    },
    "why.wrong_priority": {
        "nl": "Zonder impact en dringendheid krijgt de melding mogelijk een te lage prioriteit.",
        "en": "Without impact and urgency the request may get too low a priority.",
    },
    "why.cannot_reproduce": {
        "nl": "Wat niet na te bootsen is, wordt traag of niet opgelost.",
        "en": "What cannot be reproduced gets solved slowly or not at all.",
    },
    "why.duplicate_work": {
        "nl": "De leverancier probeert opnieuw wat jij al deed.",
        "en": "The supplier repeats what you already tried.",
    },
    "why.cannot_reach": {
        "nl": "De leverancier kan niemand bereiken om vragen te stellen of de oplossing te testen.",
        "en": "The supplier cannot reach anyone to ask questions or test the fix.",
    },
    "why.no_context": {
        "nl": "Een leverancier die je maar af en toe ziet, kent je systemen en processen niet.",
        "en": "A supplier that sees you only now and then does not know your systems "
        "and processes.",
    },
}

LABELS: dict[str, dict[str, str]] = {
    "greeting": {"nl": "Goeiedag,", "en": "Hello,"},
    "closing": {"nl": "Alvast bedankt.", "en": "Thank you in advance."},
    "what_happened": {"nl": "Wat is er gebeurd", "en": "What happened"},
    "where": {"nl": "Waar (systeem, omgeving, URL)", "en": "Where (system, environment, URL)"},
    "since_when": {"nl": "Sinds wanneer en hoe vaak", "en": "Since when and how often"},
    "impact": {"nl": "Impact en dringendheid", "en": "Impact and urgency"},
    "impact_level": {"nl": "Impact", "en": "Impact"},
    "urgency": {"nl": "Dringendheid", "en": "Urgency"},
    "priority": {"nl": "Prioriteit volgens contract", "en": "Priority under the contract"},
    "steps_to_reproduce": {"nl": "Stappen om het na te bootsen", "en": "Steps to reproduce"},
    "expected_result": {"nl": "Verwacht resultaat", "en": "Expected result"},
    "actual_result": {"nl": "Werkelijk resultaat", "en": "Actual result"},
    "already_tried": {"nl": "Al geprobeerd", "en": "Already tried"},
    "contact": {"nl": "Contactpersoon en bereikbaarheid", "en": "Contact person and availability"},
    "attachments": {"nl": "Bijlagen", "en": "Attachments"},
    "context_sheet": {
        "nl": "Contextfiche van onze organisatie",
        "en": "Our organisation's context sheet",
    },
    "reference": {"nl": "Referentie", "en": "Reference"},
    "kind.incident": {"nl": "Melding van een probleem", "en": "Incident report"},
    "kind.question": {"nl": "Vraag", "en": "Question"},
    "kind.change": {"nl": "Wijzigingsverzoek", "en": "Change request"},
    "frequency.once": {"nl": "eenmalig", "en": "once"},
    "frequency.intermittent": {"nl": "af en toe", "en": "now and then"},
    "frequency.always": {"nl": "altijd", "en": "always"},
    "impact.blocking": {"nl": "blokkerend", "en": "blocking"},
    "impact.major": {"nl": "groot", "en": "major"},
    "impact.minor": {"nl": "klein", "en": "minor"},
    "impact.cosmetic": {"nl": "cosmetisch", "en": "cosmetic"},
    "urgency.immediate": {"nl": "onmiddellijk", "en": "immediately"},
    "urgency.today": {"nl": "vandaag", "en": "today"},
    "urgency.this_week": {"nl": "deze week", "en": "this week"},
    "urgency.later": {"nl": "kan wachten", "en": "can wait"},
}
