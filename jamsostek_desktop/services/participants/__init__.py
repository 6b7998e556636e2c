"""Participants: enrolment, the list, the catalogue and rates, counts and the dashboard, the office profile."""
