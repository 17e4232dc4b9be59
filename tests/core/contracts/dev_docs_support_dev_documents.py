"""Development documents for the rollout and maintenance items (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use: a Flemish maintenance
and support contract for a business application, a French application maintenance and hosting
contract (TMA), a Dutch (NL) SaaS service agreement with an SLA schedule, and an English IT
support agreement of a Belgian supplier for an office network with a laptop rollout. They are
DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such documents are
written, never to their literal wording.

LABELS hold only clear readings of the rollout.* and maintenance.* items against
/work/shared/spec/checklist.md; an item not listed is not labelled.
"""

PLANNING_SUPPORT_NL = """\
ONDERHOUDS- EN SUPPORTCONTRACT
Referentie: OSC/2026/0388

Partijen
Planwerk BV, Brugsesteenweg 212, 8500 Kortrijk, ondernemingsnummer BE 0645.221.903,
hierna "Planwerk",
en
Transport Vandevelde NV, Europalaan 7, 9800 Deinze, ondernemingsnummer BE 0438.117.552,
hierna "de Klant".

1. Voorwerp
Planwerk verzorgt het onderhoud van en de support op de planningssoftware RitPlanner, die
sinds 2024 bij de Klant in gebruik is op de eigen servers van de Klant.

2. Supportformules
Planwerk biedt drie formules aan:
  * Brons: correctief onderhoud, aanmelden van storingen via het portaal;
  * Zilver: Brons + telefonische hulp en wettelijke aanpassingen;
  * Goud: Zilver + proactieve opvolging van de servers en een kwartaaloverleg.
De Klant neemt de formule Zilver af.

3. Bereikbaarheid van de helpdesk
De helpdesk is bereikbaar tijdens kantooruren, van maandag tot vrijdag van 8u30 tot 12u00 en
van 13u00 tot 17u00, behalve op wettelijke feestdagen en tijdens de collectieve sluiting
tussen Kerstmis en Nieuwjaar. Meldingen gebeuren bij voorkeur via het supportportaal;
dringende meldingen (prioriteit 1) ook telefonisch op 056 20 30 40.

4. Prioriteiten en termijnen
De Klant kent bij het aanmelden een prioriteit toe; Planwerk kan die in overleg aanpassen.

Prioriteit | Omschrijving | Reactietermijn | Oplossingstermijn
1 - kritiek | geen enkele rit kan gepland worden | 1 uur | 6 kantooruren
2 - hoog | een module werkt niet, omweg mogelijk | 4 kantooruren | 3 werkdagen
3 - normaal | kleine fout of vraag | 2 werkdagen | in een volgende release

De termijnen lopen enkel tijdens kantooruren. Een melding is opgelost wanneer de fout
verholpen is of een aanvaardbare tijdelijke oplossing beschikbaar is.

5. Updates en upgrades
5.1 Planwerk stelt bugfixes en kleine updates ter beschikking via het portaal; de Klant
installeert ze zelf of vraagt Planwerk dat te doen.
5.2 Eén keer per jaar verschijnt een nieuwe hoofdversie. De upgrade naar de nieuwe
hoofdversie is inbegrepen in de formule Zilver en Goud; de installatie ervan plannen
partijen samen in.
5.3 Planwerk ondersteunt enkel de laatste twee hoofdversies.

6. Kennisdocument
Planwerk stelt binnen de eerste maand een kennisdocument op met de serverconfiguratie, de
koppelingen met de boekhouding en de tachograafdata, de maatwerkinstellingen en de
contactpersonen van de Klant. Planwerk werkt het kennisdocument bij na elke ingreep, zodat
elke medewerker van de helpdesk de omgeving van de Klant kent.

7. Garantie op maatwerk
Fouten in maatwerk dat Planwerk aanpast, die de Klant binnen drie maanden na de
ingebruikname meldt, worden kosteloos hersteld.

8. Prijs
De jaarlijkse vergoeding voor de formule Zilver bedraagt € 6.480,00 excl. btw, jaarlijks
vooraf te betalen. Interventies buiten de formule worden aangerekend aan € 95,00 per uur.

9. Duur
Dit contract loopt voor een periode van één jaar vanaf 1 januari 2027 en wordt telkens
stilzwijgend verlengd voor een jaar, behoudens opzegging met een aangetekende brief drie
maanden voor de vervaldag.

10. Toepasselijk recht
Het Belgisch recht is van toepassing. Geschillen behoren tot de bevoegdheid van de
ondernemingsrechtbank te Gent, afdeling Kortrijk.

Opgemaakt te Kortrijk op 12 november 2026, in twee exemplaren.
Voor Planwerk BV                        Voor Transport Vandevelde NV
Pieter Declercq, zaakvoerder            An Vandevelde, gedelegeerd bestuurder
"""

TMA_HOSTING_FR = """\
CONTRAT DE MAINTENANCE APPLICATIVE ET D'HÉBERGEMENT
N° TMA-2026-117

Entre la SRL Datavia, rue des Guillemins 88, 4000 Liège, BCE 0811.402.376, ci-après « le
Prestataire », et la SA Laiterie des Fagnes, route de Spa 5, 4845 Jalhay, BCE 0402.990.145,
ci-après « le Client ».

Article 1 – Objet
Le présent contrat porte sur la maintenance corrective, préventive et évolutive de
l'application de gestion des tournées « Collecta » développée par le Prestataire, ainsi que
sur son hébergement dans le centre de données du Prestataire à Liège.

Article 2 – Mise en production
2.1 La mise en production de la version 3 de Collecta sur l'infrastructure hébergée est
prévue le 1er mars 2027. Le Prestataire installe l'application, configure les
sauvegardes et ouvre les accès aux utilisateurs du Client.
2.2 Une fenêtre d'intervention d'un week-end est réservée pour la bascule.

Article 3 – Reprise des données
Le Prestataire assure la reprise des données de l'ancienne application : fichiers des
producteurs, historique des collectes des trois dernières années et tarifs. Le Client
fournit les extractions au format CSV au plus tard quinze jours avant la mise en
production et contrôle l'échantillon de contrôle remis par le Prestataire.

Article 4 – Recette
4.1 Le Client dispose de dix jours ouvrables à compter de la livraison sur l'environnement
de test pour réaliser la recette selon le cahier de recette annexé.
4.2 Les anomalies bloquantes suspendent la recette jusqu'à leur correction. À défaut de
réserves écrites dans ce délai, la recette est prononcée tacitement.

Article 5 – Garantie
Pendant trois mois à compter de la mise en production, le Prestataire corrige sans frais
les anomalies de l'application signalées par le Client, y compris celles issues de la
reprise des données.

Article 6 – Accompagnement des utilisateurs
Le Prestataire organise deux sessions de formation d'une demi-journée pour les chauffeurs et
le personnel administratif, sur le site du Client, avant la mise en production.

Article 7 – Support
7.1 Le support est joignable du lundi au vendredi de 7h30 à 17h30, hors jours fériés
légaux, via l'outil de tickets et au 04 330 20 10.
7.2 Délais de prise en compte : 30 minutes pour une anomalie bloquante, 2 heures ouvrées
pour une anomalie majeure, 1 jour ouvré pour une anomalie mineure.
7.3 Délais de correction : 4 heures ouvrées pour une anomalie bloquante (solution de
contournement acceptée), 2 jours ouvrés pour une anomalie majeure.
7.4 Un chef de projet attitré suit le compte du Client et tient à jour la fiche technique de
son environnement.

Article 8 – Montées de version et sécurité
Les montées de version de Collecta et les correctifs de sécurité du système d'exploitation
et de la base de données sont appliqués par le Prestataire sans supplément, en dehors des
heures de bureau et après information du Client.

Article 9 – Disponibilité
La plateforme hébergée est disponible 99,5 % du temps, mesuré par mois civil, hors
maintenances planifiées annoncées cinq jours ouvrés à l'avance.

Article 10 – Pénalités
Si le taux de disponibilité mensuel est inférieur à l'engagement, le Client reçoit un avoir
de 5 % de la redevance mensuelle d'hébergement par tranche de 0,5 % manquante, plafonné à
25 % de cette redevance.

Article 11 – Prix
Redevance mensuelle d'hébergement et de maintenance : 1.950,00 € HTVA, facturée
trimestriellement à l'avance et payable à 30 jours fin de mois.

Article 12 – Durée
Le contrat est conclu pour trois ans à compter de la mise en production.

Article 13 – Droit applicable
Le droit belge est applicable. Tout litige relève des tribunaux de l'arrondissement de Liège.
"""

SAAS_SLA_NL = """\
BIJLAGE 2 - SERVICE LEVEL AGREEMENT
bij de Dienstverleningsovereenkomst tussen Roosterwijs B.V. (Opdrachtnemer) en Zorggroep
De Linde (Opdrachtgever)

1. Begrippen
Beschikbaarheid: de tijd waarin de Dienst in productie bereikbaar is en naar behoren werkt,
uitgedrukt als percentage van de Servicetijd.
Gepland Onderhoud: onderhoud dat vooraf is aangekondigd en in een Onderhoudsvenster valt.
Servicetijd: 24 uur per dag, 7 dagen per week.
Werkdagen: maandag tot en met vrijdag, behalve erkende Nederlandse feestdagen.

2. Dienst
Opdrachtnemer levert de roosterapplicatie Roosterwijs Zorg als online dienst (SaaS),
inclusief hosting, dagelijkse back-ups, monitoring en beheer van de onderliggende
infrastructuur.

3. Beschikbaarheid
3.1 Opdrachtnemer garandeert een Beschikbaarheid van 99,8% per kalendermaand.
3.2 Gepland Onderhoud en storingen die het gevolg zijn van handelingen van Opdrachtgever
tellen niet mee voor de berekening.

4. Onderhoudsvensters
Gepland Onderhoud vindt plaats op dinsdag tussen 22:00 en 02:00 uur. Opdrachtnemer kondigt
Gepland Onderhoud ten minste vijf Werkdagen vooraf aan via de statuspagina.

5. Updates
Opdrachtnemer brengt maandelijks een nieuwe release uit; beveiligingsupdates worden
binnen 72 uur na beschikbaarheid van de leverancier doorgevoerd. Releases worden uitgerold
binnen een Onderhoudsvenster.

6. Servicedesk
6.1 De Servicedesk is op Werkdagen van 08:00 tot 18:00 uur bereikbaar via
servicedesk@roosterwijs.nl en telefonisch via 030 765 43 21.
6.2 Buiten die tijden kunnen storingen met prioriteit 1 gemeld worden via het storingsnummer.

7. Incidenten
Prio | Voorbeeld | Responstijd | Hersteltijd
1 | Dienst voor alle gebruikers onbereikbaar | 30 minuten | 4 uur
2 | Dienst traag of een belangrijke functie werkt niet | 2 uur | 1 Werkdag
3 | Overige storingen | 1 Werkdag | 5 Werkdagen

8. Servicecredits
8.1 Wordt de gegarandeerde Beschikbaarheid in een kalendermaand niet gehaald, dan ontvangt
Opdrachtgever een servicecredit:
- 99,0% tot 99,8%: 5% van de maandelijkse abonnementsvergoeding;
- 97,0% tot 99,0%: 10% van de maandelijkse abonnementsvergoeding;
- minder dan 97,0%: 20% van de maandelijkse abonnementsvergoeding.
8.2 Servicecredits worden verrekend met de eerstvolgende factuur en moeten binnen 30 dagen
na afloop van de maand worden aangevraagd.

9. Service Delivery Manager
Opdrachtnemer wijst een vaste Service Delivery Manager aan die de inrichting van
Opdrachtgever kent, de kwartaalrapportage opstelt en aanspreekpunt is voor escalaties.

10. Rapportage
Opdrachtnemer rapporteert elk kwartaal over de Beschikbaarheid, de incidenten per prioriteit
en de behaalde response- en hersteltijden.
"""

OFFICE_SUPPORT_EN = """\
IT SUPPORT AGREEMENT
Agreement no. ITS-26-042

This agreement is made between NetKern BV, Vaartkom 31, 3000 Leuven, VAT BE 0734.556.120
("NetKern", "we") and Accountantskantoor Peeters & Janssens CommV, Tiensesteenweg 190,
3001 Heverlee, VAT BE 0512.889.340 ("the Client", "you").

1. Scope of services
NetKern manages and supports the Client's office network: 22 workstations and laptops,
2 servers, the firewall, the Wi-Fi access points, the printers and the Microsoft 365 tenant.
Support is delivered remotely through our remote management tool and on site in Heverlee
when a problem cannot be solved remotely.

2. How to reach us
Tickets are logged in the NetKern ticket portal or by e-mail to help@netkern.be. Our support
desk is staffed Monday to Friday from 8:00 to 18:00 CET, except Belgian public holidays. For
a P1 outside those hours you can call the on-call number 016 40 50 60.

3. Priorities
P1 - critical: the whole office cannot work (internet, server or firewall down)
    Response: 30 minutes | Resolution: 4 business hours
P2 - high: one user cannot work, or a printer floor is down
    Response: 2 business hours | Resolution: next business day
P3 - normal: questions, changes, new accounts
    Response: 1 business day | Resolution: 5 business days
If on-site presence is needed for a P1, a technician is on site within 4 business hours.

4. Service credits
If we miss the P1 response time more than twice in a calendar month, the monthly support
fee for that month is reduced by 10%.

5. Patch management
We install Windows, Microsoft 365 and firmware updates on all devices every month after a
test on a pilot group. Critical security patches are rolled out within 48 hours.

6. Documentation of your environment
We keep an up-to-date IT passport of your office: network diagram, devices and serial
numbers, licences, supplier contacts and the administrator passwords (kept in our password
vault). You receive a copy on request.

7. Laptop rollout
7.1 NetKern replaces the 18 laptops of the Client by new laptops according to the rollout
plan in Annex 1: two batches, in weeks 9 and 10 of 2027, outside the filing deadlines.
7.2 Before the rollout we prepare each laptop with the standard image, the accounting
software and the printers; on rollout day we install it at the user's desk.
7.3 We transfer each user's local files, browser bookmarks and e-mail signatures from the
old laptop to the new one.
7.4 Each user checks the new laptop against the handover checklist and signs it; a laptop is
accepted when the checklist is signed or when no issue is reported within 3 business days.
7.5 Defects in the installation reported within 30 days after the rollout are corrected free
of charge.
7.6 A technician stays on site on each rollout day to help users with their first login,
and we give a 45-minute introduction to Windows 11 for each batch.

8. Fees
Monthly support fee: EUR 1,540.00 excl. VAT, invoiced monthly. The laptop rollout is a fixed
price of EUR 4,320.00 excl. VAT (hardware not included), invoiced after the second batch.
Payment within 30 days of invoice date.

9. Term
This agreement starts on 1 February 2027 for 24 months and renews for periods of 12 months
unless terminated with 3 months' notice.

10. Governing law
Belgian law applies; the courts of Leuven have jurisdiction.
"""

DOCUMENTS = {
    "planning_support_nl": PLANNING_SUPPORT_NL,
    "tma_hosting_fr": TMA_HOSTING_FR,
    "saas_sla_nl": SAAS_SLA_NL,
    "office_support_en": OFFICE_SUPPORT_EN,
}

LABELS = {
    "planning_support_nl": {
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
    },
    "tma_hosting_fr": {
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
    },
    "saas_sla_nl": {
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
    },
    "office_support_en": {
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
    },
}
