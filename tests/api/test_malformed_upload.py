"""Upload endpoints answer a malformed multipart body with a JSON 400, logging no traceback."""

import logging

import pytest

from vendorpact.api.services import create_token

UPLOADS = [
    "engagements/{pk}/documents",
    "engagements/{pk}/sla/tickets/import",
    "engagements/{pk}/sla/downtime/import",
    "engagements/{pk}/invoices/ubl",
]


@pytest.mark.parametrize("path", UPLOADS)
def test_multipart_without_boundary_is_a_json_400(client, tenancy, engagement_a, caplog, path):
    token = create_token(user=tenancy.alice, name="t")[1]
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/" + path.format(pk=engagement_a.pk)
    with caplog.at_level(logging.WARNING):
        response = client.generic(
            "POST",
            url,
            b"--XYZ\r\nContent-Disposition: form-data; name=file\r\n\r\nabc",
            content_type="multipart/form-data",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
    assert response.status_code == 400
    assert response.json()["detail"] == "The request body is not valid multipart/form-data."
    assert not [record for record in caplog.records if record.exc_info]


def test_multipart_with_a_truncated_part_is_a_json_422(client, tenancy, engagement_a, caplog):
    token = create_token(user=tenancy.alice, name="t")[1]
    url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/documents"
    with caplog.at_level(logging.WARNING):
        response = client.generic(
            "POST",
            url,
            b'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\nab',
            content_type="multipart/form-data; boundary=XYZ",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
    assert response.status_code == 422 and "file" in response.json()["detail"]
    assert not [record for record in caplog.records if record.exc_info]
