"""Held-out batch 13, English documents: a software licence, implementation and support agreement
between a Rotterdam software house and an Antwerp container terminal for a container-yard
planning system (long, formal, numbered articles); a schedule to a master services agreement for
outsourced first-line service-desk support for a Belgian pharma company (several legal points only
cross-referenced to the MSA); and a short offer by a Leuven reseller for digital dictation and
speech-recognition software for a Brussels law firm, accepted by e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an empty
client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_CONTAINER_YARD_PLANNING_LICENCE = UnseenDocument(
    name="en_container_yard_planning_licence",
    text="""SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
YardWise container-yard planning system - Agreement no. QL-2026-0317

BETWEEN Quaylogic B.V., Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands, Chamber of
Commerce no. 64390127, represented by Mr Maarten Verhoeven, managing director ("Quaylogic"), AND
Scheldt Gateway Terminal NV, Scheldelaan 460, Haven 1227, 2040 Antwerp, enterprise no.
0455.871.209, represented by Ms Griet Van Looy, CEO, and Mr Pieter Aerts, CFO ("the Terminal").

Article 1 - Contract documents
1.1 The Agreement consists of this document and Annex A - Quaylogic's offer Q-26-0588 of
14 October 2026; Annex B - specification and test scripts; Annex C - service level agreement;
Annex D - data processing agreement; Annex E - escrow agreement.
1.2 In case of conflict, this document prevails, then Annexes C, D and E, then Annex B, then A.
Quaylogic's general terms and conditions and the NLdigital Terms do not apply.

Article 2 - Subject and scope
2.1 Quaylogic grants the Terminal the right to use YardWise (modules Yard Allocation, Stack
Optimiser, Straddle Carrier Dispatch and Reefer Monitoring), implements it, interfaces it with the
Terminal's terminal operating system ("TOS"), hosts it in its private cloud (two data centres, in
Rotterdam and Amsterdam) and supports and maintains it.
2.2 Not included: licences of the TOS and any change to the TOS by its vendor; the Terminal's
network and the vehicle-mounted terminals in the straddle carriers; the OCR gate system; customs
and Port Community System interfaces. Such work can be ordered under article 8.3.

Article 3 - Licence and intellectual property
The Terminal receives a non-exclusive, non-transferable right to use YardWise for its terminal
at Scheldelaan 460, for the duration of the Agreement, for unlimited users. The intellectual
property in YardWise remains with Quaylogic; the interface mappings, yard model and reports made
specifically for the Terminal become the Terminal's property upon payment, as do all its data.

Article 4 - Implementation
4.1 Planning:
      Phase 1 - analysis and detailed design          11/01/2027 - 19/02/2027
      Phase 2 - configuration and TOS interface       22/02/2027 - 30/04/2027
      Phase 3 - data migration and testing            03/05/2027 - 18/06/2027
      Phase 4 - training                              07/06/2027 - 25/06/2027
      Go-live (cut-over weekend)                      3 and 4 July 2027
      Hypercare                                       05/07/2027 - 30/07/2027
4.2 The Terminal shall: deliver the TOS interface specifications and access to a TOS test
environment by 25 January 2027; deliver the yard layout drawings (DWG) by 29 January 2027;
appoint a project manager and six key users, available two days a week during phases 3 and 4;
and deliver the historical data extracts described in 4.4 by 2 April 2027. If the Terminal is
late, the dates that depend on it move by the same period and Quaylogic may invoice the proven
idle time of its team at the day rates of article 8.1, up to a maximum of ten days per delay.
4.3 If go-live is later than 4 July 2027 for reasons attributable to Quaylogic, Quaylogic owes
liquidated damages of 0,5 % of the implementation price per calendar week of delay, up to 10 % of
that price. If that delay exceeds twelve weeks, the Terminal may also terminate the implementation
and recover the amounts paid for it.
4.4 Quaylogic migrates from the Terminal's legacy yard module: the current yard inventory, block
and slot definitions, stacking rules, equipment master data and 24 months of move history. It
carries out two trial migrations, each with a reconciliation report, before the final migration
during the cut-over weekend.
4.5 Quaylogic carries out the cut-over under a cut-over and roll-back plan agreed four weeks
before go-live, with two engineers on site 24 hours a day until the end of the second week.

Article 5 - Testing and acceptance
5.1 Quaylogic performs a factory acceptance test, after which the Terminal performs a site
acceptance test ("SAT") in its test environment with the test scripts of Annex B, including a
performance test: an allocation decision within 2 seconds for 95 % of moves at 1.800 moves/hour.
5.2 The Terminal has 15 working days for the SAT. Defects are rated A (blocking), B (major) or C
(minor). The SAT is passed, and the Terminal signs an acceptance certificate, when no A or B and
at most ten C defects remain open. Final acceptance follows 30 days of production use without
any A defect.
5.3 Warranty: for three months after final acceptance Quaylogic corrects free of charge all
defects in the configuration, the interfaces and the migrated data.

Article 6 - Team and quality
6.1 Key persons of Quaylogic: Ms Ilse Brouwer, project manager (PRINCE2 Practitioner, 11 years of
terminal automation projects); Mr Youssef El Amrani, solution architect (9 years, YardWise
implementations at six terminals); Ms Hanna de Groot, data migration lead. At least 60 % of the
project hours are performed by consultants with more than five years' experience.
6.2 Quaylogic replaces a key person only with the Terminal's prior written consent, which shall
not be unreasonably withheld, by a person of equivalent profile and with ten working days of
overlap at Quaylogic's expense.
6.3 Quaylogic works under ISO 9001 and ISO/IEC 27001 certified processes. Every configuration
change is reviewed by a second engineer and tested in acceptance before it reaches production.

Article 7 - Training and documentation
Quaylogic provides four train-the-trainer days for the key users, a two-day technical course for
the application managers and e-learning modules (Dutch, English) for the 140 planners and drivers.
At go-live it delivers the user manuals, the documentation of the Terminal's configuration (yard
model, rules, interfaces) and an operating runbook, kept up to date with every release.

Article 8 - Prices and payment (EUR, excluding VAT)
8.1   Implementation project (articles 4 to 7), fixed price                    486.500,00
      One-off set-up of the production, acceptance and test environments      18.750,00
      Annual subscription (licence, hosting, support and maintenance)        214.800,00 per year
      Additional services: consultant 1.180,00 per day, senior architect 1.420,00 per day
8.2 The implementation price is invoiced 20 % on signature, 25 % on approval of the detailed
design, 25 % on SAT acceptance, 20 % at go-live and 10 % on final acceptance; the set-up fee on
signature; the subscription quarterly in advance from go-live. Invoices are payable within
30 days of receipt.
8.3 Any change in scope requires a written change request with a free impact analysis (cost and
planning) by Quaylogic; work starts only after the Terminal's written approval.
8.4 The subscription and the day rates are indexed each 1 January, for the first time in 2028,
by the change in the CBS index of collectively agreed wages (commercial services), with a maximum
of 3 % per year. No other price change is possible during the Agreement.

Article 9 - Support and maintenance (summary of Annex C)
9.1 The subscription includes 24/7 monitoring of the hosted environments, incident and problem
management, back-ups, application management of up to 40 hours per quarter for small
configuration changes (new blocks, rule changes), and all releases and security patches.
9.2 P1 and P2 incidents are reported 24/7 by telephone (+31 10 808 22 90); other calls via the
service portal or e-mail, working days 8:00-18:00 CET.
9.3    Priority                               Response     Workaround   Resolution
       P1 - yard planning down / no allocations  15 minutes   2 hours      8 hours
       P2 - module or interface degraded         30 minutes   8 hours      3 calendar days
       P3 - other faults                         4 working hours  -        next release
9.4 Quaylogic guarantees an availability of the production environment of 99,8 % per calendar
month, measured 24/7, excluding planned maintenance of at most 4 hours a month, announced ten days
in advance and agreed with the Terminal's operations manager outside vessel peak windows.
9.5 For every 0,1 % of availability below 99,8 %, the Terminal receives a credit of 5 % of the
monthly subscription fee, up to 25 %, plus 2 % for each P1 incident resolved late, deducted from
the next invoice.
9.6 Quaylogic delivers four releases a year, which go to production when the Terminal has tested
them in acceptance. Critical security patches are installed within 72 hours.
9.7 Service manager: Mr Ruud Hendriks. The Terminal's yard model, rule set and interfaces are
documented in Quaylogic's configuration database, and the support team includes at least two
engineers who worked on the implementation.
9.8 During the project Quaylogic sends a progress report every two weeks (progress per phase,
risks, issues, hours) and a steering committee (the Terminal's COO, Quaylogic's managing director,
both project managers) meets monthly. After go-live Quaylogic sends a monthly service report
(availability, incidents, service levels, credits), discussed in a quarterly service review.
Escalation: service manager, Quaylogic's director of operations, the managing directors.

Article 10 - Term, termination and exit
10.1 The Agreement enters into force on signature. The subscription runs for 60 months from
go-live and is then renewed tacitly for successive periods of 12 months, unless either party
gives notice by registered letter at least six months before the end of the running period.
10.2 Either party may terminate with immediate effect in case of a material breach by the other
party not remedied within 30 days of a written notice of default, or in case of bankruptcy.
10.3 At the end of the Agreement, for whatever reason, Quaylogic shall at the Terminal's request
continue the services on the same conditions for up to 12 months and assist the Terminal and its
new supplier with the migration (data extraction, interface documentation, parallel run) at the
day rates of article 8.1, on the basis of an estimate approved in advance by the Terminal.
10.4 Within 30 days after the end, Quaylogic delivers free of charge a complete export of the
Terminal's data (yard inventory, master data, move history, configuration) in CSV and XML with a
data dictionary, then deletes all copies. It may not retain the data, even in a dispute.

Article 11 - Escrow
The source code of YardWise is deposited with the escrow agent named in Annex E, updated after
every major release. The Terminal obtains it if Quaylogic is declared bankrupt, stops supporting
YardWise, or fails to remedy a P1 incident within 30 days.

Article 12 - Liability, confidentiality and personal data
12.1 The total liability of each party is limited to EUR 750.000 per contract year. Neither party
is liable for indirect damage such as loss of profit. Loss or corruption of the Terminal's data is
direct damage; Quaylogic restores such data from back-up at its own cost. These limits do not
apply to wilful misconduct, gross negligence, breach of confidentiality or data protection.
12.2 Each party keeps the other party's confidential information secret during the Agreement and
for five years after its end.
12.3 Quaylogic processes personal data (user accounts of planners and drivers, log-in times) as
processor under Annex D, only in the Netherlands, and reports any data breach within 24 hours.

Article 13 - Governing law and disputes
Belgian law applies. Any dispute is first submitted to the managing directors, who meet within
15 working days of a written request; if they do not settle it, the parties try mediation under
the CEPANI rules. Failing a settlement within 60 days, the courts of Antwerp, division Antwerp,
have exclusive jurisdiction.

Done at Antwerp on 17 December 2026, in three originals.

For Quaylogic B.V.                 For Scheldt Gateway Terminal NV
(signed)                           (signed)                  (signed)
Maarten Verhoeven                  Griet Van Looy, CEO       Pieter Aerts, CFO
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
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

EN_PHARMA_SERVICE_DESK_SCHEDULE = UnseenDocument(
    name="en_pharma_service_desk_schedule",
    text="""SCHEDULE 7 - FIRST-LINE SERVICE DESK SERVICES
to the Master Services Agreement of 2 March 2025 (ref. MSA-VRP-2025-004) between
Veranthe Pharma NV, Rue de l'Industrie 14, 1301 Wavre, enterprise no. 0438.226.517 ("Veranthe")
and Servaxis BV, Schaliënhoevedreef 20, 2800 Mechelen, enterprise no. 0812.694.330 ("Servaxis")
Version 1.0 - 27 November 2026

1. STATUS OF THIS SCHEDULE
1.1 This Schedule is entered into under the Master Services Agreement ("MSA"). Capitalised terms
have the meaning given to them in the MSA.
1.2 The MSA applies to the Services described in this Schedule. If the MSA and this Schedule
conflict, the MSA prevails, except for service levels, service credits and charges, for which
this Schedule prevails. No general terms and conditions of Servaxis apply.

2. SERVICES
2.1 Servaxis provides Veranthe's single point of contact for IT for approximately 2.900 users at
the Wavre, Geel and Leiden sites and for field staff. This comprises:
  a) receiving, logging, categorising and prioritising all incidents and service requests in
     Veranthe's ServiceNow instance, via telephone, chat, e-mail and the self-service portal;
  b) first-line resolution using Veranthe's knowledge base: password resets, MFA re-enrolment,
     account unlocks, Microsoft 365 and Teams how-to questions, printer mapping, standard software
     requests, remote assistance with Veranthe's remote-support tool;
  c) routing to the resolver groups (Veranthe's second line, deskside support, application teams
     and third parties) and follow-up with the user until closure;
  d) major incidents: alerting and user communication according to Veranthe's procedure;
  e) creating and maintaining knowledge articles.
2.2 Out of scope: second- and third-line support, deskside and on-site support, hardware
procurement and any change to GxP-validated systems (Servaxis only logs and routes such tickets;
agents never change the configuration of validated systems). Calls from patients, healthcare
professionals or customers, including possible adverse-event reports, are transferred at once to
Veranthe's medical information line as described in the call-handling guide.
2.3 Languages: English, Dutch and French.

3. TRANSITION-IN
3.1 Planning:
      Kick-off                                        11 January 2027
      Knowledge acquisition, documentation review     11 January - 5 February 2027
      Shadowing of the incumbent provider             8 - 19 February 2027
      Reverse shadowing                               22 - 26 February 2027
      Service Commencement Date                       1 March 2027, 07:00 CET
3.2 Veranthe shall: provide ServiceNow accounts and a training instance by 11 January 2027;
provide the VPN access and the Genesys telephony queues by 1 February 2027; give access to the
incumbent's knowledge articles and arrange the shadowing with the incumbent by 8 February 2027;
and make a subject-matter expert of each resolver group available two hours a week during
transition.
3.3 Servaxis gives a readiness notice when the criteria of Annex 7.2 are met: all agents trained
and have completed Veranthe's GxP and data-privacy e-learnings; telephony tests passed; tested
knowledge articles for 95 % of the 50 most frequent call types; test calls handled successfully in
the three languages. Veranthe's Service Transition Manager signs the readiness checklist, or lists
the open points, within three business days. Service starts only after that signature.
3.4 If the Service Commencement Date is delayed for reasons attributable to Servaxis, Servaxis
reimburses the extra cost of extending Veranthe's contract with the incumbent provider, up to
EUR 60.000. If the delay is caused by Veranthe, the date moves accordingly without extra charge.

4. SERVICE HOURS AND CHANNELS
Monday to Friday 07:00-19:00 CET (except 25 December and 1 January) on all channels, and Saturday
08:00-13:00 by telephone only (+32 15 79 44 10). Outside these hours, calls are transferred to
Veranthe's own on-call second line. Tickets can be logged on the self-service portal 24/7.

5. SERVICE LEVELS (measured monthly from ServiceNow and Genesys data)
  SL1  Speed of answer: 80 % of calls answered within 30 seconds
  SL2  Abandoned calls: at most 5 %
  SL3  E-mail and portal tickets: logged and first reply within 1 business hour (95 %)
  SL4  P1 / major incident: response, i.e. ticket assigned to the resolver group and Veranthe's
       on-call Major Incident Manager called, within 15 minutes (100 %)
  SL5  P2: assigned to the resolver group within 30 minutes (95 %)
  SL6  First-contact resolution: at least 70 % of first-line resolvable contacts
  SL7  Password resets and account unlocks resolved within 20 minutes of contact (95 %)
  SL8  Other first-line resolvable incidents resolved within 4 business hours (90 %)
  SL9  User satisfaction: average of at least 4,2 out of 5 on the closed-ticket survey

6. SERVICE CREDITS
For each missed service level among SL1, SL4, SL7 and SL8, Veranthe receives a credit of 3 % of
the monthly service fee of that month, with a maximum of 12 %. Credits are deducted from the next
invoice. Missing the same one of these service levels in three months of any rolling six-month
period is a material breach for the purposes of clause 19.2 of the MSA.

7. TEAM
7.1 Servaxis assigns a dedicated team from its Mechelen centre: one team lead, 14 FTE agents (of
whom at least four French-speaking and four Dutch-speaking) and a knowledge manager (0,5 FTE).
Service Delivery Manager and Veranthe's point of contact: Mr Joris Van den Bossche.
7.2 All agents hold ITIL 4 Foundation within three months of starting; at least 80 % of the agents
have a year of service-desk experience, the team lead at least five years. All agents speak
English at level C1.
7.3 Servaxis keeps annual agent attrition below 25 %. A new agent completes the onboarding
programme and five days of shadowing before taking calls, at Servaxis's cost. The Service
Delivery Manager is replaced only after one month's notice to Veranthe and a two-week handover.
7.4 The team lead listens to five recorded calls per agent per month and scores them against the
quality form agreed with Veranthe. Agents follow Veranthe's annual GxP, information-security and
data-privacy trainings.
7.5 A description of Veranthe's environment (sites, VIP list, escalation contacts, application
catalogue) is kept in the knowledge base and reviewed every quarter. All knowledge articles and
call-handling guides written by Servaxis are Veranthe's property from their creation.

8. REPORTING AND GOVERNANCE
8.1 By the fifth business day of each month, Servaxis sends a service report: all service levels,
volumes per channel, top ten call types, first-contact resolution, satisfaction, quality scores,
attrition and improvement actions.
8.2 Meetings: a weekly operational call (team lead and Veranthe's service-desk owner), a monthly
service review (Service Delivery Manager and Veranthe's IT service manager) and the quarterly
steering committee of clause 8 of the MSA.
8.3 Escalation: team lead, Service Delivery Manager, Servaxis account director (Ms Nathalie
Peeters), steering committee. A dispute that the steering committee does not settle within 20
business days follows the dispute resolution procedure in clause 24 of the MSA.

9. CHARGES (EUR, excluding VAT)
9.1 Transition-in: fixed one-off charge of 27.400,00, invoiced on the Service Commencement Date.
9.2 Monthly service fee: 71.850,00, covering up to 5.500 contacts a month (calls, chats, e-mails
and portal tickets handled). Contacts above 5.500 are charged at 12,40 each, capped at 15 % of the
monthly fee; if volumes exceed 5.500 in three consecutive months, the parties agree a new volume
band through a change request.
9.3 Additional services (extra languages, extended hours, projects) are provided only through the
change procedure of clause 11 of the MSA, on a written order from Veranthe, at 54,00 per hour for
an agent and 78,00 per hour for the team lead or knowledge manager.
9.4 Charges and rates are indexed each 1 January, for the first time on 1 January 2028, by the
formula P = P0 x (0,2 + 0,8 x S/S0), S being the Agoria reference labour cost (national average).
9.5 Servaxis invoices monthly in arrears. Invoices are payable within 45 days of the invoice date.

10. TERM, TERMINATION AND EXIT
10.1 The Services run for 36 months from the Service Commencement Date. Veranthe may extend them
twice by 12 months by written notice at least three months before expiry. There is no tacit
renewal.
10.2 Veranthe may terminate this Schedule for convenience after the first 18 months by six months'
written notice, without termination fee. Termination for cause is governed by clause 19 of the MSA.
10.3 Servaxis delivers an exit plan within three months of the Service Commencement Date and
updates it yearly. On expiry or termination, Servaxis shall at Veranthe's request continue the
Services for up to six months at the charges then applicable, and support the successor with
knowledge-transfer sessions, two weeks of shadowing by the successor's agents and the hand-over
of all call-handling guides; this exit assistance is charged at the rates of 9.3, up to a maximum
of 30 person-days.
10.4 Within 30 days after the end, Servaxis hands over all Veranthe data it holds outside
ServiceNow (call recordings in WAV with a CSV index, quality scores and survey results in CSV),
then deletes them and confirms the deletion in writing.

11. LEGAL
11.1 Clause 16 (confidentiality) of the MSA applies. In addition, each agent signs Veranthe's
individual confidentiality undertaking before receiving access, and agents may not write down or
pass on any information about products in development that they learn during calls.
11.2 Servaxis processes personal data of Veranthe's staff (names, contact details, user IDs, call
recordings) as processor under the data processing agreement in Annex 4 to the MSA, only in the
EU and without sub-processors unless Veranthe consents in writing. Call recordings are kept for
90 days.
11.3 Liability: clause 20 of the MSA applies.
11.4 Governing law and jurisdiction: as set out in clause 25 of the MSA.

Signed in two originals on 3 December 2026.

For Veranthe Pharma NV                         For Servaxis BV
[signature]                                    [signature]
Dr. Katrien Dewulf, Chief Information Officer  Bart Goossens, CEO
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.25,
    },
)

EN_LAW_FIRM_DICTATION_OFFER = UnseenDocument(
    name="en_law_firm_dictation_offer",
    text="""From:    Olivier Lemaire <o.lemaire@vcp-law.be>
To:      Sofie Wouters <sofie.wouters@dictaline.be>
Date:    Mon, 14 Dec 2026 09:12
Subject: RE: Offer 26-0412 - digital dictation and speech recognition for VCP

Dear Sofie,

The partners discussed your offer on Friday and we go ahead with offer 26-0412 as it stands.
Please contact Kevin at Lexcom (our IT provider) to fix the installation date.

Best regards,
Olivier Lemaire
Office Manager - Vandamme Claeys & Partners

> From:    Sofie Wouters <sofie.wouters@dictaline.be>
> Date:    Wed, 9 Dec 2026 17:05
> Subject: Offer 26-0412 - digital dictation and speech recognition for VCP
> Attachment: Dictaline_general_terms_of_sale.pdf; Dictaline_DPA_v3.pdf
>
> Dear Mr Lemaire,
>
> Thank you for the demo session last week. As promised, here is our offer for replacing your
> analogue dictation with digital dictation and speech recognition.
>
> DICTALINE BV - Tiensesteenweg 312, 3001 Leuven - BE 0644.310.982
> OFFER 26-0412 for Vandamme Claeys & Partners, Avenue Louise 149, 1050 Brussels
> Valid until 31 December 2026
>
> Your situation: 26 lawyers dictate on old tape devices and 7 legal assistants type everything
> out. You want lawyers to dictate in English, Dutch and French with speech recognition straight
> into Word and iManage, and the assistants to receive and correct the drafts in a workflow.
>
> 1. Hardware (one-off)
>    26 x Philips SpeechMike Premium Air (wireless)      at  329,00   =  8.554,00
>     8 x foot control for the assistants                at  119,00   =    952,00
> 2. Installation and set-up (one-off)                                   2.640,00
>    Installing the client software on 33 workstations (through Lexcom's software distribution),
>    connecting it to Word and iManage Work, setting up the workflows (lawyer > assistant), and
>    importing your existing Dragon custom words and abbreviations (about 4.200 entries) into
>    each user's new profile.
> 3. Training (one-off)                                                  1.480,00
>    Three 1,5-hour group sessions for the lawyers (one per language), one 3-hour session for the
>    assistants, and desk drop-ins of 20 minutes per lawyer on the go-live day.
>    Total one-off: EUR 13.626,00
> 4. Subscription "Dictaline Legal Voice": 33 named users x EUR 24,50 per user per month =
>    EUR 808,50 per month, invoiced yearly in advance (EUR 9.702,00 per year).
>    Included: the cloud dictation workflow, speech recognition with legal vocabularies in the
>    three languages, all software updates and new speech models (rolled out automatically; we
>    announce major releases a week in advance), and our helpdesk.
> All prices in EUR, excluding VAT. Not included: workstations, Microsoft 365 and iManage
> licences, and Lexcom's own time.
>
> Planning: the hardware is delivered within two weeks of your order. We suggest installing in
> the week of 18 January 2027, on a day agreed with Lexcom. Before that day Lexcom needs to give
> our technician Pieter Jacobs admin access to the software distribution, all workstations must
> run Windows 11 and Microsoft 365 Apps, and the lawyers should keep the training slot free.
>
> Support: our helpdesk is open Monday to Friday 8:30-17:30 on 016 39 72 10 or
> support@dictaline.be, and we respond to every call within 4 business hours. A defective
> SpeechMike is replaced by a new unit within 2 business days (advance exchange) during the
> 24-month manufacturer warranty. I remain your account manager for everything else.
>
> Extra work, such as extra document templates, a link with your practice-management software
> or visits after go-live, is charged at EUR 95,00 per hour, always after you have approved our
> estimate in writing.
>
> Payment: hardware, installation and training are invoiced on the installation day, the
> subscription yearly in advance; all invoices are payable within 30 days of the invoice date.
>
> The subscription runs for 12 months from the installation day and renews automatically for
> 12 months at a time, unless you cancel it by e-mail at least two months before the renewal
> date. We may adjust the subscription price at each renewal in line with our price list; we will
> inform you at least 30 days in advance. The user licences are personal to named users and are
> not transferable, but you can reassign a licence when someone leaves the firm.
>
> Your data: audio and text are processed and stored only in Microsoft Azure West Europe (the
> Netherlands), encrypted, and never used to train speech models. Our staff only open a dictation
> when you ask us to for support, and we keep everything we see strictly confidential. The
> attached data processing agreement applies to the personal data in your dictations. After the
> end of the subscription you can download all dictations and transcripts (MP3 and DOCX) from the
> portal for 30 days; after that they are deleted.
>
> Our general terms of sale (attached) apply to this offer; our liability is as set out there.
>
> Kind regards,
> Sofie Wouters
> Account Manager - Dictaline BV - +32 478 52 19 06
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_CONTAINER_YARD_PLANNING_LICENCE,
    EN_PHARMA_SERVICE_DESK_SCHEDULE,
    EN_LAW_FIRM_DICTATION_OFFER,
]
