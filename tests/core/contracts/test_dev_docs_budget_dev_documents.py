"""Development documents for the agreement, budget, timing, team and reporting items (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use; they are development
fixtures (rules may be generalised to fit their patterns), not held-out documents. Labels hold
only clear readings against /work/shared/spec/checklist.md.
"""

# 1. A Flemish integrator's quote for a network and server replacement.
OFFERTE_NETWERK = """\
OFFERTE 2026-0412
Vervanging netwerk en servers - Bouwbedrijf Van Damme NV

Datum: 14/10/2026
Geldig tot: 14/11/2026
Uw contactpersoon: Pieter Claes, projectleider (pieter.claes@netwerkhuis.be, 0476 12 34 56)

1. Situatieschets
Bouwbedrijf Van Damme NV (hierna "de klant") wenst het verouderde netwerk op de hoofdzetel in
Lokeren en de twee fysieke servers te vervangen. Netwerkhuis BV (hierna "wij") stelt hieronder
de oplossing, de planning en de prijs voor.

2. Hardware
| Omschrijving | Aantal | Eenheidsprijs | Totaal |
| HPE ProLiant DL380 Gen11 server | 2 | € 7.450,00 | € 14.900,00 |
| Aruba CX 6200 switch 48 poorten PoE | 3 | € 2.310,00 | € 6.930,00 |
| Aruba AP-635 access point | 8 | € 585,00 | € 4.680,00 |
| APC Smart-UPS 3000 VA | 1 | € 1.640,00 | € 1.640,00 |
Subtotaal hardware: € 28.150,00 excl. btw

3. Installatie en configuratie
- Voorbereiding en configuratie in ons atelier: 3 dagen
- Installatie ter plaatse en migratie van de virtuele machines: 4 dagen
- Nazorg en opleiding van de interne IT-verantwoordelijke: 1 dag
Totaal 8 mandagen aan een dagtarief van € 780,00, samen € 6.240,00 excl. btw.
Verplaatsingen binnen een straal van 50 km zijn inbegrepen.

Totale projectprijs: € 34.390,00 excl. btw.

4. Wat niet inbegrepen is
De bekabeling in de gebouwen, licenties voor Microsoft Windows Server en de migratie van
toepassingen van derden vallen buiten deze offerte.

5. Planning
| Week | Activiteit |
| Week 1 | Bestelling hardware (levertermijn 2 tot 3 weken) |
| Week 4 | Configuratie in ons atelier |
| Week 5 | Installatie ter plaatse tijdens het weekend |
| Week 6 | Nazorg en oplevering |
De planning start na ontvangst van de ondertekende offerte.

6. Verplichtingen van de klant
De klant zorgt ervoor dat de serverruimte vrij toegankelijk is tijdens de installatie en dat
er voldoende stopcontacten op een aparte kring voorzien zijn. Uiterlijk een week voor de
installatie bezorgt de klant een lijst van alle gebruikers en toepassingen. De klant duidt een
interne contactpersoon aan die tijdens de installatiedagen bereikbaar is.

7. Projectopvolging
Pieter Claes is uw projectleider en vast aanspreekpunt. Elke maandag houden we een kort
statusoverleg (telefonisch of via Teams) over de voortgang, de openstaande punten en de
volgende stappen. Na de oplevering ontvangt u een netwerkdocumentatie met het IP-plan, de
configuraties en de wachtwoorden in een afgesloten kluis.

8. Facturatie
40 % van het totaalbedrag bij bestelling, 60 % na oplevering.
Onze facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

9. Voorwaarden
Op deze offerte zijn onze algemene verkoopsvoorwaarden van toepassing; bij strijdigheid
primeren de bepalingen van deze offerte. Algemene voorwaarden van de klant zijn niet van
toepassing.

Voor akkoord,

Voor Netwerkhuis BV                       Voor Bouwbedrijf Van Damme NV
Pieter Claes, projectleider              Naam en handtekening:
Datum: 14/10/2026                         Datum:
"""

OFFERTE_NETWERK_LABELS = {
    "agreement.general_terms": "covered",
    "budget.project_cost": "covered",
    "budget.scope": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "budget.recurring_cost": "missing",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "team.named_team": "covered",
    "team.knowledge_transfer": "covered",
    "reporting.governance": "covered",
    "budget.extra_costs": "missing",
    "timing.delay": "missing",
    "team.replacement": "missing",
    "team.seniority": "missing",
}

# 2. A French-language (Brussels) services agreement for custom development in régie.
CONVENTION_REGIE = """\
CONVENTION DE PRESTATIONS DE SERVICES INFORMATIQUES

Entre
L'ASBL Maison de l'Emploi de Schaerbeek, dont le siège est établi avenue Louis Bertrand 21,
1030 Bruxelles, ci-après « le Client »,
et
Codelab SRL, dont le siège est établi rue de Namur 112, 5000 Namur, ci-après « le Prestataire ».

Article 1 - Objet
Le Prestataire développe pour le Client une application web de gestion des rendez-vous des
demandeurs d'emploi, selon le cahier des charges du 2 septembre 2026 et l'offre du Prestataire
n° CL-26-088 du 20 septembre 2026, qui font partie intégrante de la présente convention.

Article 2 - Documents contractuels
La présente convention prévaut sur l'offre, qui prévaut sur le cahier des charges. Les
conditions générales du Prestataire ne s'appliquent que pour ce que la présente convention ne
règle pas.

Article 3 - Mode de rémunération
Les prestations sont exécutées en régie et facturées sur la base des heures réellement
prestées, selon les tarifs suivants (hors TVA) :
- Chef de projet : 95,00 EUR par heure
- Développeur senior : 85,00 EUR par heure
- Développeur junior : 65,00 EUR par heure
Le budget total des prestations est plafonné à 48.000,00 EUR hors TVA. Le Prestataire avertit
le Client par écrit dès que 80 % du plafond est consommé. Aucun dépassement du plafond ne peut
être facturé sans un avenant signé par les deux parties.
Les tarifs sont indexés le 1er janvier de chaque année selon l'indice Agoria.

Article 4 - Facturation et paiement
Le Prestataire facture mensuellement les heures prestées le mois précédent, sur la base des
feuilles de temps approuvées par le Client. Les factures sont payables dans les 30 jours de
leur réception.

Article 5 - Équipe
L'équipe du Prestataire se compose d'un chef de projet, M. Julien Lambert, et de deux
développeurs, dont au moins un développeur senior disposant de cinq années d'expérience en
développement PHP/Symfony.
Le Prestataire ne peut remplacer un membre de l'équipe qu'avec l'accord préalable écrit du
Client et moyennant un préavis de quinze jours. Le remplaçant dispose d'une qualification au
moins équivalente. La période de mise au courant du remplaçant n'est pas facturée au Client.

Article 6 - Rapports d'avancement
Le Prestataire remet au Client, au plus tard le cinquième jour ouvrable de chaque mois, un
rapport d'avancement mentionnant les tâches réalisées, les heures consommées par profil, le
budget restant et les risques identifiés.

Article 7 - Comité de pilotage
Un comité de pilotage composé du directeur du Client, du chef de projet du Prestataire et d'un
représentant des utilisateurs se réunit une fois par mois. Tout différend qui n'est pas résolu
par les chefs de projet est soumis au comité de pilotage.

Article 8 - Obligations du Client
Le Client désigne un responsable fonctionnel qui valide les maquettes dans les cinq jours
ouvrables de leur réception. Le Client met à la disposition du Prestataire un environnement de
test et les données anonymisées nécessaires aux tests au plus tard le 15 novembre 2026.

Article 9 - Qualité et documentation
Le code source est soumis à une revue de code systématique et couvert par des tests
automatisés. À la fin du projet, le Prestataire remet la documentation technique et organise
deux demi-journées de transfert de connaissances à l'équipe informatique du Client.

Article 10 - Durée
La convention prend effet le 1er octobre 2026 et prend fin à la réception définitive de
l'application, au plus tard le 30 juin 2027.

Fait à Bruxelles, le 28 septembre 2026, en deux exemplaires, chaque partie reconnaissant avoir
reçu le sien.

Pour le Client                              Pour le Prestataire
Sophie Dubois, directrice                   Julien Lambert, gérant
"""

CONVENTION_REGIE_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "agreement.quote_included": "covered",
    "budget.project_cost": "covered",
    "budget.extra_costs": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "budget.startup_cost": "missing",
    "budget.recurring_cost": "missing",
    "timing.client_obligations": "covered",
    "timing.delay": "missing",
    "team.named_team": "covered",
    "team.replacement": "covered",
    "team.seniority": "covered",
    "team.knowledge_transfer": "covered",
    "team.quality": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
}

# 3. A Dutch (Netherlands) engagement letter for a CRM implementation at a fixed price.
OPDRACHTBEVESTIGING_CRM = """\
Opdrachtbevestiging implementatie CRM

Kenmerk: OB-2026-117
Utrecht, 3 november 2026

Geachte heer De Boer,

Hartelijk dank voor uw vertrouwen. Met deze brief bevestigen wij de opdracht tot implementatie
van het CRM-systeem voor Installatietechniek De Boer B.V. (hierna: Opdrachtgever) door
Klantwijs B.V. (hierna: Opdrachtnemer), zoals besproken in ons voorstel van 21 oktober 2026.
Het voorstel maakt integraal deel uit van deze opdrachtbevestiging.

1. Omvang van de opdracht
De opdracht omvat:
- het inrichten van de CRM-omgeving voor 25 gebruikers (verkoop en service);
- de koppeling met het boekhoudpakket Exact Online;
- de overzetting van de klant- en contactgegevens uit de huidige Excel-bestanden;
- twee trainingen van een dagdeel voor de key-users.
Niet in de opdracht begrepen zijn: maatwerk in de CRM-software, koppelingen met andere systemen
en de licenties van de CRM-software, die Opdrachtgever rechtstreeks bij de leverancier afneemt.

2. Prijs
Opdrachtnemer voert de opdracht uit voor een vaste prijs van € 18.750 exclusief btw.
Voor de inrichting van de testomgeving geldt daarnaast een eenmalig bedrag van € 950
exclusief btw.

3. Meerwerk
Wensen van Opdrachtgever die buiten de omvang van de opdracht vallen, worden als meerwerk
behandeld. Opdrachtnemer meldt meerwerk vooraf schriftelijk met een schatting van de uren en
de kosten en voert het pas uit na schriftelijk akkoord van Opdrachtgever. Meerwerk wordt
gefactureerd tegen een uurtarief van € 110 exclusief btw.

4. Planning en mijlpalen
| Mijlpaal | Datum |
| Kick-off en workshop processen | 16 november 2026 |
| Oplevering testomgeving | 11 december 2026 |
| Acceptatietest door Opdrachtgever | 4 januari 2027 tot 15 januari 2027 |
| Livegang | 1 februari 2027 |

5. Acceptatie
Opdrachtgever test de testomgeving binnen tien werkdagen na oplevering en meldt gebreken
schriftelijk. Blijft een melding uit binnen die termijn, dan geldt de testomgeving als
geaccepteerd.

6. Medewerking van Opdrachtgever
Opdrachtgever levert uiterlijk 30 november 2026 de op te schonen Excel-bestanden aan en stelt
twee key-users beschikbaar voor de workshops en de acceptatietest. Indien Opdrachtgever de
gegevens niet tijdig aanlevert, schuift de planning evenredig op en mag Opdrachtnemer de
daardoor ontstane extra uren in rekening brengen.

7. Projectteam
Projectleider bij Opdrachtnemer is mevrouw Lisa Vermeulen; zij is het vaste aanspreekpunt
voor Opdrachtgever. Aan de zijde van Opdrachtgever treedt de heer Mark de Boer op als
projecteigenaar.

8. Facturering
- 30 % bij ondertekening van deze opdrachtbevestiging;
- 40 % bij oplevering van de testomgeving;
- 30 % bij livegang.
Facturen worden binnen 14 dagen na factuurdatum voldaan.

9. Algemene voorwaarden
Op deze opdracht zijn de Nederland ICT Voorwaarden 2014 van toepassing. Bij strijdigheid
tussen deze opdrachtbevestiging en de algemene voorwaarden gaat deze opdrachtbevestiging voor.

Wij vragen u een exemplaar van deze brief voor akkoord ondertekend aan ons te retourneren.

Met vriendelijke groet,
Klantwijs B.V.
Lisa Vermeulen, projectleider

Voor akkoord Opdrachtgever:
Installatietechniek De Boer B.V.
Naam: M. de Boer                         Datum:
Handtekening:
"""

OPDRACHTBEVESTIGING_CRM_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "agreement.quote_included": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "budget.recurring_cost": "missing",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "team.named_team": "covered",
    "team.replacement": "missing",
    "team.seniority": "missing",
    # the client's acceptance test is no quality promise of the supplier
    "team.quality": "missing",
    "reporting.progress": "missing",
}

DEV_DOCUMENTS = {
    "offerte_netwerk": (OFFERTE_NETWERK, OFFERTE_NETWERK_LABELS),
    "convention_regie": (CONVENTION_REGIE, CONVENTION_REGIE_LABELS),
    "opdrachtbevestiging_crm": (OPDRACHTBEVESTIGING_CRM, OPDRACHTBEVESTIGING_CRM_LABELS),
}
