"""Held-out batch 7, English documents: a tripartite source code escrow agreement for a custom
warehouse-management system between a Belgian software supplier, its client (a cold-storage
logistics company) and a Brussels escrow agent; a letter of intent from a Dutch CRM integrator to a
Flemish installation company for rolling out HubSpot before the final contract, with an empty
"read and agreed" block for the client; and a pro forma renewal invoice for web hosting, mailboxes
and domain names from a Limburg hosting provider, sent by e-mail with its general terms of sale
printed below it.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days and weeks = 7 days for notice and warranty; response time of the
highest priority in hours, working hours counted as hours; an empty "accepted by" line for the
client is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_SOURCE_CODE_ESCROW_AGREEMENT = UnseenDocument(
    name="en_source_code_escrow_agreement",
    text="""THREE-PARTY SOURCE CODE ESCROW AGREEMENT
Depositum file reference: DEP-BE-2026-0457

BETWEEN:

(1) LOGIFLOW SYSTEMS BV, a private limited company under Belgian law, with its registered office
    at Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem, enterprise number 0712.456.839,
    represented by Mr Bart Claeys, director (the "Supplier");

(2) VAN HECKE KOELTRANSPORT NV, a public limited company under Belgian law, with its registered
    office at Industriepark Noord 18, 9100 Sint-Niklaas, enterprise number 0436.918.207,
    represented by Ms Sofie Van Hecke, CEO, and Mr Dirk Maes, CFO (the "Licensee");

(3) DEPOSITUM ESCROW SERVICES BV, with its registered office at Avenue Louise 326, 1050 Brussels,
    enterprise number 0598.771.364, represented by Ms Hélène Dufour, managing director
    ("Depositum");

each a "Party" and together the "Parties".

WHEREAS:

A. Under a Software Development and Licence Agreement dated 14 March 2026 (the "Licence
   Agreement"), the Supplier has developed for the Licensee a warehouse management system called
   ColdStock WMS, used in the Licensee's temperature-controlled warehouses in Sint-Niklaas and
   Zeebrugge, and grants the Licensee a licence to use it.
B. The Supplier retains the intellectual property rights in ColdStock WMS and does not hand over
   its source code to the Licensee.
C. The Licensee wishes to be able to keep ColdStock WMS running should the Supplier no longer be
   able or willing to maintain it. The Parties have therefore agreed to lodge the source code with
   Depositum on the terms set out below.

IT IS AGREED AS FOLLOWS:

Article 1 - Definitions
"Deposit Material": the complete source code of ColdStock WMS in the version running in
production at the Licensee, including the Android scanner application, the PostgreSQL schema and
update scripts, the build scripts and configuration files, together with the Documentation.
"Documentation": a technical description that enables a reasonably skilled programmer who does
not know the software to understand, compile, install and maintain it, comprising at least an
architecture overview, the data model, step-by-step build and installation instructions, a list
of the third-party components used (with version and licence) and any keys or passwords needed to
open the deposit.
"Release Event": each of the events listed in article 7.
"Business Day": any day other than a Saturday, a Sunday or a public holiday in Belgium.

Article 2 - Contract documents
2.1 The General Escrow Conditions of Depositum (edition March 2024), attached as Schedule 3, form
an integral part of this Agreement.
2.2 In the event of any inconsistency between this Agreement and the General Escrow Conditions,
the General Escrow Conditions shall prevail, save as regards articles 7 and 8 of this Agreement.
2.3 Nothing in this Agreement amends the Licence Agreement.

Article 3 - Deposits
3.1 The Supplier shall make the first deposit of the Deposit Material no later than 30 June 2026.
3.2 The Supplier shall thereafter deposit an updated version within fifteen (15) Business Days
after each release put into production at the Licensee, and in any case at least once every
calendar quarter.
3.3 Deposits are uploaded in encrypted form to Depositum's vault portal by the Supplier's
registered users. Deposits larger than 20 GB may be delivered by hand on an encrypted USB medium,
against a receipt.
3.4 Each deposit is accompanied by a completed deposit form (Schedule 1) stating the version
number, the build date and the contents of the deposit.
3.5 The Supplier warrants that each deposit is complete, corresponds to the version in production
at the Licensee and contains no virus, time lock or other disabling code.
3.6 The Deposit Material shall not contain any personal data. Any test data included in a deposit
shall be anonymised or synthetic.

Article 4 - Late deposits
4.1 If a deposit has not been received by the date on which it is due under article 3, Depositum
shall send the Supplier a written reminder, with a copy to the Licensee.
4.2 If the deposit is still outstanding ten (10) Business Days after that reminder, the Licensee
may instruct Depositum to carry out a build verification of the latest deposit at the Supplier's
expense. A failure to deposit that continues for sixty (60) days after the due date is a Release
Event under article 7.1(d).

Article 5 - Verification and reports
5.1 Within five (5) Business Days of receiving a deposit, Depositum checks that the media can be
read, scans them for viruses and compares their contents with the deposit form. It confirms
receipt and the outcome of that check to the Supplier and the Licensee in a deposit report.
5.2 Once a year, and additionally whenever the Licensee so requests, Depositum has one of its
engineers compile the deposited source code in a clean environment by following the
Documentation, and checks that the result matches the version in production (build
verification). For that purpose the Supplier makes one of its developers available free of
charge for up to one working day.
5.3 Depositum reports the outcome of each build verification to the Supplier and the Licensee
within ten (10) Business Days. If the verification fails, the Supplier shall lodge a corrected
deposit within fifteen (15) Business Days of the report.
5.4 Each January Depositum sends the Supplier and the Licensee a statement of all deposits held
and all verifications carried out in the previous year.

Article 6 - Fees
6.1 The following fees apply (amounts in EUR, excluding VAT):

    Service                                        Fee            Borne by
    Set-up and registration (one-off)              1.250,00       Licensee
    Annual escrow fee                              2.400,00       Supplier 50 % / Licensee 50 %
    Annual build verification (article 5.2)        3.950,00       Licensee
    Additional build verification on request       3.950,00       requesting Party
    Release procedure (article 8)                    750,00       Licensee
    Other services                                 145,00 / hour  requesting Party

6.2 The annual escrow fee covers the storage of the deposits in two secure vaults in Belgium and
the checks under article 5.1 for up to six deposits a year. It does not cover build
verifications, the release procedure or other services, which are charged separately.
6.3 Other services are performed only after the requesting Party has accepted Depositum's
written estimate for them.
6.4 The set-up fee is invoiced on signature of this Agreement; the annual fees are invoiced in
advance at the start of each contract year. Invoices are payable within thirty (30) days of the
invoice date. If the Supplier fails to pay its share, the Licensee may pay it instead, and
Depositum shall then continue to perform this Agreement in full.
6.5 Depositum may amend its fees and its General Escrow Conditions once a year. Amended fees and
conditions are published on www.depositum.be and apply from the next contract year.

Article 7 - Release Events
7.1 Depositum shall release the Deposit Material to the Licensee in accordance with article 8 if:
  (a) the Supplier is declared bankrupt, or its business is transferred under a judicial
      reorganisation procedure;
  (b) the Supplier is dissolved or ceases to carry on its business in the ordinary course;
  (c) the Supplier is in material breach of its maintenance obligations under the Licence
      Agreement and has not remedied the breach within thirty (30) days of a formal notice sent
      by registered letter;
  (d) the Supplier has failed to make a deposit as set out in article 4.2; or
  (e) the Supplier stops maintaining ColdStock WMS without a successor accepted in writing by
      the Licensee.

Article 8 - Release procedure
8.1 The Licensee sends Depositum a release request by registered letter, stating the Release
Event relied on and enclosing the supporting documents (for example the bankruptcy judgment as
published in the Belgian Official Gazette).
8.2 Depositum sends a copy of the request to the Supplier within two (2) Business Days.
8.3 Unless the Supplier, or its receiver, contests the request by a reasoned counter-notice
within ten (10) Business Days of receiving that copy, Depositum releases the latest Deposit
Material to the Licensee within five (5) Business Days after that period has expired.
8.4 If the request is contested, the managing directors of the Supplier and of the Licensee
shall meet within ten (10) Business Days to try to reach an amicable settlement. If no
settlement is reached within that time, either of them may refer the dispute to expedited
arbitration under the CEPANI Rules by a sole arbitrator. The seat of arbitration is Brussels and
the language English. Depositum shall comply with the arbitral award.

Article 9 - Licence after release
9.1 Upon release, the Licensee is granted a non-exclusive, non-transferable and royalty-free
right to use, copy, modify and compile the Deposit Material, solely to maintain, correct and adapt
ColdStock WMS for the internal needs of the Licensee and its affiliated companies. The Licensee
may have this work done by a third-party contractor bound by a written confidentiality
undertaking.
9.2 Subject to article 9.1, all intellectual property rights in the Deposit Material remain
vested in the Supplier.

Article 10 - Confidentiality
10.1 Depositum keeps the Deposit Material in its vaults, accessible only to its authorised staff,
and shall not disclose it or give access to it otherwise than as provided in this Agreement.
10.2 The Licensee shall keep any released Deposit Material confidential and use it only as
permitted by article 9.
10.3 These obligations continue for five (5) years after this Agreement ends.

Article 11 - Liability
11.1 Depositum's total liability under or in connection with this Agreement, on whatever
ground, is limited to the fees it received under this Agreement in the twelve (12) months
preceding the event that gave rise to the claim, except in the case of fraud or wilful
misconduct.
11.2 Depositum is not liable for the contents, completeness or working of the Deposit Material,
nor for any loss of business, profit, goodwill or data.
11.3 The liability of the Supplier towards the Licensee remains governed by the Licence
Agreement.

Article 12 - Term and termination
12.1 This Agreement takes effect on the date of the last signature below for an initial term of
thirty-six (36) months. It is then renewed automatically for successive periods of twelve (12)
months, unless the Licensee informs Depositum and the Supplier by registered letter, at least
three (3) months before the end of the current term, that it does not wish to renew it.
12.2 The Supplier may not terminate this Agreement for as long as the Licence Agreement remains
in force.
12.3 Depositum may terminate this Agreement if its fees remain unpaid sixty (60) days after a
formal reminder and neither the Supplier nor the Licensee has paid them.
12.4 This Agreement ends automatically upon release of the Deposit Material under article 8.
12.5 When this Agreement ends other than by release, Depositum returns the Deposit Material to
the Supplier or destroys it, at the Supplier's choice, and confirms this in writing to the other
Parties.

Article 13 - Contact persons
13.1 For all matters under this Agreement the Parties' contact persons are:
  - for the Supplier: Wim Verstraete, CTO, wim.verstraete@logiflow.be, +32 9 244 18 70;
  - for the Licensee: Dirk Maes, CFO, dirk.maes@vanhecke-koeltransport.be, +32 3 776 52 10;
  - for Depositum: Annelies Goossens, client services, escrow@depositum.be, +32 2 880 41 00.
13.2 A Party that changes its contact person informs the other Parties in writing within ten
(10) Business Days.

Article 14 - Personal data
Each Party processes the business contact details of the other Parties' staff as a separate
controller, in accordance with the General Data Protection Regulation (EU) 2016/679, only for the
performance of this Agreement. Article 3.6 applies to the Deposit Material.

Article 15 - Applicable law and disputes
15.1 This Agreement is governed by Belgian law.
15.2 Any dispute other than one covered by article 8.4 shall first be discussed between the
managing directors of the Parties concerned. If it has not been settled within fifteen (15)
Business Days of a written request for such discussion, it shall be submitted to the
Dutch-speaking Enterprise Court of Brussels, which shall have exclusive jurisdiction.

Done at Brussels on 2 June 2026 in three originals, each Party acknowledging receipt of its own.

For Logiflow Systems BV         For Van Hecke Koeltransport NV      For Depositum Escrow Services BV

[signed]                        [signed]          [signed]          [signed]
Bart Claeys                     Sofie Van Hecke   Dirk Maes         Hélène Dufour
Director                        CEO               CFO               Managing Director

Schedule 1 - Deposit form
Schedule 2 - Description of ColdStock WMS (modules and technical environment)
Schedule 3 - General Escrow Conditions of Depositum (edition March 2024)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "missing",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)

EN_CRM_LETTER_OF_INTENT = UnseenDocument(
    name="en_crm_letter_of_intent",
    text="""KLANTWIJS B.V.
Europalaan 40 - 3526 KS Utrecht - The Netherlands
Chamber of Commerce (KvK) 71234567 - VAT NL859123456B01 - www.klantwijs.nl

Dewaele Installatietechniek NV
For the attention of Mr Koen Dewaele, managing director
Kachtemsestraat 212
8800 Roeselare
Belgium

Utrecht, 27 November 2026
Our reference: KW/LOI/2026-047

Subject: Letter of intent - implementation of HubSpot CRM (Sales Hub and Service Hub)

Dear Mr Dewaele,

Further to our meetings in Roeselare on 6 and 20 November and to our proposal KW-2026-311 of
18 November 2026, we are pleased to set out below the intentions of Klantwijs B.V. ("Klantwijs")
and Dewaele Installatietechniek NV ("Dewaele") for the introduction of a CRM system at Dewaele.
This letter records the main points on which both of us intend to conclude an implementation and
support agreement (the "Final Agreement") by 31 January 2027.

1. Status of this letter
1.1 With the exception of sections 2, 9, 10, 11 and 13, which bind both parties as from
signature, this letter is not legally binding and neither party is obliged to enter into the
Final Agreement.
1.2 The NLdigital Terms 2020, as filed with the Dutch Chamber of Commerce and enclosed with this
letter, apply to this letter and to the discovery phase and will form part of the Final
Agreement. Dewaele's general purchasing conditions do not apply.
1.3 The scope description in chapter 3 of proposal KW-2026-311 is attached as Annex A and will be
the basis of the Final Agreement.

2. Discovery phase
2.1 In January 2027 Klantwijs will hold six workshop days with Dewaele's sales, planning and
after-sales teams to map the quotation process for heating, ventilation and solar installations,
the maintenance contracts and the handling of service calls, and will deliver a solution design.
2.2 The discovery phase is charged at a fixed price of EUR 6.400 excl. VAT, invoiced when the
solution design is delivered and payable within 14 days of the invoice date. If the Final
Agreement is signed, this amount will be credited against the first implementation invoice.

3. Scope of the project
Included (see Annex A):
  - set-up of HubSpot Sales Hub Professional and Service Hub Professional for 25 users;
  - a deal pipeline for quotations and installation projects and a ticket pipeline for service
    calls, with the related properties, views and dashboards;
  - a link with Exact Online (customers and invoices, read only) through the standard connector;
  - transfer of customer accounts, contacts and open quotations from the current Excel files and
    from Exact Online (about 11.500 records): one test load, checked by Dewaele, and a final load
    during the weekend before go-live;
  - a train-the-trainer course for four key users (two days) and short e-learning videos for all
    users;
  - a configuration handbook for Dewaele's CRM administrator.
Not included: e-mail history and attachments, Marketing Hub and the website, any development on
the "Plandag" planning tool, hardware and telephony.

4. Budget (EUR, excl. VAT)
4.1 Klantwijs estimates the implementation at EUR 42.800 (about 46 consultant days). The fixed
price that Klantwijs will offer in the Final Agreement for the scope of Annex A will not exceed
EUR 46.000.
4.2 One-off and recurring costs:

    HubSpot onboarding and portal set-up (one-off)             1.950,00
    HubSpot Sales Hub Professional, 18 seats        per month  1.620,00  (90,00 per seat)
    HubSpot Service Hub Professional, 7 seats       per month    630,00  (90,00 per seat)
    Klantwijs Care support, 8 hours                 per month    690,00

4.3 Day rates: senior CRM consultant EUR 1.040, integration developer EUR 920, plus travel
at EUR 0,23 per km from Utrecht.
4.4 Should work outside Annex A become necessary, Klantwijs will discuss it with Dewaele in good
time; how such work is handled will be agreed in the Final Agreement.

5. Indicative planning

    Discovery workshops                              11/01/2027 - 22/01/2027
    Signature of the Final Agreement                 by 31/01/2027
    Build and configuration                          February - March 2027
    Test load of the customer data, check by Dewaele week of 15/03/2027
    Training of the key users                        22/03/2027 - 26/03/2027
    Go-live wave 1 (sales and management)            06/04/2027
    Go-live wave 2 (planning and after-sales)        03/05/2027

Each go-live is followed by four weeks of hypercare, during which Klantwijs corrects any
configuration errors reported by Dewaele free of charge. The acceptance procedure for the
delivered configuration will be defined in the Final Agreement.

6. What Klantwijs needs from Dewaele
  - a product owner (we propose Ms Lien Vanhoutte, sales manager) available at least two days a
    week from January to May 2027;
  - the cleaned-up Excel files and administrator access to Exact Online by 15/02/2027;
  - the attendance of the relevant staff at the workshops and three testers during the week of
    the test load.

7. Team and project organisation
Project lead: Maarten de Vries, HubSpot-certified solutions architect with twelve years of CRM
implementation experience. Integration developer: Sanne Bakker. Account manager, and after
go-live your single point of contact for Klantwijs Care: Joris van Dam.
Klantwijs is a HubSpot Gold Solutions Partner and all its consultants hold the HubSpot Sales Hub
and Service Hub implementation certifications. We will endeavour to keep the same team throughout
the project.
Every other Friday Maarten de Vries sends a status report by e-mail (progress against the
planning, open points, decisions needed). A steering committee with Koen Dewaele, Lien Vanhoutte,
Maarten de Vries and Joris van Dam meets once a month, alternately in Roeselare and online.

8. After go-live
8.1 Klantwijs Care covers functional questions, small configuration changes, user management and
monitoring of the Exact Online link, up to 8 hours a month; unused hours are not carried over.
Our support desk can be reached from Monday to Friday, 8:30 to 17:00 CET, through the customer
portal, at support@klantwijs.nl or on +31 30 760 24 10. Response and resolution times will be set
out in a service level annex to the Final Agreement.
8.2 The term of the subscriptions and of Klantwijs Care, their renewal and the notice periods
will be agreed in the Final Agreement.
8.3 All data entered in HubSpot belong to Dewaele. Dewaele can export them at any time in CSV or
Excel format with HubSpot's standard export functions, also after the end of the Final Agreement.
8.4 Klantwijs's liability under the Final Agreement will be limited in line with article 16 of
the NLdigital Terms.

9. Confidentiality
Both parties will keep confidential all information received from the other in the course of
these discussions, including prices, customer lists and business processes, and will use it only
to prepare and perform the Final Agreement. This obligation applies for three years from the date
of this letter, whether or not the Final Agreement is signed.

10. Exclusivity
Until 31 January 2027 Dewaele will not negotiate with any other party about the implementation of
a CRM system.

11. Costs
Each party bears its own costs for the negotiations, except for the discovery phase fee under
section 2.

12. Personal data
During the data transfer and afterwards Klantwijs will process personal data of Dewaele's
customers and staff as a processor. Before the test load the parties will sign a data processing
agreement under Article 28 GDPR on the basis of Klantwijs's Data Pro Statement. The HubSpot
portal will be hosted in HubSpot's EU data centre in Frankfurt.

13. Applicable law
This letter is governed by Dutch law. Any dispute about it will be brought before the District
Court of Midden-Nederland, Utrecht location.

If Dewaele agrees with the above, we would be grateful if you would sign a copy of this letter
and return it to us. We look forward to working with you.

Kind regards,

Klantwijs B.V.
[signature]
Eva Kuipers
Managing director

Read and agreed for Dewaele Installatietechniek NV

Name:      ..............................................
Title:     ..............................................
Date:      ..............................................
Signature: ..............................................

Annexes: A - Scope description (chapter 3 of proposal KW-2026-311); B - NLdigital Terms 2020
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "partial",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "partial",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "exit.duration_renewal": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 28,
    },
)

EN_HOSTING_RENEWAL_PRO_FORMA = UnseenDocument(
    name="en_hosting_renewal_pro_forma",
    text="""From:    Hostlijn Billing <billing@hostlijn.be>
To:      office@brightwell-relocation.be
Date:    Thu 03/12/2026 09:14
Subject: Pro forma PF-2026-11873 - renewal of your services for 2027
Attachment: PF-2026-11873.pdf

Dear customer,

Your web hosting, mailboxes and domain names with Hostlijn expire on 31/12/2026. To keep them
running for another year, please pay the attached pro forma by the due date. Your VAT invoice
will follow once we have received your payment. Services you no longer need can be cancelled in
your control panel at my.hostlijn.be under "My services".

Kind regards,
The Hostlijn billing team

-----------------------------------------------------------------------------------------------

HOSTLIJN BV
Kempische Steenweg 293 bus 12, 3500 Hasselt, Belgium
Enterprise no. / VAT BE 0543.219.876 - RLE Antwerp, Hasselt division
IBAN BE71 0689 0412 7769 - BIC GKCCBEBB
+32 11 49 70 20 - support@hostlijn.be - www.hostlijn.be

PRO FORMA INVOICE PF-2026-11873                            (this is not a VAT invoice)

Date:              03/12/2026
Due date:          17/12/2026
Customer no.:      C-04418
Customer:          Brightwell Relocation Services BV
                   Attn. Ms Claire Whitfield, office manager
                   Brusselsesteenweg 41, 3080 Tervuren
                   VAT BE 0651.882.430
Account manager:   Els Jacobs - els.jacobs@hostlijn.be - +32 11 49 70 26
Renewal period:    01/01/2027 - 31/12/2027

Description                                             Qty        Unit price      Amount
Web hosting Business M - brightwell-relocation.be       12 months  EUR 19,95       EUR 239,40
  (25 GB SSD, 10 MySQL databases, free SSL certificate,
   daily backup kept 14 days)
E-mail Pro mailbox (50 GB, ActiveSync, spam and virus   14 x 12 m  EUR 3,50        EUR 588,00
  filtering)
Domain name brightwell-relocation.be                    1 year     EUR 12,50       EUR 12,50
Domain name brightwell-relocation.eu                    1 year     EUR 14,95       EUR 14,95
Domain name brightwellrelocation.com                    1 year     EUR 18,50       EUR 18,50
DNS management                                          included                   EUR 0,00
                                                              Subtotal excl. VAT   EUR 873,35
                                                              VAT 21 %             EUR 183,40
                                                              TOTAL                EUR 1.056,75

Please transfer EUR 1.056,75 to BE71 0689 0412 7769 quoting +++412/0441/87302+++.
Website design, content changes and the updating of your own website software (WordPress core,
themes and plugins) are not included in the hosting packages.
Our general terms of sale are printed below. By paying this pro forma you accept them.

-----------------------------------------------------------------------------------------------

GENERAL TERMS OF SALE - HOSTLIJN BV (version 2025/2)

1. Scope
These terms govern all services supplied by Hostlijn: web hosting, e-mail, domain name
registration and any related work. Ordering, renewing or paying for a service implies acceptance
of these terms. Any purchasing or other conditions of the customer are excluded.

2. Term, renewal and cancellation
2.1 Services are supplied for the period stated on the order or pro forma, normally twelve
months.
2.2 Unless cancelled, each service is renewed automatically for a new period of twelve months
at the prices applicable at that time.
2.3 The customer may cancel a service in the control panel or by e-mail to support@hostlijn.be,
at the latest one month before the end of the current period.
2.4 Hostlijn may suspend or terminate a service without notice in case of abuse (spam, malware,
phishing, illegal content) or any other breach of its acceptable use policy.

3. Prices and payment
3.1 All prices are in euro, excluding VAT. Hostlijn may change its prices. It announces any
change by e-mail at least 30 days in advance, and the new prices apply from the next renewal of
the service concerned.
3.2 Invoices are payable within 14 days of the invoice date. If an invoice remains unpaid,
Hostlijn sends a reminder; if it is still unpaid 7 days later, Hostlijn may suspend the services.
Late payments bear interest at 8 % per year and a fixed compensation of 10 % of the amount due,
with a minimum of EUR 40, without prior notice of default.
3.3 Work not included in a package (for instance restoring a backup at the customer's request,
or configuring third-party software) is charged at EUR 75,00 per hour excl. VAT, per started
quarter of an hour. Where such work is expected to take more than two hours, Hostlijn first sends
the customer an estimate for approval.

4. Availability and support
4.1 Hostlijn guarantees that its web and mail servers are available 99,9 % of the time per
calendar month, as measured by its external monitoring. Planned maintenance, announced at least
48 hours in advance and carried out between 22:00 and 06:00, is not counted.
4.2 If availability in a given month falls below that level, the customer receives a credit of
10 % of the monthly fee for the affected service for every full 0,5 % below 99,9 %, up to 50 %
of that fee, provided the customer requests it within 30 days after the end of that month. Such
credits are the only compensation for unavailability.
4.3 Our support team can be reached Monday to Friday from 9:00 to 17:30 through the ticket system
at my.hostlijn.be, by e-mail and by telephone. Every ticket receives a first response within 4
working hours. An on-call technician monitors outages of complete servers 24/7.

5. Updates, security and backups
5.1 Hostlijn keeps the server software (operating system, web server, PHP versions, mail server)
up to date and installs security patches as soon as they are available. The customer is
responsible for updating its own website software.
5.2 Hostlijn makes a daily backup of web hosting accounts and mailboxes and keeps it for 14 days.
A restore at the customer's request is charged under article 3.3. Backups are offered as a
courtesy; the customer keeps its own copies of its data.

6. Liability
Hostlijn is liable only for direct damage, up to the amount the customer paid for the service
concerned during the three months preceding the damage. Hostlijn is never liable for loss or
corruption of data or e-mails, for indirect damage, loss of profit or reputation, nor for the
consequences of a domain name lapsing because an invoice was not paid on time.

7. Domain names
Domain names are registered in the customer's name with the relevant registry (DNS Belgium,
EURid, Verisign) and are subject to its rules. Hostlijn provides the transfer code of a domain
name within two working days of the customer's request.

8. End of a service
8.1 Until the last day of a service the customer can download its website files, databases and
mailboxes (by FTP, by database export and over IMAP). Fourteen days after the end of the service
all data are permanently deleted.
8.2 For as long as any invoice remains unpaid, Hostlijn may keep the services suspended and
refuse to provide transfer codes or exports of the customer's data.

9. Confidentiality and personal data
9.1 Hostlijn treats the content stored by the customer as confidential. Its staff only access it
insofar as needed to provide support or at the customer's request.
9.2 For personal data contained in hosted websites and mailboxes, Hostlijn acts as processor
within the meaning of the GDPR. It processes these data only on the customer's documented
instructions, stores them exclusively in data centres in Antwerp and Brussels, uses only the
sub-processors listed on www.hostlijn.be/subprocessors and notifies the customer of any personal
data breach within 48 hours of discovering it.

10. Applicable law and jurisdiction
These terms are governed by Belgian law. Any dispute falls within the exclusive jurisdiction of
the Enterprise Court of Antwerp, Hasselt division.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.recurring_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_SOURCE_CODE_ESCROW_AGREEMENT,
    EN_CRM_LETTER_OF_INTENT,
    EN_HOSTING_RENEWAL_PRO_FORMA,
]
