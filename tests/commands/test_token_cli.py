import pytest

from vendorpact.api.models import ApiToken, hash_token
from vendorpact.cli import main


@pytest.mark.django_db
def test_token_create_prints_the_token_on_its_last_line(capsys, make_user):
    make_user("lotte")
    assert main(["token", "create", "lotte", "--name", "backup script"]) == 0
    last_line = capsys.readouterr().out.strip().splitlines()[-1]
    token = ApiToken.objects.get(key_hash=hash_token(last_line))
    assert (token.user.username, token.name) == ("lotte", "backup script")


@pytest.mark.django_db
def test_created_token_opens_the_api(client, capsys, make_user):
    make_user("lotte")
    main(["token", "create", "lotte"])
    raw = capsys.readouterr().out.strip().splitlines()[-1]
    assert client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200


@pytest.mark.django_db
def test_created_token_shows_in_the_users_token_list(client, capsys, make_user):
    user = make_user("lotte")
    main(["token", "create", "lotte", "--name", "nightly export"])
    client.force_login(user)
    assert "nightly export" in client.get("/account/").content.decode()


@pytest.mark.django_db
def test_unknown_user_is_a_clear_error_with_exit_code_2(capsys):
    assert main(["token", "create", "nobody"]) == 2
    captured = capsys.readouterr()
    assert "nobody" in captured.err and captured.out == ""
    assert not ApiToken.objects.exists()
