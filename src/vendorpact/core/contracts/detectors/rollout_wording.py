"""More wording of the rollout items, in nl / fr / en: the acceptance of an installation by its
English name, by the report that closes its commissioning and by the client's OK on it."""

# Provisional or final acceptance in English (the Dutch "voorlopige oplevering" and the French
# "réception provisoire" are in the rule), and the commissioning report the client signs: "you
# sign the commissioning report", "procès-verbal de mise en service", "proces-verbaal van
# ingebruikname" (not the acceptance of an offer)
ACCEPTED_ON_A_REPORT = (
    (
        r"\b(?:provisional|final|partial) acceptance\b(?! of (?:the |this |our )?(?:offer|"
        r"quot\w*|proposal|order|terms))|\bcommissioning (?:report|certificate|protocol)\b|"
        r"\bprocès-verbal (?:de mise en service|d'installation)\b|\bproces-verbaal van "
        r"(?:ingebruikname|indienststelling|installatie)\b",
        1.0,
    ),
)

# The client's OK or list of findings on what is delivered, a test period with the client, or
# going live only on the client's OK: "geeft binnen 10 werkdagen na oplevering schriftelijk
# akkoord of een lijst met bevindingen", "twee testweken met jullie", "pas als jullie zeggen dat
# het oké is, gaan we live", "validation ou liste de remarques", "approval or a list of findings",
# "we go live once you have approved" (not a free trial: "een gratis testperiode")
OK_OR_FINDINGS = (
    (
        r"\b(?:akkoord|goedkeuring) of een lijst (?:met|van) (?:bevindingen|opmerkingen|fouten|"
        r"punten)\b|\bna (?:de )?oplevering (?:\w+ ){0,2}?(?:akkoord|goedkeuring)\b|"
        r"\btest(?:weken|fase|dagen) met (?:jullie|u|je|de klant)\b|\bpas (?:als|wanneer|nadat) "
        r"(?:jullie|je|u|de klant)\b[^.\n]{0,40}\b(?:oké|ok|akkoord)\b[^.\n]{0,30}\b(?:live|"
        r"livegang|in productie|schakelen (?:we|wij)|zetten (?:we|wij))\b|"
        r"\b(?:validation|accord) ou (?:une )?liste (?:de |des )?(?:remarques|anomalies|"
        r"réserves)\b|\bmise en (?:ligne|production) (?:\w+ ){0,2}?(?:après|dès) votre "
        r"(?:validation|accord|feu vert)\b|"
        r"\b(?:approval|acceptance|sign-off) or a list of (?:findings|defects|issues|comments)\b|"
        r"\bgo live (?:only )?(?:once|when|after) you (?:have )?(?:approved|confirmed|"
        r"signed off)\b",
        1.0,
    ),
)

# The client checks the delivery within a time and gives its OK, or signs the delivery note:
# "Jullie controleren de sites op het tijdelijke adres binnen 3 werkdagen ... en geven per mail
# akkoord", "De Klant controleert binnen vijf werkdagen", "Klopt alles, dan teken je de
# opleverbon", "na schriftelijke goedkeuring van de proefmigratie door de Klant", "vous vérifiez
# le site dans les cinq jours ouvrables et donnez votre accord", "you check the site within five
# working days and give your approval" (not invoices checked, nor a back-up the client tests)
CLIENT_CHECKS_DELIVERY = (
    (
        r"\b(?:jullie|je|u|de klant|opdrachtgever|vous|le client|you|the client|the customer) "
        r"(?:controleren|controleert|controleer|testen|test|vérifiez|vérifie|contrôlez|contrôle|"
        r"check|checks|test|tests)\b(?![^\n]{0,60}\b(?:factu\w*|invoices?)\b)"
        r"(?=[^\n]{0,200}\b(?:akkoord|goedkeur\w*|oké|checklist|testlijst|testscript|proef\w*|"
        r"oplevering|accord|valid\w*|approv\w*|sign[- ]off|acceptance|réception)\b)[^\n]{0,100}?"
        r"\b(?:binnen|dans les|within) (?:\d+|een|één|twee|drie|vier|vijf|tien|cinq|dix|three|"
        r"five|ten) (?:werk|kalender)?(?:dagen|dag|weken|week|jours?|semaines?|(?:working |"
        r"business )?days?|weeks?)\b|"
        r"\b(?:teken|tekent|ondertekent|tekenen) (?:\w+ ){0,3}?oplever(?:ings?)?(?:bon|document|"
        r"verslag|formulier|rapport)\b|"
        r"\bgoedkeuring van de proef(?:migratie|conversie|installatie|opstelling) door\b",
        1.0,
    ),
)

# A short session, an explanation or a guide for the client's users: "After go-live we run a
# 2-hour session for your front-office team", "a one-page user guide you can share", "reçoit un
# guide illustré et une séance de 30 minutes", "een korte uitleg van het beheerpaneel", "een
# videohandleiding en een uur online uitleg" (not a scoping workshop with the project team)
USERS_SHOWN_HOW = (
    (
        r"\b(?:session|walkthrough|demo)s? for (?:your|the|all) (?![\w-]*project)(?:[\w-]+ ){0,2}"
        r"(?:team|users|staff|colleagues|employees|administrators|admins)\b|"
        r"\buser guides?\b|"
        r"\bguides? (?:illustrée?s?|d'utilisation|utilisateurs?|pratiques?|de démarrage)\b|"
        r"\bséance (?:de )?\d+ (?:minutes|heures?)\b[^.\n]{0,40}\b(?:aider|former|utilisateurs|"
        r"équipes|collaborateurs)\b|"
        r"\buitleg (?:van|over|bij) (?:het|de) (?:[\w-]+-)?(?:\w*paneel|"
        r"platform|systeem|software|toepassing|applicatie|portaal|website|site|app|dashboard|"
        r"\w*omgeving)\b|\b(?:een|half) (?:uur|kwartier) (?:online )?uitleg\b|\bminuten "
        r"(?:online )?uitleg\b|\bvideohandleiding\w*|"
        # the users shown how by the supplier: "tonen we jullie assistentes hoe ze de beelden
        # terugvinden", "we tonen hem in de app hoe hij ...", "om de shiftleider te tonen hoe",
        # "een korte uitleg van een halfuur", "nous montrons à vos collaborateurs comment", "we
        # show your staff how to" (not reports that show how a figure evolves)
        r"\b(?:(?:we|wij|ik) (?:tonen|toon|leggen|leg)|(?:tonen|toon|leggen|leg) (?:we|wij|ik)|"
        r"om (?:\w+ ){0,3}?te tonen)\b (?:[\w'’-]+ ){0,6}?(?:uit )?hoe\b|"
        r"\buitleg van (?:een )?(?:half ?uur|halfuur|uur|kwartier|\d+ minuten)\b|"
        r"\bnous (?:montrons|expliquons) (?:[\w'’-]+ ){0,6}?comment\b|"
        r"\bwe (?:show|teach) (?:[\w'’-]+ ){0,6}?how\b",
        1.0,
    ),
    (
        # someone on site to help the users, or the users shown how: "pour aider vos
        # collaborateurs à la reprise", "je vous montre, à vous et à votre équipe, comment
        # utiliser l'application", "une heure avec votre équipe pour montrer les postes", "nous
        # présentons à votre personnel", "to help your staff", "om uw medewerkers te helpen",
        # "we show your team how to" (not "je vous montre une première maquette")
        r"\bpour aider (?:vos|chaque|les|le|votre) (?:\w+ )?(?:collaborateurs|utilisateurs?|"
        r"personnel|équipes?|employés|agents|secrétaires|enseignants)\b|"
        r"\bpour aider (?:vos|chaque|les|le|votre) (?:\S+ ){1,4}?à (?:se |s')?(?:reconnect|install|"
        r"configur|reconfigur|utilis|connect|démarr)\w*|"
        r"\bmontr(?:e|ons|er),? (?:\S+ ){0,8}?comment\b|\bpour montrer (?:les|le|l'|aux)\b|"
        r"\bprésent\w* à (?:votre|vos) (?:personnel|collaborateurs|équipes?|utilisateurs)\b|"
        r"\bto help (?:your|the|each|all) (?:\w+ )?(?:staff|users?|employees|colleagues|team)\b|"
        r"\bom (?:uw|jullie|de) (?:\w+ )?(?:medewerkers|gebruikers|collega'?s|personeel) te "
        r"helpen\b|\bshow (?:you|your (?:\w+ )?(?:team|staff|users)) how to\b",
        1.0,
    ),
)

# The client's data moved over by the supplier, said with the separable verb around a long
# object ("we zetten alle bestaande röntgenbeelden (...) van de oude pc over naar de NAS", "we
# zetten de database en alle beelden over van de oude naar de nieuwe server"), taken over as a
# file ("overname van jullie artikelbestand"), moved from the old system ("het overzetten van
# het telefoonboek van de oude centrale", "de afspraken die in het huidige systeem staan, worden
# overgezet"), or all of it ("alles overzetten met de Migration Tool"); in English the supplier
# moving existing files to the new system. Not licences, numbers or a subscription moved over.
_NOT_DATA = (
    r"(?![^\n]{0,120}\b(?:licenties?|licences?|licenses?|nummers?|numbers?|abonnement\w*|"
    r"subscriptions?|contract\w*|op (?:uw|jullie|je) naam)\b)"
)
DATA_MOVED_OVER = (
    (
        r"\b(?:we|wij|ik) (?:zetten|zet|brengen|breng) (?=[^\n]{0,160}\b(?:oude|bestaande|"
        r"huidige|vorige)\b)" + _NOT_DATA + r"[^\n]{0,140}?\bover (?:naar|van|op)\b|"
        r"\bovername van (?:de |het |alle |jullie |uw |je )?(?:[\w-]+ ){0,2}?(?:\w*bestand(?:en)?|"
        r"\w*gegevens|\w*historiek|\w*databank|\w*lijst(?:en)?)\b|"
        r"\boverzetten van\b" + _NOT_DATA + r"[^\n]{0,80}?\b(?:van|uit) (?:de |het |jullie |uw |"
        r"je )?(?:oude|huidige|bestaande|vorige)\b|"
        r"\b(?:afspraken|datasets|gegevens|bestanden|dossiers|documenten)\b[^\n]{0,40}\bin (?:de |"
        r"het )?(?:oude|huidige|bestaande|vorige)\b[^\n]{0,120}\b(?:overgezet|overgebracht|"
        r"gemigreerd)\b|"
        r"\balles (?:overzetten|overbrengen|migreren)\b|"
        r"\b(?:we|i) (?:move|copy|transfer) (?:all |the |your )?(?:existing |current |old )?"
        r"(?:[\w-]+ )?(?:files|scans|images|data|documents|mailboxes|e-?mails|records|photos|"
        r"history)\b[^\n]{0,80}?\b(?:to|onto) (?:the|your) new\b",
        1.0,
    ),
)

# The supplier setting the client up, or the client going live, in plain words: "Daarvoor zetten
# we je account klaar", "wij zetten alles klaar en importeren de gegevens", "daarna werken
# jullie live met Klusklok", "nous préparons votre compte", "we set up your account" (not a
# report or an invoice made ready)
SET_UP_FOR_YOU = (
    (
        r"\b(?:(?:we|wij|ik) (?:zetten|zet)|(?:zetten|zet) (?:we|wij|ik))\b(?![^\n]{0,40}\b(?:"
        r"factu\w*|rapport\w*|offerte\w*|verslag\w*)\b) (?:[\w'’-]+ ){0,4}?klaar\b|"
        r"\b(?:werken|gaan|werk|ga) (?:jullie|je|u|we|wij) live\b|"
        r"\bnous (?:préparons|configurons|paramétrons|créons) (?:votre|vos) (?:compte|comptes|"
        r"environnement|espace|plateforme)\b|"
        r"\bwe (?:set up|configure|create) (?:your|the) (?:account|accounts|environment|workspace|"
        r"tenant|platform)\b",
        1.0,
    ),
)

# The client's own test or validation before going live, as informal offers put it: "la mise en
# ligne sur le domaine a lieu après votre validation par e-mail", "n'a lieu qu'après votre
# validation écrite", "vous disposez de cinq jours ouvrables de test", "vous aurez 10 jours pour
# tester à votre tour", "vous testez ensuite vous-même le site", "à défaut de remarque, le lot est
# accepté", "la bascule est réceptionnée après une session de test", "un procès-verbal est signé
# par les deux parties", "Réception : à la fin des travaux, ..." (not a free trial: "14 jours de
# test gratuits", nor the quote validated: "après votre validation du devis", nor a front desk:
# "Réception : du lundi au vendredi")
CLIENT_TESTS_BEFORE_GO_LIVE = (
    (
        r"\bmise en (?:ligne|production|service)\b[^\n]{0,60}?\baprès votre (?:validation|"
        r"accord|feu vert)\b(?! (?:du|de l'|de la) (?:devis|offre|commande|bon))|"
        r"\baprès votre validation (?:écrite|par (?:e-?mail|écrit|mail))\b|"
        r"\b(?:jours?(?: ouvrables)?|semaines?) de tests?\b(?! gratuit)|"
        r"\bpour tester à votre tour\b|\btestez (?:ensuite )?(?:vous-mêmes?|à votre tour)\b|"
        r"\bà défaut de (?:remarques?|réserves?|réaction|objections?)\b[^.\n]{0,40}\b"
        r"(?:acceptée?s?|validée?s?|réceptionnée?s?)\b|"
        r"\bréceptionnée?s? (?:après|lorsque|quand|une fois)\b|"
        r"\bprocès-verbal (?:est |sont )?signée? par (?:les deux parties|le client|vous)\b|"
        r"\bconstatée? par un procès-verbal\b|"
        r"\bréception\s?:\s?(?:à la fin|après|en fin|lors|le jour|à l'issue)\b",
        1.0,
    ),
)
