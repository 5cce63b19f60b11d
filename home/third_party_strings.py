"""Messages of the packages we use that their own Finnish or Swedish catalogue lacks.

Django reads our catalogues (LOCALE_PATHS, locale/fi and locale/sv) before the apps' own, so a
translation in ours fills the gap in Wagtail's or wagtail-localize's. `make messages` runs
makemessages --no-obsolete, which drops every msgid it doesn't find in our source: this module
is that source. Nothing imports it. One block per package, in the package's own words; when a
package update translates a message itself, its block can lose it (our translation still wins
while it is here). The packages' JavaScript messages are in locale/*/LC_MESSAGES/djangojs.po,
kept by hand: makemessages for the django domain leaves that file alone.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Wagtail's core (wagtail)
WAGTAIL_CORE = (
    gettext_noop("Wagtail API v3"),
    gettext_noop("- Select an option -"),
    gettext_noop("Wagtail routablepage"),
    gettext_noop("Date cannot be in the future."),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),
    gettext_noop("A human-readable label to identify this token."),
    gettext_noop("revoked at"),
    gettext_noop("last used at"),
    gettext_noop("API token"),
    gettext_noop("API tokens"),
    gettext_noop("locale"),
    gettext_noop("for content type"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use within the parent page at '%(parent_url_path)s'."
    ),
    gettext_noop("Cannot overwrite a revision that is not the latest for this %(model_name)s."),
    gettext_noop("Cannot overwrite a revision that was not created by the current user."),
    gettext_noop("workflow page"),
    gettext_noop("workflow pages"),
    gettext_noop("page log entry"),
    gettext_noop("page log entries"),
    gettext_noop("object id"),
    gettext_noop("will be set to the default %(model_name)s"),
    gettext_noop("will be set to a %(model_name)s specified by the system"),
    gettext_noop("will unset the reference"),
    gettext_noop("revision"),
    gettext_noop("revisions"),
    gettext_noop("latest revision"),
    gettext_noop("group site permission"),
    gettext_noop("group site permissions"),
    gettext_noop(
        "There may only be one in progress or needs changes workflow state per page/snippet."
    ),
    gettext_noop("Workflow '%(workflow_name)s' on %(model_name)s '%(title)s': %(status)s"),
    gettext_noop("workflow_tasks"),
    gettext_noop("workflow task order"),
    gettext_noop("workflow task orders"),
    gettext_noop(
        "Pages/snippets at this step in a workflow will be moderated or approved by these groups of users"
    ),
    gettext_noop("Task '%(task_name)s' on Revision '%(revision_info)s': %(status)s"),
    gettext_noop("Create API token"),
    gettext_noop("API token created"),
    gettext_noop("Revoke API token"),
    gettext_noop("API token revoked"),
    gettext_noop("Copied for translation from %(title)s (%(locale)s)"),
    gettext_noop("Created an alias of %(title)s"),
    gettext_noop("Moved from '%(old_parent)s' to '%(new_parent)s'"),
    gettext_noop("Reordered under '%(parent)s'"),
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s scheduled for publishing at %(go_live_at)s."
    ),
    gettext_noop("%(model_name)s scheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s scheduled for publishing"),
    gettext_noop(
        "Revision %(revision_id)s from %(created_at)s unscheduled from publishing at %(go_live_at)s."
    ),
    gettext_noop("%(model_name)s unscheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s unscheduled from publishing"),
    gettext_noop('Resolved a comment on field %(field)s: "%(text)s"'),
    gettext_noop('Edited a reply to a comment on field %(field)s: "%(text)s"'),
    gettext_noop('Deleted a reply to a comment on field %(field)s: "%(text)s"'),
    gettext_noop("will do nothing"),
    gettext_noop("may prevent deletion"),
    gettext_noop("Removed the '%(restriction)s' view restriction. The page is public."),
)

# Wagtail's admin (wagtail.admin)
WAGTAIL_ADMIN = (
    gettext_noop("any"),
    gettext_noop("%(range_start)s - %(range_end)s"),
    gettext_noop("You do not have permission to access the admin."),
    gettext_noop("Minimum"),
    gettext_noop("Maximum"),
    gettext_noop("Usage count"),
    gettext_noop("Filter by up to ten most popular tags."),
    gettext_noop(
        "Select hierarchical position. Note: a collection cannot become a child of itself or one of its descendants."
    ),
    gettext_noop("Please select another parent."),
    gettext_noop("Expiry date/time must be in the future."),
    gettext_noop("Alias"),
    gettext_noop("Keep the new pages updated with future changes"),
    gettext_noop('You do not have permission to publish pages at "%(page_title)s"'),
    gettext_noop("The slug '%(page_slug)s' is already in use within the parent page."),
    gettext_noop("Select a new parent for this page."),
    gettext_noop("The new page will be a child of this given parent page."),
    gettext_noop('You do not have permission to create a page under "%(page_title)s".'),
    gettext_noop('You cannot create a page of type "%(page_type)s" under "%(page_title)s".'),
    gettext_noop("Tag(s) %(value_too_long)s are over %(max_tag_length)d characters."),
    gettext_noop("All %(objects)s snippets on this screen selected"),
    gettext_noop("item"),
    gettext_noop("items"),
    gettext_noop("Default avatar"),
    gettext_noop("Go to the first error"),
    ngettext_lazy(
        'Only pages of type "%(type)s" may be chosen for this field. Search results will exclude pages of other types.',
        "Only the following page types may be chosen for this field: %(type)s. Search results will exclude pages of other types.",
    ),
    gettext_noop(
        'The URL you entered, <a target="_blank" rel="noreferrer" href="%(submitted_url)s">%(submitted_url)s</a>, looks like it matches the internal page %(page)s, which has the URL <a target="_blank" rel="noreferrer" href="%(internal_url)s">%(internal_url)s</a>.'
    ),
    gettext_noop(
        "Converting this to an internal link to %(page)s would make the link automatically update if the underlying page changes its URL. Would you like to do this?"
    ),
    gettext_noop("Are you sure you want to unpublish this %(model_name)s?"),
    gettext_noop(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop("Publishing this %(model_name)s will cancel the current workflow."),
    gettext_noop("Would you still like to publish this %(model_name)s?"),
    gettext_noop("Actions (footer)"),
    gettext_noop(
        'There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'
    ),
    gettext_noop(
        "Preview cannot display due to validation errors. <br /> Click save to highlight the relevant fields."
    ),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("Changes requested at"),
    gettext_noop("Task submitted by"),
    gettext_noop('The page "%(title)s" has been approved in moderation stage "%(task)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(task)s".'),
    gettext_noop('The page "%(title)s" has been rejected in moderation stage "%(task)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(task)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),
    gettext_noop('%(editor)s has updated comments on "%(title)s".'),
    gettext_noop("New replies to:"),
    gettext_noop('%(editor)s has updated comments on "%(title)s"'),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop('The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop("Changing the privacy for this page has been disabled."),
    gettext_noop("Scheduling…"),
    gettext_noop("Schedule to publish"),
    gettext_noop("There is no valid destination page for these pages"),
    ngettext_lazy(
        "This page has one unpublished subpage", "This page has %(counter)s unpublished subpages"
    ),
    ngettext_lazy("Unpublish 1 page", "Unpublish %(counter)s pages"),
    ngettext_lazy(
        "You don't have permission to unpublish this page",
        "You don't have permission to unpublish these pages",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(descendant_count)s child page.",
        "Deleting this page will also delete %(descendant_count)s more child pages.",
    ),
    ngettext_lazy(
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translation of this page.",
        "This will also delete %(descendant_count)s more child pages. Deleting this page will also delete %(translation_count)s translations of this page.",
    ),
    ngettext_lazy(
        "This will also move one translation of this page and its child pages",
        "This will also move %(translations_to_move_count)s translations of this page and their child pages",
    ),
    ngettext_lazy(
        "This will also unpublish one translation of the page.",
        "This will also unpublish all %(translation_count)s translations of the page.",
    ),
    ngettext_lazy(
        "This page has one subpage and its translations have a combined one translated child page. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined one translated child page. Unpublish these too",
    ),
    ngettext_lazy(
        "This page has one child page and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
        "This page has %(live_descendant_count)s child pages and its translations have a combined %(translation_descendant_count)s translated child pages. Unpublish these too",
    ),
    ngettext_lazy(
        "This page has one subpage. Unpublish this too",
        "This page has %(live_descendant_count)s subpages. Unpublish these too",
    ),
    gettext_noop(
        "This page was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "The root level is where you can add new sites to your Wagtail installation. Pages created here will not be accessible at any URL until they are associated with a site."
    ),
    gettext_noop(
        "If you just want to add pages to an existing site, create them as children of the homepage instead."
    ),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, create them as children of the homepage."
    ),
    gettext_noop(
        "There is no site set up for this location. Pages created here will not be accessible at any URL until a site is associated with this location."
    ),
    gettext_noop(
        "There is no site record for this location. Pages created here will not be accessible at any URL."
    ),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop("Search in '<span class=\"w-title-ellipsis\">%(title)s</span>'"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("No results in '<span class=\"w-title-ellipsis\">%(title)s</span>'."),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    gettext_noop("But only those with publishing permissions can make them effective."),
    gettext_noop("%(field_label)s:"),
    gettext_noop("Saved"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Edit account avatar"),
    ngettext_lazy(
        "This action will delete <b>%(total_pages_formatted)s</b> page in total.",
        "This action will delete <b>%(total_pages_formatted)s</b> pages in total.",
    ),
    gettext_noop("Close dialog"),
    gettext_noop("You saved a new version in another window"),
    gettext_noop("View latest version"),
    gettext_noop("You have unsaved changes in another window"),
    gettext_noop("Currently idle"),
    gettext_noop("Currently viewing"),
    ngettext_lazy(
        "One other user is currently viewing", "%(num_user)s other users are currently viewing"
    ),
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("account"),
    gettext_noop(
        "Keyboard shortcuts are currently disabled; manage your %(account_link)s to enable them."
    ),
    gettext_noop("Section"),
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("Toggle section"),
    gettext_noop("Show issue"),
    gettext_noop("Content metrics"),
    gettext_noop("Readability"),
    gettext_noop("This data explained"),
    gettext_noop("How we calculate our metrics"),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    gettext_noop("Once live anyone can view"),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Once scheduled:"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("One or more references to this %(model_name)s prevent it from being deleted."),
    gettext_noop("%(action)s by <b>%(who)s</b> at <b>%(at)s</b>"),
    gettext_noop("%(action)s at <b>%(at)s</b>"),
    gettext_noop("%(action)s by <b>%(who)s</b>"),
    gettext_noop("This %(model_name)s hasn't been submitted for moderation yet"),
    gettext_noop("Disable custom ordering"),
    gettext_noop("Enable custom ordering"),
    gettext_noop("Checks"),
    gettext_noop(
        "This workflow is currently in progress on %(workflow_states_in_progress)s pages. Deleting this workflow will cancel moderation on these page. Are you sure you want to delete this workflow?"
    ),
    gettext_noop(
        'Workflows apply to child pages too. If you select a parent page here, its child pages will also use this workflow. See <a href="%(workflow_pages_url)s">the list of the pages</a> your workflow applies to.'
    ),
    gettext_noop("Used on"),
    gettext_noop(
        'Why not <a class="create-one-now" href="#tab-new" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">create one now</a>?'
    ),
    gettext_noop("Cancelled by %(cancelled_by)s"),
    gettext_noop("at %(time)s by %(user_display_name)s"),
    gettext_noop("at %(time)s"),
    gettext_noop("%(time)s by %(user_display_name)s"),
    gettext_noop("%(time_period)s ago by %(user_display_name)s"),
    gettext_noop("Changes requested %(finished_at)s"),
    gettext_noop("Sent to %(task_name)s %(started_at)s"),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("Application"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Add or show comments"),
    gettext_noop("Text editing"),
    gettext_noop("Toggle status"),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle preview"),
    gettext_noop("(blank)"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop(
        "Focus on the drag button and press up or down arrows to move the item, then press enter to submit the change."
    ),
    gettext_noop("Use meaningful text for screen reader users"),
    gettext_noop("Table header text is empty"),
    gettext_noop("Empty frame title found"),
    gettext_noop("Use a meaningful title for screen reader users"),
    gettext_noop("Incorrect heading hierarchy"),
    gettext_noop("Avoid skipping levels"),
    gettext_noop("Input button text is empty"),
    gettext_noop("Misusing paragraphs as headings"),
    gettext_noop("Use proper heading tags"),
    gettext_noop("Image alt text has inappropriate pattern"),
    gettext_noop("Use meaningful text"),
    gettext_noop("Meta description is empty"),
    gettext_noop("Add a concise description for search engines"),
    gettext_noop("%(classname)s object (%(id)s)"),
    gettext_noop("No %(model_name)s match your query."),
    gettext_noop("There are no %(model_name)s to display."),
    gettext_noop("%(model_name)s '%(object)s' has been scheduled for publishing."),
    gettext_noop("%(model_name)s '%(object)s' created and scheduled for publishing."),
    gettext_noop(
        "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing."
    ),
    gettext_noop("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_noop("%(model_name)s '%(object)s' created and submitted for moderation."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been restarted."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been cancelled."),
    gettext_noop("Saving will overwrite a newer version."),
    gettext_noop("The %(model_name)s could not be saved as it is locked"),
    gettext_noop(
        "You are viewing a previous version of this %(model_name)s from <b>%(created_at)s</b> by %(user)s"
    ),
    gettext_noop("%(model_name)s '%(object)s' has been replaced with version from %(timestamp)s."),
    gettext_noop("Version from %(timestamp)s of %(model_name)s '%(object)s' has been published."),
    gettext_noop(
        "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."
    ),
    gettext_noop("%(related_model_name)s %(field_label)s"),
    gettext_noop("Sort item order"),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("'%(object)s' unpublished."),
    gettext_noop('Version %(revision_id)s of "%(object)s" unscheduled.'),
    gettext_noop("Preview for %(block_label)s (%(block_type)s)"),
    gettext_noop("The %(model_name)s '%(title)s' is not currently awaiting moderation."),
    gettext_noop(
        "The %(model_name)s '%(title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),
    gettext_noop("Search all pages…"),
    gettext_noop("Privacy is inherited from the ancestor page - %(ancestor_page)s"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been deleted"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been deleted",
        "%(num_parent_objects)d pages have been deleted",
    ),
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages"),
    ngettext_lazy("%(num_child_objects)d child page", "%(num_child_objects)d child pages"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been published"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been published",
        "%(num_parent_objects)d pages have been published",
    ),
    gettext_noop("Unpublish selected pages"),
    gettext_noop("%(parent_pages)s and %(child_pages)s have been unpublished"),
    ngettext_lazy(
        "%(num_parent_objects)d page has been unpublished",
        "%(num_parent_objects)d pages have been unpublished",
    ),
    gettext_noop("Choose parent"),
    gettext_noop("Request to create %(model_name)s was blocked by hook."),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("Request to edit %(model_name)s was blocked by hook."),
    gettext_noop(
        "Version from %(previous_revision_datetime)s of page '%(page_title)s' has been scheduled for publishing."
    ),
    gettext_noop("Version from %(datetime)s of page '%(page_title)s' has been published."),
    gettext_noop("The page could not be saved as it is locked."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Is commenting action"),
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Has child pages"),
    gettext_noop("Any"),
    gettext_noop("Exploring"),
    gettext_noop(
        "The slug '%(page_slug)s' is already in use at the selected parent page. Make sure the slug is unique and try again."
    ),
    gettext_noop("Placeholder title"),
    gettext_noop(
        "You are viewing a previous version of this page from <b>%(created_at)s</b> by %(user)s"
    ),
    gettext_noop(
        "The page '%(page_title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),
    gettext_noop("ID"),
    gettext_noop("Locked by"),
    gettext_noop("Anyone"),
    gettext_noop("By task"),
    gettext_noop("By workflow"),
    gettext_noop("Show disabled"),
    gettext_noop("Used by"),
    ngettext_lazy(
        "This workflow is in progress on %(states_in_progress)d page/snippet. Disabling this workflow will cancel moderation on this page/snippet.",
        "This workflow is in progress on %(states_in_progress)d pages/snippets. Disabling this workflow will cancel moderation on these pages/snippets.",
    ),
    ngettext_lazy(
        "This task is in progress on %(states_in_progress)d page/snippet. Disabling this task will cause it to be skipped in the moderation workflow and not be listed for selection when editing a workflow.",
        "This task is in progress on %(states_in_progress)d pages/snippets. Disabling this task will cause it to be skipped in the moderation workflow and not be listed for selection when editing a workflow.",
    ),
    gettext_noop("Sort menu order"),
    gettext_noop("Anyone with editing permissions can create schedules"),
    gettext_noop("App"),
    gettext_noop("System"),
    gettext_noop("%(user_name)s saved a new version"),
    gettext_noop("%(user_name)s has unsaved changes"),
    gettext_noop("Minimap"),
    gettext_noop("Side panels"),
    gettext_noop("Side panel width"),
    gettext_noop("Expiry:"),
    gettext_noop("Invalid schedule"),
    gettext_noop("Go-live:"),
    gettext_noop("Refreshing…"),
    gettext_noop("Refresh"),
    gettext_noop("This workflow is disabled so it cannot be assigned to any snippets."),
    ngettext_lazy("1 snippet type", "%(counter)s snippet types"),
    gettext_noop("'%(page_title)s' has been moved successfully."),
    gettext_noop("Button text is empty"),
    gettext_noop("Empty heading found"),
    gettext_noop("Link text is empty"),
    gettext_noop("%(model_name)s '%(object)s' updated and published."),
    gettext_noop("%(model_name)s '%(object)s' created and published."),
    gettext_noop("Compare"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("Page/Snippet Type"),
)

# wagtail.contrib.forms
FORMS = (
    gettext_noop(
        "The name '%(duplicate_clean_name)s' is already assigned to this field and cannot be changed. Please enter a different label for the conflicting field."
    ),
    gettext_noop(
        "Field name '%(duplicate_clean_name)s' conflicts with another field. Please change the label."
    ),
)

# wagtail.contrib.redirects
REDIRECTS = (
    gettext_noop("target page route"),
    gettext_noop(
        "Optionally specify a route on the target page to redirect to. Leave blank to redirect to the default page route."
    ),
    gettext_noop("redirects"),
    gettext_noop(
        "<p>Select a file where redirects are separated into rows and contains the columns representing <code>from</code> and <code>to</code> (they can be named anything).</p> <p>After submitting you will be taken to a confirmation view where you can customize your redirects before import.</p>"
    ),
    gettext_noop("%(error)s encountered while trying to read file: %(filename)s."),
)

# wagtail.contrib.search_promotions (promoted search results, search terms)
SEARCH_PROMOTIONS = (
    gettext_noop("You must enter an external link text if you enter an external link URL."),
    gettext_noop("You must recommend a page OR an external link."),
    gettext_noop("Please only select a page OR enter an external link."),
    gettext_noop("queries"),
    gettext_noop("Choose an internal page for this promotion"),
    gettext_noop("External link URL"),
    gettext_noop("Alternatively, use an external link for this promotion"),
    gettext_noop("Applies to internal page or external link"),
    gettext_noop(
        '<p>Promoted search results are a means of recommending specific pages or external links that might not organically come high up in search results. E.g recommending your primary donation page to a user searching with the less common term "<em>giving</em>".</p>'
    ),
    gettext_noop(
        '<p>The "Search term(s)/phrase" field below must contain the full and exact search for which you wish to provide recommended results, <em>including</em> any misspellings/user error. To help, you can choose from search terms that have been popular with users of your site.</p>'
    ),
    gettext_noop("No promoted results have been created."),
    gettext_noop("Views"),
    gettext_noop("Search terms"),
    gettext_noop("Recommendations have not been created due to errors."),
    gettext_noop("Recommendations have not been saved due to errors."),
    gettext_noop("Recommended search result"),
    gettext_noop("Add a recommended result"),
)

# wagtail.contrib.settings
SETTINGS = (gettext_noop("%(model)s permissions"),)

# wagtail.contrib.table_block
TABLE_BLOCK = (
    gettext_noop("Select a header option"),
    gettext_noop("Table headers"),
    gettext_noop("Display the first row as a header"),
    gettext_noop("Display the first column as a header"),
    gettext_noop("Display the first row AND first column as headers"),
    gettext_noop("No headers"),
    gettext_noop("Which cells should be displayed as headers?"),
    gettext_noop(
        "A heading that identifies the overall topic of the table, and is useful for screen reader users."
    ),
)

# wagtail.documents
WAGTAIL_DOCUMENTS = (
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop(
        'Why not <a class="upload-one-now" href="#tab-upload" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">upload one now</a>?'
    ),
    gettext_noop("The file could not be found. Please change the source or delete the document."),
)

# wagtail.images
WAGTAIL_IMAGES = (
    gettext_noop("unknown number"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Usage count: (high to low)"),
    gettext_noop("The filter options you have selected are not valid."),
)

# wagtail.locales
WAGTAIL_LOCALES = (
    gettext_noop("%(num_pages)d pages and %(num_others)d others"),
    ngettext_lazy("%(num_pages)d page", "%(num_pages)d pages"),
)

# wagtail.snippets
WAGTAIL_SNIPPETS = (
    gettext_noop(
        'You haven\'t created any %(snippet_type_name)s snippets. Why not <a href="%(wagtailsnippets_create_snippet_url)s" target="_blank" rel="noreferrer">create one now</a>?'
    ),
)

# wagtail.users
WAGTAIL_USERS = (
    gettext_noop("Snug"),
    gettext_noop("Yes, revoke"),
    gettext_noop("No, don't revoke"),
    gettext_noop(
        'The token "%(name)s" has been created, copy it now, it will never be shown again.'
    ),
    gettext_noop("Copy token"),
    gettext_noop("Back to API tokens"),
    gettext_noop("Copying failed — please select and copy the token manually."),
    gettext_noop("Revoked"),
    gettext_noop("Last used"),
    gettext_noop("Token"),
    gettext_noop("Revoke"),
    gettext_noop("Never"),
    gettext_noop("Are you sure you want to revoke this API token?"),
    gettext_noop("API token '%(name)s' revoked."),
)

# wagtail_localize
WAGTAIL_LOCALIZE = (
    gettext_noop("Dummy translator"),
    gettext_noop("Sync translated %(model_name)s"),
    gettext_noop("Start Synced translation"),
    gettext_noop(
        "The {model_name} '{object}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop("Translated with {tool_name} on {date}"),
    gettext_noop("This locale cannot be synced into itself."),
    gettext_noop("Synchronise content from another locale"),
    gettext_noop(
        "Choose a locale to synchronise content from. Any existing and future content authored in the selected locale will be automatically copied to this one."
    ),
    gettext_noop(
        "<{}> tag is not allowed. Strings can only contain standard HTML inline tags (such as <b>, <a>)"
    ),
    gettext_noop("Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"),
    gettext_noop("Unrecognised id found in an <a> tag: {}"),
    gettext_noop("Convert to alias %(title)s"),
    gettext_noop("Convert to alias"),
    gettext_noop(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),
    gettext_noop("No, leave it as a page"),
    gettext_noop(
        'This page hasn\'t been translated yet. It is mirroring the <a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."
    ),
    gettext_noop("The last sync date was %(last_sync_date)s. You are about to sync the following:"),
    gettext_noop("Page '{}' has been converted into an alias."),
    gettext_noop(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),
    gettext_noop("Published '{object}' in {locale} with missing translations - see below."),
    gettext_noop("Published '{object}' in {locale}."),
    gettext_noop(
        "The data model for '{model_name}' has been changed since the last translation sync. If any new fields have been added recently, these may not be visible until the next translation sync."
    ),
    gettext_noop("Cannot import PO file that was created for a different translation."),
    gettext_noop("Successfully translated with {}."),
    gettext_noop("Source title"),
    ngettext_lazy("Include subtree ({} page)", "Include subtree ({} pages)"),
    gettext_noop(
        "The page '{page_title}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop(
        'Apply the updates and publish immediately. The changes will use the original language until translated unless you also select "Use machine translation".'
    ),
    gettext_noop("Use machine translation"),
    gettext_noop("Apply machine translations to the incoming changes."),
    gettext_noop(
        "Apply the updates and publish immediately. The changes will use the original language until translated."
    ),
    gettext_noop("Successfully updated translations for '{object}'"),
    gettext_noop("Sync translated snippets"),
    gettext_noop("Sync translations of '%(title)s'"),
    gettext_noop("Convert page to alias"),
    gettext_noop(
        "Converted page '%(title)s' to an alias of the translation source page '%(source_title)s'"
    ),
    gettext_noop("Converted page to an alias of the translation source page"),
)

# wagtail_localize.locales (the admin's Locales pages)
WAGTAIL_LOCALIZE_LOCALES = (gettext_noop("Wagtail locales (Wagtail Localize version)"),)
