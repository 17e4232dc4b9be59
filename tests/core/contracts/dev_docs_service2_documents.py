"""Development documents for the maintenance, exit and legal items (second service batch).

Four documents written for this module, in kinds not used before:
- a Flemish support contract for laboratory information software (LIMS) installed on the
  laboratory's own servers (Labinfo / het Labo, a priority table, a Flemish escrow clause);
- a French application-maintenance contract for the WordPress website of a sports federation
  (le Prestataire / la Fédération, two formulas, an on-call service on championship weekends);
- Netherlands Dutch terms of use of a SaaS rostering tool for care homes (Leverancier /
  Afnemer, an availability guarantee with credits, a SaaS continuity arrangement);
- an English support and maintenance agreement of a Dutch supplier for the manufacturing
  execution system (MES) of a Belgian food plant (a severity table, a three-party escrow).

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Items hold only clear readings of the
maintenance.*, exit.* and legal.* items against /work/shared/spec/checklist.md ("partial" per
detectors/partial.py); an item not listed is not labelled. Risks are True when raised.

The labels were written before the analyser was run on these texts.
"""

from .unseen_documents import UnseenDocument

LIMS_SUPPORT_VL = """\
ONDERSTEUNINGSOVEREENKOMST LABOSYS LIMS
Nr. OO-2026-117

Tussen
Labinfo Solutions BV, Kapelsestraat 88, 2950 Kapellen, KBO 0789.455.120, hierna "Labinfo",
en
Medisch Labo Demeyere CV, Zuidstraat 14, 8800 Roeselare, KBO 0455.901.336, hierna "het Labo".

Overwegende dat
- het Labo sinds maart 2025 het laboratoriuminformatiesysteem LaboSys (hierna "de Toepassing")
  gebruikt, geïnstalleerd op twee servers in het eigen serverlokaal van het Labo;
- het Labo voor zijn ISO 15189-accreditatie een gedocumenteerde ondersteuning van de
  Toepassing nodig heeft;
wordt het volgende overeengekomen.

Artikel 1 – Wat de ondersteuning inhoudt
1.1 Labinfo houdt de Toepassing operationeel en verhelpt storingen en fouten in de
standaardmodules (staalregistratie, werklijsten, technische en medische validatie,
rapportering, koppeling met de analysetoestellen).
1.2 De koppelingen met analysetoestellen van derden vallen onder de ondersteuning voor zover
het toestel op de lijst van ondersteunde toestellen in bijlage 1 staat.
1.3 Niet inbegrepen: herstellingen na ingrepen van derden, de hardware en het
besturingssysteem van de servers, opleiding van nieuwe medewerkers van het Labo.

Artikel 2 – Bereikbaarheid van de helpdesk
Onze helpdesk staat elke werkdag klaar tussen 7u30 en 18u, telefonisch op 03 605 12 40 of via
het ticketportaal support.labinfo.be. Op zaterdag van 8u tot 13u kan het Labo voor
blokkerende storingen de wachtdienst bellen op 0470 55 12 40.

Artikel 3 – Prioriteiten en termijnen
Bij elke melding kent Labinfo samen met de melder een prioriteit toe.

Prioriteit | Voorbeeld | Eerste reactie | Oplossing of omweg
P1 – blokkerend | geen staalregistratie of geen uitslagen naar de artsen | 30 minuten | 4 werkuren
P2 – hinderlijk | één analysetoestel niet gekoppeld | 2 werkuren | 2 werkdagen
P3 – gering | opmaakfout in een rapport | 1 werkdag | volgende release

De termijnen lopen vanaf de registratie van de melding in het ticketportaal of het telefonisch
doorgeven ervan, en tellen enkel binnen de uren van artikel 2.
Overschrijdt Labinfo de oplostermijn van een P1-melding, dan wordt per begonnen uur
overschrijding 2% van de jaarlijkse vergoeding in mindering gebracht op de volgende factuur,
met een maximum van 15% per contractjaar.

Artikel 4 – Kennis van de installatie
Labinfo houdt een actuele configuratiefiche bij van de installatie bij het Labo (servers,
versies, gekoppelde toestellen, interfaces met het ziekenhuis en de huisartsen) en wijst een
vaste applicatieconsulent aan, momenteel mevrouw Els Vercauteren, die het Labo opvolgt.

Artikel 5 – Nieuwe versies
Twee keer per jaar verschijnt een nieuwe versie van LaboSys; Labinfo installeert ze na afspraak
buiten de werkuren, na validatie door het Labo op zijn testomgeving. Beveiligingspatches
worden binnen tien werkdagen na hun publicatie geïnstalleerd.

Artikel 6 – Vergoeding
Jaarlijkse vergoeding: 14.400 euro excl. btw, gefactureerd per kwartaal vooraf en betaalbaar
binnen dertig dagen na factuurdatum. De vergoeding wordt jaarlijks op 1 januari aangepast
volgens de Agoria-index.

Artikel 7 – Looptijd
Deze overeenkomst gaat in op 1 januari 2027 voor een periode van drie jaar. Daarna loopt ze
telkens voor een jaar verder, tenzij een van de partijen ze ten minste zes maanden voor de
vervaldag per aangetekende brief opzegt.
Elke partij kan de overeenkomst zonder rechterlijke tussenkomst beëindigen wanneer de andere
partij een ernstige tekortkoming niet herstelt binnen dertig dagen na een ingebrekestelling.

Artikel 8 – Einde van de samenwerking
Bij het einde van de overeenkomst, om welke reden ook, blijft Labinfo gedurende maximaal zes
maanden de ondersteuning verder verlenen aan de geldende voorwaarden en helpt zij de
opvolgende leverancier bij de overname, aan het uurtarief van 105 euro.
Alle labogegevens blijven eigendom van het Labo. Op zijn verzoek bezorgt Labinfo binnen
vijftien werkdagen een volledige dump van de databank en de rapporten in PDF, samen met de
beschrijving van de tabelstructuur.
De broncode van LaboSys wordt bij elke hoofdversie neergelegd bij een escrow-agent; het Labo
krijgt er toegang toe bij faillissement of stopzetting van de activiteiten van Labinfo.

Artikel 9 – Aansprakelijkheid
De aansprakelijkheid van Labinfo is per schadegeval begrensd tot het bedrag van de jaarlijkse
vergoeding. Labinfo vergoedt geen onrechtstreekse schade zoals verlies van gegevens,
winstderving of schade aan derden.

Artikel 10 – Rechten op de Toepassing
De Toepassing blijft eigendom van Labinfo; het Labo behoudt het gebruiksrecht volgens de
licentieovereenkomst van 12 maart 2025.

Artikel 11 – Geheimhouding en persoonsgegevens
Beide partijen houden de informatie die zij van elkaar ontvangen geheim, ook na het einde van
de overeenkomst. Labinfo treedt op als verwerker van de persoonsgegevens van patiënten; de
verwerkersovereenkomst in bijlage 3 maakt deel uit van deze overeenkomst.

Artikel 12 – Geschillen
Vooraleer een geschil voor de rechtbank te brengen, leggen partijen het voor aan een overleg
tussen de zaakvoerder van Labinfo en de labodirecteur, dat binnen tien werkdagen na een
schriftelijke vraag plaatsvindt.
Op deze overeenkomst is het Belgisch recht van toepassing. Geschillen behoren tot de
bevoegdheid van de ondernemingsrechtbank Gent, afdeling Kortrijk.

Opgemaakt te Roeselare op 18 november 2026, in twee exemplaren.
Voor Labinfo Solutions BV                  Voor Medisch Labo Demeyere CV
Pieter Janssens, zaakvoerder               Dr. Katrien Demeyere, labodirecteur
"""

TMA_SITE_FEDERATION_FR = """\
CONTRAT DE MAINTENANCE APPLICATIVE DU SITE INTERNET
Réf. PXS-TMA-2027-03

Entre Pixelsport SRL, chaussée de Louvain 510, 5004 Namur, BCE 0723.118.406, ci-après « le
Prestataire »,
et la Fédération Francophone de Badminton ASBL, rue des Sports 2, 1348 Louvain-la-Neuve,
ci-après « la Fédération ».

1. Objet
Le Prestataire assure la maintenance du site www.ffbad-badminton.be, développé par lui en 2024
sous WordPress, ainsi que de l'extension de gestion des résultats des compétitions.
Deux formules sont proposées :
- Formule Essentielle : maintenance corrective, mises à jour et sauvegardes quotidiennes ;
- Formule Sérénité : la formule Essentielle et, en plus, quatre heures par mois de petites
  évolutions (nouvelles pages, formulaires, adaptations graphiques).
La Fédération a choisi la formule Sérénité.

2. Prix
Formule Sérénité : 390 € HTVA par mois, facturés trimestriellement. Les heures d'évolution non
utilisées ne sont pas reportées au mois suivant. Au-delà, les évolutions sont facturées 78 €
HTVA de l'heure, sur devis accepté par la Fédération.

3. Comment nous joindre
Les demandes sont introduites via le formulaire de ticket de l'espace client ou par courriel à
support@pixelsport.be. Notre équipe les traite les jours ouvrables, de 9 h à 17 h 30. Pendant
les week-ends de championnat (calendrier communiqué en début de saison), une astreinte est
assurée le samedi et le dimanche de 8 h à 20 h au 081 30 22 90.

4. Délais
Toute demande fait l'objet d'un accusé de prise en charge au plus tard le jour ouvrable
suivant ; lorsque le site est inaccessible, le Prestataire intervient dans l'heure qui suit
l'appel. Le Prestataire met tout en œuvre pour rétablir le site dans les meilleurs délais.

5. Connaissance du site
Un interlocuteur unique, M. Julien Hardy, suit le compte de la Fédération. Le Prestataire tient
à jour un document d'exploitation du site (extensions installées, accès, sauvegardes,
particularités de l'hébergement).

6. Mises à jour
Les mises à jour du cœur WordPress, du thème et des extensions sont appliquées chaque mois sur
un environnement de préproduction, puis en production après vérification ; les correctifs de
sécurité critiques sont appliqués sous 48 heures.

7. Durée
Le contrat prend cours le 1er février 2027 pour une durée d'un an. Il se reconduit tacitement
par périodes d'un an, sauf dénonciation par lettre recommandée au moins trois mois avant son
échéance. En cas de manquement grave de l'une des parties, l'autre peut résilier le contrat
avec effet immédiat, après une mise en demeure restée sans suite pendant quinze jours.

8. Fin du contrat
En fin de contrat, le Prestataire remet à la Fédération ou au prestataire qu'elle désigne tous
les accès (administrateur, FTP, DNS) et assure une demi-journée de passation, incluse dans le
prix. Le contenu du site (articles, photos, résultats des compétitions) appartient à la
Fédération et lui est remis sous la forme d'une archive complète (fichiers et base de données
SQL).

9. Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs et plafonnée au montant payé
par la Fédération au cours des douze derniers mois.

10. Propriété
Les développements spécifiques (thème sur mesure, extension de résultats) sont cédés à la
Fédération dès leur paiement complet.

11. Confidentialité et données personnelles
Le Prestataire s'interdit de communiquer à des tiers les informations dont il a connaissance
dans le cadre du contrat, notamment les données des affiliés. Pour les données des affiliés
traitées via les formulaires d'inscription du site, le Prestataire agit comme sous-traitant au
sens du RGPD ; les parties signent à cet effet une convention de traitement (annexe 2).

12. Litiges
Avant toute action en justice, la partie la plus diligente invite l'autre à une réunion de
concertation, qui se tient dans les quinze jours. Le présent contrat est régi par le droit
belge. Tout litige relève des tribunaux de l'arrondissement judiciaire de Namur.

Fait à Namur le 9 décembre 2026, en deux exemplaires.
Pour Pixelsport SRL : Camille Dubois, gérante.
Pour la Fédération : Marc Lejeune, président.
"""

ROOSTER_SAAS_NL = """\
ALGEMENE GEBRUIKSVOORWAARDEN ROOSTERZORG
Versie 4.2 – september 2026

RoosterZorg B.V., Vleutensevaart 100, 3532 AD Utrecht, KvK 81234567 ("Leverancier") stelt de
roosterapplicatie RoosterZorg ter beschikking aan zorgorganisaties ("Afnemer"). Deze
voorwaarden gelden naast de orderbevestiging; bij strijdigheid gaat de orderbevestiging voor.

Artikel 1 De dienst
1.1 De dienst omvat het gebruik van de webapplicatie RoosterZorg en de app voor medewerkers,
de hosting, dagelijkse back-ups en het technisch beheer. Functioneel beheerders van Afnemer
kunnen met vragen over het gebruik terecht bij de servicedesk van Leverancier.
1.2 Nieuwe functionaliteit wordt doorlopend uitgerold. Leverancier informeert Afnemer ten
minste twee weken voor een release die de werkwijze van planners verandert via de
releasenotes.

Artikel 2 Servicedesk
De servicedesk is op werkdagen van 08.00 tot 17.00 uur bereikbaar via 030 760 44 00 en via de
chat in de applicatie. Storingen die het roosteren onmogelijk maken kunnen dag en nacht worden
gemeld via het storingsnummer 030 760 44 99.
Een storingsmelding wordt binnen één uur in behandeling genomen; overige vragen binnen acht
kantooruren. Leverancier streeft ernaar storingen binnen vier uur te verhelpen.

Artikel 3 Beschikbaarheid
3.1 Leverancier garandeert een beschikbaarheid van de dienst van 99,7% per kalendermaand,
gemeten buiten het aangekondigde onderhoud op dinsdag tussen 22.00 en 24.00 uur.
3.2 Wordt die beschikbaarheid in een kalendermaand niet gehaald, dan crediteert Leverancier 5%
van de maandvergoeding per begonnen 0,5% onder de norm, tot maximaal 25% van de
maandvergoeding.

Artikel 4 Vergoeding
Afnemer betaalt per actieve medewerker € 2,40 per maand, jaarlijks vooraf gefactureerd.
Facturen worden binnen 30 dagen na factuurdatum voldaan.

Artikel 5 Duur en einde
5.1 De overeenkomst wordt aangegaan voor twaalf maanden en wordt daarna stilzwijgend verlengd
met telkens twaalf maanden.
5.2 Opzegging geschiedt schriftelijk met inachtneming van een opzegtermijn van één maand voor
het einde van de lopende periode.
5.3 Afnemer kan tot dertig dagen na het einde van de overeenkomst zelf een export van roosters,
medewerkers en gewerkte uren maken in CSV- of Excel-formaat; daarna worden de gegevens
definitief verwijderd.
5.4 Leverancier heeft een SaaS-continuïteitsregeling getroffen bij een onafhankelijke
stichting, zodat de dienst bij faillissement van Leverancier ten minste drie maanden blijft
draaien.

Artikel 6 Aansprakelijkheid
De totale aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Afnemer in de drie
maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald. Aansprakelijkheid
voor gevolgschade, gederfde winst en verminkte of verloren gegevens is uitgesloten.

Artikel 7 Intellectuele eigendom
Alle intellectuele eigendomsrechten op RoosterZorg berusten bij Leverancier. Afnemer verkrijgt
een niet-exclusief, niet-overdraagbaar recht om de dienst gedurende de looptijd te gebruiken.
De ingevoerde gegevens blijven van Afnemer.

Artikel 8 Vertrouwelijkheid en privacy
8.1 Partijen behandelen alle informatie die zij in het kader van de overeenkomst van elkaar
ontvangen als vertrouwelijk.
8.2 Afnemer is verwerkingsverantwoordelijke voor de persoonsgegevens van zijn medewerkers;
Leverancier verwerkt ze als verwerker volgens de verwerkersovereenkomst in bijlage 2 en
uitsluitend binnen de Europese Economische Ruimte.

Artikel 9 Geschillen
Partijen doen pas een beroep op de rechter nadat zij zich hebben ingespannen om een geschil in
onderling overleg op te lossen. Op deze voorwaarden is Nederlands recht van toepassing.
Geschillen worden voorgelegd aan de rechtbank Midden-Nederland.
"""

MES_SUPPORT_EN = """\
SUPPORT AND MAINTENANCE AGREEMENT – FACTORYPULSE MES
Agreement no. FP-SMA-2027-011

Parties
FactoryPulse B.V., De Run 4300, 5503 LN Veldhoven, the Netherlands ("Supplier"), and
Vandenbroucke Foods NV, Skaldenstraat 61, 9042 Ghent, Belgium ("Customer").

1. Scope
Supplier will provide second- and third-line support for the FactoryPulse manufacturing
execution system (MES) installed at the Customer's plant in Ghent: corrective maintenance,
remote diagnosis through the Customer's VPN, and one preventive health check per quarter.
First-line support for operators stays with the Customer's IT team.

2. Reaching support
Support desk: Monday to Friday, 06:00-22:00 CET, by phone +32 9 218 40 40 or through the
FactoryPulse portal.
Outside those hours: an on-call engineer for Severity 1 incidents only, same phone number.

3. Severities
Severity | Definition | Acknowledgement | Engineer on the case | Fix or workaround
1 | a production line stopped by the MES | 15 minutes | 1 hour | 6 hours
2 | a line running with degraded MES functions | 1 hour | 4 hours | 2 business days
3 | any other fault | 1 business day | 3 business days | next minor version
If Supplier misses the Severity 1 fix time, the Customer is entitled to a rebate of 5% of the
quarterly support fee for each such incident, capped at 20% of that fee per quarter.

4. Knowledge of the site
Supplier keeps a site book for the Customer's plant (network layout, PLC interfaces, line
configurations, custom reports) and updates it after each intervention. A named customer
success engineer, currently Ms Ilse Verbeek, is assigned to the Customer.

5. Versions
Supplier releases a minor version every quarter and a major version once a year; the
installation of one major version per year is included. Security patches for the MES and its
bundled database are made available within 30 days of their release by the database vendor.

6. Fees
The support fee is EUR 9,600 per quarter, invoiced at the start of each quarter and payable
within 30 days. Work outside the scope of this Agreement is charged at EUR 125 per hour after
the Customer has accepted a written estimate.

7. Term
This Agreement runs from 1 March 2027 until 28 February 2030 (36 months) and does not renew
automatically; the parties will discuss an extension six months before expiry.
Either party may end this Agreement for a material breach that is not cured within 45 days of
written notice. The Customer may also end it early by giving six months' notice if it stops
using the MES at the plant.

8. Exit
If the Customer moves the support of the MES to a third party, Supplier will, for up to three
months after the end date, continue to answer the questions of that third party and hand over
the site book and all open tickets, at the rates of Schedule 2.
All production data stays on the Customer's servers and belongs to the Customer; at the end
of the Agreement Supplier deletes the copies it holds for diagnosis.
The MES source code is deposited with an escrow agent under a three-party escrow agreement;
the release conditions include Supplier's bankruptcy and the end of support for the
Customer's version.

9. Liability
Supplier's total liability under this Agreement in any contract year shall not exceed the
support fees paid for that year. Supplier is not liable for lost production, spoiled batches
or other indirect loss, except in case of gross negligence or wilful misconduct.

10. Intellectual property
The MES software remains Supplier's property. Custom reports and line-specific scripts
written under this Agreement belong to the Customer once they are paid for.

11. Confidentiality and personal data
Each party will use the other's non-public information only for this Agreement and will not
pass it on to anyone else, during the term and for five years after.
The MES records the names and badge numbers of operators; to that extent Supplier processes
personal data on the Customer's behalf, and the data processing agreement of 3 May 2026
between the parties applies.

12. Disputes
A dispute is first raised with both account managers; if they do not solve it within ten
business days, it goes to the plant director and Supplier's managing director before either
party goes to court. This Agreement is subject to Belgian law; the courts of Ghent have
exclusive jurisdiction.

Signed in Ghent on 20 January 2027.
For FactoryPulse B.V.: Ruud van Dijk, CEO        For Vandenbroucke Foods NV: Sofie Claeys, COO
"""

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"

DOCUMENTS = [
    UnseenDocument(
        name="lims_support_vl",
        text=LIMS_SUPPORT_VL,
        items={
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": COVERED,
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": COVERED,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": COVERED,
        },
        risks={
            "risk.auto_renewal": True,
            "risk.liability_excluded": True,
            "risk.data_lockin": False,
        },
    ),
    UnseenDocument(
        name="tma_site_federation_fr",
        text=TMA_SITE_FEDERATION_FR,
        items={
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": PARTIAL,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": COVERED,
        },
        risks={
            "risk.auto_renewal": True,
            "risk.liability_excluded": False,
            "risk.data_lockin": False,
        },
    ),
    UnseenDocument(
        name="rooster_saas_nl",
        text=ROOSTER_SAAS_NL,
        items={
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": PARTIAL,
            "maintenance.availability": COVERED,
            "maintenance.service_credits": COVERED,
            "maintenance.customer_knowledge": MISSING,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": MISSING,
            "exit.data_return": COVERED,
            "exit.escrow": COVERED,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": PARTIAL,
        },
        risks={
            "risk.auto_renewal": False,
            "risk.liability_excluded": True,
            "risk.data_lockin": False,
        },
    ),
    UnseenDocument(
        name="mes_support_en",
        text=MES_SUPPORT_EN,
        items={
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": COVERED,
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": COVERED,
            "exit.escrow": COVERED,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": COVERED,
        },
        risks={
            "risk.auto_renewal": False,
            "risk.data_lockin": False,
        },
    ),
]
