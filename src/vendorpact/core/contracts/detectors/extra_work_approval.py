"""The client's approval of extra work in more wordings (part of budget.extra_costs' `concrete`
pattern, next to budget_rules.py's and informal_wording.py's).

- a change document or an order signed or approved by one of the client's people: "a change
  note signed by the product owner", "een bestelbon, ondertekend door het diensthoofd ICT",
  "written estimate approved by the digital manager before work starts", "only after Fluxo has
  approved the written estimate" (not the supplier's own signature);
- nothing done or paid without it: "prestaties zonder bestelbon worden niet vergoed", "without a
  signed change note", "on ne fait rien sans votre OK";
- the client's go-ahead said to the client: "after your OK", "na jullie akkoord per mail", "en
  uw akkoord per e-mail", "on attend votre accord avant de continuer", "soumis à votre accord",
  "qu'avec votre accord", "een inschatting die jij eerst goedkeurt", "un devis que vous acceptez
  avant", "pas als hij akkoord gaat", "dan is een nieuw akkoord nodig".
"""

_SUPPLIER = r"(?:the |de |het |le |la )?(?:supplier|contractor|vendor|provider|leverancier|"
_SUPPLIER += r"opdrachtnemer|dienstverlener|prestataire|fournisseur|us|we|wij|nous)\b"
_CHANGE_DOCUMENT = (
    r"(?:change (?:request|note|order|form)|amendment|estimate|quote|quotation|purchase order|"
    r"call-off|work order|bestelbon|opdrachtbon|wijzigingsaanvraag|wijzigingsverzoek|"
    r"prijsopgave|raming|offerte|avenant|bon de commande|devis)s?"
)
_YOUR_GO_AHEAD = (
    r"(?:jullie|uw|jouw|je|your|votre) (?:\w+ )?(?:akkoord|goedkeuring|toestemming|ok|okay|"
    r"approval|consent|go-ahead|accord|feu vert|validation)\b"
)
EXTRA_WORK_APPROVED = (
    # a change document signed or approved by someone other than the supplier
    r"|\b(?:" + _CHANGE_DOCUMENT + r",? (?:\S+ ){0,10}?(?:signed|approved|accepted|authori[sz]ed|"
    r"ondertekend|getekend|goedgekeurd|signée?|approuvée?|validée?) (?:in writing )?"
    r"(?:by|door|par) (?!" + _SUPPLIER + r")"
    r"|(?:has|have) been (?:\w+ )?(?:signed|approved|accepted|authori[sz]ed|countersigned) by "
    r"(?!" + _SUPPLIER + r")"
    r"|(?:schriftelijke|uitdrukkelijke|written|express) (?:goedkeuring|toestemming|akkoord|"
    r"approval|consent) (?:ervan |daarvan |thereof )?(?:door|van|by|of) (?!" + _SUPPLIER + r")"
    r"|(?:akkoord|goedkeuring|toestemming|approval|accord) (?:per|by|par) (?:e-?mail|mail) "
    r"(?:van|door|of|from|de|du) (?!" + _SUPPLIER + r")"
    r"|(?:bestelbon|opdrachtbon|purchase order|bon de commande) (?:van|from|du|de) (?!"
    + _SUPPLIER
    + r")(?:de |het |the |la |l')?\w+"
    r"|(?:approved|signed|accepted|authori[sz]ed) (?:in writing )?by (?:\S+ ){1,5}?before "
    r"(?:the |any )?(?:work|it|they|start)"
    r"|only (?:\w+ ){0,2}(?:after|once) (?!" + _SUPPLIER + r")(?:\S+ ){1,4}?(?:has|have) "
    r"(?:\w+ )?(?:approved|signed|accepted|confirmed|authori[sz]ed)\b"
    # nothing done or paid without it
    r"|(?:zonder|without|sans) (?:een |a |an |the |un |une |le |la |l')?(?:(?:signed|written|"
    r"ondertekende?|schriftelijke?|signée?|écrite?) )?(?:bestelbon|opdrachtbon|change (?:note|"
    r"request|order)|purchase order|amendment|bon de commande)s?\b"
    # (the client's go-ahead only next to a negation: "on ne fait rien sans votre OK", "no work
    # is done without your approval", not "may be done without your approval")
    r"|(?:rien|nothing|niets|nooit|never|jamais)\b[^.\n]{0,60}?\b(?:zonder|"
    r"without|sans) "
    + _YOUR_GO_AHEAD
    + r"|(?:zonder|without|sans) "
    + _YOUR_GO_AHEAD
    + r"(?=[^.\n]{0,40}\b(?:niet|not|pas|never|jamais|nooit)\b)"
    # the go-ahead said to the client
    r"|(?:after|upon|with|once we have) your (?:\w+ )?(?:ok|okay|green light)\b"
    r"|(?:na|en|met|op) (?:jullie|jouw|uw) (?:schriftelijke? |uitdrukkelijke? )?(?:akkoord|"
    r"goedkeuring|toestemming|fiat|ok)\b"
    r"|(?:avec|après|attend\w*|demand\w*|soumis à) (?:toujours |d'abord )?(?:votre|son|leur) "
    r"(?:\w+ )?(?:accord|ok|feu vert|validation|approbation)\b"
    r"|(?:die|dat) (?:jij|je|u|jullie) (?:eerst |vooraf |schriftelijk )*(?:goedkeurt|goedkeuren"
    r"|aanvaardt|aanvaarden|bevestigt|bevestigen)\b"
    r"|(?:prijsopgave|prijsofferte|offerte|raming|inschatting|schatting|begroting) die (?!"
    + _SUPPLIER
    + r")(?:\S+ ){1,8}?(?:heeft|hebt|hebben) (?:\w+ )?(?:goedgekeurd|aanvaard|ondertekend|"
    r"bevestigd)\b"
    r"|devis (?:\w+ ){0,2}que (?:vous|le client) (?:acceptez|accepte|validez|valide|approuvez|"
    r"approuve|signez|signe)\b"
    r"|(?:that|which) (?:you|the (?:client|customer)) (?:approves?|accepts?|signs?) before\b"
    r"|(?:pas|enkel|alleen|uitsluitend) (?:als|wanneer|nadat) (?:jij|je|u|jullie|hij|zij|de "
    r"klant) (?:\w+ )?akkoord (?:geeft|geven|gaat|gaan|is|zijn)\b"
    r"|(?:nieuw|nieuwe|apart|voorafgaand|schriftelijk) (?:akkoord|goedkeuring|toestemming) "
    r"(?:is )?(?:nodig|vereist)\b|(?:new|separate|prior|written) (?:approval|consent) (?:is )?"
    r"required\b|nouvel accord (?:est )?(?:nécessaire|requis)\b" + r")"
)

# Extra work named by what the price leaves out, by the client's further wishes billed on
# actuals, by overtime approved first or by a quote for each enhancement: "werkzaamheden die
# niet onder de vaste prijs vallen", "andere wensen doen we op nacalculatie", "overwerk alleen na
# voorafgaande toestemming", "voor elke gewenste doorontwikkeling vraagt de klant een offerte"
# (not damage the contract does not cover, nor a price change)
EXTRA_WORK_NAMED = (
    (
        r"\b(?:werkzaamheden|prestaties|interventies|werken|diensten|taken|aanpassingen|wensen) "
        r"die niet (?:onder|in) (?:de |het |uw |je |jullie )?(?:vaste prijs|forfait|pakket|"
        r"abonnement|onderhoudscontract|offerte|supportvergoeding|maandprijs)\b|"
        r"\b(?:prestations|travaux|interventions|demandes) (?:qui ne sont pas |non )(?:couvert|"
        r"compris|inclus)\w* (?:par|dans) (?:le |la |l'|votre )?(?:forfait|prix|abonnement|"
        r"contrat)\b|"
        r"\b(?:work|services|tasks|requests) (?:that is |that are |which is |which are )?not "
        r"(?:covered by|included in) the (?:fixed price|fixed fee|subscription|package|"
        r"retainer)\b|"
        r"\b(?:andere|extra|bijkomende|overige|verdere|grotere|ander) (?:wensen|vragen|"
        r"aanpassingen|uitbreidingen|koppelingen|rapporten|opleidingen|wijzigingen|werk)\b"
        r"[^.\n]{0,100}?\b(?:op (?:basis van )?nacalculatie|tegen (?:ons|het) (?:gewone )?"
        r"uurtarief|rekenen (?:we|wij|ik)(?: \w+)? aan|factureren (?:we|wij))\b|"
        # "Maatwerk doen we ook op nacalculatie", "Vraag je onderweg iets extra, dan rekenen we
        # dat aan EUR 95 per uur", "Dat werk reken ik aan EUR 85,00 per uur"
        r"\b(?:maatwerk|iets extra)\b[^.\n]{0,100}?\b(?:op nacalculatie|rekenen (?:we|wij|ik)"
        r"(?: \w+)? aan|factureren (?:we|wij))\b|\b(?:dat|dit) (?:extra )?werk (?:reken|rekenen|"
        r"factureer|factureren) (?:ik|we|wij) aan\b|"
        r"\b(?:modifications|adaptations|demandes) plus importantes\b[^.\n]{0,60}?\bfactur\w*|"
        r"\b(?:larger|bigger) (?:changes|adjustments|requests)\b[^.\n]{0,60}?\b(?:charged|billed|"
        r"invoiced) at\b|"
        r"\b(?:overwerk|overuren|overtime)\b[^.\n]{0,60}?\b(?:voorafgaande|vooraf|prior|"
        r"beforehand)\b|"
        r"\bvoor (?:elke|iedere) (?:gewenste |nieuwe )?(?:doorontwikkeling|uitbreiding|"
        r"aanpassing|wijziging|nieuwe functie|extra functie)\b[^.\n]{0,60}?\b(?:offerte|"
        r"prijsofferte|raming|begroting)\b|"
        r"\bpour (?:chaque|toute) (?:nouvelle )?(?:évolution|demande d'évolution|modification|"
        r"extension)\b[^.\n]{0,60}?\bdevis\b|"
        r"\bfor (?:each|every|any) (?:requested |new )?(?:enhancement|extension|change request|"
        r"new feature)\b[^.\n]{0,60}?\b(?:quote|quotation|estimate)\b",
        1.0,
    ),
)
