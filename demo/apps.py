from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for development, tests and benchmarks (`manage.py seed_demo`): no models."""

    name = "demo"
    verbose_name = "Demo content"
