"""Training batch 9 (en, writer e): English documents by Belgian and Dutch IT suppliers:
(1) a formal support and hosting agreement between a Dutch vendor and a Ghent biotech company
for its electronic lab notebook (validated support, service levels, escrow, exit); (2) a short
order form for a customer-feedback survey SaaS for a Belgian car dealer group, under the
provider's terms of service, signed electronically by both; (3) a statement of work under an
MSA for migrating an insurance broker's SharePoint 2016 intranet to SharePoint Online, on time
and materials with an estimate and a cap; (4) an informal offer letter by a Dutch vendor for a
print-management software licence, installation and webshop plug-in for a Belgian 3D-printing
farm, signed by the supplier only, with an empty client signature line.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T9E_ELN_SUPPORT_AGREEMENT = UnseenDocument(
    name="en_t9e_eln_support_agreement",
    text="""SUPPORT AND HOSTING AGREEMENT
Electronic Lab Notebook "Benchline ELN" - Agreement no. NT-SUP-2026-044

BETWEEN
Notara Labware B.V., Galileiweg 8, 2333 BD Leiden, the Netherlands, Chamber of Commerce no.
71460392, represented by Ms Femke de Wit, managing director ("Notara");
AND
Cellvia NV, Technologiepark-Zwijnaarde 82, 9052 Gent, Belgium, enterprise no. BE 0694.517.283,
represented by Dr Jonas Van Hecke, CEO ("Cellvia").

Article 1 - Subject and contract documents
1.1 Cellvia has used Benchline ELN since 2023 under Notara's licence agreement of 12 May 2023.
This Agreement governs the hosting, support and maintenance of Benchline ELN from 1 January 2027.
1.2 The Agreement consists of this document and: Annex A - service description (Validated
Support); Annex B - data processing agreement; Annex C - Notara's proposal NT-PR-2026-118 of
3 November 2026. In case of conflict: this document, Annex B, Annex A, Annex C. Notara's general
terms and conditions do not apply to this Agreement.

Article 2 - Services
2.1 Cellvia has chosen the "Validated Support" formula, which comprises: hosting of the
production, validation and training environments of Benchline ELN for 140 named users;
corrective maintenance; the service desk; all new releases; and, for each release, a
GxP change-control package (release notes, risk assessment, executed test scripts) supporting
Cellvia's computerised system validation under EU GMP Annex 11 and 21 CFR Part 11.
2.2 Not included: validation work performed by Cellvia itself, new integrations (other than the
existing interfaces with the Benchling registry and the Waters Empower CDS), custom report
development, and on-site visits. Such services are quoted separately under article 4.3.

Article 3 - Service levels
3.1 Service desk: working days 8:30-17:30 CET through the Notara portal, by e-mail
(support@notara.nl) and by telephone (+31 71 799 20 40). Priority 1 incidents can also be
reported by telephone on weekends and public holidays between 8:00 and 20:00.
3.2 Priorities, response and workaround times:
   P1 - ELN unavailable, or data cannot be saved or signed    response 1 hour, workaround 6 hours
   P2 - a module or interface unavailable                      response 4 business hours,
                                                               workaround 2 business days
   P3 - other incidents and questions                         response 1 business day,
                                                               fix in the next release
3.3 Availability of the production environment: 99,5 % per calendar quarter, excluding
maintenance windows announced at least five working days in advance and carried out on Saturdays
between 7:00 and 13:00.
3.4 If availability in a quarter is below 99,5 %, Cellvia receives a credit of 3 % of the
quarterly fee for each started 0,5 % below that level, up to 15 % of the quarterly fee. Credits
are set off against the next invoice.
3.5 Notara backs up all data daily to a second data centre in the Netherlands and keeps backups
for 35 days. The restore of a backup is tested every six months.

Article 4 - Fees
4.1 Annual fee for Validated Support including hosting: EUR 46.200,00 excl. VAT, invoiced
annually in advance in January. Invoices are payable within 30 days of the invoice date.
4.2 One-off service intake (documentation of Cellvia's configuration, interfaces and validation
status, set-up of the support portal): EUR 2.800,00 excl. VAT, invoiced on signature.
4.3 Services outside the scope are charged at EUR 1.150,00 per day (consultant) and EUR 1.380,00
per day (validation specialist). Notara first sends a written estimate; work starts only after
Cellvia's QA manager has approved it in writing.
4.4 Fees and rates are indexed on 1 January of each year by the change in the CBS consumer price
index (CPI, all households) over the previous year, with a maximum of 3 % per year.

Article 5 - Releases and updates
5.1 Notara releases two minor versions and at most one major version per year. Each release is
first installed in the validation environment. Cellvia performs its acceptance tests within 20
working days and gives written release approval; Notara installs the release in production
within five working days of that approval, at a moment agreed with Cellvia.
5.2 Security patches are installed within ten working days of their publication, critical
security patches within 48 hours, after notice to Cellvia.

Article 6 - Team and quality
6.1 Notara appoints Mr Daan Hoekstra as dedicated support engineer and Ms Anouk Visser as
account manager. Mr Hoekstra keeps Cellvia's configuration, interface and validation
documentation up to date in Notara's service desk.
6.2 Support engineers assigned to Cellvia have at least three years' experience with Benchline
ELN and are trained in GAMP 5.
6.3 Notara works under an ISO 9001 and ISO 27001 certified management system. Every release is
tested against Notara's automated regression suite before delivery, and the executed test
report is part of the change-control package.

Article 7 - Cellvia's obligations
Cellvia appoints two key users who are the only persons reporting incidents to the service desk,
provides a reproducible description of each incident, performs the acceptance tests of article 5.1
within the period stated there, and informs Notara at least one month in advance of any change
in its SSO (Microsoft Entra ID) configuration.

Article 8 - Reporting and governance
8.1 By the tenth working day of each quarter Notara sends a service report: availability,
tickets per priority, response and workaround times achieved, credits due, and planned releases.
8.2 Twice a year the account manager, the support engineer, Cellvia's QA manager and Cellvia's
IT manager hold a service review. Issues not solved at that level are escalated to Notara's
managing director and Cellvia's CEO.

Article 9 - Term and termination
9.1 This Agreement runs for 36 months from 1 January 2027. It is then tacitly renewed for
successive periods of 12 months unless either party terminates it by registered letter at least
six months before the end of the current period.
9.2 Either party may terminate the Agreement with immediate effect if the other party fails to
remedy a material breach within 30 days of a written notice of default, or is declared bankrupt.

Article 10 - Exit
10.1 Within 30 days after the end of the Agreement Notara delivers, free of charge, a complete
export of all experiments, entries, attachments, signatures and the audit trail, in XML and as
PDF/A files, with a description of the export format. Notara has no right to retain Cellvia's
data for any reason, including unpaid invoices.
10.2 At Cellvia's request Notara continues the service for up to six months after the end at the
fees then in force and assists Cellvia and its new supplier with the migration at the daily rates
of article 4.3. Notara delivers its configuration documentation and gives one handover day to
Cellvia's IT team.
10.3 The source code of Benchline ELN is deposited with Escrow Alliance B.V. under a three-party
escrow agreement in which Cellvia is a beneficiary. The deposit is updated at each major release
and released to Cellvia if Notara is declared bankrupt or stops supporting Benchline ELN.

Article 11 - Liability
Each party's liability is limited per year to the annual fee of article 4.1, with a minimum of
EUR 150.000,00. Indirect damage is excluded, except in case of fraud or wilful misconduct. Notara
restores lost or corrupted data from its backups at its own cost.

Article 12 - Intellectual property
Notara keeps all rights in Benchline ELN; Cellvia's right of use remains governed by the licence
agreement of 12 May 2023. Templates, protocols and reports made for Cellvia belong to Cellvia.

Article 13 - Confidentiality and personal data
13.1 Each party keeps the other's confidential information secret. Cellvia's research data,
experiment entries and formulations are confidential in all cases. This obligation applies during
the Agreement and for ten years after its end.
13.2 Notara processes personal data of Cellvia's staff and pseudonymised donor data as processor
under Annex B, only in data centres in the Netherlands, and notifies Cellvia of any personal
data breach within 24 hours of discovering it.

Article 14 - Disputes and governing law
Disputes are first discussed in the service review and then between Notara's managing director
and Cellvia's CEO within 20 working days. If that fails, the parties try mediation under the
CEPANI mediation rules before going to court. This Agreement is governed by Belgian law; the
courts of Ghent have exclusive jurisdiction.

Signed in Ghent on 14 December 2026 in two originals.

For Notara Labware B.V.                     For Cellvia NV
(signed)                                    (signed)
Femke de Wit                                Dr Jonas Van Hecke
Managing director                           CEO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "covered",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T9E_FEEDBACK_SURVEY_ORDER_FORM = UnseenDocument(
    name="en_t9e_feedback_survey_order_form",
    text="""PULSEPOLL - ORDER FORM
Order no. PP-2026-1187                                        Date: 7 December 2026

Provider:  Pulsepoll BV, Kribbestraat 12, 2000 Antwerpen - BE 0758.402.119
Customer:  Autogroep Desmet NV, Kortrijksesteenweg 560, 9830 Sint-Martens-Latem
           - BE 0437.661.904
Customer admin: Ms Lotte Desmet, customer experience manager (lotte.desmet@desmet-auto.be)
Your Customer Success Manager: Mr Yannick Peeters (yannick@pulsepoll.com)

1. PLAN
Pulsepoll Growth - customer-feedback surveys (NPS, CSAT, after-sales and showroom surveys) for
the Customer's 9 dealerships.
Included: 12 admin seats, unlimited viewers, 30.000 survey responses per subscription year,
e-mail and QR-code distribution, dashboards per dealership, text analytics in Dutch, French and
English, alerts on negative feedback, native connector to the Customer's Salesforce Automotive
Cloud.
Not included: SMS distribution (available at EUR 0,08 per SMS), custom integrations other than
Salesforce, translation of survey texts.

2. FEES (EUR, excl. VAT)
Subscription: EUR 790,00 per month, i.e. EUR 9.480,00 per subscription year, invoiced annually
in advance.
Onboarding package (one-off): EUR 1.650,00, invoiced on signature.
Additional responses: the Customer's admin can order packs of 5.000 responses at EUR 220,00 per
pack in the admin console; packs are invoiced when ordered. When the yearly volume is used up,
surveys stop sending until a pack is ordered. Pulsepoll notifies the admin at 80 % and 100 % of
the volume.
Any other services are only performed on the basis of a separate quote accepted by the Customer.
Payment: 30 days from invoice date.
Pulsepoll may change its prices for the next subscription year by notifying the Customer at
least 60 days before the renewal date.

3. ONBOARDING
Start date: 4 January 2027. Within three weeks of the start date Pulsepoll sets up the account
and the Salesforce connector, configures three survey journeys (sales delivery, after-sales
visit, showroom visit) and gives two online admin trainings of 90 minutes.
The Customer provides its brand guidelines, the survey questions and an integration user in its
Salesforce sandbox by the kick-off call in the week of 4 January 2027.

4. SERVICE
Uptime commitment: 99,9 % per calendar month, measured as described in the Pulsepoll Service
Level Policy (pulsepoll.com/sla). Service credits as set out in that policy.
Support: Monday to Friday 9:00-17:00 CET by e-mail (help@pulsepoll.com) and in-app chat. We
answer every ticket within 8 business hours.
New features and updates are released continuously and are included in the subscription.
Your Customer Success Manager holds a business review with the Customer every quarter.

5. TERM
Initial term: 12 months from the start date. The subscription renews automatically for
successive periods of 12 months unless either party gives written notice at least 60 days
before the end of the current term. Either party may terminate the subscription for a material
breach not remedied within 30 days of written notice.

6. DATA
The survey responses and contact data belong to the Customer. Pulsepoll processes the personal
data of the Customer's clients (name, e-mail, vehicle, answers) as processor under the data
processing agreement attached as Annex 1; all data is hosted in the EU (Frankfurt). During 30
days after the end of the subscription the Customer can export all responses as CSV or XLSX
from the admin console; after that period Pulsepoll deletes them.
Pulsepoll keeps all rights in the platform; the Customer may use it during the subscription.

7. TERMS
This Order Form is governed by the Pulsepoll Terms of Service (pulsepoll.com/terms). If the
Terms of Service and this Order Form conflict, the Terms of Service prevail. Purchase order terms
of the Customer do not apply.
Pulsepoll's total liability is limited to the fees paid by the Customer in the three months
before the event giving rise to the claim.
The Terms of Service and this Order Form are governed by Belgian law; the courts of Antwerp have
exclusive jurisdiction.

Signed electronically (DocuSign) on 9 December 2026

For Pulsepoll BV                          For Autogroep Desmet NV
(signed)                                  (signed)
Sarah Claes, head of sales                Pieter Desmet, managing director
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 8,
        "availability_percent": 99.9,
    },
)

EN_T9E_SHAREPOINT_MIGRATION_SOW = UnseenDocument(
    name="en_t9e_sharepoint_migration_sow",
    text="""STATEMENT OF WORK No. 4
SharePoint intranet migration "Vandenbroucke Connect"

Supplier: Intradesk BV, Schaliënhoevedreef 20T, 2800 Mechelen - BE 0812.337.560 ("Intradesk")
Client:   Vandenbroucke Verzekeringen NV, Frankrijklei 101, 2000 Antwerpen - BE 0405.228.917
          ("the Client")

1. Framework
1.1 This Statement of Work ("SOW") is issued under the Master Services Agreement between the
parties of 14 March 2025 (the "MSA"). Intradesk's proposal P-2026-311 of 20 November 2026 is
attached as Appendix 1 and forms part of this SOW.
1.2 In case of conflict this SOW prevails over the MSA for scope, planning and price; for all
other matters the MSA prevails. Appendix 1 applies only where this SOW is silent.

2. Scope
2.1 Intradesk migrates the Client's intranet from SharePoint Server 2016 (on premises) to
SharePoint Online in the Client's Microsoft 365 tenant, and redesigns it as a hub-based
intranet: one home site, 6 department hubs and 48 team and project sites.
2.2 Included: information architecture and navigation, site templates and page layouts in the
Client's house style, migration of content and permissions, two SPFx web parts (news by
department and a staff directory fed by Entra ID), training and hypercare.
2.3 Not included: migration of file shares and personal OneDrive content, Teams governance,
workflows built in SharePoint Designer 2013 (to be rebuilt in a later SOW), Microsoft 365
licences, and content writing.

3. Approach and planning
   Phase 1 - Discovery and content inventory         11 January - 22 January 2027
   Phase 2 - Information architecture and design     25 January - 12 February 2027
   Phase 3 - Build of hubs, templates, web parts     15 February - 12 March 2027
   Phase 4 - Migration: pilot (2 departments)        15 March - 19 March 2027
             wave 1 and wave 2                       22 March - 9 April 2027
   Go-live                                           Monday 19 April 2027
   Hypercare                                         19 April - 30 April 2027

4. Data migration
4.1 Intradesk migrates about 1,3 TB of documents and pages with ShareGate, including metadata,
the last 10 versions of each document and permissions mapped to the new Entra ID groups.
Content not modified since 1 January 2020 is archived in a read-only archive site.
4.2 After each wave Intradesk delivers a comparison report (item counts, versions, permissions
per site). Differences are corrected before the next wave starts.

5. Client obligations
5.1 The Client appoints Ms Hilde Wouters as product owner with authority to decide on the design
and the migration waves.
5.2 The Client's content owners clean up their sites (delete obsolete content) before the start
of the wave concerned; the list of content owners is delivered by 22 January 2027.
5.3 The Client grants Intradesk's consultants SharePoint administrator rights and VPN access to
the 2016 farm by 11 January 2027, and sends the staff communication about the go-live.

6. Team
6.1 Intradesk's team: Mr Tom Lenaerts, project manager; Ms Charlotte Maes, solution architect
(Microsoft 365 certified, eight years of SharePoint experience); two migration consultants with
at least three years of experience; one SPFx developer.
6.2 Intradesk informs the Client at least ten working days before replacing a team member. A
replacement has at least the same experience and qualifications, and the time needed to get to
know the project is not charged to the Client.

7. Quality
Intradesk's architect reviews the information architecture and every site template before
build. The SPFx web parts are code-reviewed and tested in a test site collection. Each migration
wave is validated with the comparison report of article 4.2.

8. Reporting and governance
8.1 Every Friday the project manager sends a status report: progress per phase, days used
against the estimate, open issues, risks and decisions needed.
8.2 A steering committee (the Client's COO, the product owner, Intradesk's account director and
project manager) meets every two weeks. Issues and disputes not solved by the project manager and
the product owner are escalated to the steering committee, then to Intradesk's managing director
and the Client's CEO, before either party takes any legal step.

9. Acceptance
9.1 Twelve key users appointed by the Client run the user acceptance tests described in Appendix
1 during ten working days after the end of wave 2. Findings are classified as blocking, major or
minor.
9.2 Go-live takes place when no blocking or major findings are open. The product owner then
signs the acceptance report. If the Client does not report findings within the test period, the
deliverables are considered accepted.

10. Training, go-live and handover
10.1 Intradesk gives three half-day trainings for up to 25 content editors, delivers a short
introduction video for all staff, and during hypercare provides a daily on-site presence of one
consultant in Antwerp and answers users' questions through a Teams channel.
10.2 Before the end of hypercare Intradesk delivers an administrator handbook (site structure,
permissions model, templates, web part configuration) and gives two handover sessions to the
Client's IT team.

11. Warranty
For 30 days after go-live Intradesk corrects free of charge any defect in the templates, the web
parts and the migrated content attributable to Intradesk.

12. Price and invoicing
12.1 This SOW is performed on a time-and-materials basis. Estimate: 64 days, i.e. EUR 69.460,00
excl. VAT. Intradesk will not invoice more than 110 % of the estimate without the Client's prior
written approval.
12.2 Daily rates (EUR, excl. VAT): project manager 1.050,00; solution architect 1.240,00;
migration consultant 980,00; SPFx developer 940,00. The ShareGate licence for the project
(EUR 3.100,00) is re-invoiced at cost.
12.3 Intradesk invoices monthly in arrears on the basis of the timesheets approved by the product
owner. Invoices are payable within 30 days of the invoice date.
12.4 Changes to the scope follow the change procedure of the MSA: Intradesk describes the change,
the effort and the effect on the planning in writing; the work starts only after the product
owner has signed the change request.

13. Delay
If the Client's deliverables of article 5 are late, the planning is shifted accordingly and
agreed again in the steering committee; consultants who cannot work as a result are reassigned,
and the extra days, if any, are handled as a change request. If Intradesk misses the go-live date
for reasons attributable to it, the days needed to catch up are not charged.

14. Personal data
Intradesk acts as processor for the Client under the data processing agreement of 14 March 2025.
The migrated content never leaves the Client's tenant and the 2016 farm, and Intradesk's
administrator accounts are removed at the end of hypercare.

15. Intellectual property
Upon payment, the site templates, page layouts and the two SPFx web parts including their source
code become the property of the Client. Intradesk keeps the rights in its generic migration
scripts and may reuse its know-how.

16. Other terms
Liability and confidentiality are governed by articles 11 and 9 of the MSA.
The Client may end this SOW at any time with 15 days' written notice; days worked until then
are invoiced.

Signed in Antwerp on 16 December 2026.

For Intradesk BV                              For Vandenbroucke Verzekeringen NV
(signed)                                      (signed)
Kristof Janssens, managing director           An Vandenbroucke, COO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
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
        "maintenance.services": "missing",
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
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "covered",
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
        "payment_term_days": 30,
        "warranty_days": 30,
    },
)

EN_T9E_PRINT_FARM_LICENCE_OFFER = UnseenDocument(
    name="en_t9e_print_farm_licence_offer",
    text="""LAYERHIVE B.V.
Torenallee 32-06, 5617 BD Eindhoven - KvK 84120937 - www.layerhive.io

PrintForge BV
Attn. Mr Stijn Vercruysse
Pottelberg 1B
8500 Kortrijk, Belgium

Eindhoven, 3 December 2026
Offer no.: LH-OF-26-219 - valid until 3 January 2027

Subject: LayerHive Farm Manager - licence, installation and webshop plug-in

Dear Stijn,

Thanks for showing us around your print farm last Tuesday. As promised, here is our offer to
run your 70 printers (64 FDM, 6 resin) from one queue with LayerHive Farm Manager, and to connect
it to your WooCommerce shop so that paid orders go straight into the print queue.

What you get
  - LayerHive Farm Manager, self-hosted edition, licensed for 70 printers: central print queue,
    automatic job assignment by material and nozzle, filament and resin stock tracking, camera
    feeds, failure detection and job history.
  - Installation and configuration on your own Linux server (remote).
  - Import of your printer list and your 35 material profiles from the Excel file you sent us.
  - A WooCommerce plug-in, built for you, that sends paid orders with their STL/3MF files to the
    print queue and reports the order status back to the shop.
  - A half-day online training for up to 4 operators.
Not included: the server and its operating system, printer hardware and firmware, slicer
licences, and changes to your shop theme.

Prices (EUR, excl. VAT)
  Licence, 70 printers x EUR 9,00 per month                   630,00 per month
                                                  (invoiced yearly in advance: 7.560,00)
  Installation, configuration and data import (one-off)        950,00
  WooCommerce plug-in (fixed price)                          2.400,00
  Training                                                    included
One-off amounts: 50 % on order, 50 % when the plug-in goes live. Payment within 15 days of the
invoice date.
We may adjust our licence prices once a year; we announce new prices by e-mail at least 30 days
before your renewal date.
Anything you ask for beyond this offer is charged at EUR 110,00 per hour, but only after you have
approved our written estimate.

Planning
Installation within two weeks of your order, on a date we agree together. The plug-in is
delivered in your staging shop four weeks after the order. Before the installation date you
provide a server meeting our requirements (Ubuntu 24.04, 8 cores, 32 GB RAM), remote access for
our engineer, and Klipper or OctoPrint running on each printer on your network.

Acceptance and warranty
You test the plug-in in your staging shop for five working days. Unless you report a blocking
issue in that period, the plug-in is accepted and we put it live in your production shop. We fix
bugs in the plug-in that you report within 60 days after go-live free of charge.

Support and updates
Support is included in the licence: tickets via support.layerhive.io or e-mail on working days
9:00-17:00. We do our best to answer within one working day but cannot guarantee response
times. All updates and new versions of Farm Manager released during your licence are included;
you install them yourself with one command, or we do it for you during a support call.
Your contact for this project is Jeroen Bakker, solutions engineer (jeroen@layerhive.io).

Licence term
The licence runs for 12 months from installation and renews automatically for 12 months at a
time. You can cancel by e-mail at least one month before the renewal date. If the licence ends,
Farm Manager switches to read-only mode: your job history and stock data stay on your server
and can still be exported as CSV.
The software remains ours; you receive a non-exclusive, non-transferable licence for your own
print farm for as long as you pay the licence. The plug-in is licensed to you on the same terms.

Our General Terms of Delivery 2025 (attached) apply. Our liability is limited as set out in
those terms. Dutch law applies; disputes go to the court of Oost-Brabant.

To accept this offer, please sign below and return a copy to sales@layerhive.io.

Kind regards,

(signed)
Marloes Jansen
Sales manager, LayerHive B.V.

For agreement, PrintForge BV:

Name: ........................   Signature: ........................   Date: ............
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 60,
    },
)

DOCUMENTS = [
    EN_T9E_ELN_SUPPORT_AGREEMENT,
    EN_T9E_FEEDBACK_SURVEY_ORDER_FORM,
    EN_T9E_SHAREPOINT_MIGRATION_SOW,
    EN_T9E_PRINT_FARM_LICENCE_OFFER,
]
