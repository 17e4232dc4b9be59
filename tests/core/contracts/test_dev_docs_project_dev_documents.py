"""Development documents for the timing, team and reporting items (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use for project work; they
are development fixtures (rules may be generalised to fit their patterns), not held-out
documents. Labels hold only clear readings against /work/shared/spec/checklist.md, for the
timing.*, team.* and reporting.* items.
"""

# 1. A Flemish implementation contract "in regie" with a team table and a stuurgroep.
REGIE_ODOO = """\
PROJECTOVEREENKOMST IN REGIE
Implementatie Odoo ERP - Drukkerij Verhaeghe BV

Tussen
Drukkerij Verhaeghe BV, Industrieweg 14, 8800 Roeselare, KBO 0456.789.123, vertegenwoordigd
door Lieve Verhaeghe, zaakvoerder, hierna "de klant",
en
Bitwerf BV, Kortrijksesteenweg 1021, 9051 Gent, KBO 0712.345.678, vertegenwoordigd door
Tom Desmet, bestuurder, hierna "Bitwerf",
wordt het volgende overeengekomen.

Artikel 1 - Voorwerp
Bitwerf begeleidt de klant bij de invoering van Odoo 18 voor verkoop, aankoop, voorraad,
productie en boekhouding. De opdracht wordt uitgevoerd in regie: de klant betaalt de werkelijk
gepresteerde dagen aan de tarieven van artikel 4.

Artikel 2 - Projectteam
Bitwerf stelt het volgende team ter beschikking:
| Naam | Rol | Ervaring | Inzet |
| Sofie Vandamme | Projectleider | 14 jaar, waarvan 8 in Odoo-projecten | 1 dag per week |
| Kobe Maes | Senior functioneel consultant | 9 jaar | 3 dagen per week |
| Jens Wouters | Junior ontwikkelaar | 2 jaar | naar behoefte |
Sofie Vandamme is het vaste aanspreekpunt van de klant voor alle vragen over het project.

Artikel 3 - Wissel van consultants
Bitwerf houdt de voorgestelde consultants zo lang mogelijk op het project. Moet een consultant
toch vervangen worden, dan meldt Bitwerf dit minstens tien werkdagen vooraf en stelt het een
profiel van hetzelfde niveau voor. De inwerktijd van de nieuwe consultant wordt niet
aangerekend.

Artikel 4 - Tarieven
Projectleider: € 950,00 per dag. Senior consultant: € 850,00 per dag. Junior ontwikkelaar:
€ 640,00 per dag. Alle bedragen zijn exclusief btw. De tarieven worden jaarlijks op 1 januari
geïndexeerd volgens de Agoria-formule.

Artikel 5 - Inbreng van de klant
De klant stelt voor de duur van het project twee key-users ter beschikking, elk minstens twee
dagen per week. Uiterlijk tien werkdagen voor de start van de migratie bezorgt de klant de
opgeschoonde klanten-, leveranciers- en artikelbestanden in het aangeleverde Excel-sjabloon.
De klant zorgt zelf voor de licenties van Odoo Enterprise.

Artikel 6 - Wachttijden
Wanneer de werkzaamheden stilvallen omdat de input van de klant niet beschikbaar is, worden
de uren waarin de consultants niet verder kunnen werken aangerekend aan het dagtarief van
artikel 4.

Artikel 7 - Stuurgroep en opvolging
Er wordt een stuurgroep opgericht met de zaakvoerder van de klant, de interne projectverant-
woordelijke en de projectleider van Bitwerf. De stuurgroep komt elke maand samen en beslist
over de prioriteiten, de scope en het budget.
Bitwerf bezorgt de klant tegen de vijfde werkdag van elke maand een overzicht van de
gepresteerde dagen per consultant, samen met een korte stand van zaken van het project.

Artikel 8 - Uitvoering
Bitwerf zal zich inspannen om de opdracht naar best vermogen uit te voeren.

Artikel 9 - Planning
De timing van de verschillende onderdelen wordt in onderling overleg bepaald.

Artikel 10 - Facturatie
Bitwerf factureert maandelijks na afloop de gepresteerde dagen. Facturen zijn betaalbaar
binnen 30 dagen na factuurdatum.

Artikel 11 - Toepasselijk recht
Op deze overeenkomst is het Belgisch recht van toepassing. Geschillen behoren tot de
bevoegdheid van de rechtbanken van het arrondissement Gent, afdeling Gent.

Opgemaakt te Gent op 12/11/2026 in twee exemplaren, waarvan elke partij erkent er één te
hebben ontvangen.

Voor de klant                              Voor Bitwerf
Lieve Verhaeghe, zaakvoerder               Tom Desmet, bestuurder
"""

REGIE_ODOO_LABELS = {
    "timing.planning": "partial",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "team.named_team": "covered",
    "team.seniority": "covered",
    "team.replacement": "covered",
    "team.knowledge_transfer": "missing",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
}

# 2. A French "convention de prestations" for a software integration (Brussels supplier).
CONVENTION_INTEGRATION = """\
CONVENTION DE PRESTATIONS DE SERVICES
Intégration du logiciel de gestion des dossiers patients - Centre médical Les Tilleuls ASBL

Entre : Centre médical Les Tilleuls ASBL, rue des Tilleuls 45, 5000 Namur, ci-après « le
Client », et Intégra Solutions SRL, avenue Louise 231, 1050 Bruxelles, ci-après « le
Prestataire ».

Article 1 - Objet
La présente convention a pour objet l'intégration du logiciel MediDoss dans l'environnement
informatique du Client, y compris l'interface avec le laboratoire externe et la reprise des
dossiers existants.

Article 2 - Calendrier des jalons
| Jalon | Contenu | Date prévue |
| J1 | Analyse détaillée validée | 15/01/2027 |
| J2 | Environnement de test installé | 26/02/2027 |
| J3 | Interface laboratoire opérationnelle | 02/04/2027 |
| J4 | Mise en production | 03/05/2027 |
Chaque jalon fait l'objet d'un procès-verbal signé par les deux parties.

Article 3 - Obligations du Client
Le Client s'engage à :
- mettre à la disposition du Prestataire un serveur virtuel conforme aux prérequis techniques
  au plus tard le 8 janvier 2027 ;
- désigner un référent interne disponible au moins une demi-journée par semaine ;
- valider les livrables dans les dix jours ouvrables de leur remise.

Article 4 - Pénalités de retard
Si la mise en production n'intervient pas à la date prévue pour une cause imputable au
Prestataire, celui-ci sera redevable d'une pénalité de 0,5 % du prix total par semaine de
retard, plafonnée à 5 % du prix total. Tout retard du Client dans l'exécution de ses
obligations reporte les jalons suivants d'une durée équivalente.

Article 5 - Équipe du Prestataire
Le Prestataire désigne Mme Claire Lambert comme cheffe de projet. Elle est l'interlocutrice
du Client pour toute question relative à l'exécution de la convention.

Article 6 - Comité de suivi
Un comité de suivi, composé du directeur administratif du Client, du référent interne et de
la cheffe de projet, se réunit une fois par mois. Il examine l'avancement, les risques et les
demandes de modification. Les décisions sont consignées dans un procès-verbal.

Article 7 - Rapports
Toutes les deux semaines, le Prestataire transmet au Client un rapport d'avancement indiquant
les tâches réalisées, les tâches à venir et les points bloquants.

Article 8 - Transfert de compétences et documentation
À la fin du projet, le Prestataire remet au Client la documentation technique de l'interface
et le manuel d'exploitation, et organise deux demi-journées de transfert de compétences pour
l'équipe informatique du Client.

Article 9 - Qualité des prestations
Le Prestataire exécute ses prestations selon les règles de l'art et teste chaque livraison
sur l'environnement de test avant de la soumettre au Client.

Article 10 - Prix
Le prix forfaitaire de la mission s'élève à 48.600,00 EUR HTVA, facturé à raison de 25 % à la
signature, 25 % au jalon J2, 25 % au jalon J3 et 25 % au jalon J4. Les factures sont payables
à 30 jours fin de mois.

Article 11 - Droit applicable
La présente convention est régie par le droit belge. Tout litige relève de la compétence
exclusive des tribunaux de Namur.

Fait à Namur, le 4 décembre 2026, en deux exemplaires originaux.

Pour le Client                           Pour le Prestataire
Dr Anne Collard, directrice              Marc Dupuis, administrateur délégué
"""

CONVENTION_INTEGRATION_LABELS = {
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "team.named_team": "covered",
    "team.seniority": "missing",
    "team.replacement": "missing",
    "team.knowledge_transfer": "covered",
    "team.quality": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
}

# 3. A Dutch (Netherlands) "projectovereenkomst" for a customer portal.
PROJECTOVEREENKOMST_PORTAAL = """\
PROJECTOVEREENKOMST KLANTPORTAAL

De ondergetekenden:
1. Woningstichting Het Anker, gevestigd te Zwolle, KvK 05012345, hierna: "Opdrachtgever";
2. Codekamer B.V., gevestigd te Utrecht, KvK 30123456, hierna: "Opdrachtnemer";
hierna gezamenlijk: "Partijen",
komen als volgt overeen:

Artikel 1 Opdracht
1.1 Opdrachtnemer ontwikkelt voor Opdrachtgever een klantportaal waarin huurders
reparatieverzoeken kunnen indienen en hun huurcontract kunnen inzien.
1.2 Op deze overeenkomst zijn de ICT~Office Voorwaarden van toepassing. Bij strijdigheid gaat
deze overeenkomst voor.

Artikel 2 Plan van aanpak
2.1 Het project verloopt volgens het plan van aanpak in Bijlage 2. Samengevat:
- Fase 1 Analyse en ontwerp: februari 2027, afgerond met een goedgekeurd functioneel ontwerp;
- Fase 2 Bouw in drie sprints van drie weken: maart tot en met april 2027;
- Fase 3 Acceptatietest en livegang: mei 2027, livegang uiterlijk op 31 mei 2027.

Artikel 3 Medewerking Opdrachtgever
3.1 Opdrachtgever verleent alle medewerking die redelijkerwijs nodig is voor de uitvoering van
de opdracht. In het bijzonder levert Opdrachtgever uiterlijk op 15 januari 2027 een
testexport van het huurdersbestand aan en maakt zij de koppeling met het
vastgoedbeheersysteem beschikbaar voor de start van Fase 2.

Artikel 4 Termijnen
4.1 Indien Opdrachtnemer een in artikel 2 genoemde termijn dreigt te overschrijden, treden
Partijen in overleg over de gevolgen daarvan.

Artikel 5 Sleutelpersoneel
5.1 De volgende personen gelden als sleutelpersoneel:
Projectleider: Sanne de Vries
Lead developer: Joris Bakker
5.2 Opdrachtnemer vervangt sleutelpersoneel alleen met voorafgaande schriftelijke
toestemming van Opdrachtgever, die deze toestemming niet op onredelijke gronden weigert. De
vervanger beschikt over ten minste gelijkwaardige kennis en ervaring. Aan de inwerkperiode
zijn voor Opdrachtgever geen kosten verbonden.
5.3 Opdrachtnemer zet voor de uitvoering deskundig personeel in.

Artikel 6 Kwaliteit
6.1 Opdrachtnemer ontwikkelt volgens de OWASP-richtlijnen. Alle code wordt door een tweede
ontwikkelaar gereviewd en van geautomatiseerde tests voorzien voordat zij naar de
acceptatieomgeving gaat.

Artikel 7 Voortgang
7.1 Opdrachtnemer stuurt na iedere sprint een voortgangsrapportage aan de projectleider van
Opdrachtgever, met de opgeleverde functionaliteit, de bestede uren en de risico's.
7.2 Partijen houden elke twee weken een projectoverleg. Geschillen over de uitvoering worden
eerst voorgelegd aan de directeuren van beide Partijen.

Artikel 8 Overdracht van kennis
8.1 Bij de oplevering draagt Opdrachtnemer de broncode, de technische documentatie en een
beheerhandleiding over aan Opdrachtgever. Opdrachtnemer geeft de beheerders van
Opdrachtgever twee overdrachtssessies van een dagdeel.

Artikel 9 Prijs en betaling
9.1 De vaste prijs bedraagt EUR 86.500,- exclusief btw, te betalen in drie termijnen bij de
afronding van elke fase. De betalingstermijn is 30 dagen na factuurdatum.

Artikel 10 Toepasselijk recht
10.1 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan
de bevoegde rechter te Zwolle.

Aldus overeengekomen en in tweevoud ondertekend te Zwolle op 9 december 2026.

Woningstichting Het Anker                    Codekamer B.V.
drs. P. Hendriks, directeur-bestuurder       M. Jansen, algemeen directeur
"""

PROJECTOVEREENKOMST_PORTAAL_LABELS = {
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "partial",
    "team.named_team": "covered",
    "team.seniority": "partial",
    "team.replacement": "covered",
    "team.knowledge_transfer": "covered",
    "team.quality": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
}

# 4. An English proposal of a Belgian data consultancy (Antwerp) with consultants' CVs.
CONSULTANCY_PROPOSAL = """\
PROPOSAL
Data Platform Assessment and Roadmap
Prepared for: Vandersteen Logistics NV
Prepared by: Northlane Data BV, Antwerp
Reference: NLD-2026-118, 20 November 2026

1. Your question
Vandersteen Logistics wants to replace its ageing reporting environment and asked us how a
modern data platform could support its warehouse and transport planning.

2. Our approach
Weeks 1-2: discovery interviews with the business and IT stakeholders.
Weeks 3-4: assessment of the current data landscape and data quality.
Weeks 5-6: target architecture, roadmap and business case.
The final presentation is planned for the end of week 6.

3. Your team
Lotte Peeters - Engagement lead. Senior data architect with 15 years of experience in data
warehousing and cloud platforms (Azure, Snowflake); previously led the data platform
programme of a large Belgian retailer. Certified Azure Solutions Architect Expert.
Arne Jacobs - Data engineer. Four years of experience building pipelines in dbt and Azure
Data Factory; Databricks certified.
Lotte is your single point of contact throughout the assignment.
Should one of our consultants become unavailable, we will propose a replacement with a
comparable profile, subject to your approval and at no extra cost to you.

4. What we need from you
To keep to the schedule, Vandersteen Logistics provides read access to the current
databases and reporting tools before the start of week 1 and makes the key stakeholders
available for a one-hour interview in the first two weeks.

5. Reporting and steering
Every Friday we send you a short written update on the progress, the findings so far and any
open points. A steering committee with your CFO, your IT manager and our engagement lead meets
at the end of weeks 2, 4 and 6 to validate the findings and decide on the next phase.

6. Deliverables and handover
At the end of the assignment you receive the assessment report, the target architecture and
the roadmap, and we hold a handover session with your IT team so that they can carry the
roadmap forward on their own.

7. Quality
Every deliverable is peer-reviewed by a second senior consultant before it is sent to you.

8. Fees
The assessment is carried out for a fixed fee of EUR 32,400 excluding VAT, invoiced 50% at
the start and 50% on delivery of the final report. Invoices are payable within 30 days.

9. Validity
This proposal is valid until 31 December 2026. Our general terms of engagement apply.

For Northlane Data BV
Pieter Verbruggen, Managing Partner
"""

CONSULTANCY_PROPOSAL_LABELS = {
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "missing",
    "team.named_team": "covered",
    "team.seniority": "covered",
    "team.replacement": "covered",
    "team.knowledge_transfer": "covered",
    "team.quality": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
}

DEV_DOCUMENTS = {
    "regie_odoo": (REGIE_ODOO, REGIE_ODOO_LABELS),
    "convention_integration": (CONVENTION_INTEGRATION, CONVENTION_INTEGRATION_LABELS),
    "projectovereenkomst_portaal": (
        PROJECTOVEREENKOMST_PORTAAL,
        PROJECTOVEREENKOMST_PORTAAL_LABELS,
    ),
    "consultancy_proposal": (CONSULTANCY_PROPOSAL, CONSULTANCY_PROPOSAL_LABELS),
}
