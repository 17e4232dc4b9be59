"""The English documents of the fourth held-out batch: a statement of work (No. 2, under a master
services agreement that is not attached) between a Belgian logistics company and a Ghent data
consultancy for a data platform, billed on time and materials under a cap, and a Brussels managed
service provider's proposal letter for a prepaid-hours IT support retainer for an international
school, accepted by replying to the e-mail.

Written by a helper session on 2026-12-05 (committed 01:42-01:45 UTC) without reading the analyser's
rules; the expected labels were written from reading each text against spec/checklist.md (only the
items, risks and figures whose reading is clear; ambiguous ones are left out) and committed before
the analyser was run on the texts. Never change a text or a label to fit the analyser.
"""

from .unseen_documents import UnseenDocument

EN_SOW_DATA_PLATFORM = UnseenDocument(
    name="en_sow_data_platform",
    text="""STATEMENT OF WORK No. 2 - LOGISTICS DATA PLATFORM
under the Master Services Agreement dated 14 September 2026 (the "MSA")

Client:    TransNorth Logistics NV, Noorderlaan 139, 2030 Antwerpen
           Enterprise no. BE 0417.552.908 ("TransNorth")
Supplier:  Datafield BV, Ottergemsesteenweg-Zuid 808, 9000 Gent
           VAT BE 0745.331.862, IBAN BE32 7370 4417 2802 ("Datafield")
SOW reference:  DF-TN-SOW-002          Version: 1.1 final          Date: 18/12/2026

1. Purpose
This SOW describes the services Datafield will perform to build a central data platform for
TransNorth's transport, warehouse and fleet data. Capitalised terms have the meaning given in the
MSA. This SOW is governed by the MSA; where the two conflict, the MSA shall prevail unless this
SOW expressly states that it departs from a specific clause of the MSA.

2. Deliverables
D1  Ingestion pipelines for the TMS (Transporeon exports), the WMS (SAP EWM) and the telematics
    feed of 240 trucks, running daily, with monitoring and alerting.
D2  A lakehouse on Azure Databricks in TransNorth's own Azure tenant (bronze / silver / gold
    layers), including the initial load of shipment history from 1 January 2023 onwards.
D3  Five Power BI reports: on-time delivery, cost per drop, warehouse throughput, fleet
    utilisation and CO2 per shipment.
D4  Architecture document, runbook and two hand-over sessions for TransNorth's data team.
D5  Deployment of D1-D3 to the production workspace and two training sessions for up to twelve
    business users on the reports.
Out of scope: Azure consumption (billed by Microsoft to TransNorth directly), Power BI licences,
changes to source systems, data-quality clean-up in the source systems, and run support after
go-live (which may be covered by a separate SOW).

3. Assumptions
- The source systems expose the data through their standard export or API; no custom
  development in SAP EWM is required.
- Datafield's consultants work from the Gent office, and on site in Antwerpen one day per week.
- All work is performed during Belgian business days.

4. Client dependencies
TransNorth shall:
(a) provision the Azure subscription and grant Datafield contributor access by 11/01/2027;
(b) provide read access to the TMS, WMS and telematics sources by 18/01/2027;
(c) make its product owner (Ms Inge Wouters) available at least two days per week and decide on
    open questions within three Business Days.
If a dependency is late, the milestone dates move by the same number of days and Datafield may
charge, at the rates in section 6, time its consultants could not reasonably redeploy.

5. Milestones
| #  | Milestone                                         | Target date  |
| M1 | Architecture approved, environments ready         | 29/01/2027   |
| M2 | D1 running daily for all three sources            | 12/03/2027   |
| M3 | D2 with historical load complete                  | 09/04/2027   |
| M4 | D3 reports accepted                               | 21/05/2027   |
| M5 | Production go-live, D4 and D5 completed           | 18/06/2027   |
Datafield will use reasonable endeavours to meet the target dates. Where a milestone slips by
more than ten Business Days for reasons attributable to Datafield, Datafield shall submit a
recovery plan within five Business Days, and the extra days needed are not charged.

6. Team, rates and budget
| Consultant        | Role                       | Seniority             | Day rate | Est. days |
| Pieter Claeys     | Lead data architect        | Principal (15 years)  | € 1.150  | 40        |
| Elif Yilmaz       | Data engineer              | Senior (8 years)      | € 950    | 70        |
| Jonas Verhaeghe   | Data engineer              | Medior (3 years)      | € 780    | 60        |
| Marie Dubois      | BI consultant              | Senior (9 years)      | € 920    | 24        |
Estimated total: € 181.380,00 excl. VAT. The services are performed on a time-and-materials
basis. The fees under this SOW shall not exceed € 190.000,00 excl. VAT (the "Cap") unless a
Change Request increasing the Cap has been signed by both parties.
Datafield shall not replace a named consultant without TransNorth's prior written consent (not
to be unreasonably withheld). A replacement shall have at least equal seniority, and the first
five days of his or her onboarding shall not be charged.

7. Change Requests
Either party may propose a change in writing. Datafield will within five Business Days describe
its impact on scope, milestones and fees in a Change Request. No change is performed or invoiced
until the Change Request is signed by both parties' project sponsors.

8. Reporting and governance
Each Friday Datafield sends a status report (work done, days consumed per consultant against the
Cap, risks and issues, next steps). A steering committee of both sponsors (TransNorth: Mr Bart
Geerts, COO; Datafield: Ms Hanne De Smet, Managing Partner) meets monthly; issues unresolved at
project level are escalated to it.

9. Quality and acceptance
All code is peer-reviewed through pull requests, kept in TransNorth's Azure DevOps repository and
covered by automated data tests run in the CI pipeline. Each deliverable is submitted for
acceptance with a test report. TransNorth shall accept it, or reject it giving written reasons
against the acceptance criteria in Appendix A, within ten Business Days; a deliverable not
rejected within that period is deemed accepted. Datafield corrects rejected deliverables and
resubmits them at no extra charge.
Defects in an accepted deliverable notified within sixty (60) days after its acceptance are
corrected by Datafield free of charge.

10. Invoicing
Datafield invoices monthly in arrears on the basis of the timesheets approved by the product
owner. Invoices are payable within forty-five (45) days of the invoice date.

11. Term and termination
This SOW starts on 11 January 2027 and ends on acceptance of M5, but not later than 31 July 2027.
TransNorth may terminate this SOW for convenience on thirty (30) days' written notice, paying the
services performed up to the termination date.

12. Other terms
Clause 9 (Intellectual Property) of the MSA applies: all Deliverables, including pipeline code and
reports, become TransNorth's property on payment. Liability is as set out in clause 11 of the MSA.
Confidentiality and the processing of personal data (drivers' names and positions) are governed
by clauses 12 and 13 of the MSA and by the data processing agreement referred to in it. The MSA's
provisions on governing law and jurisdiction apply to this SOW.

Signed in two originals.

For TransNorth Logistics NV                 For Datafield BV
Name:  Bart Geerts                          Name:  Hanne De Smet
Title: Chief Operating Officer              Title: Managing Partner
Date:  21/12/2026                           Date:  19/12/2026
Signature: signed                           Signature: signed
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.ip": "covered",
        "legal.liability": "partial",
        "legal.confidentiality": "partial",
        "legal.data_protection": "partial",
        "legal.governing_law": "partial",
    },
    risks={
        "risk.best_efforts_only": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 45, "warranty_days": 60, "notice_period_days": 30},
)

EN_IT_SUPPORT_PROPOSAL = UnseenDocument(
    name="en_it_support_proposal",
    text="""From:    Sophie Lenoir <sophie.lenoir@sablonsystems.be>
To:      Fiona McAllister <f.mcallister@brusselsoak.be>
Date:    22 April 2027
Subject: Proposal - IT support retainer for Brussels Oak International School, 2027-28

Dear Fiona,

Thank you for showing Tom and me round the school last Thursday. As promised, here is our proposal
for looking after the school's IT from the start of the next academic year.

WHAT WE'LL LOOK AFTER
- Helpdesk for your 85 teaching and administrative staff (pupils' questions go through staff).
- The Google Workspace for Education domain and Google Admin management of the 420 Chromebooks.
- The 70 staff Windows laptops: monthly Windows and Office patching, antivirus, BitLocker.
- Wi-Fi, switches and the firewall in both buildings; the 14 printers and copiers.
- Starters and leavers: accounts, devices and access, usually in batches before each term.
Not included: buying hardware, repairs of pupils' own devices, software licences, and projects
such as the planned network upgrade of the sports hall, which we'd quote for separately.

HOW THE RETAINER WORKS
You buy a block of support hours for the year, paid in advance:
| Block    | Hours per year | Price (excl. VAT) | Works out at |
| Standard | 150            | € 12.750,00       | € 85,00/h    |
| Extended | 250            | € 20.000,00       | € 80,00/h    |
Remote and on-site time are both drawn from the block, in 15-minute increments. Unused hours
don't carry over into the next year and aren't refunded. If the block runs out, we carry on at
€ 98,00 per hour (excl. VAT), billed monthly in arrears. We'll give you a heads-up by e-mail when
you've used 80 % of your hours.
There's also a one-off onboarding fee of € 750,00 (excl. VAT), which covers an audit of your set-up
and writing up your environment (network, accounts, suppliers, passwords) in our documentation
platform, so whichever engineer picks up a call knows your school.

SUPPORT HOURS AND HOW TO REACH US
Monday to Friday, 8:00 to 17:30, except Belgian public holidays. Log a ticket at
help.sablonsystems.be, e-mail help@sablonsystems.be or ring 02 880 31 31. During term time Tom
Peeters, your dedicated engineer, will be on site every Tuesday and Thursday morning; outside
those visits we work remotely and come in when needed.

RESPONSE TARGETS
| Priority | Example                                           | We aim to respond within |
| Urgent   | no internet, Google login down, whole school hit  | 1 working hour           |
| High     | a classroom or an office can't work               | 4 working hours          |
| Normal   | one user, one device                              | next working day         |
These are targets rather than guarantees: we'll always do our best to meet them, but we can't
promise to.

KEEPING YOU IN THE PICTURE
You'll get a short report at the start of each month showing the tickets we handled, the hours
used and the hours left in your block. Once a term we'll sit down with you to go through the
report and anything coming up. Sophie Lenoir stays your account manager.

DATA PROTECTION
We'll only access staff and pupil data where we need to for a ticket. We're happy to sign the
school's own data processing agreement once you've sent it across.

TERM, PRICES AND PAYMENT
The retainer would start on 1 September 2027 and runs for 12 months. It then rolls over for a
further 12 months each time, unless either of us gives three months' notice before the end of
the current year. We may review our prices once a year, on the anniversary of the start date,
and will let you know any change at least 30 days beforehand. The block and the onboarding fee
are invoiced on 1 September; our invoices are due within 30 days.

Our Terms of Business (sablonsystems.be/terms) apply to this proposal.

NEXT STEPS
If you're happy to go ahead, just reply to this e-mail telling us which block you'd like and
we'll book the onboarding for the last two weeks of August.

Kind regards,

Sophie Lenoir
Account Manager, Sablon Systems SRL
Rue Ernest Allard 21, 1000 Brussels | VAT BE 0698.220.417 | IBAN BE09 0018 2245 6657
""",
    items={
        "agreement.general_terms": "partial",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "rollout.data_migration": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)

EN_DOCUMENTS = (EN_SOW_DATA_PLATFORM, EN_IT_SUPPORT_PROPOSAL)
