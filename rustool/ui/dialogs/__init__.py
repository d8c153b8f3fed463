"""The app's dialogs: the client, the lists on a client's record, closing a case, settings."""
