from django.core.management.base import BaseCommand

from blog.privacy import erase_expired_emails


class Command(BaseCommand):
    help = (
        "Erase the email addresses of rejected and spam comments older than "
        "BLOG_COMMENT_EMAIL_RETENTION_DAYS. Run daily from cron."
    )

    def handle(self, *args, **options):
        erased = erase_expired_emails()
        self.stdout.write(f"Erased the email address of {erased} comments.")
