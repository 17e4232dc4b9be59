"""Training batch 11 (en, writer h): (1) a formal development agreement, with maintenance after
the warranty, between a Ghent app studio and a Leuven museum for an audio-guide app with beacons
and a CMS, signed by both; (2) the online terms of service of a Dutch SaaS for quantity take-off
and cost estimating for contractors (Utrecht), accepted by creating an account, unsigned;
(3) a statement of work under an existing MSA by a Leuven data consultancy for the migration of
a retail group's SQL Server data warehouse to Snowflake, time and materials with a capped
estimate, signed by both; (4) an informal renewal proposal by e-mail from an Antwerp supplier
for the call-recording service of an insurance broker, to be accepted by reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T11H_MUSEUM_AUDIO_GUIDE_APP = UnseenDocument(
    name="en_t11h_museum_audio_guide_app",
    text="""DEVELOPMENT AGREEMENT
Audio-guide app "Ambacht in je oor" - Agreement no. KK-2026-117-OV

BETWEEN
Klankkast BV, Dok Noord 7, 9000 Gent, enterprise no. BE 0712.604.318, represented by
Ms Hanne Verstraeten, managing director ("Klankkast");
AND
Museum voor Oude Ambachten vzw, Vismarkt 21, 3000 Leuven, enterprise no. BE 0418.337.902,
represented by Mr Dirk Goossens, director ("the Museum").

Article 1 - Contract documents
1.1 The agreement consists of this document, Annex 1 (Klankkast's offer KK-2026-117 of
12 October 2026), Annex 2 (functional description and test scenarios) and Annex 3 (data
processing agreement).
1.2 In case of conflict this document prevails over Annex 3, Annex 3 over Annex 2 and Annex 2 over
Annex 1. General terms of either party do not apply.

Article 2 - Scope
2.1 Klankkast develops a native audio-guide app for iOS and Android in Dutch, French, English and
German with 45 stops, a separate children's tour (15 stops), offline download of the tours, a
map of the museum, positioning with Bluetooth beacons, and a web-based content management
system (CMS) in which Museum staff manage texts, images and audio per stop.
2.2 Klankkast supplies and installs 22 BLE beacons in the permanent collection.
2.3 Not included: writing, translating and recording the audio content (the Museum supplies the
audio files), the Museum's Wi-Fi network, replacement of beacon batteries after the first year,
and loan devices for visitors.

Article 3 - Price and payment (EUR, excl. VAT)
3.1 Fixed price for the development of the app and the CMS: 68.900,00.
3.2 One-off: 22 beacons including installation 3.740,00; set-up of the CMS environment and of the
publication in the app stores 1.250,00.
3.3 The fixed price is invoiced 30 % on signature, 40 % on delivery of the beta version and 30 %
on acceptance. The one-off amounts are invoiced on installation. Invoices are payable within
30 days of the invoice date.
3.4 Work outside the scope is only done on the basis of a written change request: Klankkast
states the effort, the price at a daily rate of EUR 780,00 and the effect on the planning, and
starts only after the Museum's project leader has approved it in writing. The daily rate is
fixed until 31 December 2027 and then indexed yearly according to the Agoria reference index.

Article 4 - Planning and obligations of the Museum
4.1 Kick-off 11 January 2027; designs approved by 12 February 2027; beta version on 9 April 2027;
acceptance tests from 12 to 23 April 2027; publication in the app stores on 14 May 2027, one week
before the opening of the exhibition "Handwerk" on 22 May 2027.
4.2 The Museum supplies the floor plans by 22 January 2027, the texts and images per stop by
26 February 2027 and the final audio files (MP3, 192 kbps) by 19 March 2027, and gives access to
the galleries outside opening hours for the installation of the beacons.
4.3 If the publication is late for reasons attributable to Klankkast, Klankkast owes a penalty of
EUR 250,00 per calendar day, capped at 10 % of the fixed price. If the Museum delivers late, the
planning shifts by the same number of working days and no penalty is due.

Article 5 - Team and quality
5.1 Klankkast's project leader is Ms Lotte De Smet. The lead developer is Mr Arne Claes (eight
years of native iOS and Android development); he is assisted by a UX designer and a medior
developer. The Museum's project leader is Ms Inge Peeters, collection manager.
5.2 Klankkast replaces the project leader or the lead developer only with the Museum's prior
written consent and by a person with equivalent experience; the handover is at Klankkast's cost.
5.3 All code is peer-reviewed and covered by automated tests. Before delivery every version is
tested on the ten devices listed in Annex 2. The app meets WCAG 2.1 level AA; every audio stop has
a transcript.

Article 6 - Progress and consultation
Every two weeks the project leaders hold an online progress meeting; Klankkast sends minutes with
the progress per phase, open issues and risks within two working days. Issues the project leaders
cannot solve are escalated to Ms Verstraeten and Mr Goossens.

Article 7 - Content migration, acceptance and publication
7.1 Klankkast imports the texts and audio of the Museum's current tour (30 stops, 2014) into the
CMS, so that they can be reused.
7.2 The Museum tests the beta version in the museum with the test scenarios of Annex 2 during ten
working days. The app is accepted when no blocking defects remain; both project leaders sign an
acceptance report. Publication follows acceptance.
7.3 Klankkast publishes the app in the Apple App Store and Google Play under the Museum's
developer accounts.
7.4 Klankkast gives two half-day CMS training sessions to up to six Museum staff and delivers a
CMS manual in Dutch, as well as the technical documentation of the app and the CMS.

Article 8 - Warranty
For three months after publication Klankkast corrects free of charge every defect in the app,
the CMS and the beacon configuration.

Article 9 - Maintenance after the warranty
9.1 After the warranty Klankkast provides maintenance and hosting for EUR 395,00 per month,
invoiced quarterly in advance. Included: hosting of the CMS and the content in a data centre in
Belgium, corrective maintenance, security fixes, and compatibility updates within six weeks of
each new major iOS or Android version.
9.2 Helpdesk: working days 9:00-17:00, by telephone 09 277 41 80 or support@klankkast.be. Blocking
incidents (the app does not work for visitors): response within 4 working hours and a workaround
within 1 working day; other incidents: response within 2 working days.
9.3 The CMS and the content service are available 99,5 % per calendar month.
9.4 Ms De Smet remains the Museum's contact person during the maintenance.
9.5 The maintenance runs for 12 months and is then tacitly renewed for periods of 12 months,
unless terminated by registered letter at least two months before the end of a period.

Article 10 - Termination and end
10.1 Either party may terminate this agreement if the other party does not remedy a material
breach within 30 days of a written notice of default.
10.2 On termination or at the end of the maintenance, Klankkast delivers within 30 days, free of
charge, an export of all content of the CMS (JSON with the audio and image files). At the
Museum's request it keeps hosting and maintaining the app for up to three months at the monthly
fee of article 9.1 and assists a new supplier for up to five working days at the daily rate of
article 3.4.

Article 11 - Intellectual property and source code
11.1 On full payment of the fixed price, the Museum becomes the owner of the app developed
specifically for it. Klankkast keeps the rights in its CMS framework and grants the Museum a
perpetual, non-exclusive licence on it.
11.2 At each release Klankkast places the complete source code of the app and of the CMS in the
Museum's Git repository, so that the Museum can continue without Klankkast.

Article 12 - Liability
Klankkast's liability is limited to the fixed price of article 3.1. Indirect damage is excluded,
except in case of fraud or wilful misconduct.

Article 13 - Confidentiality and personal data
13.1 Both parties keep each other's confidential information secret during the agreement and for
three years after its end.
13.2 The app does not ask visitors for personal data and only collects anonymous usage
statistics. Klankkast processes the personal data of the CMS users as processor under Annex 3.

Article 14 - Disputes
Disputes are first discussed between Ms Verstraeten and Mr Goossens within 15 days. Failing
agreement, the courts of Leuven have exclusive jurisdiction. Belgian law applies.

Signed in Leuven on 18 December 2026 in two originals.

For Klankkast BV                        For Museum voor Oude Ambachten vzw
(signed)                                (signed)
Hanne Verstraeten, managing director    Dirk Goossens, director
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
        "maintenance.service_credits": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

EN_T11H_QUANTITY_TAKEOFF_SAAS_TERMS = UnseenDocument(
    name="en_t11h_quantity_takeoff_saas_terms",
    text="""BESTEKTO B.V. - TERMS OF SERVICE FOR TAKEOFF CLOUD
Version 2026.2 - valid from 1 September 2026

Bestekto B.V., Catharijnesingel 53, 3511 GD Utrecht, the Netherlands, Chamber of Commerce no.
71840293 ("Bestekto", "we") offers Takeoff Cloud, an online application for quantity take-off
and cost estimating on 2D drawings and BIM models for contractors, installers and quantity
surveyors. These Terms apply when you ("the Customer") create an account and choose a plan.

1. Applicability
1.1 These Terms apply to every subscription to Takeoff Cloud and to all related services. The
purchasing or other general terms of the Customer are expressly rejected.
1.2 Deviations from these Terms are only valid if confirmed by Bestekto in writing. If an order
confirmation or another document conflicts with these Terms, these Terms prevail.

2. Plans and prices
2.1 Takeoff Cloud is offered in the following plans (prices per user per month, excl. VAT):
    Essential  EUR 89,00   take-off on PDF and DWG drawings, quantity lists, Excel export,
                           support by e-mail and in-app chat
    Pro        EUR 149,00  Essential plus IFC/BIM import, linking to cost databases (incl.
                           STABU and Cheops), shared projects, telephone support
2.2 Not included in any plan: custom integrations with the Customer's ERP or estimating
software, customer-specific templates and the conversion of older projects. Such work is only
carried out on the basis of a written quote from Bestekto, accepted by the Customer before the
work starts, and is invoiced after delivery.
2.3 Optional onboarding: a remote half-day training for up to 8 users, EUR 450,00 excl. VAT per
half day, scheduled within two weeks of the order. All users also have free access to the
Takeoff Academy (video courses and monthly webinars) and the online help centre.
2.4 Bestekto may change its prices and plans. Changes are announced by e-mail at least 30 days
before they take effect and apply from the next subscription period. A Customer who does not
accept a change may cancel the subscription with effect from the end of the current period.

3. Subscription period and payment
3.1 A subscription is concluded for one year from the date the account is activated and is
renewed tacitly for successive periods of one year, unless the Customer cancels it in the
account settings at least one month before the renewal date.
3.2 Bestekto may terminate a subscription with the same notice before the renewal date, and with
immediate effect if the Customer does not pay within 30 days of a reminder or breaches article 7.
3.3 Subscription fees are invoiced annually in advance. Invoices are payable within 14 days of
the invoice date by direct debit or bank transfer. Users added during a period are invoiced pro
rata.

4. Availability and support
4.1 Bestekto makes reasonable efforts to keep Takeoff Cloud available 24 hours a day. We aim for
an availability of 99,5 % per month but give no guarantee. Unavailability does not entitle the
Customer to any compensation or reduction of the fees.
4.2 Maintenance is announced in the application at least 48 hours in advance where possible.
4.3 Support is available on business days from 8:30 to 17:00 (CET) via in-app chat and
support@bestekto.nl; for Pro users also by telephone on +31 30 760 22 18. We aim to respond to
questions within one business day.

5. Development of the service
Bestekto continuously develops Takeoff Cloud. Updates and security patches are installed
automatically and are included in the fees. Bestekto may change or remove functionality;
substantial changes are announced at least 30 days in advance. Bestekto corrects reproducible
errors in a future release but does not guarantee that the software is free of errors.

6. The Customer's data
6.1 The drawings, models, quantities and estimates the Customer uploads or creates remain the
property of the Customer. The Customer can export them at any time in Excel, CSV and IFC format.
6.2 After the end of the subscription the account remains accessible in read-only mode for
30 days so that the Customer can export its data. After that period Bestekto deletes the data.
6.3 Bestekto processes personal data of users on behalf of the Customer as processor in
accordance with the data processing agreement in Appendix A to these Terms. Data is hosted in
Microsoft Azure, region West Europe (Amsterdam).

7. Use
The Customer ensures that login details are kept secret and that an account is used by only one
person. The Customer is responsible for checking the quantities and prices calculated with
Takeoff Cloud before using them in a tender.

8. Intellectual property
All intellectual property rights in Takeoff Cloud, including the cost databases made available by
Bestekto, remain with Bestekto or its licensors. The Customer receives a non-exclusive,
non-transferable right to use Takeoff Cloud for its own business during the subscription.

9. Liability
9.1 Bestekto's total liability is limited to the fees paid by the Customer in the three months
before the event causing the damage.
9.2 Bestekto is never liable for indirect damage, lost profit, lost tenders, loss of data or
damage resulting from incorrect quantities or prices.

10. Confidentiality
Both parties keep confidential all information of the other party that is designated as
confidential or whose confidential nature is evident, also after the end of the subscription.

11. Amendments
Bestekto may amend these Terms. The amended Terms are published on bestekto.nl/terms and apply
from 30 days after publication.

12. Applicable law
These Terms are governed by Dutch law. Disputes are submitted exclusively to the court of
Midden-Nederland, location Utrecht.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.delay": "missing",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "payment_term_days": 14,
        "availability_percent": 99.5,
    },
)

EN_T11H_SNOWFLAKE_MIGRATION_SOW = UnseenDocument(
    name="en_t11h_snowflake_migration_sow",
    text="""STATEMENT OF WORK No. 4
Migration of the enterprise data warehouse to Snowflake

under the Master Services Agreement of 3 March 2025 ("MSA") between
Datavallei BV, Romeinse Straat 18, 3001 Leuven, BE 0745.219.066 ("Datavallei") and
Verstraete Retail Group NV, Kortrijksesteenweg 1120, 8500 Kortrijk, BE 0437.508.114 ("the Client")

1. Relationship to the MSA
This SOW is governed by the MSA. In case of conflict the MSA prevails, except for the scope,
planning and prices in this SOW. Datavallei's proposal DV-P-2026-044 of 20 November 2026 is
attached as Annex B; where it differs from this SOW, this SOW prevails.

2. Background
The Client's data warehouse runs on SQL Server 2016 on premises: 140 SSIS packages, about 2,1 TB
of data (seven years of sales, stock and loyalty data from 86 stores) and 60 Power BI datasets.
The Client has contracted Snowflake (Enterprise edition, Azure West Europe) directly.

3. Scope
In scope:
  a) set-up of the Snowflake account structure: databases, warehouses, role-based access,
     network policies and cost monitors;
  b) rebuilding the 140 SSIS packages as dbt models, orchestrated with Azure Data Factory;
  c) the historical load of all 2,1 TB and the reconciliation with the current warehouse;
  d) repointing the 60 Power BI datasets to Snowflake without changing the reports;
  e) a decommissioning plan for the SQL Server environment.
Out of scope: Snowflake credits and licences, redesign of reports, new data sources, changes to
source systems, and the actual decommissioning of the servers.

4. Planning
  Phase 0 - mobilisation                 11 Jan - 22 Jan 2027
  Phase 1 - platform foundation          25 Jan - 12 Feb 2027
  Phase 2 - migration in three waves     15 Feb - 14 May 2027 (sales / stock / loyalty & finance)
  Phase 3 - parallel run                 17 May - 11 Jun 2027
  Cut-over                               weekend of 12-13 June 2027
  Hypercare                              14 Jun - 25 Jun 2027

5. Client responsibilities
The Client:
  - gives VPN access and read access to the source databases by 8 January 2027;
  - makes the Snowflake account and an Azure DevOps project available by 15 January 2027;
  - appoints a product owner (Mr Jonas Verstraete) and makes the data owner of each wave
    available for four hours per week;
  - validates the reconciliation of each wave within five working days of delivery.
If the Client's contributions are late, Datavallei replans with the product owner; additional
effort resulting from the delay is handled as a change request. If a delay is attributable to
Datavallei, it adds capacity at its own cost to recover the planning.

6. Team
  Engagement lead   Pieter Wouters, principal consultant (15 years in data warehousing)
  Lead engineer     Sara Benali, senior data engineer, SnowPro Advanced: Data Engineer
  Data engineers    two medior data engineers (3-5 years' experience, dbt certified)
Datavallei informs the Client at least ten working days before replacing a team member;
replacing the engagement lead or the lead engineer requires the Client's approval. A replacement
works alongside the outgoing person for five days at no cost to the Client.

7. Delivery standards
All code is kept in the Client's Azure DevOps repository. Every change is peer-reviewed through a
pull request and deployed via a CI pipeline. Every dbt model has tests on keys (unique, not null)
and on referential integrity.

8. Data migration and acceptance
8.1 The historical data is loaded through Azure Blob Storage and Snowpipe. For every table
Datavallei produces a reconciliation report with row counts and checksums per month; every
difference must be explained or corrected.
8.2 A wave is accepted when the data owner has approved the reconciliation report and the ten key
reports of that wave show the same figures as in the current warehouse. A wave is deemed accepted
if the Client has not sent written objections within five working days of delivery.

9. Cut-over, hypercare and handover
9.1 Datavallei carries out the cut-over in the weekend of 12-13 June 2027 according to a cut-over
runbook approved by the Client, including a rollback scenario.
9.2 During hypercare two engineers support the Client's BI team and report users on working days
from 8:00 to 18:00 through a dedicated Teams channel. A failed nightly load is picked up within
one hour.
9.3 Datavallei documents all models in dbt docs, delivers operational runbooks and gives four
knowledge transfer sessions to the Client's BI team; the Client's engineers shadow the team
during the parallel run.
9.4 Defects in the delivered models reported within 30 days after the end of hypercare are
corrected free of charge.
9.5 Run support after hypercare is not part of this SOW; Datavallei will submit a separate
proposal.

10. Price and invoicing
10.1 This SOW is performed on a time-and-materials basis at the following daily rates (EUR, excl.
VAT): principal consultant 1.250,00; senior data engineer 1.050,00; medior data engineer 850,00.
10.2 The estimated effort is 310 person-days, for an estimated budget of EUR 284.600,00. This
budget is not exceeded without the Client's prior written approval of a change request.
Datavallei warns the product owner as soon as 80 % of the budget is used.
10.3 Datavallei invoices monthly the days performed according to the timesheets approved by the
Client. Invoices are payable within 30 days of the invoice date.
10.4 Datavallei's obligations under this SOW are obligations of means.

11. Reporting and governance
Every Friday Datavallei sends a status report: progress per wave, days used against the budget,
risks and issues. A steering committee (the Client's CIO and head of BI, Datavallei's engagement
lead and account director) meets every two weeks. Disagreements are escalated to the steering
committee and then to the CEOs of both parties before the dispute clause of the MSA is invoked.

12. Other terms
12.1 The code, models and documentation created under this SOW become the Client's property on
payment. Datavallei keeps its SSIS-to-dbt conversion scripts and grants the Client a perpetual,
non-exclusive licence to use them.
12.2 The source data contains personal data of loyalty-card holders. Datavallei processes it as
processor under the data processing agreement of 3 March 2025 attached to the MSA, works only in
the Client's environments and keeps no copies on its own systems.
12.3 Liability, confidentiality, termination and applicable law: as set out in the MSA.
12.4 This SOW ends on completion of hypercare and is not renewed.

Signed in Kortrijk on 17 December 2026.

For Datavallei BV                       For Verstraete Retail Group NV
(signed)                                (signed)
Pieter Wouters, partner                 An Desmet, CIO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "partial",
        "exit.transition": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T11H_CALL_RECORDING_RENEWAL = UnseenDocument(
    name="en_t11h_call_recording_renewal",
    text="""From:    Tom Hermans <tom.hermans@vocalock.be>
To:      Els De Wilde <els@dewilde-verzekeringen.be>
Cc:      Koen Van Hecke <koen@dewilde-verzekeringen.be>
Date:    Thu, 3 Dec 2026 14:52
Subject: Renewal of your call recording service - proposal VL-REN-2026-311
Attachment: VocaLock_General_Terms_v4.pdf

Dear Els,

Your VocaLock call recording contract ends on 31 January 2027. As promised during our review
meeting in October, here is our proposal to renew it, including the transcription module you
asked about.

WHAT STAYS THE SAME
  - Recording of all incoming and outgoing calls on your 18 extensions of the hosted switchboard,
    including internal transfers.
  - Storage of the recordings in our data centre in Antwerp, encrypted, for the retention period
    you set (currently 7 years), with automatic deletion afterwards.
  - Web portal to search, play back and export calls, with access per role and an audit log of
    who listened to which call.
Not included, as today: calls on mobile phones outside the switchboard and Teams calls.

WHAT CHANGES
  - Price per extension goes from EUR 14,50 to EUR 16,90 per month (first increase since 2023).
  - New, optional: AI transcription and keyword search in Dutch and French, EUR 4,00 per
    extension per month, with a one-off activation fee of EUR 250,00. We activate it within
    5 working days after your OK. Before activation you need to update the announcement message
    that tells your clients calls are recorded; we send you a suggested text.
  - Storage above 500 GB is charged at EUR 0,08 per GB per month (you are at 310 GB now).

Prices excl. VAT. For 18 extensions with transcription: 18 x 20,90 = EUR 376,20 per month.
We invoice quarterly in advance, payable within 30 days. Prices are indexed on 1 February each
year with the Belgian health index, with a maximum of 4 %.
Other work, for example changes to the switchboard integration, is done at EUR 95,00 per hour
after you have approved our quote.

SUPPORT AND SERVICE LEVELS
Helpdesk on working days 8:30-17:30, on 03 808 19 40 or support@vocalock.be.
If recording stops (priority 1) we respond within 1 hour and restore recording within 4 hours;
other requests are answered within 1 working day.
The recording platform is available 99,9 % per calendar month. If we miss this in a month, we
credit 15 % of that month's fee on the next invoice.
Software updates and security patches are included and are installed outside your office hours.
You receive a monthly report with the number of calls recorded, storage used and availability,
and I remain your account manager; we keep the configuration of your extensions on file. We
propose a short review meeting once a year. When the transcription module is activated, we give
your team a one-hour webinar on searching transcripts.

TERM
The renewal runs for 24 months from 1 February 2027. After that it is renewed tacitly for
periods of 12 months, unless either of us cancels in writing at least 3 months before the end of
a period.

YOUR DATA
The recordings remain yours. At the end of the contract you can download all recordings (WAV or
MP3) with a CSV of the metadata free of charge during 30 days; after that we delete them and send
you a confirmation. The data processing agreement we signed on 12 January 2024 continues to apply.

Our general terms (attached) apply to this renewal.

If you agree, just reply to this e-mail with "OK for VL-REN-2026-311" (and tell us whether you
want the transcription module) before 15 January 2027.

Kind regards,

Tom Hermans
Account manager - VocaLock BV, Noorderlaan 133, 2030 Antwerpen - BE 0654.771.209
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)


DOCUMENTS = [
    EN_T11H_MUSEUM_AUDIO_GUIDE_APP,
    EN_T11H_QUANTITY_TAKEOFF_SAAS_TERMS,
    EN_T11H_SNOWFLAKE_MIGRATION_SOW,
    EN_T11H_CALL_RECORDING_RENEWAL,
]
