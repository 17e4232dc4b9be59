"""Training batch 17 (en, writer q): (1) a formal licence, implementation and support agreement
for recipe-management software, between a Dutch software house and a Belgian sauce factory, signed
by both; (2) the general terms and conditions of a Belgian managed-print provider (Mechelen), not
signed; (3) a statement of work under an MSA for the redesign of a Belgian home-decor retailer's
loyalty app by a Dutch app agency, signed by both; (4) an SLA schedule to a public framework
agreement for a Belgian university's research-data storage service, without signatures.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty (12 months = 360
days); response time of the highest priority in hours (working hours counted as hours; 15
minutes = 0.25); a quote accepted by e-mail or an empty client signature line raises
risk.unsigned, and so does a document that shows no signatures at all; a negation, disclaimer,
bare cross-reference (e.g. "as set out in the MSA"), placeholder, "to be agreed separately" or
best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T17Q_RECIPE_MANAGEMENT_LICENCE = UnseenDocument(
    name="en_t17q_recipe_management_licence",
    text="""SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
FormuLink Recipe 6 - contract no. FL-BE-2026-031

BETWEEN
FormuLink B.V., Galvanistraat 14, 6716 AE Ede, the Netherlands, Chamber of Commerce no.
09184422, represented by Mr Jeroen Hofstede, managing director ("FormuLink");
AND
Delvaux Sauzen NV, Industriepark-Noord 18, 9100 Sint-Niklaas, Belgium, enterprise no.
BE 0436.519.207, represented by Mrs An Delvaux, CEO ("the Client").

Article 1 - Documents and order of precedence
1.1 The Agreement consists of these articles and the following annexes: Annex 1 - FormuLink's
proposal FL-P-2026-118 of 3 November 2026; Annex 2 - functional scope and acceptance criteria;
Annex 3 - support and service levels; Annex 4 - data processing agreement.
1.2 In case of conflict these articles prevail, then Annex 4, Annex 3, Annex 2 and Annex 1. The
NLdigital Terms and any other general terms of FormuLink do not apply, nor do the Client's
purchase conditions.

Article 2 - Subject and scope
2.1 FormuLink grants the Client a licence for FormuLink Recipe 6 (recipe and specification
management, allergen and nutrition calculation, label text generation in Dutch, French, German
and English) for 25 named users at the Sint-Niklaas production site, and implements the software
on the Client's servers, including an interface with the Client's ERP (Microsoft Dynamics 365
Business Central) for raw materials, semi-finished products and finished products.
2.2 Not included: server hardware, SQL Server and Windows licences, the ERP partner's work on the
Business Central side, label printers and the validation of recipes, allergen declarations and
label texts, which remains the responsibility of the Client's quality department.

Article 3 - Prices (EUR, excluding VAT)
3.1 Perpetual licence for 25 named users: EUR 64.500,00, invoiced on signature.
3.2 Installation and set-up of the test and production environments: fixed fee of EUR 3.200,00,
invoiced on installation.
3.3 Implementation (configuration, ERP interface, data conversion, training): estimated at 42
consultant days, i.e. EUR 45.360,00, invoiced monthly on the days actually worked. FormuLink warns
the Client in writing when 80 % of the estimate has been used. Days beyond the estimate are only
invoiced if the Client's project leader has approved them in writing beforehand.
3.4 Annual support and maintenance fee: 18 % of the licence price, i.e. EUR 11.610,00 per year,
invoiced annually in advance, the first time on acceptance.
3.5 Daily rate of a consultant: EUR 1.080,00. The daily rate and the support fee may be indexed on
1 January of each year according to the Agoria reference index for salaries (formula
P1 = P0 x (0,2 + 0,8 x S1/S0)), with a maximum of 3 % per year.
3.6 Invoices are payable within 30 days of the invoice date.

Article 4 - Planning
4.1 Kick-off on 12 January 2027; installation of the test environment by 22 January 2027;
configuration and ERP interface until 26 March 2027; conversion test in April 2027; acceptance
test from 3 to 14 May 2027; go-live on 31 May 2027.
4.2 The Client appoints Mr Pieter De Smet (QA manager) as project leader, makes the servers
available with the prerequisites of Annex 2 by 15 January 2027, delivers its current recipe
files (Excel and Access) and raw material specifications by 1 February 2027, and makes two key
users available one day a week during the project.
4.3 If the Client delivers late, the planning is shifted by the same period and the parties agree
a new go-live date in the project meeting; additional consultant days are subject to article
3.3. If FormuLink misses the go-live date for reasons attributable to it, it performs the
remaining implementation days at a 20 % discount.

Article 5 - Team and quality
5.1 FormuLink's project lead is Mrs Femke Rutten, food technologist with twelve years' experience
in recipe management implementations; she is assisted by one integration developer.
5.2 Every configuration step is first tested in the test environment. Nutrition and allergen
calculations are checked against the Client's current declarations for 30 reference products
chosen by the Client before acceptance.
5.3 FormuLink delivers an administrator manual and a description of the configuration and of the
ERP interface, and trains two application administrators of the Client so that they can maintain
the master data themselves.

Article 6 - Project follow-up
FormuLink sends a short status report every Friday during the project (work done, next steps,
days used, open points). The project leads meet every two weeks. Problems not solved by the
project leads are escalated to the managing director of FormuLink and the CEO of the Client.

Article 7 - Data conversion, go-live and training
7.1 FormuLink converts the approximately 1.400 current recipes and 650 raw material
specifications from the Client's Excel and Access files, including allergens and nutritional
values. One test conversion is carried out; the Client checks a sample of 50 recipes before the
final conversion.
7.2 FormuLink installs the software and performs the go-live on site, with one consultant present
during the first three production days.
7.3 FormuLink trains the 25 users in three sessions of half a day at the Client's premises.

Article 8 - Acceptance and warranty
8.1 The Client tests the software during ten working days according to the acceptance criteria of
Annex 2. The software is accepted when no blocking defects remain; the parties sign an acceptance
report.
8.2 During three months after acceptance FormuLink corrects free of charge all defects in the
software, the configuration and the ERP interface.

Article 9 - Support and maintenance
9.1 The support fee covers corrective maintenance, the helpdesk and all new versions and updates
of FormuLink Recipe 6, including changes required by new EU food labelling legislation. Updates
are installed remotely by FormuLink in agreement with the Client.
9.2 Helpdesk: working days from 8:30 to 17:00 (CET) by telephone +31 318 760 200, by e-mail
(support@formulink.nl) or through the customer portal.
9.3 Response and resolution times:
    Priority 1 - labels or specifications cannot be produced: response within 2 working hours,
                 workaround within 1 working day.
    Priority 2 - important function unavailable: response within 4 working hours, solution
                 within 3 working days.
    Priority 3 - other questions: response within 2 working days, solution in the next version.
9.4 The helpdesk keeps a file of the Client's installation, configuration and interface;
Mrs Rutten remains the Client's contact for functional questions after go-live.

Article 10 - Term and termination
10.1 The licence is perpetual. Support and maintenance run for an initial period of 36 months
from acceptance and are then tacitly renewed for periods of 12 months, unless terminated by
registered letter at least three months before the end of the current period.
10.2 Either party may terminate the Agreement if the other party does not remedy a serious breach
within 30 days of a notice of default by registered letter.
10.3 All recipe data are stored in the Client's own database. The Client may export them at any
time in XML and CSV format; at the end of support FormuLink provides a description of the
database structure.

Article 11 - Escrow
The source code of FormuLink Recipe 6 is deposited with Escrow Alliance B.V. and updated with every
major version. It is released to the Client if FormuLink is declared bankrupt or stops
maintaining the software. The Client pays the annual escrow fee of EUR 950,00.

Article 12 - Liability
The liability of each party is limited to the amounts paid by the Client under this Agreement in
the twelve months preceding the event, with a minimum of EUR 100.000,00. Indirect damage and loss
of profit are excluded, except in case of fraud or wilful misconduct.

Article 13 - Confidentiality and personal data
13.1 FormuLink keeps the Client's recipes, specifications and production data strictly
confidential, during the Agreement and for ten years after its end, and uses them only to
perform the Agreement.
13.2 FormuLink processes the names and login data of the Client's users, and accesses the
database remotely for support, as processor under Annex 4.

Article 14 - Disputes and applicable law
The parties first try to settle any dispute through their managing directors within 30 days,
and then through mediation by a mediator accredited by the Federal Mediation Commission. The
Agreement is governed by Belgian law; the courts of Ghent, division Dendermonde, have exclusive
jurisdiction.

Signed in Sint-Niklaas on 11 December 2026, in two originals.

For FormuLink B.V.                        For Delvaux Sauzen NV
(signed)                                  (signed)
Jeroen Hofstede, managing director        An Delvaux, CEO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)

EN_T17Q_MANAGED_PRINT_GENERAL_TERMS = UnseenDocument(
    name="en_t17q_managed_print_general_terms",
    text="""PRINTWISE BV - GENERAL TERMS AND CONDITIONS FOR MANAGED PRINT SERVICES
Version 2026/2 - PrintWise BV, Zandvoortstraat 27, 2800 Mechelen - BE 0644.210.938 - RPR Antwerp,
division Mechelen

1. Application
1.1 These general terms apply to all offers of PrintWise and to all agreements for the rental,
sale and maintenance of printers and multifunctional devices ("Devices") and related services.
The agreement consists of the offer signed by the Client and these general terms.
1.2 These general terms prevail over the purchase conditions or other terms of the Client, which
are expressly excluded, even if they are communicated later. Derogations are only valid if
PrintWise confirms them in writing. Specific conditions in the signed offer prevail over these
general terms.

2. Offers and prices
2.1 The managed print fee consists of a fixed monthly fee per Device and a price per printed page
(click price) for black and for colour pages, as stated in the offer. Pages are counted on the
basis of the meter readings, which are collected automatically or, failing that, communicated by
the Client within five days of PrintWise's request.
2.2 Included in the fee and the click price: toner, drums, spare parts, wear parts, preventive
maintenance, repairs, travel and labour. Not included: paper, staples, and repairs caused by
misuse, by consumables not supplied by PrintWise, by moving the Devices without PrintWise, or by
problems in the Client's network or IT environment.
2.3 Unless the offer states otherwise, the following standard rates apply (EUR, excl. VAT):
    delivery, installation and network connection per Device: 145,00 (one-off)
    configuration of scan-to-e-mail, scan-to-folder or follow-me printing: 89,00 per hour
    technician for work outside the agreement: 89,00 per hour, travel flat fee 55,00
2.4 Work outside the agreement is only carried out at the Client's request or after the Client has
accepted a quote, and is invoiced per started half hour at the standard rates.
2.5 PrintWise may index the monthly fees, click prices and rates on 1 January of each year
according to the Agoria reference index. In addition, PrintWise may adjust the click prices during
the year when the purchase prices of toner or spare parts rise by more than 5 %, by informing the
Client one month in advance. Such adjustments do not give the Client the right to terminate the
agreement.

3. Invoicing and payment
3.1 Monthly fees are invoiced quarterly in advance; pages are invoiced quarterly in arrears on the
basis of the meter readings. One-off charges are invoiced on installation.
3.2 Invoices are payable within 30 days of the invoice date. Any unpaid amount automatically bears
late payment interest at 10 % per year and a fixed compensation of 10 % of the amount, with a
minimum of EUR 125,00. Complaints about an invoice must be made in writing within 8 days of the
invoice date.

4. Delivery and installation
4.1 Delivery periods are given for information only. A delay in delivery does not give the Client
any right to compensation or to cancel the order.
4.2 The Client provides a suitable location with a power socket and a network connection for each
Device, gives PrintWise's technicians access during office hours, and designates a contact person
who is present at installation.
4.3 PrintWise delivers and installs the Devices, connects them to the Client's network and sets up
the print drivers on one workstation per Device. On installation the technician runs a test print
and scan with the Client, who signs the installation report. Visible defects must be reported
within 8 days, failing which the installation is deemed accepted.
4.4 At installation the technician gives a short instruction (up to 30 minutes per Device type)
to the users designated by the Client. User guides are available on the customer portal.

5. Service
5.1 The service desk is reachable on working days from 8:00 to 17:00 by telephone (015 28 44 10),
by e-mail (service@printwise.be) or through the customer portal.
5.2 After a breakdown is reported, a technician contacts the Client by telephone or remotely within
2 working hours. If an intervention on site is needed, the technician is on site within 8 working
hours. If a Device cannot be repaired within 3 working days, PrintWise places a replacement Device
of equivalent capacity until the repair is done.
5.3 Exceeding the times in article 5.2 does not entitle the Client to any compensation or
reduction of the fees.
5.4 PrintWise installs firmware and security updates of the Devices remotely or during maintenance
visits.
5.5 PrintWise is ISO 9001 certified. Interventions are carried out by technicians trained and
certified by the manufacturer of the Device, according to the manufacturer's service procedures.
5.6 PrintWise keeps a fleet register for each Client with the location, configuration and service
history of every Device.
5.7 Every quarter PrintWise sends the Client a usage report per Device (volumes, colour share,
interventions). Once a year PrintWise organises a fleet review meeting with the Client to discuss
the use and optimisation of the fleet.

6. Devices sold
Ownership of Devices sold passes to the Client only after full payment. Devices sold carry a
warranty of 12 months from installation on parts and labour, excluding consumables and damage
caused by misuse.

7. Duration and termination
7.1 Unless the offer states otherwise, the agreement is concluded for 60 months from installation.
It is then tacitly renewed for successive periods of 12 months, unless one of the parties
terminates it by registered letter at least six months before the end of the current period.
7.2 If the Client ends the agreement early, it owes a lump-sum compensation equal to all monthly
fees until the end of the current period, plus the average quarterly page volume of the last
year for each remaining quarter.
7.3 PrintWise may terminate the agreement with immediate effect if the Client fails to pay an
invoice within 15 days after a reminder, or is declared bankrupt.
7.4 At the end of the agreement PrintWise collects the rented Devices and erases their hard disks;
the Client receives a certificate of erasure.

8. Software
The firmware and software on the Devices, including the print management software, remain the
property of the manufacturer or of PrintWise. The Client receives a non-transferable right to use
them for the duration of the agreement.

9. Liability
9.1 PrintWise's liability is limited to the amount invoiced for the Device concerned during the
three months preceding the event.
9.2 PrintWise is not liable for indirect damage, loss of profit, loss of data or documents, or
damage caused by the Client's network.

10. Confidentiality and personal data
10.1 Each party keeps confidential all information of the other party that it receives in the
performance of the agreement.
10.2 When PrintWise's technicians access the Devices, PrintWise may process personal data
contained in scanned documents, address books and user accounts. It does so as processor under the
processing agreement attached to the offer; data stays within the European Union and data breaches
are notified to the Client within 48 hours.

11. Applicable law
These general terms and all agreements with PrintWise are governed by Belgian law. Only the courts
of Antwerp, division Mechelen, are competent.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 2,
    },
)

EN_T17Q_LOYALTY_APP_REDESIGN_SOW = UnseenDocument(
    name="en_t17q_loyalty_app_redesign_sow",
    text="""STATEMENT OF WORK No. 4 - REDESIGN OF THE "VERBEKE CLUB" LOYALTY APP

Under the Master Services Agreement of 14 March 2025 between
Appwerk B.V., Oudegracht 212, 3511 NS Utrecht, the Netherlands ("Appwerk") and
Verbeke Home & Deco NV, Kortrijksesteenweg 1090, 9051 Sint-Denijs-Westrem, Belgium ("Verbeke").

1. How this SOW fits in
This SOW is governed by the Master Services Agreement (MSA). Appwerk's proposal of 20 November
2026 (version 2) is attached as Annex 1. If the MSA and this SOW conflict, the MSA prevails, except
for scope, planning, price and team, for which this SOW prevails; this SOW prevails over Annex 1.
All other matters - liability, confidentiality, applicable law and disputes - are as set out in
the MSA.

2. Background and goal
The current Verbeke Club app (iOS and Android, about 310.000 active members) is five years old,
has a 2,9 star rating and a dated look. Verbeke wants a new app before the autumn campaign 2027:
a digital loyalty card that works offline at the till, personalised offers, a points overview,
a store locator for the 42 stores, and a smoother sign-up.

3. Scope
In scope:
  - Discovery: user interviews with 12 members, analysis of app analytics and store reviews,
    workshops with Marketing, Retail and IT.
  - UX and UI design of the new app in Figma, following Verbeke's brand guidelines, in Dutch and
    French.
  - Build of the new app in Flutter for iOS and Android, connected to the existing loyalty
    backend (Loyalty Engine, operated by Verbeke's CRM supplier) through its REST API.
  - Push notifications through Verbeke's existing Firebase account.
  - Store release under Verbeke's developer accounts.
Out of scope: changes to the Loyalty Engine or to the till software, content and offer creation,
the Verbeke website, paid media, and the developer account and Firebase fees, which Verbeke pays
directly.

4. Price and invoicing
Fixed price: EUR 212.500,00 excl. VAT, broken down as follows:
  Discovery                      EUR  28.500,00   invoiced at the end of the discovery phase
  Design                         EUR  46.000,00   invoiced on approval of the final designs
  Build, test and store release  EUR 138.000,00   invoiced 40 % at the start of the build,
                                                  40 % at the start of the beta test and
                                                  20 % on store release
Invoices are payable within 45 days of the invoice date.
Work outside this SOW is billed at the MSA rates, which for 2027 are: UX/UI designer EUR 92,00
per hour, Flutter developer EUR 98,00 per hour, tester EUR 78,00 per hour.
Changes to the scope follow the change procedure of the MSA (clause 7).

5. Planning
  Discovery                       11 January - 5 February 2027
  Design                          8 February - 26 March 2027
  Build, in two-week sprints      29 March - 18 June 2027
  Closed beta (500 members)       21 June - 16 July 2027
  Acceptance test                 19 July - 30 July 2027
  Store release                   1 September 2027 (phased: 10 % of users, 100 % after 7 days)

6. What Verbeke provides
  - A product owner (Mrs Lotte Van Hecke, CRM manager) available two days a week, who decides on
    the backlog and gives feedback on designs and sprint results within three working days.
  - Documentation and a test environment of the Loyalty Engine API with test members, by
    1 February 2027, and the cooperation of the CRM supplier for API questions.
  - Brand guidelines, photography and all texts and offers shown in the app.
  - Access to the Apple and Google developer accounts and to Firebase, by 1 March 2027.
  - The 500 beta members, recruited by Verbeke's marketing team.

7. Delay
If Verbeke's input or the Loyalty Engine API is late, the planning moves by the same period and
the extra effort is handled as a change request under clause 7 of the MSA. If Appwerk misses the
store release date of 1 September 2027 for reasons attributable to it, Appwerk grants a reduction
of 2 % of the build price per started week of delay, with a maximum of 10 %.

8. Team
  Project lead: Daan Kuipers (Appwerk), single point of contact for Verbeke
  Lead designer: Noor Aziz, seven years of retail app design
  Lead developer: Bram Verhoef, senior Flutter developer, eight years of mobile development
  Two medior Flutter developers and one test engineer
Appwerk keeps the project lead, lead designer and lead developer on the project until store
release. If one of them has to be replaced, Appwerk informs Verbeke at least two weeks in advance,
proposes a replacement of the same level for Verbeke's approval, and organises a handover at its
own cost.

9. Way of working and quality
Every two weeks Appwerk holds a sprint review with a demo and sends a sprint report (stories
done, open bugs, burn-down against the fixed price, risks). Once a month a steering meeting takes
place between Verbeke's marketing director, its IT manager and Appwerk's client director; issues
that the project lead and the product owner cannot solve go to this meeting.
Each merge request is reviewed by a second developer. The business logic is covered by automated
tests (at least 70 % code coverage), and the app meets WCAG 2.1 level AA.

10. Acceptance
Stories are accepted by the product owner in the sprint review. The final acceptance test is run
by Verbeke on the beta version from 19 to 30 July 2027 using the test scenarios agreed in the
design phase. The app is accepted when no blocking or major bugs are open; Verbeke confirms the
acceptance by e-mail to the project lead.

11. Launch support and warranty
Appwerk prepares the store listings and screenshots, submits the app for review and manages the
phased release. Appwerk delivers a 20-minute training video and an FAQ for store staff, so that
they can help members install the new app at the till. During 90 days after store release Appwerk
fixes free of charge all bugs in the app that are reported by Verbeke. Support and maintenance
after this period can be agreed separately.

12. Handover and intellectual property
The source code is kept in Verbeke's GitHub organisation from the first sprint. At store release
Appwerk delivers the architecture documentation, the build and release instructions and a
README, and gives a half-day handover session to Verbeke's IT team or a supplier it designates.
On full payment, all rights in the designs and in the source code of the app made under this SOW
pass to Verbeke. Appwerk keeps the rights in its own reusable libraries used in the app; Verbeke
receives a perpetual, free licence to use them in the app.

13. Personal data
Appwerk only uses test members in the test environment and has no access to production member
data. Where it processes personal data (for the beta members' feedback), it does so as processor
under the data processing agreement signed with the MSA on 14 March 2025.

14. Ending this SOW
Verbeke may end this SOW at the end of any phase with 30 days' written notice; it then pays the
phases completed and the work done in the current phase at the MSA rates, up to the price of that
phase.

Agreed and signed on 9 December 2026

For Appwerk B.V.                          For Verbeke Home & Deco NV
(signed)                                  (signed)
Marloes de Graaf, client director         Tom Verbeke, managing director
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "partial",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 45,
        "warranty_days": 90,
    },
)

EN_T17Q_RESEARCH_DATA_STORAGE_SLA = UnseenDocument(
    name="en_t17q_research_data_storage_sla",
    text="""SCHEDULE 3 - SERVICE LEVEL AGREEMENT
Research Data Storage Service
Framework Agreement UMS/ICTS/2026/014 between Universiteit Maas-Schelde ("the University") and
Nordvault NV, Battelsesteenweg 455, 2800 Mechelen ("Nordvault")
Version 1.0 - 1 December 2026

1. Purpose and precedence
1.1 This Schedule sets out the service levels for the Research Data Storage Service that Nordvault
provides under the Framework Agreement awarded after the open procedure UMS/ICTS/2026/014. It
forms part of the Framework Agreement.
1.2 In case of conflict the order of article 3 of the Framework Agreement applies: the special
specifications (bestek) of the procedure, the Framework Agreement and its schedules, and finally
Nordvault's tender of 12 September 2026. Nordvault's general terms do not apply.
1.3 This Schedule applies for the duration of the Framework Agreement: 48 months from 1 February
2027, without tacit renewal.

2. Service description
2.1 The Service consists of:
  a) Active Storage: file storage (NFS and SMB) for running research projects, initially 800 TB;
  b) Archive Storage: S3-compatible object storage with object lock for completed projects and
     data that must be kept for 10 years under the University's research data policy, initially
     1,2 PB;
  c) synchronous replication of both tiers between Nordvault's data centres in Mechelen and Ghent;
  d) snapshots of Active Storage every four hours, kept for 30 days;
  e) the self-service portal for research data stewards to request and manage project shares and
     buckets.
2.2 The Service does not include the University's campus network and its connection to Belnet,
researchers' workstations, data curation or the content of the data.
2.3 The fees for each tier are set out in Schedule 2 (Price schedule).
2.4 Requests outside the service catalogue of Annex 3.A (for example bulk transfers from external
instruments or custom integrations) are quoted by Nordvault and carried out only after written
approval by the University's ICTS department.

3. Service start
The Service starts on 1 February 2027. The service levels of this Schedule apply from 1 March
2027, after a stabilisation period of one month. The migration of existing data from the
University's current storage is not part of this Schedule; it is dealt with in Schedule 4
(Transition-in).
Standard service requests (new project share or bucket, quota change, access rights) are carried
out within 3 working days.

4. Support
4.1 Nordvault monitors the Service 24/7. The service desk is reachable on working days from 8:00 to
18:00 through the portal, by e-mail (ums@nordvault.be) and by telephone; Priority 1 incidents can
be reported 24/7 by telephone on +32 15 79 40 00.
4.2 Only the University's ICTS service desk and the authorised callers listed in Annex 3.B report
incidents. The University keeps this list up to date.
4.3 Incident priorities and times:

  Priority  Definition                                      Response     Resolution
  P1        a tier unavailable, or data integrity at risk   30 minutes   4 hours (24/7)
  P2        degraded performance, one protocol down         2 hours      1 working day
  P3        single user or share affected                   4 hours      3 working days
  P4        question, minor issue                           1 working day  10 working days

Response means that a qualified engineer has started working on the incident and has informed the
reporter. Resolution means the Service is restored, possibly through a workaround.
4.4 Nordvault restores a file or folder from snapshot within 1 working day of a request.

5. Availability
5.1 Nordvault guarantees an availability of 99,9 % per calendar month for each tier.
5.2 Availability is measured by Nordvault's monitoring from both data centres and from a probe on
the University's campus. Planned maintenance is excluded if announced at least ten working days in
advance, carried out on Saturdays between 6:00 and 12:00 and not exceeding 8 hours per month.
5.3 If availability of a tier falls below 99,9 %, the University receives a service credit on the
monthly fee of that tier: 5 % below 99,9 %, 10 % below 99,5 % and 20 % below 99,0 %. Each P1
incident for which the response time is missed gives an additional credit of 2 %. Credits are
limited to 30 % of the monthly fee and are deducted from the next invoice.
5.4 If availability of a tier is below 99,0 % in three months of any period of twelve months, the
University may terminate the Framework Agreement in whole or for that tier by registered letter,
with immediate effect and without compensation.

6. Maintenance and security
6.1 Nordvault keeps the storage platform, firmware and operating systems up to date. Critical
security patches are applied within 72 hours of publication, other patches in the monthly
maintenance window.
6.2 Nordvault operates the Service under its ISO 27001 certified information security management
system. It tests the restore procedure and the failover between the data centres every quarter
and shares the test report with the University.
6.3 Nordvault's engineers with administrative access have signed a confidentiality statement and
access the content of the data only at the University's request.
6.4 The research data may contain personal data, including health data. Nordvault processes them as
processor under the data processing agreement in Schedule 5; the data are stored only in Belgium
and personal data breaches are notified to the University's DPO within 24 hours.

7. Knowledge of the University's environment
Nordvault appoints a service delivery manager for the University, Mrs Hanne Wouters, and keeps an
up-to-date runbook of the University's configuration, shares, buckets and access groups. Nordvault
maintains user documentation in English and Dutch on the portal and gives an online training for
the University's research data stewards at service start and then every semester.

8. Reporting and meetings
8.1 Within ten working days after the end of each month Nordvault sends a service report with the
availability per tier, all P1 and P2 incidents with their root cause, capacity use and forecast,
service requests and the credits due.
8.2 The service delivery manager and the University's storage team meet monthly. A service review
with the University's ICTS director and the Research Data Management Office takes place every
quarter.
8.3 The University informs Nordvault at least 60 days in advance of expected growth of more than
100 TB, so that capacity can be added in time.

9. Escalation and disagreements
Disagreements about incidents, measurements or credits are escalated from the service delivery
manager and the University's storage coordinator to Nordvault's operations director and the ICTS
director, and then to the quarterly service review. Only if they remain unsolved after 30 days do
the parties use the other remedies under the Framework Agreement.

10. End of the Service
10.1 At the end of the Framework Agreement, or on termination, Nordvault continues to provide the
Service at the prices of Schedule 2 for up to six months while the University moves to a new
supplier, and cooperates with that supplier.
10.2 Nordvault makes all data available for export over the network (S3 and rsync) at no cost, or
on encrypted disks at the cost of the media, together with the folder and bucket structure, access
rights, metadata and checksums, and documentation of the configuration.
10.3 Nordvault deletes the data only after the University has confirmed in writing that the export
is complete, and then provides a certificate of deletion. Nordvault may not suspend access to the
data or withhold it, including in case of a dispute about invoices.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 48,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.9,
    },
)


DOCUMENTS = [
    EN_T17Q_RECIPE_MANAGEMENT_LICENCE,
    EN_T17Q_MANAGED_PRINT_GENERAL_TERMS,
    EN_T17Q_LOYALTY_APP_REDESIGN_SOW,
    EN_T17Q_RESEARCH_DATA_STORAGE_SLA,
]
