from django.urls import path

from vendorpact.reminders import views

urlpatterns = [
    path("reminders/", views.reminder_list, name="reminder_list"),
]
