"""Dutch and English texts for the request composer (findings, why, e-mail labels)."""

FINDING_TEXTS: dict[str, dict[str, str]] = {
    "request.what_happened_missing": {
        "nl": "Beschrijf wat er gebeurde.",
        "en": "Describe what happened.",
        "fr": "Décrivez ce qui s'est passé.",
    },
    "request.what_happened_short": {
        "nl": "De beschrijving is erg kort: wat deed u, wat zag u, welke foutmelding?",
        "en": "The description is very short: what did you do, what did you see, which error?",
        "fr": (
            "La description est très courte : qu'avez-vous fait, qu'avez-vous vu, quelle erreur ?"
        ),
    },
    "request.system_missing": {
        "nl": "Over welk systeem of welke toepassing gaat het?",
        "en": "Which system or application is it about?",
        "fr": "De quel système ou de quelle application s'agit-il ?",
    },
    "request.environment_missing": {
        "nl": "In welke omgeving: productie, acceptatie of test?",
        "en": "Which environment: production, acceptance or test?",
        "fr": "Quel environnement : production, acceptation ou test ?",
    },
    "request.url_missing": {
        "nl": "Voeg de URL of het scherm toe waar het gebeurt.",
        "en": "Add the URL or screen where it happens.",
        "fr": "Ajoutez l'URL ou l'écran où cela se produit.",
    },
    "request.since_when_missing": {
        "nl": "Sinds wanneer gebeurt het?",
        "en": "Since when does it happen?",
        "fr": "Depuis quand cela se produit-il ?",
    },
    "request.frequency_missing": {
        "nl": "Hoe vaak: eenmalig, af en toe of altijd?",
        "en": "How often: once, now and then, or always?",
        "fr": "À quelle fréquence : une fois, de temps en temps ou toujours ?",
    },
    "request.business_impact_missing": {
        "nl": "Wat betekent het voor het bedrijf: wie of welk proces wordt gehinderd?",
        "en": "What does it mean for the business: who or which process is hampered?",
        "fr": (
            "Qu'est-ce que cela implique pour l'entreprise : qui ou quel processus est entravé ?"
        ),
    },
    "request.impact_missing": {
        "nl": "Kies de impact (blokkerend, groot, klein, cosmetisch).",
        "en": "Choose the impact (blocking, major, minor, cosmetic).",
        "fr": "Choisissez l'impact (bloquant, majeur, mineur, cosmétique).",
    },
    "request.urgency_missing": {
        "nl": "Kies de dringendheid.",
        "en": "Choose the urgency.",
        "fr": "Choisissez l'urgence.",
    },
    "request.urgency_vs_impact": {
        "nl": "Onmiddellijk maar met kleine impact? Controleer de dringendheid.",
        "en": "Immediate but with minor impact? Check the urgency.",
        "fr": "Immédiat mais avec un impact mineur ? Vérifiez l'urgence.",
    },
    "request.steps_to_reproduce_missing": {
        "nl": "Welke stappen leiden tot het probleem?",
        "en": "Which steps lead to the problem?",
        "fr": "Quelles étapes mènent au problème ?",
    },
    "request.expected_actual_missing": {
        "nl": "Wat verwachtte u, en wat gebeurde er echt?",
        "en": "What did you expect, and what actually happened?",
        "fr": "Qu'attendiez-vous, et que s'est-il réellement passé ?",
    },
    "request.expected_actual_half": {
        "nl": "Vul zowel het verwachte als het werkelijke resultaat in.",
        "en": "Fill in both the expected and the actual result.",
        "fr": "Complétez à la fois le résultat attendu et le résultat obtenu.",
    },
    "request.already_tried_missing": {
        "nl": "Wat hebt u al geprobeerd?",
        "en": "What have you already tried?",
        "fr": "Qu'avez-vous déjà essayé ?",
    },
    "request.contact_person_missing": {
        "nl": "Wie is de contactpersoon?",
        "en": "Who is the contact person?",
        "fr": "Qui est la personne de contact ?",
    },
    "request.contact_availability_missing": {
        "nl": "Wanneer is de contactpersoon bereikbaar?",
        "en": "When can the contact person be reached?",
        "fr": "Quand la personne de contact est-elle joignable ?",
    },
    "request.attachments_missing": {
        "nl": "Voeg een schermafdruk, foutmelding of logbestand toe.",
        "en": "Attach a screenshot, error message or log file.",
        "fr": ("Joignez une capture d'écran, un message d'erreur ou un fichier journal."),
    },
    "request.context_sheet_missing": {
        "nl": "Koppel de contextfiche van uw organisatie.",
        "en": "Link your organisation's context sheet.",
        "fr": "Liez la fiche de contexte de votre organisation.",
    },
}

WHY_TEXTS: dict[str, dict[str, str]] = {
    "why.ask_back": {
        "nl": "De leverancier moet terugvragen: dat kost minstens een extra beurt heen en weer.",
        "en": "The supplier has to ask back: at least one extra round trip.",
        "fr": (
            "Le fournisseur doit poser des questions : au moins un aller-retour supplémentaire."
        ),
    },
    "why.guess_system": {
        "nl": "De leverancier moet raden waar te zoeken, of zoekt in de verkeerde omgeving.",
        "en": "The supplier has to guess where to look, or looks in the wrong environment.",
        "fr": (
            "Le fournisseur doit deviner où chercher, ou cherche dans le mauvais environnement."
        ),
    },
    "why.no_cause_link": {
        "nl": "Zonder tijdstip en frequentie is het moeilijk een oorzaak te koppelen "
        "aan een wijziging of update.",
        "en": "Without a time and frequency it is hard to link a cause to a change or update.",
        "fr": (
            "Sans moment ni fréquence, il est difficile de relier une cause à une "
            "modification ou une mise à jour."
        ),
    },
    "why.wrong_priority": {
        "nl": "Zonder impact en dringendheid krijgt de melding mogelijk een te lage prioriteit.",
        "en": "Without impact and urgency the request may get too low a priority.",
        "fr": ("Sans impact ni urgence, la demande risque de recevoir une priorité trop basse."),
    },
    "why.cannot_reproduce": {
        "nl": "Wat niet na te bootsen is, wordt traag of niet opgelost.",
        "en": "What cannot be reproduced gets solved slowly or not at all.",
        "fr": ("Ce qui ne peut pas être reproduit est résolu lentement, voire pas du tout."),
    },
    "why.duplicate_work": {
        "nl": "De leverancier probeert opnieuw wat u al deed.",
        "en": "The supplier repeats what you already tried.",
        "fr": "Le fournisseur refait ce que vous avez déjà essayé.",
    },
    "why.cannot_reach": {
        "nl": "De leverancier kan niemand bereiken om vragen te stellen of de oplossing te testen.",
        "en": "The supplier cannot reach anyone to ask questions or test the fix.",
        "fr": (
            "Le fournisseur ne peut joindre personne pour poser des questions ou "
            "tester la correction."
        ),
    },
    "why.no_context": {
        "nl": "Een leverancier die u maar af en toe ziet, kent uw systemen en processen niet.",
        "en": "A supplier that sees you only now and then does not know your systems "
        "and processes.",
        "fr": (
            "Un fournisseur qui ne vous voit que de temps en temps ne connaît pas "
            "vos systèmes et processus."
        ),
    },
}

LABELS: dict[str, dict[str, str]] = {
    "greeting": {"nl": "Goeiedag,", "en": "Hello,", "fr": "Bonjour,"},
    "closing": {"nl": "Alvast bedankt.", "en": "Thank you in advance.", "fr": "Merci d'avance."},
    "what_happened": {"nl": "Wat is er gebeurd", "en": "What happened", "fr": "Ce qui s'est passé"},
    "where": {
        "nl": "Waar (systeem, omgeving, URL)",
        "en": "Where (system, environment, URL)",
        "fr": "Où (système, environnement, URL)",
    },
    "since_when": {
        "nl": "Sinds wanneer en hoe vaak",
        "en": "Since when and how often",
        "fr": "Depuis quand et à quelle fréquence",
    },
    "impact": {
        "nl": "Impact en dringendheid",
        "en": "Impact and urgency",
        "fr": "Impact et urgence",
    },
    "impact_level": {"nl": "Impact", "en": "Impact", "fr": "Impact"},
    "urgency": {"nl": "Dringendheid", "en": "Urgency", "fr": "Urgence"},
    "priority": {
        "nl": "Prioriteit volgens contract",
        "en": "Priority under the contract",
        "fr": "Priorité selon le contrat",
    },
    "steps_to_reproduce": {
        "nl": "Stappen om het na te bootsen",
        "en": "Steps to reproduce",
        "fr": "Étapes pour reproduire",
    },
    "expected_result": {
        "nl": "Verwacht resultaat",
        "en": "Expected result",
        "fr": "Résultat attendu",
    },
    "actual_result": {"nl": "Werkelijk resultaat", "en": "Actual result", "fr": "Résultat obtenu"},
    "already_tried": {"nl": "Al geprobeerd", "en": "Already tried", "fr": "Déjà essayé"},
    "contact": {
        "nl": "Contactpersoon en bereikbaarheid",
        "en": "Contact person and availability",
        "fr": "Personne de contact et disponibilité",
    },
    "attachments": {"nl": "Bijlagen", "en": "Attachments", "fr": "Pièces jointes"},
    "context_sheet": {
        "nl": "Contextfiche van onze organisatie",
        "en": "Our organisation's context sheet",
        "fr": "Fiche de contexte de notre organisation",
    },
    "reference": {"nl": "Referentie", "en": "Reference", "fr": "Référence"},
    "kind.incident": {
        "nl": "Melding van een probleem",
        "en": "Incident report",
        "fr": "Signalement d'incident",
    },
    "kind.question": {"nl": "Vraag", "en": "Question", "fr": "Question"},
    "kind.change": {
        "nl": "Wijzigingsverzoek",
        "en": "Change request",
        "fr": "Demande de modification",
    },
    "frequency.once": {"nl": "eenmalig", "en": "once", "fr": "une fois"},
    "frequency.intermittent": {"nl": "af en toe", "en": "now and then", "fr": "de temps en temps"},
    "frequency.always": {"nl": "altijd", "en": "always", "fr": "toujours"},
    "impact.blocking": {"nl": "blokkerend", "en": "blocking", "fr": "bloquant"},
    "impact.major": {"nl": "groot", "en": "major", "fr": "majeur"},
    "impact.minor": {"nl": "klein", "en": "minor", "fr": "mineur"},
    "impact.cosmetic": {"nl": "cosmetisch", "en": "cosmetic", "fr": "cosmétique"},
    "urgency.immediate": {"nl": "onmiddellijk", "en": "immediately", "fr": "immédiatement"},
    "urgency.today": {"nl": "vandaag", "en": "today", "fr": "aujourd'hui"},
    "urgency.this_week": {"nl": "deze week", "en": "this week", "fr": "cette semaine"},
    "urgency.later": {"nl": "kan wachten", "en": "can wait", "fr": "peut attendre"},
}
