"""Training batch 8 (en, writer d): (1) a formal development and maintenance agreement with
numbered articles between a Rotterdam app developer and a Mechelen inspection body for a mobile
field-inspection app (offline tablet app, back-end, data import, hosting and maintenance);
(2) a device-as-a-service (hardware-as-a-service) agreement for laptops between an Aartselaar
supplier and a Kortrijk accountancy firm, signed by both, under the supplier's general terms;
(3) a managed services order form by a Ghent MSP for the support of an Azure landing zone, with
response and restore targets as an obligation of means; (4) a short e-mail proposal by an
Antwerp web agency for a GDPR cookie-consent (Cookiebot, Consent Mode v2) and GA4 setup with a
monthly care service, accepted by reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; a negation, disclaimer, bare cross-reference,
placeholder or best-efforts wording is "partial". Items that are ambiguous or not meaningful for
a document's kind are left out rather than guessed.
"""

from .unseen_documents import UnseenDocument

EN_T8D_FIELD_INSPECTION_APP_DEVELOPMENT = UnseenDocument(
    name="en_t8d_field_inspection_app_development",
    text="""DEVELOPMENT AND MAINTENANCE AGREEMENT
Mobile field-inspection app "InspectGo" - Agreement no. FC-2026-044

BETWEEN
Fieldcraft Apps B.V., Weena 505, 3013 AL Rotterdam, the Netherlands, Chamber of Commerce no.
71830925, represented by Ms Anouk de Graaf, managing director ("Fieldcraft");
AND
Keurbureau Lemaire NV, Battelsesteenweg 455, 2800 Mechelen, Belgium, enterprise no.
BE 0438.512.774, represented by Mr Olivier Lemaire, CEO ("the Client").

Article 1 - Contract documents
1.1 The Agreement consists of this document and its annexes: Annex 1 - Fieldcraft's offer
FC-O-2026-212 of 6 November 2026; Annex 2 - functional specifications v1.3 (user stories, the
12 inspection checklists and the acceptance test scenarios); Annex 3 - data processing agreement.
1.2 In case of conflict, this document prevails over Annex 3, Annex 3 over Annex 2 and Annex 2
over Annex 1. No general terms and conditions of either party apply.

Article 2 - Scope
2.1 Fieldcraft develops for the Client's 38 inspectors: (a) a tablet app for iPadOS and Android
for offline inspections (photos with annotations, signature of the installation owner,
synchronisation when a connection is available); (b) a back-end with a web planning module for
the office staff, hosted by Fieldcraft; (c) the inspection report as a PDF according to the
Client's templates, e-mailed to the installation owner; (d) an interface with Exact Online.
2.2 Not included: tablets, mobile data subscriptions, the Client's MDM, changes to Exact Online.

Article 3 - Prices and payment (EUR, excl. VAT)
3.1 Development of the app and the back-end (fixed price): EUR 148.600,00, invoiced as follows:
25 % on signature, 25 % on delivery of sprint 4, 30 % on acceptance (Article 8) and 20 % at the
end of the warranty period (Article 9).
3.2 One-off set-up of the test, acceptance and production environments and the CI/CD pipeline:
EUR 4.200,00, invoiced on signature.
3.3 Maintenance and hosting (Article 10): EUR 1.850,00 per month, invoiced quarterly in advance
from the date of acceptance.
3.4 Work outside the scope is charged at the following daily rates: project manager EUR 990,00;
senior developer EUR 960,00; UX designer EUR 850,00. The rates and the maintenance fee are
indexed on 1 January of each year in line with the Belgian health index, with a maximum
increase of 3 % per year.
3.5 Either party may propose a change in writing. Fieldcraft replies within 5 working days with
an estimate of the effort, the price and the effect on the planning. Fieldcraft starts the work
only after the Client's product owner has approved the estimate in writing; work that was not
approved is not charged.
3.6 Invoices are payable within 30 days of the invoice date.

Article 4 - Planning and obligations of the Client
4.1 Development is done in two-week sprints. Kick-off on 11 January 2027; sprints 1 to 8 from
18 January to 7 May 2027; acceptance test from 10 to 28 May 2027; pilot with six inspectors in
June 2027; general go-live on 1 July 2027.
4.2 The Client appoints a product owner (Ms Hilde Wouters, quality manager) who is available at
least two days a week and attends every sprint review; delivers the 12 inspection checklists and
the report templates in final form by 15 January 2027; gives access to the Access database and
to Exact Online by 18 January 2027; and provides six inspectors and 20 test tablets for the pilot
by 1 June 2027.
4.3 If Fieldcraft misses the go-live date of 1 July 2027 for reasons attributable to it, it owes a
penalty of EUR 500,00 per working day of delay, capped at 10 % of the fixed price. If the Client
is late with an obligation under 4.2, the planning is shifted accordingly and Fieldcraft may,
after written notice, charge the standby time of its team at the daily rates.

Article 5 - Team and quality
5.1 Fieldcraft's team: Mr Daan Visser, project manager and single point of contact; Ms Lotte
Smit, lead developer (nine years' experience with offline-first mobile apps); two medior
developers; Mr Bram Kuipers, UX designer.
5.2 Fieldcraft replaces the project manager or the lead developer only with the Client's prior
written consent, except in case of illness or departure. A replacement has at least equivalent
experience, and the handover to the replacement is at Fieldcraft's cost.
5.3 All code is reviewed by a second developer before it is merged; automated unit and UI tests
cover synchronisation and reports; the app is tested against OWASP MASVS level 1 before
acceptance.

Article 6 - Reporting and governance
6.1 After each sprint Fieldcraft demonstrates the result in a sprint review and sends a written
report: stories delivered, open issues, risks and budget used.
6.2 A steering committee with the Client's CEO and product owner and Fieldcraft's managing
director and project manager meets every six weeks. Problems that the project manager and the
product owner cannot solve are escalated to the steering committee.

Article 7 - Data migration, deployment and training
7.1 Fieldcraft imports from the Client's Access database the installations register (about
21.000 installations with owner details) and the inspection history of the last five years. A
test import is done in sprint 6 and checked by the Client with a reconciliation report; the
final import is done in the weekend before go-live.
7.2 Fieldcraft publishes the app in the Client's private channels (Apple Business Manager and
managed Google Play) and deploys the back-end to production.
7.3 Fieldcraft trains four key users (two half-days) and records three instruction videos for
the inspectors; for two weeks after go-live a developer is on call for their questions.

Article 8 - Acceptance
The Client tests the app during the acceptance period with the test scenarios of Annex 2.
Findings are classified as blocking, major or minor. Fieldcraft corrects blocking and major
findings within 5 working days, after which the scenarios concerned are tested again. The app
is accepted when all scenarios are passed without blocking or major findings; the parties then
sign an acceptance certificate. Minor findings are corrected in the next release.

Article 9 - Warranty
For three months after go-live Fieldcraft corrects free of charge every defect by which the app
or the back-end does not conform to Annex 2.

Article 10 - Maintenance and hosting
10.1 From acceptance, the monthly fee covers: hosting of the back-end in Microsoft Azure (region
West Europe) with daily backups kept for 30 days; corrective maintenance; adaptation of the app
to new major versions of iPadOS and Android within 60 days of their release; security patches of
the back-end within 7 days, critical patches within 48 hours; and 3 days per year of small
improvements.
10.2 Support: working days from 8:30 to 17:30 through the Fieldcraft service desk (portal and
telephone +31 10 340 77 20).
10.3 Priority 1 (inspectors cannot synchronise or cannot generate reports): response within 2
working hours, workaround within 8 working hours. Priority 2 (a function does not work, a
workaround exists): response within 1 working day, solution in the next release. Other requests:
response within 3 working days.
10.4 Fieldcraft guarantees an availability of the back-end of 99,5 % per calendar month,
excluding planned maintenance announced 5 working days in advance and done outside office hours.
10.5 Tickets are handled by the developers who built the app, who keep the architecture and
configuration documentation up to date in the Client's repository.

Article 11 - Intellectual property and source code
11.1 All intellectual property rights in the app, the back-end and the documentation made for the
Client pass to the Client on payment of the corresponding invoice. Fieldcraft keeps the rights
in its pre-existing synchronisation library "SyncKit", for which the Client receives a
perpetual, non-exclusive and free licence, including the right to have it maintained by a third
party.
11.2 The source code is kept in a Git repository in the Client's Azure DevOps organisation, to
which Fieldcraft pushes at least after every sprint, together with the technical documentation
(architecture, build and deployment instructions) needed by a third party to continue the work.

Article 12 - Term and termination
12.1 Maintenance and hosting run for 24 months from acceptance and are then tacitly renewed for
periods of 12 months, unless either party terminates them by registered letter at least two
months before the end of a period.
12.2 The Client may end the development at the end of any sprint by registered letter; it then
pays the work done up to that date and Fieldcraft hands over the source code and documentation.
Either party may terminate the Agreement if the other party does not remedy a serious breach
within 30 days of a written notice of default.
12.3 At the end of the maintenance Fieldcraft continues the hosting for up to three months at
the fee then in force if the Client asks, delivers within 15 days a complete export of the
database (PostgreSQL dump and one CSV file per table, with a description of the data model) and
gives the new supplier up to 4 days of assistance at the daily rates. Fieldcraft then deletes all
data of the Client and confirms this in writing.

Article 13 - Liability
Each party's total liability is limited to the fixed price (EUR 148.600,00). Indirect damage such
as loss of profit is excluded, except in case of fraud or wilful misconduct.

Article 14 - Confidentiality and personal data
14.1 The parties keep all information they receive from each other confidential during the
Agreement and for three years after its end.
14.2 Fieldcraft processes personal data of installation owners and inspectors as processor on
behalf of the Client under Annex 3. The data is stored only in the EU; data breaches are
reported to the Client within 24 hours.

Article 15 - Disputes and governing law
15.1 A dispute is first submitted to the steering committee. If no solution is found within 30
days, the managing directors of both parties meet; if they do not agree within a further 15
days, either party may go to court.
15.2 This Agreement is governed by Belgian law. The courts of Antwerp, division Mechelen, have
exclusive jurisdiction.

Signed in Mechelen on 14 December 2026, in two originals.
For Fieldcraft Apps B.V.                 For Keurbureau Lemaire NV
(signed)                                 (signed)
Anouk de Graaf                           Olivier Lemaire
Managing director                        CEO
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
        "team.replacement": "covered",
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
        "maintenance.availability": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
        "maintenance.service_credits": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_T8D_LAPTOP_HARDWARE_AS_A_SERVICE = UnseenDocument(
    name="en_t8d_laptop_hardware_as_a_service",
    text="""DEVICE-AS-A-SERVICE AGREEMENT
Agreement no. DaaS-2026-0187

Between Devicio BV, Boomsesteenweg 41, 2630 Aartselaar, BE 0745.118.302, represented by
Mr Jeroen Peeters, sales director ("Devicio"),
and Vandenbroucke & Partners Accountants BV, Doorniksesteenweg 88, 8500 Kortrijk,
BE 0467.993.215, represented by Ms An Vandenbroucke, managing partner ("the Customer").

1. Object
Devicio provides the Customer with laptops as a service: the devices, their preparation and
delivery, repair and replacement during the term, and their collection and secure wiping at the
end. The devices remain the property of Devicio or its financing partner during the whole term.

2. Devices, fees and scope
2.1 Package "Premium 36", per user: Lenovo ThinkPad T14 Gen 5 (Intel Core Ultra 7, 32 GB RAM,
1 TB SSD), ThinkPad Universal USB-C dock, 27" monitor, keyboard and mouse, Windows 11 Pro
licence, registration in the Customer's Windows Autopilot, and the services in article 5.
2.2 Quantity: 40 packages (38 users and 2 spare laptops kept at the Kortrijk office).
2.3 Fees (EUR, excl. VAT):
    Monthly service fee per package                                       58,40
    40 packages                                                        2.336,00 per month
    One-off deployment fee (Autopilot registration, asset tagging,
    delivery and installation at the desk): 40 x 45,00                 1.800,00
2.4 Not included: Microsoft 365 and other software licences, the Customer's Intune
configuration and applications (managed by the Customer's IT partner), printers and network,
damage caused intentionally, and loss or theft without a police report.
2.5 Accidental damage (drops, liquid spills) is covered up to two claims per device per year.
Further repairs, on-site visits outside the scope and other services on request are quoted in
advance and are only carried out after the Customer's written approval of the quote; labour is
charged at EUR 92,00 per hour.

3. Invoicing and payment
The deployment fee is invoiced on delivery of the first wave. The service fee is invoiced
monthly in advance and collected by direct debit 15 days after the invoice date. Devicio collects
the Customer's 38 old laptops and credits their buy-back value (EUR 2.280,00 in total) on the
first invoice.

4. Delivery and rollout
4.1 Devicio delivers the devices in two waves: on 18 January 2027 at the Kortrijk office (24
users and the spares) and on 25 January 2027 at the Roeselare office (14 users).
4.2 By 4 January 2027 the Customer sends the user list (name, office, keyboard layout), accepts
Devicio's partner request so that Devicio can register the devices in Windows Autopilot, and
makes sure its IT partner has the Autopilot and Intune profiles ready. On the day of delivery
the Customer makes the old laptops available for collection.
4.3 On each delivery day two Devicio technicians are on site: they install the devices at the
desks, start the Autopilot enrolment with each user and help the users with their first sign-in.
4.4 The Customer signs the delivery note. The devices are accepted unless the Customer reports a
defect or a missing item to Devicio within 5 working days of delivery.

5. Service during the term
5.1 Service desk: Monday to Friday from 8:00 to 18:00 through the portal my.devicio.be, by
e-mail (support@devicio.be) or by telephone (03 808 52 10).
5.2 Incidents:
    - Device unusable (does not start, broken screen or keyboard): response within 2 business
      hours; a replacement device is delivered to the user's office on the next business day if
      the incident is reported before 15:00. The spare laptops may be used in the meantime.
    - Partial defect (battery, port, dock): response within 1 business day; repair within 3
      business days.
5.3 If a replacement device is not delivered within the time in 5.2, the Customer receives a
credit of one monthly fee of the package concerned per business day of delay, set off against
the next invoice.
5.4 Warranty: for 36 months from delivery Devicio repairs or replaces defective devices on site,
free of charge, parts and labour included.
5.5 Devicio deploys BIOS, firmware and driver updates every month through Intune, after testing
them on a reference device. Windows feature updates and applications remain the responsibility
of the Customer's IT partner.
5.6 Devicio keeps an asset register of all devices (serial number, user, location, repairs) that
the Customer can consult in the portal. The Customer's account manager is Ms Nathalie Claes;
the rollout is coordinated by Mr Kevin De Smet. All technicians are Lenovo-certified.
5.7 Every quarter Devicio sends a fleet report (devices per user, battery health, tickets and
repairs). The account manager meets the Customer twice a year to review the service and the
fleet.

6. Term and end
6.1 This agreement runs for 36 months from the delivery of the first wave. It is then tacitly
renewed for periods of 12 months at the same fee, unless either party terminates it by
registered letter at least three months before the end of the current period.
6.2 The Customer cannot terminate the agreement early for convenience; if it does, the remaining
service fees up to the end of the current period fall due immediately. Either party may
terminate the agreement if the other party does not remedy a serious breach within 30 days of a
written notice.
6.3 At the end the Customer returns the devices. Devicio collects them at its own cost within 10
working days, wipes them according to NIST SP 800-88 and sends a certificate of erasure per
serial number. Devices that are not returned are invoiced at their residual value in Annex 2.

7. Liability
Devicio is not liable for the loss of data stored on the devices; the Customer makes sure its
data is stored in OneDrive or SharePoint. Devicio's total liability is limited to three months
of service fees. Indirect damage is excluded.

8. Confidentiality and data protection
Both parties keep all information about the other party confidential during this agreement and
for two years after its end. Devicio processes the names and e-mail addresses of the users and
device data in its portal, and may have access to data on devices sent in for repair; it does
so as processor under the data processing agreement in Annex 3.

9. General terms, changes and governing law
9.1 Devicio's General Terms for Services (version 2026, Annex 1) apply to this agreement. In case
of conflict between the General Terms and this agreement, the General Terms prevail.
9.2 Devicio may amend the service description (Annex 2) and its General Terms. Amendments are
communicated by e-mail and apply from 30 days after that e-mail.
9.3 This agreement is governed by Belgian law; the courts of Antwerp have jurisdiction.

Annexes: 1 - General Terms for Services; 2 - service description and residual values;
3 - data processing agreement.

Signed in Kortrijk on 9 December 2026, in two copies.

For Devicio BV                              For Vandenbroucke & Partners Accountants BV
(signed)                                    (signed)
Jeroen Peeters, sales director              An Vandenbroucke, managing partner
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
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
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
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
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 2,
    },
)

EN_T8D_AZURE_LANDING_ZONE_SUPPORT_ORDER = UnseenDocument(
    name="en_t8d_azure_landing_zone_support_order",
    text="""CIRRUSBAY NV - MANAGED SERVICES ORDER FORM
Service: Azure Landing Zone Support "Cloud Care Plus"
Order form no. CB-OF-27-0009 - 2 December 2026

Supplier:  Cirrusbay NV, Kortrijksesteenweg 1144, 9051 Gent - BE 0690.421.557
Customer:  Van Hecke Foods NV, Industriepark Noord 14, 9100 Sint-Niklaas - BE 0412.336.804
Customer contacts: Tom Verstraete, IT manager (technical); Karen Dhondt, CFO (contract, invoices)
Cirrusbay contact: Stijn Maertens, service delivery manager (stijn.maertens@cirrusbay.be)

1. ENVIRONMENT
The Customer's Azure landing zone was built by Cirrusbay in project CB-P-2026-071 following the
Microsoft Cloud Adoption Framework: management group hierarchy, hub-and-spoke network with Azure
Firewall and a VPN gateway to the Sint-Niklaas plant, platform subscriptions (management,
connectivity, identity), four landing-zone subscriptions (ERP, data platform, web, dev/test),
Azure Policy, Defender for Cloud and Log Analytics. It is described in the as-built
documentation of 20 November 2026.

2. SERVICES INCLUDED
- 24/7 monitoring of the platform components (firewall, VPN and gateways, backup vaults, policy
  compliance) with alerts to the Cirrusbay operations centre.
- Incident management for the platform components.
- Standard changes up to 8 hours per month (new spoke, firewall rules, RBAC, policy exemptions),
  made through infrastructure-as-code (Bicep) in the Customer's Azure DevOps repository. Every
  change is reviewed by a second engineer and tested in the dev/test subscription before it is
  deployed.
- Patching of the six platform VMs (domain controllers, jump host) every month in the window on
  the Tuesday after Patch Tuesday from 22:00 to 02:00; critical security patches within 72 hours.
- Monthly review of the Azure Advisor and Defender for Cloud recommendations; update of the
  policies and Bicep modules to new Cloud Adoption Framework releases twice a year.
- Monthly cost report: consumption against budget, with saving recommendations.
Not included: the workloads in the landing-zone subscriptions (ERP and web applications, their
VMs and databases), end-user support, Microsoft licences and Azure consumption (billed by
Microsoft under the Customer's MCA), and projects such as new landing zones or migrations.

3. FEES (EUR, excl. VAT)
One-off onboarding (Lighthouse delegation, monitoring rules, runbooks, CMDB)      3.900,00
Monthly fee Cloud Care Plus                                                        2.980,00
Work outside the scope and changes beyond 8 hours per month: EUR 135,00 per hour on business
days, EUR 200,00 per hour outside business hours. Unused change hours are not carried over.
Such work is only done after the Customer's IT manager has approved Cirrusbay's estimate in the
portal; Cirrusbay warns the Customer when 80 % of the estimate has been used.
Fees and rates are indexed on 1 January of each year with the Agoria formula
P = P0 x (0,2 + 0,8 x S/S0).
The onboarding fee is invoiced on signature, the monthly fee monthly in advance. Invoices are
payable within 30 days of the invoice date.

4. ONBOARDING AND START
Onboarding runs from 4 to 29 January 2027; the service starts on 1 February 2027.
By 18 December 2026 the Customer accepts the Azure Lighthouse delegation, grants the Entra ID
roles listed in the onboarding checklist and names two authorised contacts who may request
changes.
Cirrusbay keeps the as-built documentation, runbooks and CMDB of the Customer's environment up
to date after every change, in the Customer's SharePoint site.

5. SUPPORT AND SERVICE LEVELS
Service desk: business days 8:00-18:00 by portal, e-mail (care@cirrusbay.be) and telephone;
priority 1 also 24/7 through the hotline 09 298 40 40.
  Priority                                                  Response     Restore target
  P1 - hub, firewall or VPN down, or security incident      30 min 24/7  4 hours
  P2 - platform component degraded                          2 bus. hours 1 business day
  P3 - minor issue                                          4 bus. hours 5 business days
  Service request                                           1 bus. day   as agreed
The response and restore times are targets. Cirrusbay uses all reasonable efforts to meet them;
they are an obligation of means and not of result.
The availability of the Azure services themselves is governed by Microsoft's service level
agreements; Cirrusbay does not commit to an availability level for the landing zone.
The service is delivered by Cirrusbay's cloud operations team. All engineers hold at least the
Microsoft Azure Administrator Associate certification; network and policy changes are designed
by an Azure Solutions Architect Expert.

6. REPORTING AND GOVERNANCE
Every month Cirrusbay sends a service report: tickets per priority and times achieved, changes,
patch status, policy compliance, Defender secure score and costs against budget. Every quarter
the service delivery manager holds a service review with the Customer's IT manager and CFO.
Escalation: service desk, then Stijn Maertens, then Cirrusbay's COO (Els Van Acker).

7. TERM AND TERMINATION
The service runs for 12 months from 1 February 2027 and renews automatically for successive
periods of 12 months, unless either party terminates it in writing at least 3 months before the
end of the current period. Either party may terminate with immediate effect if the other party
does not remedy a material breach within 30 days of a written notice.
At the end Cirrusbay hands over the up-to-date documentation, runbooks and scripts, removes its
Lighthouse delegation on the agreed date and, if the Customer asks, assists the Customer or its
new provider for up to 5 days at the hourly rates of section 3. The landing zone, its code and
all data remain in the Customer's own tenant and repository; Cirrusbay exports the ticket
history as a CSV file on request.

8. TERMS
This Order Form is subject to Cirrusbay's Managed Services Terms v4.1 (attached). If they
conflict, this Order Form prevails.
Liability: Cirrusbay's liability is limited to the fees paid under this Order Form in the 12
months before the claim; indirect damage and loss of profit are excluded.
Bicep templates and scripts written for the Customer belong to the Customer; Cirrusbay keeps its
generic modules and grants the Customer a perpetual licence to use them in its environment.
Confidentiality: as set out in article 12 of the Managed Services Terms.
Cirrusbay may access personal data in the Customer's environment when performing the services;
it does so as processor under the data processing agreement of Annex B, signed with this Order
Form.
This Order Form is governed by Belgian law; the courts of Ghent have exclusive jurisdiction.

For Cirrusbay NV                              For Van Hecke Foods NV
(signed)                                      (signed)
Els Van Acker, COO                            Karen Dhondt, CFO
Date: 3/12/2026                               Date: 7/12/2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_T8D_COOKIE_CONSENT_ANALYTICS_PROPOSAL = UnseenDocument(
    name="en_t8d_cookie_consent_analytics_proposal",
    text="""From:    Elke Janssens <elke.janssens@groenhof.be>
To:      Jens Wouters <jens@klikwerk.be>
Date:    Thu, 3 Dec 2026 16:42
Subject: RE: Proposal KW-26-117 - cookie consent & GA4 for groenhof.be

Hi Jens,

OK for proposal KW-26-117, including the Care from January. Go ahead!
I'll send the logins tomorrow morning.

Elke

-----Original message-----
From:    Jens Wouters <jens@klikwerk.be>
To:      Elke Janssens <elke.janssens@groenhof.be>
Date:    Tue, 1 Dec 2026 10:05
Subject: Proposal KW-26-117 - cookie consent & GA4 for groenhof.be

Hi Elke,

Thanks for the call on Friday. As promised, here's our proposal to get the cookie banner and the
analytics on groenhof.be in order. Short version: today Google Analytics and the Meta pixel load
before anyone clicks "accept", which isn't OK under the GDPR and the Belgian DPA's cookie
guidance, and your banner has no "refuse" button on the first layer.

What we'll do
1. Cookie scan of groenhof.be and the webshop (all pages, checkout included) and a list of all
   cookies and trackers with their purpose.
2. Cookiebot consent banner in Dutch and French, with "Accept all", "Refuse all" and "Settings"
   on the first layer, a consent log, and blocking of all trackers until consent.
3. All tags (GA4, Meta pixel, Google Ads conversions, Hotjar) moved into Google Tag Manager with
   Consent Mode v2, so nothing fires without consent.
4. GA4 clean-up: data retention 14 months, Google signals off, e-commerce events for the webshop
   (view_item, add_to_cart, purchase) and the 6 conversions we discussed.
5. Cookie declaration on your cookie policy page, generated from the scan.
Not included: the legal texts of your privacy and cookie policy (your lawyer), server-side
tagging, changes to the Lightspeed checkout itself, settings of your Meta and Google Ads
campaigns.

How we work
I do the analytics setup myself (GA4 and Tag Manager certified, 8 years in web analytics); our
developer Ruben handles the WordPress side. We build everything on your staging site first and
test every tag in Tag Manager preview, and the consent behaviour in Chrome, Safari and Firefox on
desktop and mobile. Then you go through the test checklist we send you on staging and confirm by
e-mail; only then do we publish on the live site.
You get a short document listing all tags, triggers and consent categories, and a one-hour video
call in which we show your marketing team how to read the GA4 reports and the consent figures.

Timing
We start in the week of 7 December and go live by Friday 18 December, before your Christmas
campaign. We need from you by Monday 7 December: admin access to WordPress, publish rights in
Tag Manager, editor rights on the GA4 property and access to your Meta Business Manager. The
final privacy policy text from your lawyer by 14 December, please.

Price (EUR, excl. VAT)
Fixed price for points 1-5: 2.640,00. We invoice 50 % on your OK and 50 % after going live,
payable within 14 days.
Anything outside the list: 85,00 per hour. We always send you an estimate first and only start
after your OK.
The Cookiebot licence (Premium Small, currently EUR 15 per month) is taken in Groenhof's name and
billed to you directly by Cookiebot.

After go-live
If something we set up doesn't work as described in the first 30 days after going live, we fix
it for free.
From January we propose our Care at EUR 45,00 per month: a cookie scan every quarter with an
update of the cookie declaration, a monthly check that consent and conversion tags still fire
correctly, and one hour of small changes per month. Care runs month to month; you can stop it at
any time by e-mail, and it ends at the end of that month.

Privacy
Cookiebot stores the consent log in the EU. The Cookiebot, Tag Manager and GA4 accounts stay in
your name; we only get user access, which you can remove at any time. As we can see the GA4 data
and the consent log, we'll sign your data processing agreement before we start.

Just reply to this mail with your OK and we'll get going.

Cheers,
Jens Wouters
Klikwerk BV - Lange Lozanastraat 142, 2018 Antwerpen - BE 0712.884.306 - +32 3 298 14 60
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
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
        "renewal_term_months": 1,
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)


DOCUMENTS = [
    EN_T8D_FIELD_INSPECTION_APP_DEVELOPMENT,
    EN_T8D_LAPTOP_HARDWARE_AS_A_SERVICE,
    EN_T8D_AZURE_LANDING_ZONE_SUPPORT_ORDER,
    EN_T8D_COOKIE_CONSENT_ANALYTICS_PROPOSAL,
]
