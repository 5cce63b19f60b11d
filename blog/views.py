from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.ratelimits import RateLimit, client_ip

from .comments import CommentForm, submit_comment


def render_post(request, post, form, status):
    context = post.get_context(request, comment_form=form)
    return TemplateResponse(request, post.get_template(request), context, status=status)


def post_comment(request, post):
    """A reader sends a comment: stored as pending, shown after an editor approves it."""
    form = CommentForm(request.POST, post=post)
    if not post.comments_open:
        messages.error(request, _("Comments on this post are closed."))
        return render_post(request, post, None, status=403)

    ip = client_ip(request)
    rate_limit = RateLimit("blog-comment", ip, settings.BLOG_COMMENT_RATE_LIMIT)
    if rate_limit.exceeded():
        form.is_valid()
        form.add_error(
            None,
            _(
                "You have sent several comments in a short time. "
                "Please wait a few minutes and send your comment again."
            ),
        )
        return render_post(request, post, form, status=429)
    if not form.is_valid():
        return render_post(request, post, form, status=400)

    rate_limit.count()
    submit_comment(form, ip)
    messages.success(
        request,
        _(
            "Thank you! Your comment is awaiting moderation. "
            "It will appear here once an editor has approved it."
        ),
    )
    return redirect(f"{post.url}#comment-status")
