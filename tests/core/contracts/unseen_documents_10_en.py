"""Held-out batch 10, English documents: an implementation and subscription agreement for a
cloud warehouse management system (WMS) between a Mechelen software house and a Flemish
logistics company, with numbered articles; a FinOps (cloud cost-management) consultancy proposal
by a Dutch consultancy to a Belgian e-commerce company, sent by e-mail with an empty "agreed"
line; and a short IT equipment repair service order form of a Leuven repair shop, signed at the
counter by the customer and the technician.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_WMS_IMPLEMENTATION_AGREEMENT = UnseenDocument(
    name="en_wms_implementation_agreement",
    text="""IMPLEMENTATION AND SUBSCRIPTION AGREEMENT - STOCKWISE CLOUD WMS
Agreement no. SW-IA-2026-052

BETWEEN
Stockwise NV, Zemstbaan 41, 2800 Mechelen, enterprise no. BE 0684.220.917, represented by
Mr Wouter Janssens, CEO ("Stockwise"),
AND
Van Hoorebeke Logistics BV, Industriepark-West 12, 9100 Sint-Niklaas, enterprise no.
BE 0451.903.266, represented by Ms Hilde Van Hoorebeke, managing director ("the Client").

Article 1 - Contract documents
1.1 This Agreement consists of this document and: Annex A - Stockwise's offer SW-O-26-311 of
4 November 2026; Annex B - the functional design to be approved at the end of phase 1; Annex C -
the data processing agreement. In case of conflict, this document prevails over Annex C, Annex C
over Annex B, and Annex B over Annex A.
1.2 Stockwise's general terms and conditions do not apply, nor do the Client's purchasing terms.
1.3 Amendments are valid only when set out in writing and signed by both parties.

Article 2 - Scope
2.1 Stockwise implements its cloud warehouse management system for the Client's warehouse in
Sint-Niklaas (18.500 m2, 22.000 pallet locations, about 2.400 order lines per day): inbound and
put-away, replenishment, wave picking with RF scanners, packing, shipping labels for bpost, DPD
and PostNL, cycle counting, and a two-way interface with the Client's ERP (Exact Globe).
2.2 Not included: RF scanners, label printers and Wi-Fi (the Client's own hardware), changes to
the ERP on the Exact side, customs declarations and a second warehouse site.

Article 3 - Price (EUR, excluding VAT)
3.1 Implementation (phases 1 to 5 of Article 4), fixed price: 86.400,00.
3.2 One-off set-up of the production and acceptance environments: 3.500,00.
3.3 Subscription (licences for 45 named users, hosting, support and updates): 2.940,00 per month,
from the go-live date. Each additional user: 58,00 per month.
3.4 Change requests and work outside the scope: 975,00 per consultant day, 1.080,00 per
developer day. These rates are fixed until 31/12/2027 and then follow the yearly indexation below.
3.5 The subscription fee and the day rates are indexed once a year on 1 January with the formula
P = P0 x (0,2 + 0,8 x S/S0), S being the Agoria reference salary index; no other price changes.
3.6 The fixed price is invoiced 30 % on signature, 40 % on approval of the functional design and
30 % on acceptance (Article 7). The set-up fee is invoiced on signature, the subscription
quarterly in advance. Invoices are payable within 30 days of the invoice date.

Article 4 - Planning
  Phase 1 - Kick-off and design workshops       11/01/2027 - 05/02/2027
  Phase 2 - Configuration and ERP interface     08/02/2027 - 02/04/2027
  Phase 3 - Data migration (two trial loads)    08/03/2027 - 09/04/2027
  Phase 4 - Training and user acceptance test   05/04/2027 - 23/04/2027
  Phase 5 - Go-live and hypercare               go-live 03/05/2027, hypercare 4 weeks
Stockwise's delivery of the go-live on the agreed date and the service levels of Article 9 are
obligations of result.

Article 5 - The Client's obligations
The Client: appoints a project lead (Mr Jens De Wilde) and four key users, available two days a
week during phases 1 and 4; delivers the cleansed item master, location list and open orders in
the Stockwise templates by 19/02/2027; ensures that its ERP partner delivers the Exact web
services by 01/03/2027; and has the scanners and printers installed and the Wi-Fi coverage
measured by 29/03/2027.

Article 6 - Delay
6.1 If go-live is delayed through Stockwise's fault, Stockwise owes a penalty of 0,5 % of the
fixed price per working day of delay, up to 10 % of the fixed price, without prejudice to the
right to terminate under Article 12.
6.2 If the Client does not meet an obligation of Article 5 on time, the parties replan within
five working days; extra days caused by the delay are invoiced at the rates of Article 3.4 after
the Client has approved them.

Article 7 - Change requests, migration, testing and acceptance
7.1 Every change to the scope starts with a written change request. Stockwise sends an impact
analysis (days, cost, planning) within five working days. No change work is started or invoiced
before the Client's project lead has approved the impact analysis in writing.
7.2 Stockwise converts the data delivered under Article 5 and loads it into the acceptance
environment twice before go-live; the Client checks each trial load. The final load of stock on
hand is done on the go-live weekend after a full stock count by the Client.
7.3 Before the acceptance test, Stockwise performs a system test on all processes and the ERP
interface and hands over the test report. Stockwise works under an ISO 9001 certified quality
system; all configuration is versioned and peer-reviewed.
7.4 The Client performs the acceptance test during three weeks with the test scripts in Annex B.
The system is accepted when all scripts pass without a blocking or major defect. If the second
acceptance test still fails, the Client may terminate the Agreement and recover all amounts paid.
7.5 Go-live takes place on the weekend of 1-2 May 2027 following a cut-over plan drawn up by
Stockwise. During hypercare a Stockwise consultant is on site the first two weeks from 6:00 to
22:00.
7.6 Warranty: defects in the implementation, including the Client-specific ERP interface and
reports, reported within 90 days after go-live are corrected free of charge.

Article 8 - Team, reporting and training
8.1 Stockwise's team: Ms Inge Maes (project manager, PMP, 11 years in logistics software),
Mr Ruben Peeters (lead WMS consultant, 9 years), and two developers with at least three years'
experience with the Stockwise platform.
8.2 Ms Maes and Mr Peeters are not replaced without the Client's prior written consent, except in
case of illness or departure. A replacement has equal experience and works two weeks alongside
the person replaced at no cost to the Client.
8.3 Stockwise sends a weekly status report (progress per phase, days used, risks, open issues).
A steering committee (both managing directors and both project leads) meets every month.
Escalation: project leads, then steering committee.
8.4 Stockwise trains the key users (train-the-trainer, 4 sessions of half a day) and provides
quick-reference cards in Dutch for the operators. At the end of hypercare it hands over the
administrator manual, the interface documentation and the configuration book, and briefs its
support desk on the Client's set-up.

Article 9 - Support and service levels (from go-live)
9.1 The subscription includes 1st and 2nd line support, corrective maintenance and all new
releases. Releases are published quarterly, first in the acceptance environment at least two weeks
before production; security patches are applied as soon as available.
9.2 Support: working days 6:00-22:00 (the Client's shift hours) by phone +32 15 79 44 10,
support@stockwise.be or the portal; priority 1 by phone 24/7.
9.3   Priority                               Response       Workaround or fix
      P1 - picking or shipping blocked       1 hour, 24/7   4 hours
      P2 - a process degraded                4 hours        2 working days
      P3 - other                             1 working day  next release
9.4 Availability: 99,7 % per calendar month, outside the announced maintenance window (Sunday
2:00-6:00). For every 0,5 % or part thereof below 99,7 %, the Client receives a credit of 5 % of
the monthly fee, up to 25 %. Stockwise reports availability and tickets monthly.
9.5 Ms Sofie Claes is the Client's customer success manager; the documented configuration of
the Client is kept in Stockwise's support system.
9.6 Grant of continuity: Stockwise deposits the source code of the WMS with Escrow4all; it is
released to the Client on Stockwise's bankruptcy or if it stops supporting the product.

Article 10 - Intellectual property
The WMS software remains Stockwise's property; the Client receives a non-exclusive,
non-transferable right to use it for the term of the Agreement. The Client-specific ERP interface
and reports developed under this Agreement belong to the Client once paid.

Article 11 - Duration
The subscription runs for 36 months from go-live and is then renewed tacitly for periods of
12 months, unless terminated by registered letter at least three months before the end of a period.

Article 12 - Termination and exit
12.1 Either party may terminate by registered letter if the other party fails to remedy a material
breach within 30 days of a notice of default.
12.2 At the end of the Agreement, for any reason, Stockwise continues the service at the same fees
for up to six months if the Client asks, and assists the migration to a new system up to 10 days
at the rates of Article 3.4. Within 30 days of the end it delivers a full export of the Client's
data (CSV and SQL dump with data model description) free of charge, and then deletes it.
Stockwise has no right to retain the Client's data, including in case of unpaid invoices.

Article 13 - Liability
Each party's liability is limited to the amounts paid and payable under this Agreement in the
12 months preceding the claim, with a minimum of EUR 100.000. Indirect damage is excluded, except
for the cost of restoring data lost through Stockwise's fault. The limits do not apply to fraud,
wilful misconduct or breach of confidentiality.

Article 14 - Confidentiality and data protection
Both parties keep each other's confidential information secret during the Agreement and five
years after. Stockwise processes personal data (user accounts, consignee addresses) as processor
under Annex C, on servers in the EU (Microsoft Azure, West Europe).

Article 15 - Disputes and law
Disputes are first discussed in the steering committee; if unresolved within 30 days, the parties
try mediation by a mediator accredited by the Federal Mediation Commission. Belgian law applies;
the courts of Antwerp, division Mechelen, have exclusive jurisdiction.

Done at Mechelen on 18/12/2026 in two originals.
For Stockwise NV                              For Van Hoorebeke Logistics BV
(signed) Wouter Janssens, CEO                 (signed) Hilde Van Hoorebeke, managing director
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
        "maintenance.service_credits": "covered",
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
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

EN_FINOPS_CONSULTANCY_PROPOSAL = UnseenDocument(
    name="en_finops_consultancy_proposal",
    text="""From:    Marloes Jansen <marloes@wolkwijs.nl>
To:      Frederik Goossens <frederik.goossens@bolderbox.be>
Date:    Fri, 4 Dec 2026 11:08
Subject: Proposal - getting your cloud bill under control
Attachment: WolkWijs_proposal_Q-2026-088.pdf; NLdigital_Terms_2020_EN.pdf

Hi Frederik,

Good talking to you and Lies last week. As discussed, here is our proposal for a FinOps
engagement. If it looks good, just reply "go" and we'll book the kick-off for the week of
18 January.

Best,
Marloes

--------------------------------------------------------------------------------------------
WOLKWIJS B.V. - cloud cost management
Stationsplein 9, 3511 ED Utrecht, the Netherlands - Chamber of Commerce 80214477

PROPOSAL Q-2026-088 for BolderBox NV, Vaartkom 31, 3000 Leuven
Valid until 15 January 2027

Where you are
BolderBox runs its webshop platform on AWS (eu-west-1) and its data platform on Azure. The
combined bill has grown from about EUR 52.000 to EUR 86.000 a month in one year, while order
volumes grew by 15 %. Nobody owns the bill today and the teams cannot see what their services cost.

What we propose
Phase 1 - Assessment (2 weeks)
  We analyse twelve months of billing data (AWS Cost and Usage Report, Azure Cost Management
  exports), tag coverage, idle and oversized resources, storage and data transfer, and your
  commitments. You get a report with every saving opportunity, its estimated yearly amount, the
  effort and the risk, and a roadmap.
Phase 2 - Quick wins (4 weeks)
  Together with your platform team we carry out the opportunities you select: rightsizing,
  scheduling non-production environments, storage lifecycle rules, and a purchase plan for
  Savings Plans and reservations. We prepare the changes as merge requests in your Terraform
  repository; your engineers review and apply them. We never change production ourselves.
Phase 3 - Make it stick (4 weeks)
  Tagging policy and enforcement, cost allocation per team, a showback dashboard, budgets and
  anomaly alerts, and a monthly FinOps routine. We end with a FinOps playbook and two half-day
  workshops for your engineering leads and finance team, so that you can run it yourselves.

Not included: the cost of reservations or Savings Plans you buy, changes to application code,
migration of workloads to other services or regions, and your Google Workspace and SaaS licences.

Who
Marloes Jansen (lead, FinOps Certified Practitioner, 8 years as AWS solutions architect) and
Pieter Bakker (cost analyst, Azure). Marloes is your contact throughout. Every recommendation
we make is checked against your billing data and reviewed by a second consultant before it
reaches you.

What we need from you
Read-only access to the AWS payer account and the Azure billing scope in week 1, one platform
engineer for about a day a week, and a sponsor (we suggest Lies, your CFO) who decides which
savings to go for.

How we keep you posted
A 30-minute check-in every Monday and a one-page update afterwards: what was done, savings
realised so far, next steps, decisions needed.

Fees (EUR, excluding VAT)
  Phase 1 - Assessment, fixed fee                               9.800,00
  Phases 2 and 3 - time and materials, 1.150,00 per consultant day
                   (our estimate: 26 to 32 days in total)
  Optional after phase 3 - FinOps retainer: 2 days a month,
                   monthly review and cost report                  2.300,00 per month
Phase 1 is invoiced on delivery of the report, phases 2 and 3 monthly on the days worked. If we
expect to exceed 32 days, we tell you in advance and only continue with your written approval.
Our day rate is fixed until 31 December 2027. Invoices are payable within 30 days.
The retainer runs for a minimum of 6 months and then continues month by month; you can stop it
with one calendar month's notice. You may also stop the engagement at the end of any phase; we
then invoice only the work done.

The small print
  - Savings figures in our report are estimates. Our engagement is an obligation of means: we do
    our best, but we cannot guarantee any particular level of savings.
  - Our liability is limited to the fees invoiced in the three months before the event causing
    the damage. We are not liable for reservation or Savings Plan purchases you decide to make.
  - The dashboards, scripts and the playbook we make for you are yours to use and change. Our
    analysis tooling stays ours.
  - We keep your billing data, architecture details and commercial information confidential and
    delete our copies at the end of the engagement.
  - Billing data may include user names and e-mail addresses of your staff. For that data we act
    as your processor under the NLdigital Data Pro Statement attached to the terms.
  - The NLdigital Terms 2020 (attached) apply to this proposal and our work. Dutch law applies;
    the District Court of Midden-Nederland is competent.

Agreed for BolderBox NV

Name: ...................................  Date: ...................  Signature: ...............

WolkWijs B.V.
Marloes Jansen, director
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
        "contract_term_months": 6,
        "notice_period_days": 30,
    },
)

EN_EQUIPMENT_REPAIR_SERVICE_ORDER = UnseenDocument(
    name="en_equipment_repair_service_order",
    text="""FIXPOINT LEUVEN - IT repair & service
Diestsesteenweg 214, 3010 Kessel-Lo - BE 0779.341.086 - 016 49 27 70 - repair@fixpoint.be
Open Mon-Fri 9:00-18:00, Sat 10:00-16:00. Phone and e-mail during opening hours.

SERVICE ORDER No. R-26-4417                                   Date received: 03/12/2026

Customer:   Accountancy Wouters & Partners BV, Tiensevest 88, 3000 Leuven
            VAT BE 0838.552.104
Contact:    Julie Wouters - 0477 18 33 90 - julie@wouters-partners.be
Invoice:    to company (business customer)
Technician: Kevin Dierckx - your contact for this order (016 49 27 72)

Device:     Lenovo ThinkPad T14 Gen 3, S/N PF3X8K2L, with charger (no bag)
            Password given: yes (sealed envelope)      Under manufacturer warranty: no
Fault:      Very slow, blue screen at start-up since this morning. Disk noise. Keyboard
            key "E" loose.
Condition on receipt: scratches on the lid, screen intact, battery health 81 %.
Old disk:   [x] return to customer after the repair   [ ] dispose of (free)

Work ordered
  [x] Diagnosis                                                  EUR   45,00
      (deducted from the repair if you go ahead)
  [x] Replace SSD by Samsung 990 Pro 1 TB                        EUR  139,00
  [x] Clean install Windows 11 Pro + drivers + Office (customer's licence)
      1,5 h labour at EUR 65,00 per hour                         EUR   97,50
  [x] Replace keyboard (part on order, 2-3 working days)         EUR   84,00
  [ ] Data recovery from the old disk - separate quote by our lab partner
                                                  Estimated total EUR  320,50 excl. VAT
  [ ] Express (ready within 24 h after diagnosis)                EUR   35,00

Approval limit: we carry out the work above without further notice up to EUR 350,00 excl.
VAT. If the diagnosis shows that more is needed, we call you first and only continue after
your approval by phone or e-mail.
Expected ready: 3 working days after receipt of the keyboard. We send you an SMS when the
device is ready for collection.

Not included: data recovery, software licences, configuration of your accounting software and
network printers at your office (possible on site at EUR 65,00 per hour + EUR 30,00 travel).

IMPORTANT - please read
1. Back-up: make a back-up before handing in your device. FixPoint is not liable for loss of
   data or software, whatever the cause. A clean install erases everything on the disk.
2. Your files: our technicians open your files only when the repair requires it, we do not
   copy them and we do not keep the old disk unless you ask us to. Personal data on the device
   is processed only for the repair, in line with the GDPR. Our staff are bound to
   confidentiality.
3. Quality: after the repair every device runs a 2-hour stress test and our 20-point checklist,
   which you receive with the invoice.
4. Warranty: 6 months on replaced parts and on our labour for the same fault. Damage by falls,
   liquids or software you install afterwards is not covered.
5. Collection: please collect within 30 days of our SMS. After that we charge EUR 2,50 storage
   per day. FixPoint may keep the device until the invoice has been paid in full.
6. Payment: private customers pay on collection (cash, Bancontact). Business customers receive
   an invoice payable within 15 days.
7. Our general repair conditions (on the back of this form and on fixpoint.be) apply.
   Our liability is in any case limited to the amount of this service order.

Received by FixPoint:                        Customer - read and approved:
Kevin Dierckx, technician                    Julie Wouters
(signed) K.D.                                (signed) J. Wouters
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 180,
    },
)


EN_DOCUMENTS = [
    EN_WMS_IMPLEMENTATION_AGREEMENT,
    EN_FINOPS_CONSULTANCY_PROPOSAL,
    EN_EQUIPMENT_REPAIR_SERVICE_ORDER,
]
