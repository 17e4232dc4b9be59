"""Held-out batch 5, English documents: a Belgian reseller's support renewal notice and support
terms for a licensed on-premise ERP (annual indexed fee, response targets without compensation,
acknowledgement line left for the customer), and a data processing addendum to the SaaS
agreement of an Antwerp HR-tech supplier, signed electronically by both parties.

Written on 2026-12-05 (committed 02:01-02:02 UTC) by a helper session acting as examiner,
without reading the analyser's rules or its tests; the expected labels were written from reading
each text against spec/checklist.md (only the items, risks and figures whose reading is clear;
ambiguous ones are left out) and committed before the analyser was ever run on these texts. Never
change a rule to fit these texts, never change a label or a text to fit the analyser.

Conventions as in the earlier batches: months count as 30 days for notice and warranty periods; a
response time is the highest priority's, in hours (working hours counted as hours); a document
signed by the supplier with only an empty acknowledgement line for the client is partially signed
and raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

EN_ERP_SUPPORT_RENEWAL = UnseenDocument(
    name="en_erp_support_renewal",
    text="""KEMPISCH BUSINESS SYSTEMS NV
Steenweg op Gierle 417, 2300 Turnhout, Belgium
VAT BE 0467.902.318 - RPR Antwerpen, afdeling Turnhout - IBAN BE29 7350 1284 6464
support@kbs-erp.be - +32 14 47 63 00

SUPPORT RENEWAL NOTICE AND TERMS
Norvanta Business Suite 11 - Customer no. C-20417

To:      Van Gorp Industrial Coatings BV, Industriepark 12, 2440 Geel
Attn:    Mr. Stijn Van Gorp, Finance Director
Date:    2 April 2027

Dear Mr. Van Gorp,

Your annual support subscription for Norvanta Business Suite expires on 30 June 2027. This
notice sets out the fee and the terms for the next support year.

1. Support fee
Licensed modules: Finance, Purchasing, Sales, Inventory, Production (35 named users).
Support year:                         1 July 2027 - 30 June 2028
Licence list price (reference):       EUR 82.250,00
Support rate:                         22 % of the licence list price
Support fee 2026-2027:                EUR 18.095,00
Indexation (Agoria, +3,4 %):          EUR    615,23
Annual support fee 2027-2028:         EUR 18.710,23 excl. VAT
The fee is indexed on every 1 July according to the Agoria reference salary index. In
addition, KBS may pass on any price increase of the publisher, Norvanta Software AB, by
giving the customer written notice before the start of the support year.
The fee is invoiced once a year in advance on 1 July and is payable within 30 days of the
invoice date.

2. What the support subscription includes
- Patches, service packs and new versions of the licensed modules as released by the
  publisher, including Belgian legal updates (VAT listing, Intrastat, e-invoicing via Peppol);
- The helpdesk, open on working days from 08:30 to 17:30 by telephone (+32 14 47 63 10) and
  through the customer portal (portal.kbs-erp.be), for up to four registered key users;
- Remote diagnosis of incidents through the customer's VPN;
- Up to 12 hours per support year of functional advice by phone.
Not included: installation of new major versions (quoted separately), customisations and
reports developed for the customer, training, on-site interventions and the repair of data
corrupted by the customer's own actions. Such work is only carried out after the customer
has approved a written quote and is charged at EUR 135,00 per hour.

3. Priorities and response targets
| Priority | Description                                  | Response target            |
|----------|----------------------------------------------|----------------------------|
| 1        | Production stopped, no workaround            | 2 business hours           |
| 2        | Major function impaired, workaround exists   | 4 business hours           |
| 3        | Minor issue or question                      | next business day          |
Response targets are objectives that KBS uses its best efforts to achieve. Failing to meet
them is not a breach of these terms and does not entitle the customer to any service credit,
refund or other compensation.

4. Your obligations
The customer keeps the software on the current or previous version, grants VPN access on
request, names two trained key users as the only contacts of the helpdesk and reports
incidents with a description and screenshots through the portal.

5. Our team and follow-up
Your account manager is Ms. Liesbeth Aerts (liesbeth.aerts@kbs-erp.be, 0495 33 71 06). We
keep a record of your configuration, your customisations and your interfaces so that any
consultant can pick up your calls. Each quarter you receive a support report listing the
tickets by priority, the response times achieved and the open issues; once a year we meet
for a service review. Escalation: support team lead, then account manager, then our
managing director, Mr. Dirk Mertens.

6. Term, renewal and cancellation
Support runs from 1 July to 30 June and renews automatically for successive periods of
twelve months unless either party cancels it by registered letter at least 60 days before
the end of the current support year. Either party may terminate with immediate effect if
the other party fails to remedy a material breach within 30 days of a written notice.
Source code of the software is not deposited with any escrow agent.

7. Licence, liability and law
Patches and new versions are licensed under the publisher's end user licence agreement;
ownership of the software remains with the publisher. KBS's total liability in any support
year is limited to the support fee paid for that year; KBS shall not be liable for loss of
data, loss of profit or any indirect damage. These terms are governed by Belgian law and
the courts of Antwerp, division Turnhout, have exclusive jurisdiction.

To keep support uninterrupted, no action is needed: the invoice will follow on 1 July.

Kind regards,
Kempisch Business Systems NV

Dirk Mertens, Managing Director

Acknowledged for the customer (name, date, signature): ______________________________
""",
    items={
        "agreement.signed_both": "partial",
        "budget.project_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.liability_excluded": True,
        "risk.unsigned": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

EN_DATA_PROCESSING_ADDENDUM = UnseenDocument(
    name="en_data_processing_addendum",
    text="""DATA PROCESSING ADDENDUM
to the SaaS Subscription Agreement no. SA-2027-0193 dated 15 February 2027 (the "Agreement")

between
TALENTRIX BV, Generaal Lemanstraat 47, 2018 Antwerpen, Belgium, company number
0743.610.582 ("Supplier", processor); and
DE WINTER LOGISTICS NV, Noorderlaan 133, 2030 Antwerpen, Belgium, company number
0428.195.774 ("Customer", controller).

1. Scope and precedence
1.1 This Addendum forms part of the Agreement and governs the processing of personal data
by Supplier on behalf of Customer when providing the Talentrix recruitment and onboarding
platform. In case of conflict between this Addendum and the Agreement regarding personal
data, this Addendum prevails.
1.2 Capitalised terms not defined here have the meaning given in the Agreement or in
Regulation (EU) 2016/679 ("GDPR").

2. Details of the processing
Subject matter:    hosting and processing of candidate and employee data in the platform
Duration:          the term of the Agreement, plus the return and deletion period of clause 8
Data subjects:     job applicants, employees, temporary workers of Customer
Categories:        identification and contact data, CVs, assessment results, contract data
Special categories: none, unless Customer uploads them against clause 3.3

3. Obligations of Supplier
3.1 Supplier processes personal data only on documented instructions of Customer, including
those set out in the Agreement and in the platform settings chosen by Customer.
3.2 Persons authorised to process the personal data are bound by a written duty of
confidentiality that continues after their employment ends.
3.3 Supplier implements the technical and organisational measures of Schedule 2 and keeps
its ISO/IEC 27001 certification for the platform. Customer shall not upload special
categories of data.
3.4 Supplier assists Customer, by appropriate measures, with requests of data subjects and
with data protection impact assessments.

4. Sub-processors
Customer gives general authorisation for the sub-processors listed in Schedule 1 (hosting in
Frankfurt and Amsterdam, e-mail delivery, e-signature). Supplier informs Customer at least
30 days before adding or replacing a sub-processor; Customer may object on reasonable
grounds within that period, in which case the parties seek a solution in good faith. No
personal data are transferred outside the European Economic Area.

5. Personal data breaches
Supplier notifies Customer without undue delay and at the latest within 48 hours after
becoming aware of a personal data breach affecting Customer's data, with the information
listed in Article 33(3) GDPR as far as then available, and keeps Customer informed.

6. Audits
Supplier makes available its ISO/IEC 27001 certificate and its most recent external audit
report once a year. Customer may, in addition, have an independent auditor bound by
confidentiality carry out one on-site audit per year, announced 30 days in advance, at
Customer's own cost.

7. Liability
Each party's liability under or in connection with this Addendum is subject to the
limitations and exclusions of liability set out in the Agreement.

8. Return and deletion
Within 30 days after the end of the Agreement, Customer may export all its personal data
from the platform in CSV and JSON formats via the administration console; on request Supplier
delivers the export on a secure file transfer link. Supplier then deletes the personal data,
including back-up copies, within 60 days and confirms the deletion in writing, unless Union
or Belgian law requires their storage. Upon request, Supplier shall provide reasonable
assistance for a transfer of the data to another provider, on terms to be agreed.

9. Contacts
Supplier's data protection officer: Ms. Hanne Peeters, dpo@talentrix.eu
Customer's privacy contact: Mr. Bart Claes, privacy@dewinterlogistics.be

10. Law
This Addendum is governed by the law and subject to the jurisdiction provided in the
Agreement.

Schedule 1 - Sub-processors; Schedule 2 - Technical and organisational measures.

Signed electronically via the Talentrix e-signature service, each party receiving a copy.
For Talentrix BV:                          For De Winter Logistics NV:
Joris Van Hoof, CEO                        Annelies De Winter, HR Director
signed electronically on 20/02/2027        signed electronically on 21/02/2027
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.recurring_cost": "missing",
        "budget.payment_terms": "missing",
        "timing.planning": "missing",
        "timing.delay": "missing",
        "team.replacement": "missing",
        "rollout.deployment": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.data_lockin": False,
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
    },
    figures={},
)

EN_DOCUMENTS = (EN_ERP_SUPPORT_RENEWAL, EN_DATA_PROCESSING_ADDENDUM)
