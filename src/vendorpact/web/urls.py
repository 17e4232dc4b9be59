from django.urls import path

from vendorpact.web import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
