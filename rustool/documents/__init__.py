"""Printed documents (ReportLab): the referral, the minutes of a meeting and the individual plan.

Pure layout, no Qt and no database: the services gather the data and get PDF bytes back.
"""
