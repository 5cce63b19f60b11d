"""Settings shared by every environment. Values come from the environment; see README.md."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def cache_from_url(url):
    """Django cache settings from CACHE_URL: redis://…, rediss://…, file:///path, locmem:// or
    dummy://. While Redis is unreachable the site goes on uncached (home.cache)."""
    if url.startswith(("redis://", "rediss://")):
        return {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "kotoutuminen"),
        }
    if url.startswith("file://"):
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": url.removeprefix("file://"),
            "OPTIONS": {"MAX_ENTRIES": int(env("CACHE_MAX_ENTRIES", "20000"))},
        }
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "blog",
    "events",
    "materials",
    "newsletter",
    "feedback",
    "practices",
    "glossary",
    "stewardship",
    "wagtail.contrib.routable_page",
    "extranet",
    "search",
    "demo",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    "config.middleware.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After the language and the user are known (the 400 page), before anything reads the address.
    "config.middleware.RefuseControlCharactersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "extranet.middleware.AdminRequiresTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.csp.SiteCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Compress the identity page that the next one gives an ETag and answers 304 for; both see
    # cached pages too, so a cached page keeps its ETag (config/http.py says why only public pages).
    "config.http.CompressPublicPagesMiddleware",
    "config.http.AnonymousConditionalGetMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "extranet.context_processors.extranet",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite under the git-ignored var/ folder unless DATABASE_URL names another database.
DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"
if not env("DATABASE_URL"):
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or DEFAULT_DATABASE_URL,
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": cache_from_url(env("CACHE_URL", "locmem://"))}
# Sessions are read from the cache and written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Public pages for readers who are not signed in: kept whole in the cache for this long (0 turns
# it off; publishing clears it at once), and in browsers and a CDN for ANONYMOUS_CACHE_MAX_AGE.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
ANONYMOUS_CACHE_MAX_AGE = int(env("ANONYMOUS_CACHE_MAX_AGE", "60"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Finnish must stay first: Wagtail creates the first locale from LANGUAGE_CODE.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
# The admin names content languages in the editor's own language ("ruotsi", "svenska",
# "Swedish"); the site's language switcher keeps each language's own name from LANGUAGES.
WAGTAIL_CONTENT_LANGUAGES = [
    ("fi", gettext_lazy("Finnish")),
    ("sv", gettext_lazy("Swedish")),
    ("en", gettext_lazy("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site's root without a link (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "site-root"


def _cache_root_files_for_a_week(headers, path, url):
    if "/" not in url.lstrip("/"):
        headers["Cache-Control"] = "public, max-age=604800"


WHITENOISE_ADD_HEADERS_FUNCTION = _cache_root_files_for_a_week
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Production serves media from the web server or object storage, not from Django.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Members-only files (member photos, workspace files) live outside MEDIA_ROOT and are served by
# views that check access; on several app servers this folder is shared storage.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "extranet.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = env("SITE_NAME", "Kotoutuminen.fi")
WAGTAILADMIN_BASE_URL = env("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "tiff": "png"}
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.ImageForm"  # alternative text is required
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # editors' email hashes stay with us
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILEMBEDS_RESPONSIVE_HTML = False  # its inline style would break the CSP
WAGTAIL_WORKFLOW_ENABLED = True

# Site search: Wagtail's database backend with each language's stemming on PostgreSQL and SQLite
# (search.backends, search.sqlite_backend), or Elasticsearch 9 with Finnish, Swedish and
# English analysers when ELASTICSEARCH_URL is set (search.elasticsearch; `manage.py update_index`
# after switching). LANGUAGE_CONFIGS maps a locale's language to its PostgreSQL configuration.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "kotoutuminen_"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends",
            "LANGUAGE_CONFIGS": {"fi": "finnish", "sv": "swedish", "en": "english"},
        }
    }

# Blog comments
BLOG_COMMENTS_CLOSE_AFTER_DAYS = int(env("BLOG_COMMENTS_CLOSE_AFTER_DAYS", "90")) or None
BLOG_COMMENT_EMAIL_RETENTION_DAYS = int(env("BLOG_COMMENT_EMAIL_RETENTION_DAYS", "30"))
# Event registrations are deleted this many days after the event (manage.py
# erase_event_registrations, daily from cron); the privacy statement says so.
EVENT_REGISTRATION_RETENTION_DAYS = int(env("EVENT_REGISTRATION_RETENTION_DAYS", "90"))
BLOG_COMMENT_RATE_LIMIT = (int(env("BLOG_COMMENT_RATE_LIMIT", "5")), 10 * 60)  # per address
BLOG_COMMENT_MAX_LINKS = 2
BLOG_NOTIFY_RETRY_SECONDS = 300  # the wait before the n-th retry of a failed mail is n times this  # more links than this and the comment is held as likely spam
# Feedback form
FEEDBACK_RATE_LIMIT = (5, 10 * 60)  # messages from one address

# Newsletter
NEWSLETTER_SIGNUP_RATE_LIMIT = (5, 10 * 60)  # signups from one address
NEWSLETTER_BATCH_SIZE = int(env("NEWSLETTER_BATCH_SIZE", "100"))
NEWSLETTER_UNSUBSCRIBE_EMAIL = env("NEWSLETTER_UNSUBSCRIBE_EMAIL")

# Whose address a request comes from, for every per-address limit (the site's forms and
# allauth's sign-in limits alike; home.ratelimits.client_ip). Behind load balancers or proxies,
# either TRUSTED_PROXY_COUNT: how many of them append to X-Forwarded-For (the visitor is the
# entry that many from the end), or CLIENT_IP_HEADER: a header the nearest one sets to the
# visitor's address alone (X-Real-IP; `HTTP_X_REAL_IP` is read the same). Neither: the
# connection's own address, right only when nothing stands in front of the app servers.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
_client_ip_header = env("CLIENT_IP_HEADER").strip().upper().replace("-", "_")
CLIENT_IP_HEADER = (
    _client_ip_header
    if not _client_ip_header or _client_ip_header.startswith("HTTP_")
    else f"HTTP_{_client_ip_header}"
)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = (
    CLIENT_IP_HEADER.removeprefix("HTTP_").replace("_", "-") if CLIENT_IP_HEADER else None
)

# `manage.py seed_demo` may fill the database with demo users and pages.
DEMO_CONTENT_ALLOWED = True

# Background work: the database queue with `manage.py db_worker` in production.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Requests only queue their mail; the task worker delivers it through EMAIL_DELIVERY_BACKEND and
# tries again when the mail server fails (home.mail). The EMAIL_BACKEND variable names that one.
EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Kotoutuminen.fi <noreply@kotoutuminen.example>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Workflow emails (a page waits for Publishers; it was approved or sent back) go to the group
# and the editor concerned, not to every superuser, through the mail queue like all mail.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Accounts (django-allauth): sign-in by email and password, verified addresses, two-factor
# authentication. Wagtail's own admin login is routed here too (config/urls.py).
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "extranet:home"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # passwords are changed and reset through allauth
WAGTAIL_PASSWORD_RESET_ENABLED = False
ACCOUNT_ADAPTER = "extranet.accounts.adapter.AccountAdapter"
ACCOUNT_USER_DISPLAY = "extranet.accounts.adapter.user_display"  # name or email, not username
ACCOUNT_FORMS = {"signup": "extranet.accounts.adapter.SignupForm"}  # honeypot without inline style
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CHANGE_EMAIL = True  # a new address replaces the old one only once it is verified
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{WAGTAIL_SITE_NAME}] "
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell people when their password or address changes
# allauth's rate limits, its defaults but for failed sign-ins: ten a minute from one address
# whatever the account, and five in five minutes from one address for one account (the key is
# address and account, extranet.accounts.adapter), so that nobody can lock an owner out from elsewhere.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
MFA_ADAPTER = "extranet.accounts.adapter.MFAAdapter"  # staff who reach the admin keep TOTP on
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Staff who can reach the Wagtail admin must have two-factor authentication on.
ADMIN_REQUIRES_TWO_FACTOR = env_bool("ADMIN_REQUIRES_TWO_FACTOR", True)
# Sign-ups whose address was never verified are removed after this many days.
ACCOUNT_UNVERIFIED_PURGE_DAYS = int(env("ACCOUNT_UNVERIFIED_PURGE_DAYS", "7"))
# A deleted workspace is kept, recoverable by staff, for this many days, then purged with its
# files (manage.py purge_deleted_workspaces).
WORKSPACE_DELETE_RETENTION_DAYS = int(env("WORKSPACE_DELETE_RETENTION_DAYS", "30"))
# Invitations to a workspace by email: how long the link works, how many addresses one request
# may name, and how many invitations one workspace may send in a day.
WORKSPACE_INVITATION_DAYS = int(env("WORKSPACE_INVITATION_DAYS", "30"))
WORKSPACE_INVITATION_MAX_ADDRESSES = int(env("WORKSPACE_INVITATION_MAX_ADDRESSES", "20"))
WORKSPACE_INVITATIONS_PER_DAY = int(env("WORKSPACE_INVITATIONS_PER_DAY", "100"))

# Files shared in workspaces: the largest upload in megabytes, the kinds accepted (extensions
# from extranet.uploads.KINDS; the real type is read from the content), and, in production, the
# nginx internal location that sends the bytes once the view has checked membership
# (X-Accel-Redirect; empty: Django streams them itself).
WORKSPACE_FILE_MAX_MB = int(env("WORKSPACE_FILE_MAX_MB", "50"))
WORKSPACE_FILE_TYPES = env_list(
    "WORKSPACE_FILE_TYPES", "pdf,docx,xlsx,pptx,odt,ods,odp,txt,csv,png,jpg,gif,webp"
)
WORKSPACE_FILES_X_ACCEL_REDIRECT = env("WORKSPACE_FILES_X_ACCEL_REDIRECT", "")

# The site's own pages carry no inline script or style; embeds from the usual video services are
# allowed to frame themselves. The Wagtail admin gets a policy of its own (config/csp.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
if MEDIA_URL.startswith("http"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_URL)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own previews through

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # One line per task run is noise; failures still show.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
