"""What membership tells the rest of the extranet, which it doesn't know (workspace invitations
accept themselves when a member is approved)."""

from django.dispatch import Signal

# Sent inside the approval's transaction, with `profile`: the approved MemberProfile.
membership_approved = Signal()
