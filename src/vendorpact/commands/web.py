"""Web-side commands: serve, demo, createuser, and `manage` passing through to Django."""

from __future__ import annotations

import getpass
import os
import sys


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorpact.settings")
    import django

    django.setup()


def run_manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vendorpact.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["vendorpact manage", *argv])
    return 0


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    # The cache table first: writes during data migrations change data versions, kept in it.
    call_command("createcachetable", verbosity=verbosity)
    call_command("migrate", interactive=False, verbosity=verbosity)


def run_demo(args) -> int:
    setup_django()
    migrate()
    from vendorpact import demo

    demo.load_demo()
    print(demo.login_banner(True, "127.0.0.1", 8000))
    return 0


def run_createuser(args) -> int:
    setup_django()
    migrate()
    from django.contrib.auth import get_user_model

    from vendorpact.orgs.services import MembershipError, create_user_with_organisation

    exists = get_user_model().objects.filter(username=args.username).exists()
    password = args.password or os.environ.get("VENDORPACT_PASSWORD")
    if not password and not (exists and args.organisation):
        password = getpass.getpass("Password: ")
    try:
        setup = create_user_with_organisation(
            username=args.username,
            email=args.email,
            password=password,
            organisation=args.organisation,
        )
    except (ValueError, MembershipError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if setup.user_created:
        print(f"Created user {setup.user.username}")
    if setup.organisation is not None:
        print(
            f"{setup.user.username} owns the new organisation {setup.organisation.name} "
            f"({setup.organisation.slug})"
        )
    return 0


def run_remind(args) -> int:
    """The daily reminder digest (cron: `vendorpact remind` once a day)."""
    setup_django()
    from django.core.management import call_command

    options = {
        key: value
        for key, value in vars(args).items()
        if key in {"date", "user", "base_url"} and value
    }
    call_command("send_reminder_digest", **options)
    return 0


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="create or refresh the demo organisation")
    demo.set_defaults(func=run_demo)

    createuser = subparsers.add_parser("createuser", help="create a user")
    createuser.add_argument("username")
    createuser.add_argument("--email", default="")
    createuser.add_argument("--password", help="(default: $VENDORPACT_PASSWORD or prompt)")
    createuser.add_argument(
        "--organisation",
        help="also create this organisation, owned by the user (an existing user is added to it)",
    )
    createuser.set_defaults(func=run_createuser)

    remind = subparsers.add_parser(
        "remind", help="send today's reminder digest by e-mail, once per user per day"
    )
    remind.add_argument("--date", help="the day to send for (YYYY-MM-DD); default today")
    remind.add_argument("--user", help="only this username")
    remind.add_argument(
        "--base-url",
        dest="base_url",
        help="site address used in the links, e.g. https://vendorpact.example.be",
    )
    remind.set_defaults(func=run_remind)

    subparsers.add_parser("manage", help="run a Django management command (manage --help)")
