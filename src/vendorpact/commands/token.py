"""`vendorpact token create USER [--name NAME]`: a new API token for scripts.

The token is printed alone on the last line of the output; it shows in the user's token list
(account page) like one made there, and can be revoked there.
"""

from __future__ import annotations

import sys

from vendorpact.commands.web import migrate, setup_django

UNKNOWN_USER_EXIT = 2
DEFAULT_NAME = "CLI"


def run_create(args) -> int:
    setup_django()
    migrate()
    from django.contrib.auth import get_user_model

    from vendorpact.api.services import create_token

    user = get_user_model().objects.filter(username=args.username, is_active=True).first()
    if user is None:
        print(f"error: no active user named “{args.username}”", file=sys.stderr)
        return UNKNOWN_USER_EXIT
    token, raw = create_token(user=user, name=args.name)
    print(f"Created API token “{token.name}” for {user.username}; it is shown only once:")
    print(raw)
    return 0


def register(subparsers) -> None:
    token = subparsers.add_parser("token", help="manage API tokens")
    actions = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create an API token for a user and print it")
    create.add_argument("username", metavar="USER")
    create.add_argument(
        "--name", default=DEFAULT_NAME, help=f"token name (default: {DEFAULT_NAME})"
    )
    create.set_defaults(func=run_create)
