"""Development documents for the team, reporting and rollout items (round 2).

Four documents written for this module, in kinds not used before:
- a Flemish implementation agreement for an e-learning platform at a training centre
  (implementatieovereenkomst, "de Leverancier" / "het Opleidingscentrum");
- a French project convention for the migration of a notary office's document management
  (convention de projet, "le Prestataire" / "l'Étude");
- a Netherlands plan of approach annex for an intranet rollout (plan van aanpak, "wij" / "jullie"
  and "Webreus" / "Lekstede", tables and key-value lines);
- an English implementation agreement for a hotel property-management system written by a Dutch
  supplier ("Stayline" / "the Hotel").

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Labels were written against
/work/shared/spec/checklist.md ("partial" per detectors/partial.py) before the analyser was run
on the documents; only the items of the team, reporting and rollout areas and the risk
risk.best_efforts_only are labelled.

First run (rules alone, labels committed before any rule change): 25 of 52 labels right (22 of
48 item statuses, 3 of 4 risk flags). Per document: elearning_implementation_vl 9/13 (missed the
replacement by a changed team member, the steering committee, the data loaded from the old
platform; the administrator handbook partial), ged_migration_convention_fr 5/13,
intranet_plan_van_aanpak_nl 5/13 (the best-efforts risk not raised), hotel_pms_implementation_en
6/13. The main errors: items settled in words the rules had no cue for (a successor, a
substitution, rotating someone off a project, "années d'expérience", "werkervaring", an
accreditation, a handbook or workbook, a steering "comité", a check-in call, a project update,
"afname" for acceptance, "réputé validé", a legacy system's data carried over, an initiation).
After the general patterns of test_dev_docs_rollout2_patterns.py (each in nl, fr and en where it
is said that way, with a wrong-sense negative): 52 of 52. These documents are no longer a fair
measure of the rules: they were written to find the misses, and the rules were then generalised
from them.
"""

from .unseen_documents import UnseenDocument

ELEARNING_VL = """\
IMPLEMENTATIEOVEREENKOMST
E-learningplatform "Kempenleert"

Tussen
LeerWolk BV, Kempische Steenweg 303, 3500 Hasselt, KBO 0745.118.326, hierna "de Leverancier",
vertegenwoordigd door mevrouw Griet Vanhoof, zaakvoerder,
en
vzw Vormingscentrum De Kempen, Sint-Jozefstraat 12, 2440 Geel, KBO 0412.667.093, hierna "het
Opleidingscentrum", vertegenwoordigd door de heer Koen Peeters, directeur.

Artikel 1 – Voorwerp
De Leverancier richt voor het Opleidingscentrum een e-learningplatform in op basis van Moodle
Workplace, koppelt het aan de cursistenadministratie en begeleidt de opstart. De offerte
LW-2026-077 van 2 oktober 2026 maakt deel uit van deze overeenkomst; bij tegenstrijdigheid heeft
deze overeenkomst voorrang.

Artikel 2 – Prijs en betaling
Inrichting en koppeling: € 18.400 excl. btw (vaste prijs). Abonnement hosting en licenties:
€ 640 excl. btw per maand. Het vaste bedrag wordt voor 40 % gefactureerd bij ondertekening en
voor 60 % na de definitieve oplevering; facturen zijn betaalbaar binnen 30 dagen.

Artikel 3 – Het projectteam
Het implementatieteam van de Leverancier bestaat uit Tine Claes (projectleider en vast
aanspreekpunt), Pieter Goossens (technisch consultant) en Ann Wouters (didactisch ontwerper).
De consultants die de Leverancier inzet, hebben minstens vijf jaar ervaring met
Moodle-implementaties in het volwassenenonderwijs.
Wisselt de Leverancier tijdens het project een lid van het team, dan meldt zij dat ten minste
tien werkdagen vooraf en werkt zij de nieuwe collega op eigen kosten in.

Artikel 4 – Projectverloop en opvolging
Het project verloopt in sprints van twee weken. Na elke sprint ontvangt het Opleidingscentrum
een beknopte stand van zaken per e-mail: afgewerkte onderdelen, open punten en bestede uren.
Een stuurcomité, samengesteld uit de directeur van het Opleidingscentrum, de ICT-coördinator en
de projectleider van de Leverancier, komt maandelijks samen en beslist over wijzigingen aan de
scope en de planning.

Artikel 5 – Overname van de bestaande gegevens
De cursistenhistoriek van de voorbije vijf jaar (ongeveer 6.000 cursisten met hun behaalde
attesten) wordt vanuit de huidige Excel-lijsten en het oude leerplatform ingeladen in het nieuwe
platform. Het Opleidingscentrum levert die lijsten aan in het sjabloon van de Leverancier.

Artikel 6 – Livegang
Het platform gaat live op maandag 1 februari 2027, na de opleveringstest van artikel 7. De
Leverancier zet het platform live buiten de lesuren.

Artikel 7 – Oplevering en aanvaarding
Binnen tien werkdagen na de oplevering test het Opleidingscentrum het platform aan de hand van
de testscenario's in bijlage 2. Zonder gemotiveerde opmerkingen binnen die termijn geldt het
platform als goedgekeurd.

Artikel 8 – Kwaliteit
De Leverancier voert de opdracht uit volgens de regels van de kunst. Elke koppeling wordt eerst
op een testomgeving nagekeken door een tweede consultant vooraleer ze in productie gaat.

Artikel 9 – Garantie
Gedurende drie maanden na de livegang verhelpt de Leverancier fouten in de inrichting en de
koppelingen kosteloos.

Artikel 10 – Opleiding en begeleiding
De Leverancier organiseert twee train-de-trainersessies van een halve dag voor de interne
lesgevers, die daarna zelf de cursisten wegwijs maken. Tijdens de eerste twee weken na de
livegang beantwoordt de Leverancier vragen van lesgevers via een aparte supportlijn.

Artikel 11 – Documentatie
Bij de afsluiting van het project bezorgt de Leverancier een beheerdershandboek met de
configuratie, de koppelingen en de procedures voor het aanmaken van cursussen.

Artikel 12 – Aansprakelijkheid en toepasselijk recht
De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van de vaste prijs. Deze
overeenkomst valt onder het Belgisch recht; de rechtbanken van Hasselt zijn bevoegd.

Opgemaakt te Geel op 20 oktober 2026, in twee exemplaren.
Voor de Leverancier,                     Voor het Opleidingscentrum,
Griet Vanhoof, zaakvoerder               Koen Peeters, directeur
"""

GED_NOTAIRE_FR = """\
CONVENTION DE PROJET
Migration de la gestion électronique des documents de l'Étude

Entre :
ArchiNot SRL, avenue de la Toison d'Or 56, 1060 Bruxelles, BCE 0689.552.114, ci-après « le
Prestataire »,
et
l'Étude du notaire Catherine Delvaux, rue du Palais 8, 4000 Liège, ci-après « l'Étude ».

1. Objet
Le Prestataire migre les actes, dossiers et pièces de l'Étude depuis l'ancienne GED (NotaDoc 6)
vers la plateforme ArchiNot Cloud et met celle-ci en service pour les vingt-deux collaborateurs
de l'Étude. Les conditions générales du Prestataire sont annexées ; la présente convention
prévaut en cas de contradiction.

2. Prix
Forfait de migration et de mise en service : 21.500,00 € HTVA, facturé pour moitié à la
signature et pour moitié à la validation du dernier lot. Abonnement ArchiNot Cloud : 890,00 €
HTVA par mois. Les factures sont payables à 30 jours.

3. Équipe affectée au projet
L'équipe du Prestataire se compose de Mme Julie Lemaire, cheffe de projet, et de M. Karim
Benali, ingénieur migration. Les intervenants affectés au projet justifient d'au moins trois
années d'expérience dans la migration de fonds documentaires notariaux.
Toute substitution d'un membre de l'équipe est notifiée à l'Étude au moins quinze jours à
l'avance et se fait par une personne de profil équivalent, sans surcoût pour l'Étude.

4. Déroulement de la migration
La migration se déroule en quatre vagues (actes authentiques, dossiers en cours, comptabilité
notariale, archives antérieures à 2015). Environ 240.000 actes et leurs annexes sont migrés
depuis l'ancienne GED, avec leurs métadonnées (numéro de répertoire, parties, date de
l'acte).
Chaque lot migré fait l'objet d'un contrôle d'intégrité par le Prestataire (comptage des
fichiers et empreintes numériques) avant d'être mis à la disposition de l'Étude.

5. Validation des lots
L'Étude dispose de cinq jours ouvrables pour vérifier chaque lot sur la base d'un échantillon
défini avec le Prestataire. À défaut de réserves écrites dans ce délai, le lot est réputé
validé.

6. Bascule
La bascule vers ArchiNot Cloud a lieu le week-end du 13 mars 2027 ; l'ancienne GED reste
accessible en lecture seule jusqu'au 30 juin 2027.

7. Suivi du projet
Un compte rendu écrit est adressé à l'Étude après chaque vague de migration. Les parties se
réunissent toutes les deux semaines en comité de projet, en présence du notaire titulaire ou de
son délégué.

8. Accompagnement des collaborateurs
Une demi-journée d'initiation à ArchiNot Cloud est organisée dans les locaux de l'Étude la
semaine précédant la bascule, pour tous les collaborateurs.
À la clôture du projet, le Prestataire remet à l'informaticien de l'Étude un dossier
d'exploitation décrivant le paramétrage, les droits d'accès et les procédures de sauvegarde.

9. Garantie
Le Prestataire corrige gratuitement toute anomalie de migration signalée dans les deux mois
suivant la bascule.

10. Nature des obligations
Pour la reconnaissance optique des caractères des archives antérieures à 2015, le Prestataire
est tenu à une obligation de moyens.

11. Confidentialité et données
Le Prestataire traite les données à caractère personnel pour le compte de l'Étude,
conformément à l'accord de traitement annexé, et respecte le secret professionnel du notaire.

12. Droit applicable
La présente convention est régie par le droit belge. Tout litige relève des tribunaux de Liège.

Fait à Liège, le 9 novembre 2026, en deux exemplaires.
Pour le Prestataire : Julie Lemaire        Pour l'Étude : Catherine Delvaux, notaire
"""

INTRANET_NL = """\
Bijlage 2 bij opdrachtbevestiging WR-26-0412
PLAN VAN AANPAK – nieuw intranet Woningcorporatie Lekstede

Opdrachtgever: Woningcorporatie Lekstede, Nieuwegein
Opdrachtnemer: Webreus B.V., Utrecht
Versie: 1.2, 16 november 2026

1. Aanleiding en doel
Lekstede vervangt het verouderde intranet door een nieuw intranet op basis van SharePoint
Online, zodat de 180 medewerkers nieuws, procedures en formulieren op één plek vinden.

2. Projectorganisatie
Rol | Naam | Inzet
Projectleider | Sanne de Vries (Webreus) | 2 dagen per week
Ontwikkelaar | Daan Bakker (Webreus) | 4 dagen per week
Product owner | Ilse Jansen (Lekstede) | 1 dag per week
Onze ontwikkelaars hebben elk minimaal vier jaar werkervaring met SharePoint en Microsoft 365.
Valt een teamlid langer dan een week uit, dan stelt Webreus binnen vijf werkdagen een opvolger
met vergelijkbare ervaring beschikbaar, zonder extra kosten voor Lekstede.
Stuurgroep: directeur-bedrijfsvoering Lekstede, hoofd communicatie Lekstede en de
accountmanager van Webreus; de stuurgroep komt eens per zes weken bijeen.

3. Fasering en planning
Fase | Activiteiten | Gereed
Ontwerp | Informatiearchitectuur, wireframes, huisstijl | week 2 2027
Bouw | Inrichting SharePoint, webparts, koppeling met AFAS | week 8 2027
Contentmigratie | circa 800 pagina's en 2.300 documenten | week 10 2027
Afnametest | testscripts door 12 sleutelgebruikers | week 12 2027
Livegang: week 14 2027 (maandag 5 april 2027)

4. Werkwijze
Iedere vrijdag stuurt de projectleider een korte weekupdate met de voortgang, de uren en de
risico's.
Alle opgeleverde pagina's en webparts worden door een tweede ontwikkelaar gecontroleerd
(vierogenprincipe) en getoetst aan de toegankelijkheidsrichtlijnen WCAG 2.1 niveau AA.

5. Contentmigratie
De pagina's en documenten uit het huidige intranet worden door Webreus overgezet naar de nieuwe
structuur; verouderde content wordt vooraf door Lekstede gemarkeerd.

6. Afname
Na de bouwfase voeren de sleutelgebruikers de afnametest uit met de testscripts van Webreus.
Lekstede neemt het intranet af zodra er geen blokkerende bevindingen meer openstaan; de afname
wordt per e-mail door de product owner bevestigd.

7. Nazorg en adoptie
Bevindingen die na de livegang worden gemeld, lost Webreus zo snel mogelijk op.
Webreus geeft twee workshops van drie uur voor de redacteuren van Lekstede en levert korte
instructievideo's voor alle medewerkers.

8. Overdracht aan beheer
Na de livegang draagt Webreus het intranet over aan het functioneel beheer van Lekstede; de
inrichting en de beheertaken worden vastgelegd in een beheerhandboek.

9. Afspraken
Webreus spant zich in om de livegang in week 14 te halen; een verschuiving wordt in de
stuurgroep besproken.
"""

HOTEL_PMS_EN = """\
IMPLEMENTATION AGREEMENT
Stayline Property Management System

This agreement is made between Stayline Systems B.V., Keizersgracht 412, 1016 GC Amsterdam,
the Netherlands ("Stayline"), and Hotel Gravensteen NV, Jan Breydelstraat 35, 9000 Ghent,
Belgium (the "Hotel").

1. Scope
Stayline will implement its cloud property-management system (the "System") for the Hotel's
64 rooms, including the interfaces with the channel manager, the door-lock system and the
point-of-sale of the restaurant. Stayline's quotation Q-2026-311 forms part of this agreement.

2. Fees
One-off implementation fee: EUR 14,900 excluding VAT, invoiced 50% on signature and 50% after
go-live. Subscription: EUR 9.50 per room per month, invoiced quarterly in advance. Invoices are
payable within 30 days.

3. Project team
Stayline's implementation consultant for the project is Ms Eva Martens, who is the Hotel's single
point of contact until go-live. All consultants assigned to the Hotel hold the Stayline Certified
Implementer accreditation and have at least three years' hands-on experience with hotel
front-office systems.
Stayline will not rotate the implementation consultant off the project before go-live without
the Hotel's prior written approval.

4. Communication
Stayline emails a short project update to the Hotel's General Manager every Monday, listing the
tasks completed, the next steps and any open issues. The parties hold a 30-minute check-in call
every Tuesday; unresolved issues go to Stayline's Head of Delivery and the Hotel's General
Manager.

5. Data conversion
Future reservations, guest profiles, company rates and deposits held in the legacy PMS are
carried over into the System two days before go-live. The Hotel provides a full export of the
legacy PMS in CSV format no later than 1 April 2027.

6. Testing and go-live
All interfaces are tested end-to-end in a separate test environment before go-live. The Hotel's
team runs the test scenarios of Annex 3 during a two-day conference room pilot; go-live takes
place only after the Hotel has confirmed in writing that no blocking issue remains (go/no-go
decision).
Go-live is scheduled for the night of 14 to 15 April 2027.

7. Training and go-live support
Stayline trains the Hotel's 14 front-office staff in two sessions of four hours each. During the
first three nights after go-live, a Stayline consultant is on site to assist reception and night
audit.
Before go-live, Stayline hands the Hotel's duty managers a configuration workbook and a set of
quick-reference cards.

8. Post go-live corrections
For 60 days after go-live, Stayline corrects configuration errors reported by the Hotel at no
charge.

9. Interfaces
Stayline uses reasonable endeavours to keep the interfaces with the channel manager and the
door-lock system available; their availability also depends on third parties.

10. Liability and law
Stayline's liability is limited to the fees paid in the twelve months before the claim. This
agreement is governed by Belgian law; the courts of Ghent have jurisdiction.

Signed in Ghent on 2 December 2026.
For Stayline Systems B.V.: Maarten Visser, Managing Director
For Hotel Gravensteen NV: Sophie De Clercq, General Manager
"""

TEAM_ITEMS = (
    "team.named_team",
    "team.replacement",
    "team.seniority",
    "team.knowledge_transfer",
    "team.quality",
)

DOCUMENTS = [
    UnseenDocument(
        name="elearning_implementation_vl",
        text=ELEARNING_VL,
        items={
            **dict.fromkeys(TEAM_ITEMS, "covered"),
            "reporting.progress": "covered",
            "reporting.governance": "covered",
            "rollout.deployment": "covered",
            "rollout.data_migration": "covered",
            "rollout.acceptance": "covered",
            "rollout.warranty": "covered",
            "rollout.user_support": "covered",
        },
        risks={"risk.best_efforts_only": False},
    ),
    UnseenDocument(
        name="ged_migration_convention_fr",
        text=GED_NOTAIRE_FR,
        items={
            **dict.fromkeys(TEAM_ITEMS, "covered"),
            "reporting.progress": "covered",
            "reporting.governance": "covered",
            "rollout.deployment": "covered",
            "rollout.data_migration": "covered",
            "rollout.acceptance": "covered",
            "rollout.warranty": "covered",
            "rollout.user_support": "covered",
        },
        risks={"risk.best_efforts_only": True},
    ),
    UnseenDocument(
        name="intranet_plan_van_aanpak_nl",
        text=INTRANET_NL,
        items={
            **dict.fromkeys(TEAM_ITEMS, "covered"),
            "reporting.progress": "covered",
            "reporting.governance": "covered",
            "rollout.deployment": "covered",
            "rollout.data_migration": "covered",
            "rollout.acceptance": "covered",
            # bugs after go-live are fixed "zo snel mogelijk", with no period and nothing on cost
            "rollout.warranty": "partial",
            "rollout.user_support": "covered",
        },
        risks={"risk.best_efforts_only": True},
    ),
    UnseenDocument(
        name="hotel_pms_implementation_en",
        text=HOTEL_PMS_EN,
        items={
            **dict.fromkeys(TEAM_ITEMS, "covered"),
            "reporting.progress": "covered",
            "reporting.governance": "covered",
            "rollout.deployment": "covered",
            "rollout.data_migration": "covered",
            "rollout.acceptance": "covered",
            "rollout.warranty": "covered",
            "rollout.user_support": "covered",
        },
        risks={"risk.best_efforts_only": True},
    ),
]
