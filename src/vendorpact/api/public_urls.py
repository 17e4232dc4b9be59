from django.urls import path

from vendorpact.api import views
from vendorpact.api.api import api

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/tokens/", views.token_create, name="token_create"),
    path("account/tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("api/v1/", api.urls),
]
