"""Training batch 12 (en, writer j): (1) a formal statement of work under a framework agreement
by a Mechelen data consultancy for the data-quality clean-up and deduplication of a Belgian
distributor's Dynamics 365 CRM (fixed price, phases, acceptance, warranty, signed by both); (2) a
formal support and maintenance agreement between a Dutch software supplier and a Belgian port
authority for its vessel-traffic dashboard (24/7 service levels, credits, escrow, tacit renewal,
signed by both); (3) an order form by a Hasselt IT reseller for a password-manager business plan
with an onboarding package, with the client's signature block left blank; (4) a short renewal
letter from a Ghent supplier to a school for its student-information system, with a price
increase and automatic renewal, signed by the supplier only.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T12J_CRM_DEDUPLICATION_SOW = UnseenDocument(
    name="en_t12j_crm_deduplication_sow",
    text="""STATEMENT OF WORK No. 3
CRM data-quality clean-up and deduplication (Dynamics 365 Sales)
under the Framework Services Agreement of 14 March 2025 - ref. DW-SOW-2026-031, 2 December 2026

1. PARTIES
Datawise Consulting BV, Schaliënhoevedreef 20T, 2800 Mechelen, enterprise no. BE 0687.412.905,
represented by Mr Koen Verlinden, managing director ("Datawise");
and
Hoornaert Technics NV, Brugsesteenweg 512, 8520 Kuurne, enterprise no. BE 0418.377.261,
represented by Ms Evelien Hoornaert, CEO, and Mr Dries Vancoillie, CFO ("the Client").

2. CONTRACT DOCUMENTS
2.1 This SOW consists of this document and Annex A, Datawise's proposal DW-P-2026-117 of
12 November 2026, which forms part of it.
2.2 This SOW is concluded under the Framework Services Agreement of 14 March 2025 (the
"Framework Agreement"). In case of conflict, this SOW prevails over the Framework Agreement, and
the Framework Agreement prevails over Annex A. Datawise's general terms and conditions do not
apply.

3. BACKGROUND
The Client's Dynamics 365 Sales holds about 148.000 accounts and 310.000 contacts, with an
estimated 18 % duplicate accounts after three migrations and the 2023 merger with Vanhecke
Industrial Supplies. The objective is a clean, deduplicated CRM and rules that keep it clean.

4. SCOPE
4.1 In scope:
  a) profiling of accounts, contacts, leads and the links to opportunities and activities;
  b) matching and survivorship rules for accounts and contacts, validated with the Client;
  c) deduplication and merge of accounts and contacts, keeping all opportunities, activities,
     quotes and notes linked to the surviving record;
  d) standardisation of addresses and enrichment of Belgian accounts with data from the
     Crossroads Bank for Enterprises (KBO/BCE) and validation of EU VAT numbers via VIES;
  e) identification of contacts without activity for more than five years, for deletion
     according to the Client's retention policy;
  f) configuration of duplicate detection rules in Dynamics 365 to prevent new duplicates.
4.2 Out of scope: master data in SAP Business One, the Client's marketing automation tool,
manual completion of missing data beyond 500 records, and Dynamics 365 licences.

5. PLANNING
  Phase 1 - profiling and profiling report            11 January - 29 January 2027
  Phase 2 - matching rules and sample review          1 February - 19 February 2027
  Phase 3 - full test run in the sandbox              22 February - 12 March 2027
  Phase 4 - production merge                          weekend of 20-21 March 2027
  Phase 5 - hypercare and handover                    22 March - 9 April 2027

6. DELIVERABLES
Profiling report; matching and survivorship rules; merge log per record (old and new IDs);
reconciliation reports after the test run and the production merge; run book; training.

7. CLIENT OBLIGATIONS
The Client:
  a) gives Datawise administrator access to the sandbox and production environments by
     8 January 2027;
  b) appoints Ms Nathalie Dewaele, CRM manager, as data owner with authority to decide on the
     matching and survivorship rules, and takes these decisions by 19 February 2027;
  c) has its sales managers review the sample of 400 match pairs within five working days of
     receiving it;
  d) freezes data entry in the CRM from Friday 19 March 2027, 18:00, until Monday 22 March 2027,
     8:00.

8. TEAM
8.1 Engagement lead: Ms Annelies Wouters, senior data-quality consultant (twelve years'
experience, Microsoft Certified Dynamics 365 Functional Consultant). Data engineer: Mr Bram de
Ruiter (five years' experience in data matching and Azure Data Factory), about three days a week.
8.2 Datawise does not replace either of them without the Client's prior written approval. A
replacement has at least equivalent qualifications, and the handover to the replacement is at
Datawise's expense.

9. QUALITY AND ACCEPTANCE
9.1 The matching rules are tuned on the Client's sample review. Target precision: at least 98 %
correct merges, measured on a random sample of 300 merged pairs checked by the data owner. All
merge scripts are reviewed by a second Datawise engineer before they run. Before the production
merge, Datawise takes a full export of all affected CRM tables so that any merge can be reversed.
9.2 The Client accepts or refuses each deliverable in writing within five working days of
delivery, stating its reasons for refusal. The production merge is accepted when the precision
target is met and the reconciliation report shows that no opportunity, activity or quote has
lost its link to an account. A deliverable on which the Client has not reacted within five
working days is deemed accepted.

10. GO-LIVE, DATA LOAD AND HANDOVER
10.1 In the weekend of 20-21 March 2027 Datawise runs the production merge, loads the cleansed
and enriched records into Dynamics 365 Sales and activates the duplicate detection rules.
10.2 Datawise gives one half-day training to the Client's four CRM administrators on the rules
and the run book, and a 45-minute webinar for the sales team (about 60 users), recorded for
later use.
10.3 During hypercare, Datawise's data engineer is available on working days from 9:00 to 17:00
via Teams and crm-support@datawise.be and reacts to a reported wrongly merged record within four
working hours.
10.4 At the end of phase 5 Datawise hands over the run book, the matching rules and all scripts
with their documentation, so that the Client's administrators can maintain the rules themselves.

11. WARRANTY
For 30 days after the production merge Datawise corrects free of charge any wrongly merged or
wrongly enriched record caused by its rules or scripts, using the merge log.

12. PRICE AND PAYMENT (EUR, excl. VAT)
12.1 Fixed price for phases 1 to 5 as described above: EUR 38.650,00.
12.2 One-off set-up of the secure processing environment (Azure, West Europe) and configuration
of Datawise's matching engine: EUR 2.400,00, invoiced on signature.
12.3 Invoicing of the fixed price: 30 % on signature, 40 % on acceptance of the test run,
30 % on acceptance of the production merge. Invoices are payable within 30 days of the invoice
date.
12.4 Daily rates, fixed until 31 December 2027: senior consultant EUR 1.150,00; data engineer
EUR 940,00.
12.5 Extra work: any work outside article 4 (including manual completion beyond 500 records) is
handled through a change request. Datawise sends a written estimate (effort, price, impact on the
planning) within three working days. Work starts only after the data owner has approved the
estimate in writing; work that was not approved is not invoiced.

13. DELAY
13.1 If the Client does not meet an obligation under article 7 on time, the planning shifts by
the same number of working days. Standby time of Datawise's team of more than three working days
caused by such a delay is invoiced at the daily rates, after written notice to the Client.
13.2 If Datawise cannot run the production merge in the planned weekend for reasons attributable
to it, it bears the costs of the new merge weekend and grants a discount of 2 % of the fixed
price per started week of delay, up to 10 %.

14. REPORTING AND GOVERNANCE
14.1 Every Friday Datawise sends a status e-mail to the data owner: progress per phase, records
processed, open issues and risks, days used against the fixed price.
14.2 Every two weeks a steering call takes place between the data owner, the Client's IT
manager (Mr Pieter Ghesquière) and the engagement lead. Issues they cannot solve are escalated to
the Client's CFO and Datawise's managing director.

15. PERSONAL DATA, CONFIDENTIALITY AND DATA RETURN
15.1 Datawise processes the personal data of the Client's contacts as processor, under the data
processing agreement in Annex 3 of the Framework Agreement. Data is processed only in the
Azure West Europe region and never leaves the EU.
15.2 Article 11 (Confidentiality) of the Framework Agreement applies.
15.3 At the end of phase 5 Datawise delivers the cleansed dataset, the merge log and all working
files to the Client in CSV format and as Dynamics 365 import files. Within 30 days it then deletes
all copies in its environment and confirms this in writing.

16. INTELLECTUAL PROPERTY
The matching rules, scripts, run book and reports made under this SOW become the Client's
property on payment. Datawise keeps all rights in its matching engine, which is used only during
the project.

17. LIABILITY
Datawise's liability under this SOW is limited to twice the fixed price of article 12.1.
Indirect damage is excluded, except in case of fraud or wilful misconduct. Datawise restores
wrongly merged or lost records from the export of article 9.1 at its own cost.

18. TERM AND TERMINATION
18.1 This SOW enters into force on signature and ends on acceptance of the last deliverable, at
the latest on 30 April 2027; it can only be extended by a written amendment signed by both
parties.
18.2 The Client may terminate this SOW at any time with 15 days' written notice; it then pays the
work performed up to the end of the notice period. Either party may terminate this SOW if the
other party does not remedy a material breach within 15 days of a written notice of default.

19. DISPUTES AND GOVERNING LAW
Disputes are first discussed in the steering call and then between the Client's CFO and
Datawise's managing director; if they do not reach an agreement within 15 working days, either
party may go to court. This SOW is governed by Belgian law. The courts of Antwerp, division
Mechelen, have exclusive jurisdiction.

Signed in Kuurne on 9 December 2026, in two originals.

For Datawise Consulting BV            For Hoornaert Technics NV
(signed)                              (signed)                    (signed)
Koen Verlinden                        Evelien Hoornaert           Dries Vancoillie
Managing director                     CEO                         CFO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
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
        "risk.unsigned": False,
    },
    figures={
        "notice_period_days": 15,
        "payment_term_days": 30,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

EN_T12J_VESSEL_TRAFFIC_DASHBOARD_SUPPORT = UnseenDocument(
    name="en_t12j_vessel_traffic_dashboard_support",
    text="""SUPPORT AND MAINTENANCE AGREEMENT
HarbourView vessel-traffic dashboard - contract no. HWK/ICT/2026-014

BETWEEN
Havenbedrijf Westkust AG, autonomous municipal port company, Vismijnkaai 2, 8400 Oostende,
enterprise no. BE 0266.731.508, represented by Mr Filip Vandenbroucke, CEO, and Ms Sarah
Lemahieu, CIO ("the Port");
AND
Maritime Insight Systems B.V., Schoemakerstraat 97C, 2628 VK Delft, the Netherlands, Chamber of
Commerce no. 64120887, represented by Mr Joost van der Meer, managing director ("MIS").

Article 1 - Contract documents
1.1 This Agreement results from the negotiated procedure without prior publication with
reference HWK/ICT/2026-014. It consists of, in this order of precedence: (1) the special
specifications HWK/ICT/2026-014; (2) this Agreement and its annexes; (3) MIS's tender of
3 October 2026 (Annex 1). General terms and conditions of MIS do not apply.
1.2 Annexes: Annex 1 - tender; Annex 2 - description of the installation; Annex 3 - service
levels; Annex 4 - data processing agreement.

Article 2 - Object
2.1 MIS supports and maintains the HarbourView vessel-traffic dashboard installed in the Port's
data centre and used 24/7 by the Port's vessel traffic and harbour master's office: AIS and radar
track display, berth occupancy, ETA predictions, pilotage and lock planning, and the interfaces
with the Port Community System and the pilotage service.
2.2 Included: corrective maintenance, the service desk, on-call service, updates and new
releases, the AIS and radar connectors, and up to 40 hours per year of small adaptations.
2.3 Not included: servers, storage and network of the Port, the AIS base stations and radar
sensors, third-party data subscriptions (weather, tidal data), and new functionality beyond the
40 hours. Such work is quoted separately.

Article 3 - Take-over and start
3.1 From 4 to 29 January 2027 MIS takes over the support from the previous integrator: inventory
of the installation, review of the documentation, set-up of remote access and monitoring, and a
run book for the on-call engineers. The support service starts on 1 February 2027.
3.2 The Port provides VPN access for MIS by 6 January 2027, appoints a technical contact and a
24/7 contact in the vessel traffic centre, keeps its infrastructure and the AIS base stations
operational, and informs MIS at least ten working days before any change to its network or
servers.

Article 4 - Service desk and service levels
4.1 Service desk: working days 8:00-18:00 via the portal, servicedesk@maritimeinsight.nl or
+31 15 760 21 00. Priority 1 incidents: telephone on-call line 24/7, all days of the year.
4.2 Priorities, response and resolution times (also in Annex 3):
    P1 - dashboard unavailable, or no AIS/radar tracks shown     response 15 min, resolution 4 hours
    P2 - one module or interface unavailable (e.g. ETA, PCS)     response 1 hour, resolution 8 hours
    P3 - other incidents and questions                           response 1 working day,
                                                                 resolution 10 working days
    Response and resolution times for P1 and P2 run 24/7; for P3 on working days.
4.3 Availability: the HarbourView application is available 99,7 % of the time per calendar month,
measured by MIS's monitoring, excluding failures of the Port's infrastructure and planned
maintenance agreed with the harbour master's office at least five working days in advance.
4.4 Service credits: for each started 0,5 % of availability below 99,7 % the Port receives a
credit of 5 % of the monthly support fee, and for each P1 incident resolved late a credit of
2 % of the monthly support fee per started hour of delay, together up to 25 % of the monthly
fee. Credits are set off against the next invoice.

Article 5 - Updates
5.1 MIS installs security patches for the application and its components within ten working days
of their release, and critical patches (CVSS 9 or higher) within 48 hours.
5.2 Two releases per year are included. MIS installs each release first on the Port's acceptance
environment; it goes to production only after approval by the Port's change advisory board.

Article 6 - Team and knowledge of the installation
6.1 MIS's service manager for the Port is Ms Lotte Kuipers; technical lead is Mr Ruben Smit.
The on-call engineers have at least three years' experience with HarbourView and hold a valid
port facility access badge under the ISPS Code.
6.2 MIS gives one month's notice before replacing the service manager or the technical lead and
ensures a handover of at least five working days at its own cost.
6.3 MIS keeps the description of the installation (Annex 2), the configuration and the run book
up to date in its service desk tool, so that every engineer on call knows the Port's set-up.

Article 7 - Quality
MIS is ISO 27001 certified. Every change is tested on the acceptance environment according to a
written test plan before it goes to production, and every P1 incident is followed by a root-cause
analysis within five working days.

Article 8 - Reporting and governance
8.1 By the tenth working day of each month MIS sends a service report: incidents per priority,
response and resolution times achieved, availability, credits, patches installed and hours used
on small adaptations.
8.2 Each quarter a service review takes place between the Port's CIO, the head of the vessel
traffic centre and MIS's service manager. Issues not settled in the service review are escalated
to the Port's CEO and MIS's managing director.

Article 9 - Prices and payment (EUR, excl. VAT)
9.1 One-off take-over fee (article 3.1): EUR 4.500,00, invoiced on 1 February 2027.
9.2 Annual support fee: EUR 64.800,00, invoiced annually in advance on 1 February.
9.3 Work outside the support fee: EUR 125,00 per hour on working days, EUR 180,00 per hour
outside working hours. Such work is only carried out on the basis of a written estimate and
a purchase order from the Port.
9.4 The annual fee and the rates are revised on 1 February of each year with the formula
P = P0 x (0,2 + 0,8 x S/S0), S being the Agoria reference labour cost, with a maximum of 3 % per
year.
9.5 Invoices are sent via Peppol and are payable within 30 days of receipt of a correct invoice.

Article 10 - Term and termination
10.1 This Agreement runs for 36 months from 1 February 2027. It is then tacitly renewed for
periods of 12 months, unless either party terminates it by registered letter at least six months
before the end of the current period.
10.2 Either party may terminate this Agreement with immediate effect if the other party does not
remedy a serious breach within 30 days of a written notice of default.

Article 11 - End of the Agreement
11.1 At the end of the Agreement, at the Port's request, MIS keeps providing the support services
for up to six months at the prices then in force, and transfers its knowledge to the new
supplier during up to ten working days at the rates of article 9.3.
11.2 Within 15 days after the end MIS returns all documentation, configuration backups and
access credentials and all copies of the Port's data in their original formats, and then
deletes its own copies.
11.3 The source code of HarbourView is deposited with an escrow agent under the three-party
escrow agreement of 12 May 2023, updated at each release. It is released to the Port if MIS
goes bankrupt or stops maintaining HarbourView.

Article 12 - Liability
Each party's liability is limited to EUR 250.000,00 per event and EUR 500.000,00 per contract
year. Indirect damage is excluded, except in case of gross negligence or wilful misconduct. These
limits do not apply to breach of article 13.

Article 13 - Confidentiality, security and personal data
13.1 MIS keeps confidential all information on the Port, its clients and vessel movements, and
all security information covered by the ISPS Code, during the Agreement and for five years after.
13.2 HarbourView processes names and contact details of masters, agents and pilots. MIS processes
these data as processor under Annex 4.

Article 14 - Intellectual property
MIS keeps the intellectual property in HarbourView; the Port keeps its perpetual licence under
the purchase agreement of 2023. Adaptations made for the Port under this Agreement fall under
that licence, and all data and reports belong to the Port.

Article 15 - Disputes and governing law
Disputes are first submitted to the Port's CEO and MIS's managing director, who meet within
20 working days. Failing agreement, the courts of Bruges have exclusive jurisdiction. This
Agreement is governed by Belgian law.

Done in Oostende on 17 December 2026, in two originals.

For Havenbedrijf Westkust AG                  For Maritime Insight Systems B.V.
(signed)              (signed)                (signed)
Filip Vandenbroucke   Sarah Lemahieu          Joost van der Meer
CEO                   CIO                     Managing director
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
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "missing",
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
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.7,
    },
)

EN_T12J_PASSWORD_MANAGER_ORDER_FORM = UnseenDocument(
    name="en_t12j_password_manager_order_form",
    text="""NORDKEY IT BV - ORDER FORM
Order no. NK-OF-2026-1142                                  Date: 7 December 2026

Supplier:  Nordkey IT BV, Kempische Steenweg 311, 3500 Hasselt - BE 0724.560.118
           www.nordkey.be - support@nordkey.be - +32 11 49 30 30
Customer:  Lambrechts & Partners Accountants BV, Kolonel Dusartplein 8, 3500 Hasselt
           BE 0843.905.271
Customer contact: Mr Tom Lambrechts, managing partner (tom@lambrechts-partners.be)
Your account manager: Evi Martens (evi.martens@nordkey.be)
Your onboarding consultant: Jens Claes, KeyVault Certified Administrator

Quote NK-Q-26-0871 of 20 November 2026 forms part of this order.

1. WHAT YOU ORDER
KeyVault Business - password manager for teams, 40 user licences.
Included: unlimited shared vaults and folders, single sign-on with Microsoft Entra ID, browser
extensions and mobile apps, admin console with audit log, emergency access, breach monitoring
of your domain.

2. ONBOARDING PACKAGE (fixed price)
  - configuration of SSO with Microsoft Entra ID and provisioning of users and groups;
  - folder and sharing structure per department (audit, tax, payroll, IT);
  - import of your existing passwords from the KeePass database and the Excel list on the
    file server, a check of the import with your office manager, after which we remove the
    Excel list from the server;
  - deployment of the browser extension to all PCs through Intune;
  - one 1-hour training for your two administrators and one 1-hour training for all staff via
    Teams, plus a two-page quick guide in Dutch;
  - a short admin handbook describing your configuration, delivered at the end of onboarding.
Not included: changing the passwords of your applications and websites, clean-up of the
content of the vault, personal (family) vaults of your staff.

3. PLANNING
Kick-off in the week of 11 January 2027; training and go-live for all staff on 25 January 2027.
Before the kick-off you give us temporary Global Administrator consent in Entra ID, make your
office manager available for half a day to check the import, and send us the list of
departments and who may see which folder.

4. PRICES (EUR, excl. VAT)
  KeyVault Business: 40 users x 4,20 per user per month = 168,00 per month,
  i.e. 2.016,00 per year, invoiced annually in advance from go-live
  Onboarding package (one-off): 1.350,00, invoiced at kick-off
  Total first year: 3.366,00
Users can be added at any time; they are invoiced pro rata until the next renewal. The number of
users can only be reduced at renewal.
Extra work outside the onboarding package is charged at EUR 95,00 per hour, only after you have
approved our estimate by e-mail.
Nordkey may adapt its prices to KeyVault's price list. New prices apply from the next renewal
and are announced at least 60 days in advance.
Invoices are paid by direct debit 15 days after the invoice date.

5. SUPPORT AND SERVICE
Nordkey provides first-line support for your users and administrators on working days from
8:30 to 17:30 by telephone and e-mail, and reacts to your call within 4 business hours. Issues
with the KeyVault service itself are passed on to KeyVault's support.
KeyVault updates the service, the apps and the browser extensions automatically; security
updates are rolled out as soon as they are available.
KeyVault makes commercially reasonable efforts to keep the service available 99,9 % of the time;
neither KeyVault nor Nordkey guarantees uninterrupted availability.

6. TERM AND CANCELLATION
The subscription runs for 12 months from go-live and renews automatically for periods of
12 months, unless you cancel it by e-mail to support@nordkey.be at least 30 days before the end
of the current period. The subscription cannot be cancelled during a period.

7. YOUR DATA
Your vault is encrypted end to end with your master passwords; neither Nordkey nor KeyVault can
read its content. During the subscription and for 30 days after its end, your administrators
can export the content of all vaults as an encrypted JSON file or a CSV file. After that period,
KeyVault deletes your data.
KeyVault processes the names and e-mail addresses of your users as processor under its data
processing agreement (keyvault.com/dpa); your data is hosted in the EU (Frankfurt).

8. TERMS
This order is governed by the General Terms and Conditions of Nordkey IT BV (version 2025) and by
the KeyVault Business Terms of Service. In case of conflict, the KeyVault Business Terms of
Service prevail for the use of the service. KeyVault remains the property of its publisher; you
receive a right to use it for the duration of the subscription.
Nordkey's liability is limited to the fees paid in the three months before the claim. Nordkey
is not liable for loss of access to the vaults caused by lost master passwords or recovery keys.
Belgian law applies; the courts of Limburg, division Hasselt, have jurisdiction.

For Nordkey IT BV                           For Lambrechts & Partners Accountants BV
(signed)
Evi Martens, account manager                Name: ...............................
                                            Date: ...............................
                                            Signature:
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.9,
    },
)

EN_T12J_STUDENT_INFORMATION_SYSTEM_RENEWAL = UnseenDocument(
    name="en_t12j_student_information_system_renewal",
    text="""Schoolbridge BV
Kortrijksesteenweg 1093B, 9051 Sint-Denijs-Westrem - BE 0550.814.362
www.schoolbridge.be - helpdesk@schoolbridge.be

International School of Flanders Meetjesland vzw
Attn. Ms Caroline Boone, head of school
Stationsstraat 41
9900 Eeklo

Ghent, 4 March 2027
Customer no. SB-0412

Subject: renewal of your ClassTrack licence for the school year 2027-2028

Dear Ms Boone,

Thank you for another year with ClassTrack! Your school has used our student-information system
since September 2022, and this letter tells you what happens with your licence after the current
school year.

Your licence runs until 31 August 2027. As provided in article 9 of our general terms, it will be
renewed automatically for the school year 2027-2028 (1 September 2027 to 31 August 2028). You do
not need to do anything to renew.

What changes
From 1 September 2027 the licence fee goes from EUR 9,80 to EUR 10,45 per enrolled student per
school year. This increase reflects higher hosting and staff costs and the new features below.
Based on your 1.140 students on 1 February 2027 this means:

  ClassTrack licence 2027-2028: 1.140 x EUR 10,45 = EUR 11.913,00 excl. VAT

The final invoice is based on the number of enrolled students on 1 October 2027. It will be
sent in October 2027 and is payable within 30 days of the invoice date.

The licence fee includes hosting in our data centre in Ghent, daily backups, all updates and new
releases, and our helpdesk. The helpdesk is open on school days from 8:00 to 16:30 by ticket
(helpdesk@schoolbridge.be) or telephone (09 296 41 70) and answers every ticket within one school
day.

New in version 2027, installed during the summer holidays:
  - the ClassTrack parent app (report cards, absences and messages for parents);
  - exchange of enrolment data with the Department of Education's Discimus system;
  - a new timetable import for Untis.
The upgrade will take place on 14 and 15 July 2027; ClassTrack will not be available during
those two days.

Privacy
Nothing changes for the protection of your students' data: the data processing agreement we
signed with your school on 12 June 2023 remains in force, and all data stays in our data centre
in Ghent.

If you do not wish to renew
You can cancel your licence by registered letter or by e-mail to contracts@schoolbridge.be at
least three months before the end of the school year, i.e. by 31 May 2027 at the latest. In that
case your administrators can export all student files, grades, report cards and absence records
as CSV and PDF files until 30 September 2027; after that date we delete your data.

Our general terms and conditions (version 2024, available on www.schoolbridge.be/terms) continue
to apply.

If you have any questions, your account manager Hanne De Wilde (hanne.dewilde@schoolbridge.be,
0472 18 55 90) knows your school and its set-up and will gladly help you.

Kind regards,

(signed)
Wouter Cools
Managing director, Schoolbridge BV
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "missing",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "missing",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)

DOCUMENTS = [
    EN_T12J_CRM_DEDUPLICATION_SOW,
    EN_T12J_VESSEL_TRAFFIC_DASHBOARD_SUPPORT,
    EN_T12J_PASSWORD_MANAGER_ORDER_FORM,
    EN_T12J_STUDENT_INFORMATION_SYSTEM_RENEWAL,
]
