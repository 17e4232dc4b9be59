"""The personal calendar feed (token URL, no login) and its settings page."""

from django.urls import path

from vendorpact.reminders import views

urlpatterns = [
    path("account/calendar/", views.calendar_settings, name="calendar_settings"),
    path("account/calendar/new/", views.calendar_create, name="calendar_create"),
    path("account/calendar/revoke/", views.calendar_revoke, name="calendar_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
