from vendorpact.orgs.models import Membership


def organisation(request):
    """The current organisation and the user's memberships, for the switcher in the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "current_org": getattr(request, "org", None),
        "current_membership": getattr(request, "membership", None),
        "my_memberships": list(Membership.objects.for_user(user)),
    }
