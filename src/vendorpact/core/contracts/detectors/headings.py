"""Section headings that name an item's topic: sentences under them score higher, and the
first sentences under them count even without a cue word."""

HEADINGS = {
    "agreement.general_terms": r"general terms|algemene voorwaarden|conditions générales|"
    r"precedence|rangorde|voorrang|entire agreement",
    "budget.project_cost": r"\bprice|prijs|\bprix|fees|vergoeding|budget|kosten",
    "budget.scope": r"scope|exclusion|uitsluiting|omvang|objet|voorwerp|périmètre",
    "budget.extra_costs": r"meerwerk|change|wijziging|additional|supplémentaire",
    "budget.rates": r"\brates?\b|tarie?f|price|prijs|prix|indexa",
    "budget.payment_terms": r"payment|betaling|facturatie|paiement|facturation|invoic",
    "timing.planning": r"planning|schedule|milestone|mijlpa|timeline|calendrier|délais|"
    r"timetable|tijdschema|tijdpad|chronogramme",
    "timing.client_obligations": r"(?:client|customer|licensee|klant|opdrachtgever)\S* "
    r"(?:obligations|responsibilities|verplichtingen|cooperation)|verplichtingen van (?:de )?"
    r"(?:klant|opdrachtgever)|obligations du client|medewerking van (?:de|het) |prerequisites|"
    r"pr[ée]-?requis|randvoorwaarden|vereisten|medewerking(?:sverplichtingen)? "
    r"(?:van )?(?:de )?(?:klant|opdrachtgever)|(?:inbreng|bijdrage) van de (?:klant|"
    r"opdrachtgever)|(?:what|which) we (?:need|expect) from you|wat (?:wij|we) van (?:u|jullie|je) "
    r"(?:nodig hebben|verwachten)|(?:ce que nous attendons|ce dont nous avons besoin) de (?:vous|"
    r"votre part)|(?:your|uw|votre) (?:contribution|inbreng|bijdrage|"
    r"medewerking|collaboration)|(?:^|\d )à (?:votre charge|(?:la )?charge du client)$|"
    # the client by its own name, with an article: "Obligations de la Commune", "Engagements
    # de la Fédération", "Verplichtingen van het Ziekenhuis", "Responsibilities of the Airport"
    # (not the supplier's or both parties' obligations)
    r"(?:obligations|engagements|responsabilités|verplichtingen|verantwoordelijkheden|"
    r"responsibilities) (?:de la |de l['’]|du |van de |van het |of the )(?!prestataire|"
    r"fournisseur|adjudicataire|titulaire|contractant|leverancier|opdrachtnemer|"
    r"dienstverlener|supplier|vendor|provider|contractor|licensor|consultant|parties|partij|"
    r"part(?:y|ies)\b)\w",
    "timing.delay": r"delay|vertraging|retard|penalt|boete",
    "team.named_team": r"team|personnel|personeel|contact|équipe",
    # the team's replacement or continuity, not a device's or the business's
    "team.replacement": r"(?:replacement|vervanging|remplacement|continuity|continuïteit|"
    r"continuité|wissel|changement)\b.{0,30}(?:team|staff|personnel|personeel|consultant|"
    r"medewerker|équipe|intervenant|collaborateur|key person)|(?:team|staff|personnel|"
    r"personeel|consultant|medewerker|équipe|intervenant)s?\b.{0,30}(?:replacement|vervanging|"
    r"remplacement|continuity|continuïteit|continuité|wissel|changement|stabilit)",
    "team.knowledge_transfer": r"documentation|documentatie|knowledge|kennis|hand-?over|"
    r"overdracht|transfert|passation",
    "reporting.progress": r"report|rapport|verslag",
    "reporting.governance": r"governance|overleg|meeting|escalat|comité|relationship|"
    r"stuurgroep|steering|réunion|vergadering|pilotage",
    # (not the address of an installation on an order form)
    "rollout.deployment": r"(?<!adresse d')(?<!lieu d')install(?!atieadres|ation (?:address|"
    r"site\b))|deploy|implementa|livegang|mise en|go[- ]live|uitrol|"
    r"roll-?out|bascule|ingebruikname|déploiement",
    "rollout.data_migration": r"migrat|conversi|gegevensovername|overname van|reprise d|"
    r"data (?:load|import)",
    # (not the acceptance of the offer itself: a French "Acceptation" heading, "Accepted and
    # agreed" over the signatures, "Acceptance of this quotation", "Aanvaarding van de offerte")
    "rollout.acceptance": r"accept(?!ation\b|ed\b|ance of (?:this|the|our) (?:offer|quot|"
    r"proposal|order|agreement))|acceptation (?:des|du) (?:livrables?|lots?|"
    r"développements?|travaux|logiciel|système)|aanvaarding(?! van (?:de|deze|onze) (?:offerte|"
    r"bestelling|opdracht|overeenkomst))|oplevering|recette|réception|afname|validation",
    "rollout.warranty": r"warrant|garantie",
    "rollout.user_support": r"training|opleiding|formation|onboarding|prise en main|"
    r"accompagnement|begeleiding|hypercare|nazorg",
    "maintenance.services": r"maintenance|onderhoud|support|services|dienst",
    "maintenance.support_hours": r"support|helpdesk|hours|openings|horaires",
    "maintenance.response_time": r"response|reactie|intervention|service level|sla",
    "maintenance.resolution_time": r"resolution|herstel|oplos|rétablissement|service level",
    "maintenance.availability": r"availab|beschikbaar|disponibilit|uptime",
    "maintenance.service_credits": r"credit|penalt|boete|compensat",
    "maintenance.updates": r"update|upgrade|versie|version|mise à jour",
    "exit.duration_renewal": r"\bterm\b|duration|looptijd|\bduur|durée|renewal|verlenging",
    "exit.termination": r"terminat|opzeg|beëindig|résiliation|einde",
    "exit.transition": r"transition|exit|overdracht|réversibilité",
    "exit.data_return": r"data|gegevens|données|réversibilité|einde van de (?:samenwerking|"
    r"overeenkomst)|fin (?:du contrat|de la convention)|end of (?:the )?(?:agreement|contract)",
    # "Escrow" or "Source code escrow", not "Escrow services agreement" (payments held)
    "exit.escrow": r"source ?code|broncode|code source|software escrow|"
    r"escrow(?: agreement| arrangement)?\W*$|depot|dépôt|séquestre",
    "legal.liability": r"liabil|aansprakelijk|responsabilit",
    "legal.ip": r"intellectual|intellectuele|propriété|ownership|eigendom|licen",
    "legal.confidentiality": r"confidential|vertrouwelijk|geheimhouding|confidentialit",
    "legal.data_protection": r"data protection|privacy|persoonsgegevens|données personnelles|"
    r"gdpr|avg|rgpd",
    "legal.governing_law": r"governing law|toepasselijk recht|droit applicable|jurisdiction|"
    r"bevoegd|geschillen|litiges",
    "legal.dispute_resolution": r"dispute|geschil|litige|mediation|bemiddeling",
}
# Items whose topic a heading alone shows clearly enough to count the sentences under it.
HEADING_ONLY = {
    "maintenance.service_credits": 0.8,
    "exit.escrow": 0.8,
    "legal.confidentiality": 0.8,
    "legal.governing_law": 0.7,
    "reporting.progress": 0.7,
    "rollout.data_migration": 0.6,
    "rollout.acceptance": 0.6,
    "rollout.deployment": 0.6,
    "rollout.user_support": 0.6,
    "team.replacement": 0.6,
    "timing.planning": 0.8,
    "timing.client_obligations": 0.6,
    "budget.payment_terms": 0.7,
}
