from .articles import BlogIndexPage, BlogPage, BlogPageTag, NewsIndexPage, NewsPage, NewsPageTag
from .comments import Comment
from .snippets import Author

__all__ = [
    "Author",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageTag",
    "Comment",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
]
