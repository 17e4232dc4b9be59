"""Training batch 8 (en, writer c): (1) a formal master agreement for data science services on
time and materials between an Antwerp data consultancy and a Brussels insurer, with call-off no. 1
for a motor claims fraud-scoring model, signed by both; (2) an offer by a Dutch EDI provider to a
Belgian confectioner for an EDI connection with a retailer (ORDERS, DESADV, INVOIC, SSCC labels)
plus a hub subscription, with an empty client signature line; (3) a formal service level agreement
(annex to a subscription agreement) for a hosted contact-centre platform, by a Ghent provider for
a Belgian energy retailer, signed by both; (4) the online terms of service of a Dutch SaaS for
event registration and ticketing, accepted by creating an account.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time of
the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T8C_DATA_SCIENCE_MASTER_CALL_OFF = UnseenDocument(
    name="en_t8c_data_science_master_call_off",
    text="""MASTER AGREEMENT FOR DATA SCIENCE SERVICES
Agreement no. ARD-MSA-2026-09

BETWEEN
Quantiva BV, Borsbeeksebrug 34, 2600 Antwerpen (Berchem), enterprise no. BE 0712.446.309,
represented by Ms Els Goossens, managing partner ("Quantiva");
AND
Ardenza Verzekeringen NV, Kunstlaan 56, 1000 Brussel, enterprise no. BE 0403.551.782, represented
by Mr Filip Van Hoof, Chief Data Officer, and Ms Ann De Ridder, head of procurement ("Ardenza").

PART I - FRAMEWORK TERMS

Article 1 - Object and contract documents
1.1 Quantiva provides data science, machine learning and data engineering services on a time-
and-materials basis. Each assignment is ordered by a call-off signed by both parties, stating the
scope, the team, the planning and a budget ceiling. Ardenza has no minimum purchase obligation.
1.2 The contract documents are, in order of precedence: (a) the call-off concerned; (b) this
Master Agreement; (c) Annex 1 - rate card and profiles; (d) Annex 2 - data processing agreement;
(e) Annex 3 - Quantiva's offer QV-2026-114 of 6 November 2026. General terms of Quantiva and
purchasing terms of Ardenza do not apply.

Article 2 - Rates
2.1 Daily rates in EUR excl. VAT (one day = 8 hours worked, half days pro rata): lead data
scientist 1.180,00; senior data scientist 1.060,00; ML engineer 980,00; medior data scientist
890,00; junior data scientist 720,00.
2.2 Rates are fixed until 31 December 2027. Thereafter they may be indexed once a year on
1 January according to the Agoria reference salary index (P1 = P0 x (0,2 + 0,8 x S1/S0)), with a
maximum of 3 % per year. Quantiva notifies the new rates by 30 November.

Article 3 - Budget ceiling and extra days
3.1 Each call-off sets an estimate in person-days and a budget ceiling. Quantiva warns Ardenza's
product owner in writing when 80 % of the ceiling is used, with a forecast of the remaining days.
3.2 Days beyond the ceiling are only worked and invoiced after a written amendment to the call-off
signed by Ardenza's procurement department. Days worked without such amendment are not invoiced.
3.3 Days needed to redo work or to recover a delay attributable to Quantiva are not invoiced.

Article 4 - Invoicing and payment
Quantiva invoices monthly in arrears on the basis of the timesheets approved by Ardenza's product
owner, who approves or disputes them within 5 working days. Invoices state the call-off number
and Ardenza's purchase order number and are payable within 45 days of the invoice date.

Article 5 - Nature of the obligations
Quantiva performs the services with the care of a diligent, specialised service provider. Given
the experimental nature of data science, its obligations are obligations of means
(middelenverbintenis): Quantiva does not guarantee that a model will reach a particular accuracy
or business result, unless a call-off expressly states otherwise.

Article 6 - Team
6.1 Quantiva does not replace a named consultant without 15 working days' prior notice and
Ardenza's written approval, except in case of illness, departure from Quantiva or force majeure.
The replacement has at least the same profile and experience and works alongside the departing
consultant for at least five working days at Quantiva's cost.
6.2 Ardenza may, giving reasons, ask for a consultant to be replaced; Quantiva then proposes a
replacement within 10 working days.
6.3 Annex 1 sets the minimum experience per profile: lead 10 years, senior 6 years, ML engineer
and medior 3 years, junior a master's degree in a quantitative field. Every team of three or more
persons includes at least one lead or senior data scientist.

Article 7 - Working method and quality
7.1 Quantiva works only in Ardenza's Azure tenant and keeps all code in Ardenza's Azure DevOps
repositories. Every change to production code is reviewed by a second data scientist before it
is merged; pipelines contain automated unit and data-quality tests. Each model comes with a model
card (data, features, performance, limitations, fairness checks) and complies with Ardenza's
model risk management policy.
7.2 Code, notebooks and pipelines are documented in English in the repository as work proceeds.

Article 8 - Reporting and governance
8.1 Every Friday Quantiva's engagement manager e-mails the product owner a status report:
progress per epic, days used against the ceiling, risks and decisions needed.
8.2 A steering meeting takes place monthly between Quantiva's engagement manager and managing
partner and Ardenza's Chief Data Officer and product owner. Issues that the product owner and the
engagement manager cannot solve within five working days are escalated to the steering meeting.

Article 9 - Intellectual property
9.1 All deliverables created under a call-off (code, models, trained parameters, notebooks,
documentation) become Ardenza's property as they are created, subject to payment.
9.2 Quantiva keeps its pre-existing tools ("qv-toolkit" library); Ardenza receives a perpetual,
non-exclusive, free licence on the parts of them included in the deliverables.

Article 10 - Confidentiality and personal data
10.1 Each party keeps the other party's confidential information secret during the Agreement and
for five years after its end. Quantiva imposes the same obligation on its consultants.
10.2 Where a call-off involves personal data of policyholders or claimants, Quantiva acts as
processor under Annex 2. Consultants only work with pseudonymised data sets unless Ardenza's DPO
approves otherwise in writing; no data leaves Ardenza's tenant (Azure region West Europe).

Article 11 - Liability
Each party's liability per call-off is limited to the amounts invoiced under that call-off, with
a minimum of EUR 150.000,00 per event. Indirect damage such as loss of profit is excluded. These
limits do not apply to wilful misconduct, gross negligence or breach of article 10.

Article 12 - Term and termination
12.1 This Master Agreement takes effect on 1 January 2027 for a fixed term of 36 months and then
ends without tacit renewal. It can only be extended by a written amendment.
12.2 Either party may terminate this Master Agreement or a call-off by registered letter with
60 days' notice. Either party may terminate with immediate effect if the other party does not
remedy a material breach within 30 days of a written notice of default.

Article 13 - End of an assignment
13.1 At the end of each call-off Quantiva holds handover sessions (within the call-off's ceiling)
so that Ardenza's data team can run, retrain and maintain the models without Quantiva.
13.2 On termination of this Master Agreement, Quantiva assists Ardenza or a new supplier for up to
20 person-days at the rates of Annex 1 to take over the running work.
13.3 All deliverables and data stay in Ardenza's repositories and tenant at all times. Within 10
working days after the end of a call-off Quantiva returns any documents received from Ardenza,
deletes any copies and confirms this in writing.

Article 14 - Disputes and governing law
Disputes are first discussed in the steering meeting and then between Quantiva's managing partner
and Ardenza's Chief Data Officer. If no solution is found within 30 days, either party may propose
mediation under the CEPANI mediation rules. This Agreement is governed by Belgian law; the
Dutch-speaking courts of Brussels have exclusive jurisdiction.

Signed in Brussels on 14 December 2026 in two originals.
For Quantiva BV              For Ardenza Verzekeringen NV
(signed)                     (signed)                    (signed)
Els Goossens                 Filip Van Hoof              Ann De Ridder
Managing partner             Chief Data Officer          Head of procurement

PART II - CALL-OFF No. 1: MOTOR CLAIMS FRAUD SCORING
Reference ARD-MSA-2026-09 / CO-01 - purchase order 4500218876

1. Scope
Quantiva develops and puts into production a fraud-scoring model for motor claims: exploration of
the claims data 2019-2026, feature engineering, model development and validation, an Azure ML
pipeline that scores every new motor claim each night, and a Power BI dashboard for the special
investigations unit (SIU) showing the scores and their main drivers.
Not included: changes to Ardenza's claims system (done by Ardenza's IT department), fixing data
quality issues in the source systems, fraud scoring for other lines of business.

2. Team
Lead data scientist: Dr Hanne Wouters (12 years' experience, 7 in insurance analytics) - 60 %
Senior data scientist: Pieter-Jan Claes - 100 %
ML engineer: Yasmine Benali - 80 % from phase 3
Junior data scientist: Lotte De Smet - 100 %
Engagement manager (not invoiced): Koen Vervaet
Ardenza's product owner: Mr Marc Lenaerts, SIU manager

3. Planning
Start: 11 January 2027
Phase 1 - data exploration and baseline model: until 19 February 2027
Phase 2 - model development and validation report: until 30 April 2027
Phase 3 - industrialisation, pipeline and dashboard: until 4 June 2027
Go-live in production: 14 June 2027, after approval by Ardenza's Model Validation Committee
Handover and hypercare: until 9 July 2027

4. Budget
Estimate: 310 person-days. Budget ceiling: EUR 298.000,00 excl. VAT, at the rates of Annex 1.

5. Ardenza's obligations
By 8 January 2027 Ardenza provides the consultants with laptops, accounts, access to the Azure
development workspace and a pseudonymised extract of claims, policy and payment data 2019-2026.
The product owner is available at least two days a week; three SIU investigators take part in
the labelling sessions of phase 1 (two half days each). The Model Validation Committee decides
within 10 working days of receiving the validation report.
If access or data are late, the parties set a new planning in the steering meeting; days on which
the consultants cannot work as a result are only invoiced if Ardenza asks to keep the team on
standby.

6. Acceptance
At the end of each two-week sprint the product owner reviews the deliverables in the sprint review
and, within 5 working days, accepts them or records remarks in Azure DevOps; Quantiva processes
the remarks in the next sprint. The model only goes into production after the Model Validation
Committee has approved the validation report.

7. Deployment, users and handover
The ML engineer deploys the scoring pipeline and the dashboard in Ardenza's production workspace
together with Ardenza's cloud team and monitors the nightly runs during the first four weeks.
Quantiva gives two half-day training sessions to the SIU investigators and the claims team
leaders on reading and using the scores, and delivers a written user guide. Three days of
handover sessions with Ardenza's data team (within the ceiling) cover retraining, monitoring of
model drift and the runbook of the pipeline.

Signed in Brussels on 14 December 2026.
For Quantiva BV: (signed) Els Goossens    For Ardenza Verzekeringen NV: (signed) Filip Van Hoof
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 60,
        "payment_term_days": 45,
    },
)

EN_T8C_EDI_RETAILER_INTEGRATION_OFFER = UnseenDocument(
    name="en_t8c_edi_retailer_integration_offer",
    text="""KOPPELWERK B.V.
Catharijnesingel 52, 3511 GC Utrecht - KvK 61992047 - www.koppelwerk.nl

OFFER KW-2026-1187 - EDI connection with Colruyt Group

For:    Confiserie Vandamme NV, Ambachtenstraat 9, 8870 Izegem, Belgium
Attn.:  Ms Charlotte Vandamme, operations manager
Date:   3 December 2026 - valid until 2 January 2027

Dear Charlotte,

Thank you for the call of 27 November. As Colruyt Group will only accept orders, dispatch advices
and invoices by EDI for your range from 1 March 2027, here is our offer to connect your ERP
(Exact Globe+) to Colruyt through our EDI hub.

1. What we do
- Connect Exact Globe+ to the Koppelwerk EDI hub: import of orders (ORDERS) and export of order
  responses (ORDRSP), dispatch advices (DESADV) and invoices (INVOIC) in GS1 EANCOM D.96A,
  according to Colruyt's message implementation guidelines.
- Set up our SSCC label module so that your warehouse prints GS1-128 pallet labels that match
  the DESADV.
- Load your GLN codes and your article master (about 340 GTINs) into the hub's cross-reference
  tables.
- Test with Colruyt's test environment and have the connection certified.
- Go-live and close monitoring during the first 4 weeks.
Not included: changes to Exact Globe+ beyond the standard import/export definitions (your Exact
partner does these), label printers and scanners, and connections with other retailers (quoted
per trading partner, indicatively EUR 1.250,00 each).

2. Prices (EUR, excl. VAT)
One-off (fixed price)
  Analysis and mapping of 4 message types                    4.800,00
  Set-up of the SSCC label module                            1.350,00
  Testing and certification with Colruyt                     2.100,00
  Total one-off                                              8.250,00
Recurring
  EDI hub subscription, incl. 2.000 messages per month        185,00 per month
  Trading partner connection Colruyt                           35,00 per month
  Messages above 2.000 per month                                0,06 per message
Additional work at your request (e.g. extra message types, or changes Colruyt requires after
go-live) is charged at EUR 115,00 per hour. We always send you an estimate first and start only
after your written approval.
Koppelwerk may adjust its subscription fees and hourly rate once a year as of 1 January; we
announce new prices at least 60 days in advance.

3. Invoicing
50 % of the one-off amount on order, 50 % on go-live. The subscription is invoiced quarterly in
advance from go-live. Our invoices are payable within 14 days of the invoice date.

4. Planning
  Week 2 (11 January 2027)   kick-off
  Weeks 3-4                  mapping and label module
  Weeks 5-7                  test cycle with Colruyt and certification
  Go-live                    no later than 15 February 2027, two weeks before Colruyt's deadline
For this planning we need from you by 8 January 2027: sample export files from Exact Globe+, your
GLN codes, the article master with GTINs and packaging data, and the name of your contact in
Colruyt's EDI onboarding team. Please also appoint a key user at the order desk who is available
during the test cycle.
Koppelwerk cannot be held responsible for delays caused by Colruyt's onboarding team or by your
Exact partner.

5. Project team
Your project lead is Jeroen Bakker, EDI consultant with nine years' experience in EANCOM
connections with Belgian and Dutch retailers, supported by our label specialist Fatima Ouali.
During the project we have a 30-minute call every Tuesday, and Jeroen e-mails you a short update
after each call: what was done, what comes next, open points.

6. Testing, go-live and acceptance
We test every message type with at least 20 real orders from your history, validated against
Colruyt's guidelines, before the certification test. After a successful test cycle you confirm in
writing that the connection can go live; we then switch Colruyt to production. During the first
four weeks after go-live we check every message flow daily.
Your order desk gets a one-hour online training on our EDI monitor (following orders, resending
invoices, handling error messages). You receive the mapping document and a short operating manual
in English.
Mapping errors reported within three months after go-live are corrected free of charge.

7. Service after go-live
The subscription includes hosting of the hub, 24/7 automatic monitoring of the message flows,
storage of all messages for 12 months, updates of the hub, and adaptation of the mapping when
Colruyt publishes a new version of its guidelines.
Support desk: working days 8:30-17:30 via support.koppelwerk.nl or +31 30 760 21 40.
Response times: order or invoice flow blocked - within 1 working hour; other questions - the
next working day.
We aim for an availability of the hub of 99,5 % per month, but cannot guarantee it, as it also
depends on the networks of third parties.
Your configuration and trading partner set-up are documented in our support portal, and Jeroen
remains your fixed contact after go-live.

8. Term
The subscription runs for 12 months from go-live and is then tacitly renewed for periods of
12 months, unless terminated in writing at least three months before the end of a period.
You can download all your messages as XML or EDIFACT files from the portal at any time; after the
end of the subscription the archive remains available for download for 30 days and is then
deleted.

9. Legal
The mappings and the label module remain Koppelwerk's property; you may use them for as long as
your subscription runs.
Our liability is limited to the amount of the one-off fees in this offer. We are not liable for
indirect damage, including missed deliveries, lost orders or penalties imposed by Colruyt.
Where messages contain personal data (names of delivery contacts), we process them as processor
under the data processing agreement included in the NLdigital Terms.
The NLdigital Terms 2020 (attached) apply to this offer and to the agreement; if they conflict
with this offer, the NLdigital Terms prevail. Dutch law applies; disputes are submitted to the
court of Midden-Nederland (Utrecht).

To accept, please sign this offer and return it by e-mail to jeroen.bakker@koppelwerk.nl.

Koppelwerk B.V.                            For agreement, Confiserie Vandamme NV
(signed)                                   Name: .................................
Sander de Wit, commercial director         Date: .................................
                                           Signature: ............................
""",
    items={
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T8C_CONTACT_CENTRE_PLATFORM_SLA = UnseenDocument(
    name="en_t8c_contact_centre_platform_sla",
    text="""SERVICE LEVEL AGREEMENT - CALLVIA CX CONTACT-CENTRE PLATFORM
Annex 2 to Subscription Agreement CV-SA-2026-044

Between Callvia NV, Kortrijksesteenweg 1104, 9051 Sint-Denijs-Westrem, enterprise no.
BE 0743.905.218 ("Callvia"), and Fluxo Energie NV, Koning Albert II-laan 37, 1030 Brussel,
enterprise no. BE 0836.274.119 ("Fluxo").

1. Purpose and precedence
1.1 This SLA sets the service levels for the Callvia CX platform that Callvia provides to Fluxo
under the Subscription Agreement.
1.2 For service levels, service credits and service reporting this SLA prevails over the
Subscription Agreement; for all other matters the Subscription Agreement applies.

2. Services covered
2.1 The platform comprises: inbound and outbound voice routing for Fluxo's three Belgian service
numbers, IVR in Dutch, French and German, skills-based call distribution (ACD), call recording
with 90 days' retention, webchat and e-mail routing, real-time wallboards, the workforce
management module, and the connector with Fluxo's Salesforce Service Cloud.
2.2 Included in the subscription fee of EUR 38,50 per named agent per month (140 agents at the
start of this SLA): hosting, licences, Premium support under this SLA, monitoring, updates, and
up to 4 hours per month of configuration changes by Callvia (IVR prompts, opening hours, queues,
routing rules).
2.3 Not included: telephony usage (per minute, as priced in the Subscription Agreement), agents'
headsets and PCs, Fluxo's internet access and LAN, Salesforce licences, and changes to the CRM
connector. Configuration work above 4 hours per month is charged at EUR 105,00 per hour, only
after Fluxo has approved Callvia's written estimate. Unused hours are not carried over.

3. Service desk
3.1 Incidents and requests are logged 24/7 via the portal support.callvia.be or by e-mail to
support@callvia.be. The service desk answers the telephone (+32 9 296 48 00) on working days from
8:00 to 20:00 and on Saturdays from 9:00 to 13:00. Priority 1 incidents can be reported by
telephone 24/7 on the standby number given in Appendix A.
3.2 Only Fluxo's authorised contacts (at most six, listed in Appendix A) may log incidents.
3.3 "Business hours" means Monday to Friday, 8:00 to 20:00, excluding Belgian public holidays.

4. Priorities, response and restore times
Priority  Definition                                         Response      Restore
P1        Platform or inbound voice unavailable for all      15 minutes    2 hours
          agents, or more than 25 % of agents cannot         (24/7)        (24/7)
          take calls
P2        One module down (recording, webchat, wallboards,   1 hour        8 business hours
          WFM) or degraded voice quality for several agents
P3        Problem for a single agent or with a workaround    4 business    5 business days
                                                             hours
P4        Questions and service requests                     1 business    as agreed per
                                                             day           request
Response time runs from the registration of the incident until the first reaction of an engineer
who works on it (automatic acknowledgements do not count). Restore time runs until the service is
restored, if necessary by a workaround. For every P1 incident Callvia delivers a root cause
analysis within 5 working days.

5. Availability
5.1 Callvia guarantees an availability of the platform of 99,95 % per calendar month.
5.2 Availability is measured by Callvia's external monitoring every minute from two locations.
Unavailability starts at the first failed measurement or at Fluxo's P1 report, whichever is
earlier, and ends when the service is restored.
5.3 Not counted as unavailability: planned maintenance under article 7, faults in Fluxo's own
network, and force majeure.

6. Service credits
6.1 If a service level is not met, Fluxo receives the following credits on the monthly
subscription fee:
    availability below 99,95 % but at least 99,80 %          5 %
    availability below 99,80 % but at least 99,50 %         10 %
    availability below 99,50 %                              20 %
    each P1 incident restored later than 2 hours             5 %
6.2 Credits are capped at 30 % of the monthly subscription fee. They are deducted automatically
from the next invoice, without Fluxo having to claim them, and are without prejudice to Fluxo's
right to claim damages under the Subscription Agreement.
6.3 If availability is below 99,50 % in three consecutive months, or in four months within a
period of twelve months, Fluxo may terminate the Subscription Agreement by registered letter with
30 days' notice, without any termination fee.

7. Maintenance and updates
7.1 Planned maintenance takes place only on Sundays between 00:00 and 05:00, is announced at least
7 days in advance and does not exceed 4 hours per month. Emergency maintenance to fix a security
vulnerability may take place at any time, is announced as early as possible and counts as
unavailability.
7.2 Callvia releases a new platform version every month. Release notes are sent 10 working days
before the release, which is first installed on Fluxo's staging tenant. Critical security patches
are installed within 48 hours of their publication.
7.3 Callvia is ISO 27001 certified. Every change is tested on the staging platform before it goes
into production.

8. Service reporting
By the 5th working day of each month Callvia sends a service report with: availability, incidents
per priority with their response and restore times, credits due, call quality (average MOS,
dropped calls), capacity use and open problems. The real-time status of the platform is shown on
status.callvia.be.

9. Governance and escalation
9.1 Callvia's service delivery manager for Fluxo is Ms Nathalie Verstraete. She meets Fluxo's
contact centre manager, Mr Olivier Dubois, online every month to discuss incidents and changes.
9.2 Every quarter a service review takes place between Callvia's operations director and Fluxo's
head of customer service: SLA results, improvement actions and the product roadmap.
9.3 Escalation for P1 incidents: service desk duty manager; after 1 hour the service delivery
manager; after 2 hours the operations director, Mr Ruben Claeys; after 4 hours Callvia's CEO.
9.4 Disagreements about the measurement of service levels or about credits are first discussed in
the quarterly service review. If they are not resolved within 20 working days, they are escalated
to the CEOs of both parties; only then may either party bring the matter before the courts
designated in the Subscription Agreement.

10. Knowledge of Fluxo's environment
Callvia keeps an up-to-date configuration file of Fluxo's environment (numbers, IVR flows, queues,
routing rules, integrations) and a runbook in its service desk tool, so that every engineer can
act on it. The file is reviewed with Fluxo every six months.

11. Fluxo's obligations
Fluxo ensures that its network gives priority to voice traffic, with a latency below 150 ms and
jitter below 30 ms towards Callvia's session border controllers and 100 kbit/s per concurrent
call; uses the supported browsers listed in Appendix B; announces any increase of more than
20 agents at least 10 working days in advance; keeps its list of authorised contacts up to date;
and cooperates in the diagnosis of incidents.

12. Data
The platform runs active-active in data centres in Brussels and Amsterdam. Call recordings are
stored encrypted. Callvia processes the personal data in recordings, chats and e-mails as
processor under the data processing agreement in Annex 4 to the Subscription Agreement.

13. Duration and changes
This SLA applies from 1 January 2027 for as long as the Subscription Agreement runs. It can only
be changed by a written amendment signed by both parties.

Signed in Brussels on 10 December 2026.

For Callvia NV                           For Fluxo Energie NV
(signed)                                 (signed)
Bram Devriendt, CEO                      Sarah Lambrecht, head of customer service
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "missing",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.95,
    },
)

EN_T8C_EVENT_REGISTRATION_SAAS_TERMS = UnseenDocument(
    name="en_t8c_event_registration_saas_terms",
    text="""EVENTLOKET - TERMS OF SERVICE FOR ORGANISERS
Version 4.1 - applicable from 1 November 2026

Eventloket B.V. ("Eventloket", "we", "us") is located at Keizersgracht 241, 1016 EA Amsterdam,
the Netherlands, Chamber of Commerce no. 72418855. These terms apply to every business or
organisation ("you") that uses Eventloket to publish events and register attendees. You accept
them when you create an account or, for the Business plan, when you sign an order form.

1. Which terms apply
1.1 These terms apply to every account, plan and order. We do not accept your purchasing terms or
any other terms of yours.
1.2 If you have signed an order form with us, the order form prevails over these terms where they
differ.

2. The service and the plans
2.1 With Eventloket you create event pages and registration forms, sell tickets, send
confirmations and reminders, scan tickets at the door with our app and export attendee lists.
2.2 Plans (prices excl. VAT):
  Starter   free - 1 active event, up to 100 registrations per event, no paid tickets
  Pro       EUR 49 per month or EUR 490 per year - unlimited events, paid tickets, own branding
  Business  EUR 149 per month or EUR 1.490 per year - everything in Pro, plus multiple users and
            roles, API access, a custom domain and a customer success manager
On paid tickets we charge a service fee of EUR 0,49 per ticket, plus the transaction costs of the
payment method (iDEAL, Bancontact, credit card).
2.3 SMS reminders are not included in any plan; they are sold in bundles of 500 SMS for EUR 45.
Custom work, such as an integration with your CRM, is only done on the basis of a separate written
quote that you accept beforehand; our hourly rate is EUR 110.

3. Payment and prices
3.1 Monthly and annual plans are charged in advance by credit card or SEPA direct debit. Business
customers who pay an annual invoice pay it within 14 days of the invoice date.
3.2 Ticket revenue is collected through our payment provider Mollie and paid out to your bank
account every Monday, minus our service fees.
3.3 We may change our prices. We announce a price change by e-mail at least 30 days before it
applies to you; if you do not agree, you can cancel your plan before the new price applies.

4. Term and cancellation
4.1 Monthly plans renew automatically every month; annual plans renew automatically for another
year.
4.2 You can cancel a monthly plan at any time in your account settings, with effect at the end of
the current month. An annual plan must be cancelled at least 30 days before its renewal date.
Fees already paid are not refunded.
4.3 We may close your account with 30 days' notice by e-mail, or immediately if you use Eventloket
for illegal events, spam or fraud, or if you have not paid within 30 days of a reminder.

5. Availability and support
5.1 We aim for an uptime of 99,9 % per month, but we do not guarantee it, and downtime does not
entitle you to any compensation or refund. Planned maintenance is announced at least 48 hours
ahead and carried out between 1:00 and 6:00 CET where possible.
5.2 Support is available by e-mail (support@eventloket.nl) on working days from 9:00 to 17:00 CET.
Business customers can also use chat and telephone (+31 20 808 35 70). We usually answer within
one working day.
5.3 Business customers get a 45-minute onboarding call when they start and a named customer
success manager who knows their set-up. All users have access to our help centre with guides and
video tutorials.
5.4 We keep improving Eventloket. New features and security updates are rolled out automatically
at no extra cost. We may change or remove features; if we remove a feature that you use on a paid
plan, we tell you at least 30 days ahead.

6. Your data and your attendees' data
6.1 Your event content and your attendees' data are yours. You give us the right to host and
process them in order to provide the service.
6.2 For your attendees' personal data you are the controller and we are your processor. Our data
processing agreement (eventloket.nl/dpa) forms part of these terms. Data is stored in data
centres in the Netherlands and Germany.
6.3 You can export your registrations and attendee lists at any time as CSV or Excel. After your
account ends you have 30 days to export your data; we then delete it, except for the invoices we
must keep by law.
6.4 We keep your data and your attendees' data confidential and give access only to staff who
need it; they are bound by a duty of confidentiality.

7. Our platform
Eventloket, its software and the scanning app remain ours. You receive a non-exclusive right to
use them for as long as your plan runs.

8. Liability
8.1 Our total liability is limited to the fees you paid us in the three months before the damage
occurred, with a maximum of EUR 5.000.
8.2 We are not liable for indirect damage, lost ticket revenue, cancelled events or loss of data.

9. Complaints and disputes
If something goes wrong, please contact our support team first. We respond to complaints within
5 working days and try to find a solution together with you before either of us goes to court.
These terms are governed by Dutch law; disputes are submitted to the court of Amsterdam.

Eventloket B.V. - Amsterdam - hello@eventloket.nl
""",
    items={
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "missing",
        "timing.delay": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
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
        "payment_term_days": 14,
        "availability_percent": 99.9,
    },
)


DOCUMENTS = [
    EN_T8C_DATA_SCIENCE_MASTER_CALL_OFF,
    EN_T8C_EDI_RETAILER_INTEGRATION_OFFER,
    EN_T8C_CONTACT_CENTRE_PLATFORM_SLA,
    EN_T8C_EVENT_REGISTRATION_SAAS_TERMS,
]
