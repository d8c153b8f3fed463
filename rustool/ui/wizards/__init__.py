"""Wizards that take the user through a long record page by page (the referral wizard)."""
