"""Qt item models over the services: the UI's lists."""
