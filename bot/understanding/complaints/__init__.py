"""The open complaint.

Whether an answer to the complaint question voices a complaint about the service, and whose: answers
that clear the provider, praise it, gripe about something else or somebody else's trouble, or only
announce a complaint are told apart from real grievances.
"""
