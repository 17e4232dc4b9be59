"""Development documents for the exit and legal items and five risk flags (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use: the Flemish general
terms of an IT services company, the French general terms of sale and services of a Walloon
software house, a Dutch processing agreement attached to a hosting contract and the English
terms of service of a Belgian SaaS company. They are DEVELOPMENT fixtures, not held out: rules
may be generalised to fit the way such documents are written, never to their literal wording.

LABELS hold only clear readings against /work/shared/spec/checklist.md; an item not listed is
not labelled. RISKS lists the risk flags each document raises (True) or must not raise (False).
"""

GENERAL_TERMS_NL = """\
ALGEMENE VOORWAARDEN
Datalink Solutions BV - Brugsesteenweg 255, 8500 Kortrijk - KBO 0688.412.905
Versie maart 2026

1. Toepassingsgebied
1.1 Deze algemene voorwaarden zijn van toepassing op alle offertes, bestellingen en
overeenkomsten van Datalink Solutions BV (hierna "Datalink") met haar klanten (hierna "de
Klant"), met uitsluiting van de algemene voorwaarden van de Klant.
1.2 Afwijkingen gelden enkel indien Datalink ze uitdrukkelijk en schriftelijk heeft aanvaard.

2. Offertes en prijzen
2.1 Onze offertes zijn vrijblijvend en dertig kalenderdagen geldig.
2.2 Alle prijzen zijn uitgedrukt in euro, exclusief btw.
2.3 Datalink kan haar tarieven jaarlijks per 1 januari aanpassen. De Klant wordt hiervan ten
minste één maand vooraf schriftelijk op de hoogte gebracht.

3. Betaling
3.1 Facturen zijn betaalbaar binnen dertig dagen na factuurdatum op rekening
BE71 0961 2345 6769.
3.2 Bij niet-betaling op de vervaldag is van rechtswege en zonder ingebrekestelling een
verwijlintrest verschuldigd van 10 % per jaar, vermeerderd met een forfaitaire
schadevergoeding van 10 % met een minimum van € 125,00.
3.3 Zolang niet alle vervallen facturen betaald zijn, heeft Datalink het recht om de
uitvoering van haar prestaties op te schorten en om alle documenten, back-ups en gegevens
van de Klant die zij in haar bezit heeft onder zich te houden (retentierecht).

4. Uitvoering
4.1 Datalink voert de opdrachten uit volgens de regels van de kunst. Al haar verbintenissen
zijn middelenverbintenissen.
4.2 Opgegeven leveringstermijnen zijn indicatief; een overschrijding geeft geen recht op
schadevergoeding of ontbinding.

5. Duur van onderhouds- en abonnementsovereenkomsten
5.1 Onderhouds-, hosting- en abonnementsovereenkomsten worden aangegaan voor een eerste
periode van één jaar vanaf de datum van ondertekening.
5.2 Daarna worden zij telkens stilzwijgend verlengd voor een periode van één jaar, tenzij
een van de partijen ze per aangetekende brief opzegt uiterlijk drie maanden voor het
verstrijken van de lopende periode.
5.3 Projectopdrachten eindigen bij de oplevering en worden niet stilzwijgend verlengd.

6. Beëindiging
6.1 Elke partij kan de overeenkomst met onmiddellijke ingang ontbinden bij aangetekende
brief indien de andere partij een ernstige tekortkoming niet herstelt binnen vijftien dagen
na een schriftelijke ingebrekestelling, of bij faillissement van de andere partij.

7. Aansprakelijkheid
7.1 De aansprakelijkheid van Datalink is in elk geval beperkt tot het factuurbedrag van de
prestaties waarop de schade betrekking heeft, met een maximum van € 25.000,00 per
schadegeval.
7.2 Datalink is nooit aansprakelijk voor indirecte schade, zoals gederfde winst, verlies van
klanten of verlies van gegevens. De Klant staat zelf in voor het maken van back-ups.

8. Intellectuele eigendom
8.1 Alle intellectuele eigendomsrechten op de door Datalink ontwikkelde software,
documentatie en scripts blijven bij Datalink. De Klant verkrijgt na volledige betaling een
niet-exclusief en niet-overdraagbaar gebruiksrecht voor eigen interne doeleinden.
8.2 De broncode wordt niet aan de Klant overgemaakt.

9. Vertrouwelijkheid
Partijen verbinden zich ertoe alle vertrouwelijke informatie die zij naar aanleiding van de
overeenkomst ontvangen geheim te houden, ook na het einde van de overeenkomst.

10. Persoonsgegevens
Datalink verwerkt persoonsgegevens overeenkomstig de Algemene Verordening
Gegevensbescherming (AVG). Wanneer Datalink persoonsgegevens verwerkt in opdracht van de
Klant, sluiten partijen een verwerkersovereenkomst die de verplichtingen van artikel 28 AVG
bevat.

11. Overmacht
Datalink is niet gehouden tot uitvoering van haar verbintenissen in geval van overmacht,
zoals stakingen, pandemieën, stroomonderbrekingen of storingen bij haar leveranciers.

12. Toepasselijk recht en bevoegde rechtbank
Op alle overeenkomsten is uitsluitend het Belgisch recht van toepassing. Alle geschillen
behoren tot de uitsluitende bevoegdheid van de ondernemingsrechtbank Gent, afdeling Kortrijk.
"""

GENERAL_TERMS_FR = """\
CONDITIONS GÉNÉRALES DE VENTE ET DE SERVICES
Logiwal SRL - Rue de l'Industrie 18, 5002 Namur - BCE 0745.118.302

Article 1 - Objet et champ d'application
Les présentes conditions générales régissent la vente de licences du progiciel de gestion
Logiwal Gestion, ainsi que les prestations d'installation, de formation, de maintenance et
d'hébergement fournies par Logiwal SRL (ci-après « le Prestataire ») à ses clients
professionnels (ci-après « le Client »). Toute commande implique l'acceptation sans réserve
des présentes conditions.

Article 2 - Modification des conditions
Le Prestataire peut modifier les présentes conditions générales à tout moment. Les
modifications sont notifiées au Client par courriel et entrent en vigueur un mois après leur
notification.

Article 3 - Prix et paiement
Les prix sont exprimés en euros hors TVA. Les factures sont payables à trente jours fin de
mois. Tout retard de paiement entraîne de plein droit un intérêt de retard de 8 % l'an.

Article 4 - Obligations du Prestataire
Le Prestataire s'engage à exécuter les prestations avec le soin d'un professionnel
diligent. Il n'est tenu que d'une obligation de moyens.

Article 5 - Durée et reconduction du contrat de maintenance
5.1 Le contrat de maintenance et d'hébergement prend effet à la date de mise en production
et est conclu pour une durée initiale de trois ans.
5.2 À l'issue de cette durée initiale, il est reconduit tacitement par périodes successives
de douze mois, sauf dénonciation par l'une des parties par lettre recommandée moyennant un
préavis de six mois avant l'échéance.
5.3 Les commandes de prestations ponctuelles (paramétrage, formation) ne font l'objet
d'aucune reconduction.

Article 6 - Résiliation
En cas de manquement grave de l'une des parties à ses obligations, l'autre partie peut
résilier le contrat de plein droit par lettre recommandée, trente jours après une mise en
demeure restée sans effet.

Article 7 - Réversibilité
7.1 En fin de contrat, quelle qu'en soit la cause, le Prestataire restitue au Client
l'intégralité de ses données dans un format standard et documenté (CSV ou SQL), dans un délai
de quinze jours ouvrables à compter de la demande du Client.
7.2 À la demande du Client, le Prestataire assure la réversibilité vers un nouveau
prestataire : il fournit la description des structures de données et une assistance
technique facturée au tarif journalier en vigueur, et maintient le service pendant la durée
de la migration, au maximum trois mois après la fin du contrat.

Article 8 - Propriété intellectuelle
Le Prestataire demeure seul titulaire des droits de propriété intellectuelle sur le
progiciel et sa documentation. Il concède au Client un droit d'utilisation non exclusif et
non cessible, pour la durée du contrat et pour ses besoins propres.

Article 9 - Confidentialité
Chaque partie s'engage à garder confidentielles les informations de l'autre partie dont elle
a connaissance à l'occasion du contrat, pendant toute sa durée et cinq ans après son terme.

Article 10 - Protection des données à caractère personnel
Pour les données à caractère personnel qu'il héberge, le Prestataire agit en qualité de
sous-traitant au sens de l'article 28 du RGPD. Il traite ces données uniquement sur
instruction documentée du Client et met en oeuvre les mesures techniques et
organisationnelles appropriées.

Article 11 - Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs prouvés et ne pourra
excéder le montant hors TVA payé par le Client au titre du contrat au cours des douze mois
précédant le fait générateur. Le Prestataire ne pourra en aucun cas être tenu responsable de
la perte ou de l'altération de données, ni d'un manque à gagner.

Article 12 - Droit applicable et litiges
12.1 Les parties s'efforceront de régler à l'amiable tout différend relatif au contrat. À
défaut d'accord dans les trente jours, elles peuvent recourir à une médiation.
12.2 Le contrat est soumis au droit belge. Tout litige relève de la compétence exclusive des
tribunaux de l'arrondissement judiciaire de Namur.
"""

PROCESSING_AGREEMENT_NL = """\
VERWERKERSOVEREENKOMST
Bijlage 3 bij de Hostingovereenkomst nr. HO-2026-031

Partijen:
1. Stichting Zorgnet Utrecht, gevestigd te Utrecht, hierna "Verwerkingsverantwoordelijke";
2. CloudHaven B.V., gevestigd te Amersfoort, KvK 61234567, hierna "Verwerker".

Artikel 1 - Onderwerp
1.1 Verwerker verwerkt in het kader van de Hostingovereenkomst persoonsgegevens ten behoeve
van Verwerkingsverantwoordelijke. Deze verwerkersovereenkomst geeft uitvoering aan artikel
28 van de Algemene Verordening Gegevensbescherming (AVG).
1.2 Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke
instructies van Verwerkingsverantwoordelijke.

Artikel 2 - Beveiliging
Verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens
te beveiligen tegen verlies en onrechtmatige verwerking, waaronder versleuteling van
back-ups en logging van toegang.

Artikel 3 - Geheimhouding
Verwerker en de personen die onder zijn gezag werken zijn verplicht tot geheimhouding van de
persoonsgegevens waarvan zij kennisnemen.

Artikel 4 - Subverwerkers
Verwerker schakelt alleen subverwerkers in na voorafgaande schriftelijke toestemming van
Verwerkingsverantwoordelijke.

Artikel 5 - Datalekken
Verwerker meldt een inbreuk in verband met persoonsgegevens binnen 24 uur na ontdekking aan
Verwerkingsverantwoordelijke.

Artikel 6 - Aansprakelijkheid
Voor de aansprakelijkheid van Verwerker geldt de regeling van artikel 14 van de
Hostingovereenkomst.

Artikel 7 - Duur en beëindiging
7.1 Deze verwerkersovereenkomst heeft dezelfde looptijd als de Hostingovereenkomst en
eindigt van rechtswege wanneer de Hostingovereenkomst eindigt. Zij wordt niet stilzwijgend
verlengd en kan niet afzonderlijk worden opgezegd.

Artikel 8 - Teruggave en verwijdering van gegevens
8.1 Binnen dertig dagen na het einde van de Hostingovereenkomst stelt Verwerker alle
persoonsgegevens en de databases van Verwerkingsverantwoordelijke ter beschikking in een
gangbaar en open bestandsformaat (SQL-dump en CSV).
8.2 Na bevestiging van de ontvangst door Verwerkingsverantwoordelijke verwijdert Verwerker
alle kopieën, met inbegrip van back-ups, en bevestigt hij dit schriftelijk.

Artikel 9 - Overdracht naar een nieuwe dienstverlener
Verwerker verleent op verzoek van Verwerkingsverantwoordelijke medewerking aan de migratie
naar een nieuwe hostingpartij: hij levert de configuratiegegevens en blijft de hosting
verzorgen tot de migratie is afgerond, met een maximum van drie maanden na het einde van de
Hostingovereenkomst, tegen de tarieven van de Hostingovereenkomst.

Artikel 10 - Toepasselijk recht
Op deze verwerkersovereenkomst is Nederlands recht van toepassing. Geschillen worden
uitsluitend voorgelegd aan de bevoegde rechter van de rechtbank Midden-Nederland.

Aldus overeengekomen en ondertekend,
Voor Verwerkingsverantwoordelijke: ____________   Voor Verwerker: ____________
"""

SAAS_TERMS_EN = """\
PLANORA TERMS OF SERVICE
Planora BV, Kouter 7, 9000 Ghent, Belgium, VAT BE 0789.654.321 ("Planora", "we", "us")
Last updated: 1 September 2026

1. Scope
These Terms of Service govern your use of the Planora shift-planning platform (the "Service")
by the organisation that accepts them in an order form or online (the "Customer", "you").

2. Plans and subscription period
2.1 The Service is offered as a monthly plan, an annual plan or a free pilot.
2.2 Pilot subscriptions end automatically after 90 days; they are not renewed tacitly and
no data is kept after the pilot unless you upgrade to a paid plan.
2.3 Paid plans start on the date of your order form and run for the billing period you chose.

3. Fees
Fees are billed in advance per billing period at the prices in your order form. We may
change our prices at any time; new prices apply from your next billing period.

4. Availability
We use commercially reasonable efforts to make the Service available 24 hours a day, 7 days
a week, except for planned maintenance announced at least 48 hours in advance.

5. Changes to these Terms
We may modify these Terms from time to time by posting the revised version in the Service.
Continued use of the Service after the change constitutes acceptance.

6. Renewal and cancellation
6.1 Monthly plans renew automatically each month and annual plans renew automatically for
successive one-year periods, unless you cancel at least 30 days before the end of the
current period from the billing page.
6.2 Either party may terminate the subscription for material breach that is not cured
within 30 days after written notice.
6.3 We may terminate the Service for convenience on three months' written notice, in which
case we refund the prepaid fees for the remaining period.

7. End of the subscription and data export
7.1 During your subscription and for 30 days after it ends, you can export all Customer Data
in CSV or JSON format from the admin console.
7.2 After that period we delete Customer Data from our production systems within 60 days
and from our backups within 90 days.
7.3 We do not provide migration assistance to another provider unless it is agreed in a
separate professional services order.

8. Intellectual property
We retain all intellectual property rights in the Service. You retain ownership of Customer
Data and grant us a licence to use it only to provide the Service.

9. Confidentiality
Each party shall keep the other party's confidential information secret and use it only for
the purposes of these Terms.

10. Data protection
Where we process personal data on your behalf we act as your processor under the GDPR; our
Data Processing Addendum forms part of these Terms.

11. Limitation of liability
11.1 Our total aggregate liability under these Terms shall not exceed the fees you paid in
the three (3) months preceding the event giving rise to the claim.
11.2 We are not liable for any indirect or consequential damages, loss of profits or loss
of data.

12. Governing law and disputes
12.1 Before starting proceedings, the parties will first try to settle any dispute amicably
within 30 days of a written notice describing it.
12.2 These Terms are governed by Belgian law. The French-speaking courts of Brussels have
exclusive jurisdiction.
"""

DOCUMENTS = {
    "general_terms_nl": GENERAL_TERMS_NL,
    "general_terms_fr": GENERAL_TERMS_FR,
    "processing_agreement_nl": PROCESSING_AGREEMENT_NL,
    "saas_terms_en": SAAS_TERMS_EN,
}

LABELS = {
    "general_terms_nl": {
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    "general_terms_fr": {
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    "processing_agreement_nl": {
        # the term is that of the hosting contract: a cross-reference without content
        "exit.duration_renewal": "partial",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        # liability by reference to an article of the hosting contract
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    "saas_terms_en": {
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        # migration help refused unless ordered separately: a negation, partial
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
}

RISKS = {
    "general_terms_nl": {
        # tacit renewal with three months' notice
        "risk.auto_renewal": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
    },
    "general_terms_fr": {
        # tacit renewal with six months' notice
        "risk.auto_renewal": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
    },
    "processing_agreement_nl": {
        # "wordt niet stilzwijgend verlengd"
        "risk.auto_renewal": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        # deletion after the data were handed back is no lock-in
        "risk.data_lockin": False,
    },
    "saas_terms_en": {
        # renewal for one year with 30 days' notice; the three months are the supplier's
        # notice for termination for convenience, not for renewal
        "risk.auto_renewal": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        # capped at three months of fees, data loss excluded
        "risk.liability_excluded": True,
        # export offered for 30 days after the end
        "risk.data_lockin": False,
    },
}
