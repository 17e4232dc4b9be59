"""More plain commercial English of Belgian and Dutch suppliers (items round 5): cues merged
into the item rules by english.add_english_wording, kept apart so that english.py stays short.
A few families that exist in Dutch and French too carry those forms in the same pattern."""

from __future__ import annotations

from vendorpact.core.contracts.detectors.common import DURATION

# the client doing its part: "you provide", "the Customer's IT manager grants", "you need to
# update" (not what it receives or may do: "you receive", "you can cancel")
_CLIENT_DOES = (
    r"(?:you|the (?:customer|client|buyer|purchaser|licensee)(?:'s \w+(?: \w+)?)?) (?:need to |"
    r"have to |must )?(?:provides?|sends?|gives?|grants?|accepts?|delivers?|appoints?|makes?|"
    r"ensures?|installs?|prepares?|arranges?|tests?|supplies|supply|completes?|updates?)\b"
)

MORE_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "agreement.general_terms": (
        # the documents ranked: "in case of conflict the following order applies: ..."
        (
            r"\bin (?:the )?(?:case|event) of (?:any )?(?:conflict|inconsistency|contradiction)"
            r"\b,? (?:the )?(?:following )?order (?:applies|is)\b",
            1.0,
        ),
    ),
    "budget.extra_costs": (
        # work done only on a written quote or approval: "custom reports are carried out only
        # on the basis of a written quote", "such changes are made only after written approval",
        # "always on a written estimate approved by the Customer", "any other work is only done
        # after the Customer has accepted our written quote", "days beyond the estimate"
        (
            r"\b(?:only|always) (?:\w+ ){0,3}?(?:(?:on the basis of|on|after|against|under) "
            r"(?:a |an |our )?(?:separate )?written (?:quote|quotation|estimate)\b|after (?:you|"
            r"the (?:client|customer)(?:'s \w+)?) (?:has|have) (?:accepted|approved|signed) "
            r"(?:our|a|the) (?:written )?(?:quote|quotation|estimate)\b|after (?:written|prior) "
            r"(?:approval|consent) (?:of|to) (?:the |our |a |an )?(?:estimate|quote|quotation|"
            r"change))|\bon a written (?:quote|quotation|estimate) (?:approved|accepted|signed) "
            r"by\b|\b(?:days|hours|costs) (?:beyond|above|over|in excess of) the (?:estimate|"
            r"estimated|budget)\b|\bchanges\b[^.\n]{0,60}\bonly (?:\w+ ){0,3}?after (?:\w+ )?"
            r"(?:written|prior) (?:approval|consent)\b",
            1.0,
        ),
    ),
    "timing.client_obligations": (
        # the deadline first, then the client: "before the kick-off you provide ...", "by 3
        # May 2027 the Customer grants ..." (not "before the renewal date you can cancel")
        (
            r"\b(?:before|no later than|prior to) (?:[\w-]+ ){1,4}?" + _CLIENT_DOES + r"|\bby "
            r"\d{1,2}(?:st|nd|rd|th)? [a-z]+(?: \d{4})?,? " + _CLIENT_DOES,
            1.0,
        ),
        # "From your side we need: access to ...", "De votre côté, nous avons besoin de ...",
        # "Van uw kant hebben we nodig: ...", "the Customer makes sure that ..."
        (
            r"\bfrom your (?:side|end),? (?:we|i) (?:need|expect|require)\b|\bde votre côté,? nous "
            r"(?:avons|aurons) besoin\b|\bvan (?:uw|jullie|jouw) kant (?:hebben|verwachten) "
            r"(?:we|wij)\b|\b(?:customer|"
            r"client|buyer|purchaser)(?:'s \w+)? (?:makes sure|sees to it)\b",
            1.0,
        ),
    ),
    "exit.data_return": (
        # "after the subscription ends you keep read access for 90 days to export everything",
        # "for 60 days after its end you can still download them"
        (
            r"\bafter (?:(?:the |your |this )?(?:subscription|agreement|contract|service|account) "
            r"(?:ends|expires|is terminated|has ended)|(?:the |its |their )end)\b[^.\n]{0,80}"
            r"\b(?:export|download|retrieve)\w* (?:it|them|all|everything|your|its|their|the "
            r"(?:data|content|files|records))\b",
            1.0,
        ),
        # the supplier gives back what it holds: "returns all the client's data in its
        # possession", "we return the files you gave us" (not "the API returns order data")
        (
            r"\breturns? (?:all |any )?(?:the )?"
            r"(?:[\w'’]+ ){0,2}?(?:data|files|records|documents)\b[^.\n]{0,40}\b(?:in (?:its|"
            r"their|our) possession|(?:its|their) original format|(?:received|obtained) from|"
            r"(?:you|the client|the customer) (?:gave|provided|supplied|handed))",
            1.0,
        ),
    ),
    "team.seniority": (
        # experience in a field: "nine years of HL7 integration experience", "14 years in IT"
        # (not "3 years in advance")
        (
            r"\byears?'? of (?:[\w.+/-]+ ){1,3}?experience\b|\byears in (?:it|ict|"
            r"(?:information |cyber ?)?security|software|networking|(?:the )?(?:it|ict|software) "
            r"(?:sector|industry|business))\b",
            1.0,
        ),
        # a person's certification: "Microsoft Certified: Endpoint Administrator Associate",
        # "a Vendor Certified Administrator", "technicians trained and certified by the
        # manufacturer" (not the supplier's "ISO 27001 certified", "a certified access point")
        (
            r"\bcertified:? (?:[\w-]+ ){0,3}?(?:administrator|engineer|associate|expert|"
            r"professional|architect|developer|specialist|consultant|installer|technician)s?\b|"
            r"\b(?:technicians?|engineers?|installers?|consultants?|specialists?|staff)\b,? "
            r"(?:(?:trained|qualified) and )?certified by\b",
            1.0,
        ),
    ),
    "rollout.acceptance": (
        # going live depends on the client's go: "we go live when your product owner confirms
        # by e-mail that the bot is ready", "cutover takes place only after the Client has
        # approved the staging test", "a change goes to production only after written approval",
        # "de livegang gebeurt pas na uw goedkeuring", "la mise en production intervient après
        # validation" (not "60 % at go-live, payable within 30 days")
        (
            r"\b(?:go(?:es)?[- ]live|we go live|cut-?over|goes to production|(?:switch|move)\w* "
            r"(?:\w+ ){0,2}to production|livegang|ingebruikname|mise en (?:production|service))\b"
            r"[^.\n]{0,60}\b(?:when|once|only after|after|as soon as|zodra|pas na|nadat|après|"
            r"dès que|lorsque|une fois)\b[^.\n]{0,60}\b(?:confirm|approv|accept|sign(?:s|ed)? off|"
            r"goedkeur|goedgekeurd|akkoord|bevestig|valid|approuv)\w*|\bwhen (?:you|your \w+(?: "
            r"\w+)?|the (?:client|customer)(?:'s \w+)?) (?:confirm|approve)s?\b[^.\n]{0,80}\b(?:go "
            r"live|switch|production)\b",
            1.0,
        ),
    ),
    "team.replacement": (
        # "replaces a team member only with ...", "before replacing a named engineer", "does
        # not replace either of them / Ms X without ...", "team members are replaced only ...",
        # "a replacement has equivalent qualifications" (not "we replace a defective disk")
        (
            r"\breplac(?:e|es|ed|ing) (?:any |a |an |one )?(?:key |named |its |their )?"
            r"(?:person(?:nel)?|staff(?: members?)?|employees?|team ?members?|consultants?|"
            r"engineers?|developers?)\b|\breplace (?:either|any|one|both|neither) of them\b|"
            r"\b(?:not|never) replace (?:mr|ms|mrs|miss)\b|\b(?:team ?members?|staff|consultants?|"
            r"engineers?|developers?|key (?:persons?|people|staff))\b (?:\w+ )?(?:are|is|may be|"
            r"can be|will be) (?:only )?replaced\b|\ba replacement (?:has|must have|shall have|"
            r"will have|is) (?:at least )?(?:an? )?(?:equivalent|the same|comparable|similar|"
            r"equal)\b",
            1.0,
        ),
    ),
    "maintenance.customer_knowledge": (
        # a fixed contact after the project: "Jeroen remains your fixed contact after go-live",
        # "Your contact remains Hanne, who knows your set-up", "Ms X remains the Client's
        # service manager" (not "the Client remains responsible")
        (
            r"\b(?:remains?|stays?) (?:the [\w-]+'s |your )(?:fixed |single |"
            r"dedicated |main |functional )?(?:contact(?: person)?|service manager|account "
            r"manager|point of contact)\b|\byour (?:fixed |dedicated )?contact (?:remains|stays)\b",
            1.0,
        ),
        # the client's environment on file: "keeps a file of the Client's installation", "keeps
        # a fleet register for each Client with the configuration", "your configuration is
        # documented in our support portal" (not "keeps a file of the invoices")
        (
            r"\bkeeps? (?:a |an )?(?:\w+ )?(?:file|register|record|description|overview) "
            r"(?:of|for) (?:the |each |every )?(?:client|customer|your)\b|\b(?:configuration|"
            r"set-?up|installation|environment)s?\b[^.\n]{0,60}\b(?:documented|kept on file|"
            r"recorded) in (?:its|our|the) (?:service desk|support portal|helpdesk|ticketing "
            r"system|cmdb)\b",
            1.0,
        ),
    ),
    "legal.confidentiality": (
        # settled elsewhere, by a cross-reference (partial): "Confidentiality: as set out in
        # section 9 of the Master Terms", "Liability, confidentiality and governing law: as set
        # out in the MSA", "articles 12 (confidentiality) and 14 (liability) of the MSA apply"
        (
            r"\bconfidentiality\b[^.\n:]{0,80}:\s?(?:as (?:set out|provided|agreed|defined|stated) "
            r"in|see|articles?|sections?|clauses?|annex)\b|\bconfidentiality\b[^.\n]{0,60}\b(?:are "
            r"|is )?as (?:set out|provided) in\b|\(confidentiality\)",
            1.0,
        ),
    ),
    "timing.planning": (
        # a lead time from the client's go: "we activate it within 5 working days after your
        # OK", "activates the tenant within 10 business days of signature", "configures SSO
        # within 10 days of receiving it" (not "we respond within 4 hours of your call")
        (
            r"\b(?:activat|deliver|install|configur|implement|available|ready|live)\w*\b[^.\n]{0,60}"
            r"\bwithin " + DURATION + r" (?:after|of|from) (?:your |the |this |its )?(?:ok|okay|"
            r"order|signature|signing|consent|approval|receiving|receipt|acceptance|confirmation|"
            r"kick-off)\b",
            1.0,
        ),
    ),
}
