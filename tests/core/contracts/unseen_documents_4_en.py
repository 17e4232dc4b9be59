"""The English documents of the fourth held-out batch: a statement of work (No. 2, under a master
services agreement that is not attached) between a Belgian logistics company and a Ghent data
consultancy for a data platform, billed on time and materials under a cap, and a Brussels managed
service provider's proposal letter for a prepaid-hours IT support retainer for an international
school, accepted by replying to the e-mail.

Written by a helper session on 2026-12-05 (01:40-02:40 UTC) without reading the analyser's rules;
the expected labels were written from reading each text against spec/checklist.md (only the
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

EN_DOCUMENTS = (EN_SOW_DATA_PLATFORM,)
