"""The survival and amendment boilerplate is searched only in sentences that hold one of its
words (boilerplate._SURVIVAL_WORDS / _AMENDMENT_WORDS): one sentence per alternative of each
pattern must still be found, so a new alternative without its word fails here."""

import pytest

from vendorpact.core.contracts.detectors.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    "sentence",
    [
        "articles 7, 9 and 12 shall survive any termination of this agreement.",
        "deze bepalingen blijven ook na de beëindiging van de overeenkomst van kracht.",
        "artikel 9 blijft van kracht na de beëindiging van de overeenkomst.",
        "les articles 8 et 9 survivent à la fin du contrat.",
        "les obligations de confidentialité demeurent en vigueur après la fin du contrat.",
        "this agreement may only be amended in writing signed by both parties.",
        "no amendment of this agreement shall be binding unless in writing.",
        "no waiver of any provision shall be effective unless signed.",
        "variations to this agreement must be in writing and signed by both parties.",
        "wijzigingen aan deze overeenkomst zijn enkel geldig indien schriftelijk overeengekomen.",
        "aanvullingen op de overeenkomst zijn slechts geldig indien ondertekend.",
        "toute modification du présent contrat doit faire l'objet d'un avenant signé.",
        "toute dérogation au contrat doit être constatée par écrit.",
    ],
)
def test_each_kind_of_survival_and_amendment_sentence_is_boilerplate(sentence):
    assert is_boilerplate(sentence)


def test_a_sentence_without_those_words_is_no_boilerplate():
    assert not is_boilerplate("the supplier answers calls within four working hours.")
