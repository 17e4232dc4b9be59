"""Held-out batch 6, English documents: an installation and maintenance agreement for CCTV and
badge access control at a logistics warehouse, written in English by a Belgian security integrator,
and a UK-style change request form (CR-014 to a master services agreement) for a warehouse system
carrier integration, issued by an English supplier and signed by its Belgian client.

Written on 2026-12-05 (committed 02:32-02:33 UTC) by a helper session acting as examiner, without
reading the analyser's rules or its tests; the labels come from reading each text against
spec/checklist.md (only clear readings; ambiguous ones are left out) and were committed before the
analyser was ever run on these texts. Never change a rule to fit these texts, nor a label or a text
to fit the analyser. Conventions as in the earlier batches (months = 30 days for notice and
warranty; response time of the highest priority in hours, working hours counted as hours).
"""

from .unseen_documents import UnseenDocument

EN_CCTV_ACCESS_CONTROL_AGREEMENT = UnseenDocument(
    name="en_cctv_access_control_agreement",
    text="""SECURAVIS BV - Security integration since 1998
Industrieweg 15, 2800 Mechelen - Company no./VAT BE 0467.332.810 - Ministry of the Interior
licence 20 1234 56 - INCERT certified - IBAN BE09 7350 1188 2257

INSTALLATION AND MAINTENANCE AGREEMENT - VIDEO SURVEILLANCE AND ACCESS CONTROL
Agreement no. SA-2027-0219

Between Securavis BV, represented by Ms Griet Peeters, managing director ("Securavis"),
and Nordlog Distribution NV, Zone Noord, Generaal de Wittelaan 31, 2800 Mechelen,
VAT BE 0811.904.376, represented by Mr Jonas Verhoeven, COO ("the Customer").

1. Documents
1.1 This agreement incorporates our quotation Q-27-0088 dated 3 February 2027, which sets out the
bill of materials per zone.
1.2 Our General Terms of Sale and Installation (edition 2025, available on www.securavis.be/terms)
apply to this agreement.

2. Scope of the installation
  - 22 IP cameras (4 MP, IR) on the outer perimeter, loading docks and dispatch hall;
  - one network video recorder with 30 days of recording, VMS software and 3 client licences;
  - badge access control on 9 doors and 2 vehicle gates (readers, controllers, door contacts);
  - cabling within the building, configuration and commissioning.
Not included: trench and civil works for the gate cables, the 230 V power supply at each camera
position (by the Customer's electrician), connection to an alarm receiving centre, and the
transfer of the existing badge-holder list from the current Paxton system.

3. Price and payment (amounts excl. VAT)
| Item                                         | Amount      |
| Cameras, recorder and VMS licences           | € 14.870,00 |
| Access control hardware and software         | € 6.240,00  |
| Cabling, installation and commissioning      | € 3.208,00  |
| Total installation                           | € 24.318,00 |
| Maintenance (article 7), per month           | € 145,00    |
Invoicing: 30 % on signature, 60 % on delivery of the equipment on site, 10 % on acceptance.
Maintenance is invoiced yearly in advance. All invoices are payable within 30 days of the invoice
date. Call-outs not covered by the maintenance are charged at € 92,00 per hour plus € 0,65 per km.
Additional cameras, doors or cable runs requested during the works are quoted in writing and only
carried out after the Customer's signed order. Maintenance fees are indexed each 1 January
according to the Agoria labour-cost index.

4. Time schedule and Customer's obligations
Delivery and installation start within 6 weeks of the deposit; the work on site is estimated at
8 working days. Before the start the Customer provides the power supply at every camera position,
a dedicated VLAN with 30 network ports and access to the site from 7:00 to 18:00. If the
installation is completed more than 4 weeks after the agreed date for reasons attributable to
Securavis, a penalty of 0,5 % of the installation price per week of delay is due, capped at 5 %.
Waiting time caused by the Customer not meeting these obligations is charged at the hourly rate.

5. Team and quality
Project lead: Mehdi Benali (mehdi.benali@securavis.be, +32 15 28 40 11). All technicians hold the
Ministry of the Interior security-technician qualification. The installation is carried out in
accordance with standard NBN EN 62676 and the INCERT rules for access control.

6. Commissioning, acceptance and training
On completion, Securavis and the Customer test every camera view and every door together; the
results are recorded in a signed acceptance report listing any reservations, which Securavis
remedies within 10 working days. Securavis hands over an as-built file (camera plan, IP addresses,
door schedule) and the administrator passwords in a sealed envelope. The Customer's reception and
security staff receive two hours of training on the VMS and badge management.
Warranty: 24 months on parts from acceptance; labour and travel under warranty are free for the
first 12 months only.

7. Maintenance
7.1 The maintenance includes two preventive visits a year (cleaning and checking of cameras,
battery test of the access controllers, recording check), remote assistance, and the installation
of firmware and VMS updates, including security patches, during those visits. A maintenance report
is sent after each visit.
7.2 Service desk: Monday to Friday 8:00-17:30, +32 15 28 40 00, service@securavis.be. For
priority 1 calls (recording down, or a vehicle gate blocked) an on-call line is open 24/7.
7.3 For priority 1 calls a technician is on site within 4 hours, 24/7; other calls are handled
on the next business day. Securavis will use reasonable endeavours to restore normal operation
within 8 hours of arrival on site.

8. Duration and termination
The maintenance runs for 5 years from acceptance. It then renews automatically for successive
periods of 1 year unless terminated by either party by registered letter at least 3 months before
the end of the current period.

9. Liability, confidentiality, data protection
Securavis's total liability under this agreement is limited to three months of maintenance fees.
Securavis is not liable for theft, burglary or damage that the system failed to detect or record.
Both parties keep access codes, passwords and site plans strictly confidential.
The Customer is the controller of the camera images under the Belgian Camera Act and the GDPR;
for remote assistance Securavis acts as processor under the data processing agreement in Annex 3.
Ownership of the equipment passes to the Customer upon full payment; the VMS software is licensed
for use at this site only.
This agreement is governed by Belgian law. The courts of Antwerp, Mechelen division, have
jurisdiction.

Signed at Mechelen on 19 February 2027 in two originals.
For Securavis BV                               For Nordlog Distribution NV
[signature]                                    [signature]
Griet Peeters, managing director               Jonas Verhoeven, COO
Annexes: 1 quotation Q-27-0088 - 2 zone plans
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "partial",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.quality": "covered",
        "team.knowledge_transfer": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

EN_CHANGE_REQUEST = UnseenDocument(
    name="en_change_request",
    text="""NORTHGATE DIGITAL LIMITED
Registered in England and Wales no. 09876543 - 4th Floor, 21 Whitworth Street, Manchester M1 5ND
VAT GB 318 4412 90

CHANGE REQUEST FORM
------------------------------------------------------------------------------------------
CR reference:        CR-014
Agreement:           Master Services Agreement dated 12 October 2026 (the "Agreement")
                     between Northgate Digital Limited ("Northgate") and Brouwerij De Klok BV,
                     Kerkstraat 88, 9200 Dendermonde, Belgium, VAT BE 0402.187.554 (the "Client")
Project:             WMS replacement - phase 2 (outbound and dispatch)
Raised by:           Pieter Maes, Client Project Manager
Date raised:         29/03/2027
Change owner:        Sophie Hartley, Northgate Delivery Lead
Priority:            High
------------------------------------------------------------------------------------------

1. REASON FOR CHANGE
The Client's distribution in Belgium and the Netherlands moves from its own trucks to parcel
carriers from June 2027. Dispatch labels and track-and-trace must therefore be produced from the
new WMS instead of by hand on the carriers' websites.

2. DESCRIPTION OF THE CHANGE
2.1 In scope:
  (a) API integration with bpost (labels, manifests, tracking) and PostNL (labels, tracking);
  (b) a carrier-selection rule per destination country and parcel weight;
  (c) printing of carrier labels on the existing Zebra printers at the packing stations;
  (d) a daily tracking status import shown on the dispatch dashboard.
2.2 Out of scope: other carriers, returns labels, customs documents, and migration of historical
shipment data from the legacy system (no historical shipments will be loaded).

3. IMPACT ON TIMELINE
| Milestone                              | Current date  | Revised date  |
| Build complete (phase 2)               | 14/05/2027    | 04/06/2027    |
| User acceptance testing                | 17/05-28/05   | 07/06-18/06   |
| Training of warehouse team leads       | 01/06/2027    | 22/06/2027    |
| Go-live phase 2 (production release)   | 07/06/2027    | 05/07/2027    |
Northgate will use reasonable endeavours to meet the revised go-live date.

4. IMPACT ON CHARGES (EUR, excluding VAT)
Fixed price for the work in section 2.1:                                 EUR 16.800,00
Carrier test support (time and materials, EUR 780,00 per consultant day,
estimated at 4 days; no more than 6 days without the Client's written approval)
Additional monthly support charge from go-live (carrier API monitoring): EUR 95,00 per month
The fixed price is invoiced 50% on signature of this CR and 50% on acceptance. Payment terms
are as set out in the Agreement, namely 30 days from the date of invoice.

5. ASSUMPTIONS AND DEPENDENCIES
  - The Client obtains production and test API credentials from bpost and PostNL by 30/04/2027.
  - The Client provides 50 representative test orders and a contact at each carrier.
  - The Client's IT makes the packing-station printers reachable from the WMS by 15/05/2027.
If a dependency is late, the milestones in section 3 move by the same number of days.

6. ACCEPTANCE CRITERIA
The change is accepted when, during user acceptance testing of 10 working days, the test orders
produce valid labels accepted by both carriers, the carrier-selection rule picks the expected
carrier for each of the 50 test orders and tracking statuses appear on the dashboard within
24 hours. Defects found in UAT are classified and retested as described in Schedule 5 of the
Agreement.

7. DELIVERY APPROACH
7.1 The changed components will be peer reviewed and covered by automated regression tests.
7.2 Northgate will update the technical design document and the operations runbook and hand them
over before go-live. Training: one remote session of 2 hours for the warehouse team leads.
7.3 Progress on this CR is included in the weekly status report and reviewed at the fortnightly
Project Board.
7.4 Northgate may reassign staff to this CR as reasonably required and will keep the Client
informed.
7.5 The warranty period of the Agreement (90 days from go-live) applies to the changed components.
7.6 Intellectual property in the deliverables under this CR is assigned to the Client on payment,
as provided in clause 14 of the Agreement.

8. CONTRACTUAL EFFECT
Save as varied by this CR, the Agreement remains in full force and effect. In the event of any
conflict between this CR and the Agreement, this CR prevails in respect of the matters it covers.
Northgate's estimate EST-0412 of 2 April 2027 is incorporated into this CR by reference. Any
further change shall follow the change control procedure in clause 9 of the Agreement (written CR,
impact assessment within 5 working days, no work before the CR is signed by both parties).
Disputes about this CR are first escalated under clause 21 of the Agreement (Project Board, then
the parties' managing directors) before either party starts proceedings. This CR is governed by
the laws of England and Wales.

9. AUTHORISATION
For Northgate Digital Limited                 For Brouwerij De Klok BV
Signature: [signed]                           Signature: [signed]
Name: Sophie Hartley                          Name: Pieter Maes
Title: Delivery Lead                          Title: Project Manager
Date: 06/04/2027                              Date: 08/04/2027
                                              Name: An De Klok, Managing Director
                                              Signature: [signed]   Date: 08/04/2027
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "partial",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "exit.escrow": "missing",
        "legal.ip": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.best_efforts_only": True,
        "risk.open_ended_cost": False,
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)


EN_DOCUMENTS = (EN_CCTV_ACCESS_CONTROL_AGREEMENT, EN_CHANGE_REQUEST)
