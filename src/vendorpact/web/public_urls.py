from django.urls import path

from vendorpact.web import views
from vendorpact.web.health import healthz

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("switch/", views.switch_org, name="switch_org"),
    path("language/", views.set_language, name="set_language"),
]
