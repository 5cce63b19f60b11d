"""What the site's CSV and XLSX exports share: cells that a spreadsheet would run as formulas
kept as text, and for the admin's reports, headings and values in the editor's language."""

from django.utils import translation

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    """What someone typed, shown by a spreadsheet as text, never run as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


class SafeSpreadsheetExportMixin:
    """For a Wagtail view with SpreadsheetExportMixin (a ReportView, for one)."""

    def get_preprocess_function(self, field, value, export_format):
        if isinstance(value, str):
            return as_text_cell
        return super().get_preprocess_function(field, value, export_format)

    def stream_csv(self, queryset):
        # The CSV streams after the view has returned, when the admin's language is no longer
        # active: the headings and values keep it.
        language = translation.get_language()
        rows = super().stream_csv(queryset)

        def in_language():
            with translation.override(language):
                yield from rows

        return in_language()
