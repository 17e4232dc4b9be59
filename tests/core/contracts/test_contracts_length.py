"""The document length the benchmark's length bands use (benchmarks/contracts_eval_bands.py)."""

from vendorpact.core.contracts import analyse_text, result_to_dict

THREE_SENTENCES = (
    "The Supplier hosts the Client's web shop. The Client pays a monthly fee of EUR 500.\n"
    "This agreement is governed by Belgian law."
)


def test_result_counts_the_sentences_of_the_document():
    result = analyse_text(THREE_SENTENCES, learned=False)

    assert result.sentences == 3


def test_sentence_count_is_not_part_of_the_json_shape():
    result = result_to_dict(analyse_text(THREE_SENTENCES, learned=False))

    assert "sentences" not in result
