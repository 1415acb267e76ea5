"""Platform catalogue and account recognition (wizard.platforms)."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.audit.model import Account
from wizard.platforms import (
    CatalogueError,
    Recognition,
    account_key,
    catalogue,
    parse_catalogue,
    platform_name,
    recognise,
    same_account,
)

YT_ID = "UCBR8-60-B28hp2BmDPdntcQ"
SPOTIFY_ID = "4rOoJ6Egrf8K2IrywzwOMk"
WA_ID = "0029VaDu5LQ7oQhdE8aGJZ3k"

# (input, platform, handle, canonical url, recognised)
CASES = [
    # Facebook
    ("https://www.facebook.com/Acme/", "facebook", "acme", "https://facebook.com/acme", True),
    ("facebook.com/acme", "facebook", "acme", "https://facebook.com/acme", True),
    ("  HTTPS://M.FACEBOOK.COM/Acme  ", "facebook", "acme", "https://facebook.com/acme", True),
    ("https://fr-fr.facebook.com/acme", "facebook", "acme", "https://facebook.com/acme", True),
    (
        "https://fr-ca.facebook.com/acme/about/",
        "facebook",
        "acme",
        "https://facebook.com/acme",
        True,
    ),
    (
        "https://www.facebook.com/acme?ref=bookmarks&fbclid=IwAR0x",
        "facebook",
        "acme",
        "https://facebook.com/acme",
        True,
    ),
    (
        "https://www.facebook.com/profile.php?id=100064123456789&sk=about",
        "facebook",
        "100064123456789",
        "https://facebook.com/profile.php?id=100064123456789",
        True,
    ),
    (
        "https://www.facebook.com/people/Acme-Corp/100064123456789/",
        "facebook",
        "100064123456789",
        "https://facebook.com/profile.php?id=100064123456789",
        True,
    ),
    (
        "https://www.facebook.com/p/Acme-Corp-100064123456789/",
        "facebook",
        "100064123456789",
        "https://facebook.com/profile.php?id=100064123456789",
        True,
    ),
    (
        "https://www.facebook.com/groups/acmefans/",
        "facebook",
        "groups/acmefans",
        "https://facebook.com/groups/acmefans",
        True,
    ),
    ("https://fb.me/acme", "facebook", "acme", "https://facebook.com/acme", True),
    (
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Facme%2F&h=AT0xyz",
        "instagram",
        "acme",
        "https://instagram.com/acme",
        True,
    ),
    (
        "https://www.facebook.com/watch/?v=123",
        "facebook",
        "",
        "https://facebook.com/watch?v=123",
        False,
    ),
    (
        "https://www.facebook.com/acme/posts/pfbid02abc",
        "facebook",
        "acme",
        "https://facebook.com/acme/posts/pfbid02abc",
        False,
    ),
    (
        "https://m.facebook.com/story.php?story_fbid=42&id=100064&__tn__=R",
        "facebook",
        "100064",
        "https://facebook.com/story.php?story_fbid=42&id=100064",
        False,
    ),
    ("https://fb.watch/abcDEF/", "facebook", "", "https://fb.watch/abcDEF", False),
    # Instagram
    ("https://www.instagram.com/acme/", "instagram", "acme", "https://instagram.com/acme", True),
    ("HTTPS://WWW.INSTAGRAM.COM/ACME", "instagram", "acme", "https://instagram.com/acme", True),
    (
        "https://instagram.com/acme.officiel?igshid=YmMyMTA2M2Y=",
        "instagram",
        "acme.officiel",
        "https://instagram.com/acme.officiel",
        True,
    ),
    ("instagram.com/acme/reels/", "instagram", "acme", "https://instagram.com/acme", True),
    (
        "https://www.instagram.com/p/Cx1yZ2/?igsh=abc",
        "instagram",
        "",
        "https://instagram.com/p/Cx1yZ2",
        False,
    ),
    (
        "https://www.instagram.com/stories/acme/3141592653/",
        "instagram",
        "acme",
        "https://instagram.com/stories/acme/3141592653",
        False,
    ),
    ("https://www.instagram.com/explore/", "instagram", "", "https://instagram.com/explore", False),
    # X / Twitter
    ("https://twitter.com/Acme", "x", "acme", "https://x.com/acme", True),
    ("https://mobile.twitter.com/acme", "x", "acme", "https://x.com/acme", True),
    ("x.com/Acme_QC/", "x", "acme_qc", "https://x.com/acme_qc", True),
    ("https://x.com/acme/media", "x", "acme", "https://x.com/acme", True),
    (
        "https://twitter.com/intent/follow?screen_name=Acme",
        "x",
        "acme",
        "https://x.com/acme",
        True,
    ),
    (
        "https://x.com/acme/status/1234?s=20&t=abc",
        "x",
        "acme",
        "https://x.com/acme/status/1234",
        False,
    ),
    ("https://x.com/home", "x", "", "https://x.com/home", False),
    # LinkedIn
    (
        "https://www.linkedin.com/company/acme/about/",
        "linkedin",
        "acme",
        "https://linkedin.com/company/acme",
        True,
    ),
    (
        "https://ca.linkedin.com/company/acme-inc?trk=public_profile",
        "linkedin",
        "acme-inc",
        "https://linkedin.com/company/acme-inc",
        True,
    ),
    (
        "linkedin.com/school/universite-acme/",
        "linkedin",
        "universite-acme",
        "https://linkedin.com/school/universite-acme",
        True,
    ),
    (
        "https://www.linkedin.com/showcase/acme-labs/posts/",
        "linkedin",
        "acme-labs",
        "https://linkedin.com/showcase/acme-labs",
        True,
    ),
    (
        "https://www.linkedin.com/in/jane-doe",
        "linkedin_person",
        "jane-doe",
        "https://linkedin.com/in/jane-doe",
        True,
    ),
    (
        "https://fr.linkedin.com/in/Jane-Doe-12ab34/",
        "linkedin_person",
        "jane-doe-12ab34",
        "https://linkedin.com/in/jane-doe-12ab34",
        True,
    ),
    (
        "https://www.linkedin.com/in/jos%C3%A9-tremblay",
        "linkedin_person",
        "josé-tremblay",
        "https://linkedin.com/in/jos%C3%A9-tremblay",
        True,
    ),
    ("https://www.linkedin.com/feed/", "linkedin", "", "https://linkedin.com/feed", False),
    # YouTube
    (
        f"https://www.youtube.com/channel/{YT_ID}",
        "youtube",
        YT_ID,
        f"https://youtube.com/channel/{YT_ID}",
        True,
    ),
    (
        f"https://m.youtube.com/channel/{YT_ID}/videos?view=0",
        "youtube",
        YT_ID,
        f"https://youtube.com/channel/{YT_ID}",
        True,
    ),
    ("https://www.youtube.com/@Acme", "youtube", "acme", "https://youtube.com/@acme", True),
    ("youtube.com/@acme/videos", "youtube", "acme", "https://youtube.com/@acme", True),
    (
        "https://www.youtube.com/user/AcmeTV",
        "youtube",
        "user/acmetv",
        "https://youtube.com/user/acmetv",
        True,
    ),
    (
        "https://www.youtube.com/c/AcmeTV/about",
        "youtube",
        "c/acmetv",
        "https://youtube.com/c/acmetv",
        True,
    ),
    ("https://www.youtube.com/AcmeTV", "youtube", "c/acmetv", "https://youtube.com/c/acmetv", True),
    (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&si=x",
        "youtube",
        "",
        "https://youtube.com/watch?v=dQw4w9WgXcQ",
        False,
    ),
    ("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "", "https://youtu.be/dQw4w9WgXcQ", False),
    (
        "https://www.youtube.com/redirect?q=https%3A%2F%2Fx.com%2Facme&v=1",
        "x",
        "acme",
        "https://x.com/acme",
        True,
    ),
    # TikTok
    ("https://www.tiktok.com/@Acme?lang=fr", "tiktok", "acme", "https://tiktok.com/@acme", True),
    (
        "https://www.tiktok.com/@acme/video/7234567890123456789?is_from_webapp=1",
        "tiktok",
        "acme",
        "https://tiktok.com/@acme/video/7234567890123456789",
        False,
    ),
    ("https://vm.tiktok.com/ZMabc123/", "tiktok", "", "https://vm.tiktok.com/ZMabc123", False),
    # Pinterest
    ("https://www.pinterest.ca/acme/", "pinterest", "acme", "https://pinterest.com/acme", True),
    (
        "https://fr.pinterest.com/acme/_created/",
        "pinterest",
        "acme",
        "https://pinterest.com/acme",
        True,
    ),
    (
        "https://www.pinterest.com/pin/123456/",
        "pinterest",
        "",
        "https://pinterest.com/pin/123456",
        False,
    ),
    # Snapchat
    (
        "https://www.snapchat.com/add/acme",
        "snapchat",
        "acme",
        "https://snapchat.com/add/acme",
        True,
    ),
    ("https://snapchat.com/@Acme", "snapchat", "acme", "https://snapchat.com/add/acme", True),
    # Threads
    ("https://www.threads.net/@acme", "threads", "acme", "https://threads.com/@acme", True),
    ("https://www.threads.com/@Acme/", "threads", "acme", "https://threads.com/@acme", True),
    ("@zuck@threads.net", "threads", "zuck", "https://threads.com/@zuck", True),
    # Bluesky
    (
        "https://bsky.app/profile/acme.bsky.social",
        "bluesky",
        "acme.bsky.social",
        "https://bsky.app/profile/acme.bsky.social",
        True,
    ),
    ("bsky.app/profile/Acme.ca", "bluesky", "acme.ca", "https://bsky.app/profile/acme.ca", True),
    (
        "acme.bsky.social",
        "bluesky",
        "acme.bsky.social",
        "https://bsky.app/profile/acme.bsky.social",
        True,
    ),
    (
        "@Acme.bsky.social",
        "bluesky",
        "acme.bsky.social",
        "https://bsky.app/profile/acme.bsky.social",
        True,
    ),
    (
        "https://bsky.app/profile/acme.ca/post/3kabc",
        "bluesky",
        "acme.ca",
        "https://bsky.app/profile/acme.ca/post/3kabc",
        False,
    ),
    # Mastodon, any instance
    (
        "https://mastodon.social/@acme",
        "mastodon",
        "acme@mastodon.social",
        "https://mastodon.social/@acme",
        True,
    ),
    ("https://piaille.fr/@Acme/", "mastodon", "acme@piaille.fr", "https://piaille.fr/@acme", True),
    (
        "https://social.example.org/@acme",
        "mastodon",
        "acme@social.example.org",
        "https://social.example.org/@acme",
        True,
    ),
    (
        "@acme@mastodon.social",
        "mastodon",
        "acme@mastodon.social",
        "https://mastodon.social/@acme",
        True,
    ),
    ("@Acme@Piaille.fr", "mastodon", "acme@piaille.fr", "https://piaille.fr/@acme", True),
    (
        "https://mastodon.social/@acme@piaille.fr",
        "mastodon",
        "acme@piaille.fr",
        "https://piaille.fr/@acme",
        True,
    ),
    (
        "https://piaille.fr/@acme/112233445566",
        "mastodon",
        "acme@piaille.fr",
        "https://piaille.fr/@acme/112233445566",
        False,
    ),
    # Flickr, Vimeo
    (
        "https://www.flickr.com/photos/acme/",
        "flickr",
        "acme",
        "https://flickr.com/photos/acme",
        True,
    ),
    (
        "https://www.flickr.com/people/12345678@N04/",
        "flickr",
        "12345678@N04",
        "https://flickr.com/photos/12345678@N04",
        True,
    ),
    ("https://vimeo.com/acme", "vimeo", "acme", "https://vimeo.com/acme", True),
    (
        "https://vimeo.com/channels/acmetv",
        "vimeo",
        "channels/acmetv",
        "https://vimeo.com/channels/acmetv",
        True,
    ),
    ("https://vimeo.com/76979871", "vimeo", "", "https://vimeo.com/76979871", False),
    # Reddit
    ("https://www.reddit.com/r/Quebec/", "reddit", "r/quebec", "https://reddit.com/r/quebec", True),
    (
        "https://old.reddit.com/user/Acme_Official",
        "reddit",
        "u/acme_official",
        "https://reddit.com/user/acme_official",
        True,
    ),
    (
        "reddit.com/u/acme_official",
        "reddit",
        "u/acme_official",
        "https://reddit.com/user/acme_official",
        True,
    ),
    ("r/montreal", "reddit", "r/montreal", "https://reddit.com/r/montreal", True),
    (
        "https://www.reddit.com/r/quebec/comments/abc123/titre/",
        "reddit",
        "r/quebec",
        "https://reddit.com/r/quebec/comments/abc123/titre",
        False,
    ),
    # Telegram, WhatsApp
    ("https://t.me/AcmeNews", "telegram", "acmenews", "https://t.me/acmenews", True),
    ("t.me/s/acmenews", "telegram", "acmenews", "https://t.me/acmenews", True),
    ("https://t.me/acmenews/42", "telegram", "acmenews", "https://t.me/acmenews/42", False),
    ("https://t.me/+AbCdEf123", "telegram", "", "https://t.me/+AbCdEf123", False),
    (
        f"https://www.whatsapp.com/channel/{WA_ID}",
        "whatsapp",
        WA_ID,
        f"https://whatsapp.com/channel/{WA_ID}",
        True,
    ),
    ("https://wa.me/15145551234", "whatsapp", "15145551234", "https://wa.me/15145551234", True),
    (
        "https://api.whatsapp.com/send?phone=+15145551234&text=Bonjour",
        "whatsapp",
        "15145551234",
        "https://wa.me/15145551234",
        True,
    ),
    # Twitch, Tumblr, Medium, Substack
    ("https://www.twitch.tv/AcmeLive", "twitch", "acmelive", "https://twitch.tv/acmelive", True),
    (
        "https://m.twitch.tv/acmelive/videos",
        "twitch",
        "acmelive",
        "https://twitch.tv/acmelive",
        True,
    ),
    ("https://acme.tumblr.com/", "tumblr", "acme", "https://tumblr.com/acme", True),
    ("https://www.tumblr.com/acme", "tumblr", "acme", "https://tumblr.com/acme", True),
    ("https://www.tumblr.com/blog/view/acme", "tumblr", "acme", "https://tumblr.com/acme", True),
    (
        "https://acme.tumblr.com/post/123/hello",
        "tumblr",
        "acme",
        "https://acme.tumblr.com/post/123/hello",
        False,
    ),
    ("https://medium.com/@Acme", "medium", "acme", "https://medium.com/@acme", True),
    ("https://acme.medium.com/", "medium", "acme", "https://medium.com/@acme", True),
    (
        "https://medium.com/acme-engineering",
        "medium",
        "acme-engineering",
        "https://medium.com/acme-engineering",
        True,
    ),
    (
        "https://medium.com/@acme/why-we-audit-1a2b3c4d",
        "medium",
        "acme",
        "https://medium.com/@acme/why-we-audit-1a2b3c4d",
        False,
    ),
    ("https://acme.substack.com/", "substack", "acme", "https://acme.substack.com", True),
    # Podcasts
    (
        f"https://open.spotify.com/show/{SPOTIFY_ID}?si=abc123",
        "podcast",
        SPOTIFY_ID,
        f"https://open.spotify.com/show/{SPOTIFY_ID}",
        True,
    ),
    (
        "https://podcasts.apple.com/ca/podcast/acme-balado/id1234567890",
        "podcast",
        "id1234567890",
        "https://podcasts.apple.com/podcast/id1234567890",
        True,
    ),
    (
        "https://podcasts.apple.com/fr/podcast/acme/id1234567890?i=1000600000000",
        "podcast",
        "id1234567890",
        "https://podcasts.apple.com/podcast/id1234567890",
        True,
    ),
    (
        "https://anchor.fm/acme-balado",
        "podcast",
        "acme-balado",
        "https://creators.spotify.com/pod/show/acme-balado",
        True,
    ),
    # GitHub, Discord, SoundCloud, Dailymotion
    ("https://github.com/Acme-Org", "github", "acme-org", "https://github.com/acme-org", True),
    (
        "https://github.com/orgs/acme-org/people",
        "github",
        "acme-org",
        "https://github.com/acme-org",
        True,
    ),
    (
        "https://github.com/acme-org/website",
        "github",
        "acme-org",
        "https://github.com/acme-org/website",
        False,
    ),
    ("https://discord.gg/AbC123", "discord", "AbC123", "https://discord.gg/AbC123", True),
    ("https://discord.com/invite/AbC123", "discord", "AbC123", "https://discord.gg/AbC123", True),
    ("https://soundcloud.com/acme", "soundcloud", "acme", "https://soundcloud.com/acme", True),
    (
        "https://www.dailymotion.com/acme",
        "dailymotion",
        "acme",
        "https://dailymotion.com/acme",
        True,
    ),
    # Other websites and bare handles
    ("https://www.acme.ca/", "other", "", "https://acme.ca", False),
    (
        "http://user:secret@www.acme.ca:8080/contact/?utm_source=x&lang=fr#top",
        "other",
        "",
        "https://acme.ca:8080/contact?lang=fr",
        False,
    ),
    ("https://m.acme.ca/a", "other", "", "https://m.acme.ca/a", False),
    ("https://unsplash.com/@acme", "other", "", "https://unsplash.com/@acme", False),
    ("@acme", "other", "acme", "", False),
    ("javascript:alert(1)", "other", "", "", False),
    ("mailto:info@acme.ca", "other", "", "", False),
    ("info@acme.ca", "other", "", "", False),
    ("", "other", "", "", False),
    ("Acme Inc.", "other", "", "", False),
]


@pytest.mark.parametrize(("text", "platform", "handle", "url", "recognised"), CASES)
def test_recognise(text: str, platform: str, handle: str, url: str, recognised: bool) -> None:
    found = recognise(text)
    assert (found.platform, found.handle, found.url, found.recognised) == (
        platform,
        handle,
        url,
        recognised,
    )


RECOGNISED = [case[0] for case in CASES if case[4]]


@pytest.mark.parametrize("text", RECOGNISED)
def test_recognise_is_idempotent(text: str) -> None:
    first = recognise(text)
    again = recognise(first.url)
    assert (again.platform, again.handle, again.url, again.recognised) == (
        first.platform,
        first.handle,
        first.url,
        True,
    )


def test_host_is_the_canonical_host() -> None:
    assert recognise("https://fr-ca.facebook.com/acme").host == "facebook.com"
    assert recognise("https://www.acme.ca/page").host == "acme.ca"
    assert recognise("@acme@piaille.fr").host == "piaille.fr"
    assert recognise("@acme").host == ""


# --------------------------------------------------------------------------- catalogue


def test_catalogue_has_every_platform_in_both_languages() -> None:
    platforms = catalogue()
    assert len(platforms) >= 22
    required = {
        "facebook", "instagram", "x", "linkedin", "linkedin_person", "youtube", "tiktok",
        "pinterest", "snapchat", "threads", "bluesky", "mastodon", "flickr", "vimeo", "reddit",
        "telegram", "whatsapp", "twitch", "tumblr", "medium", "podcast", "github", "discord",
        "other",
    }  # fmt: skip
    assert required <= set(platforms)
    assert list(platforms)[-1] == "other"
    for pid, info in platforms.items():
        assert re.fullmatch(r"[a-z0-9_\-]+", pid)
        assert info.id == pid
        assert info.name("fr").strip()
        assert info.name("en").strip()


def test_platform_names() -> None:
    assert platform_name("other", "fr") == "Autre / site web"
    assert platform_name("other", "en") == "Other / website"
    assert platform_name("facebook", "fr") == "Facebook"
    assert platform_name("podcast", "fr") != platform_name("podcast", "en")
    assert platform_name("friendster", "en") == "friendster"


def test_no_host_belongs_to_two_platforms_except_linkedin() -> None:
    seen: dict[str, str] = {}
    for info in catalogue().values():
        for host in info.hosts:
            if host in seen:
                assert {seen[host], info.id} == {"linkedin", "linkedin_person"}
            seen[host] = info.id


def _shipped() -> dict:
    text = (resources.files("resources") / "platforms.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_bad_template_is_refused_at_load() -> None:
    data = _shipped()
    data["platform"][0]["account"][0]["url"] = "https://facebook.com/{nmae}"
    with pytest.raises(CatalogueError, match="nmae"):
        parse_catalogue(data)


def test_other_must_come_last() -> None:
    data = _shipped()
    data["platform"].append(data["platform"].pop(0))
    with pytest.raises(CatalogueError, match="end with"):
        parse_catalogue(data)


# --------------------------------------------------------------------------- dedupe


def test_same_account_across_url_shapes() -> None:
    assert same_account(recognise("https://twitter.com/Acme"), recognise("x.com/acme?s=21"))
    assert same_account(
        recognise("@acme@piaille.fr"), recognise("https://mastodon.social/@acme@piaille.fr")
    )
    assert same_account(
        recognise("https://www.facebook.com/profile.php?id=123456"),
        recognise("https://www.facebook.com/people/Acme/123456/"),
    )
    assert not same_account(recognise("instagram.com/acme"), recognise("tiktok.com/@acme"))
    assert not same_account(recognise(""), recognise(""))


def test_same_account_for_unrecognised_urls_uses_the_canonical_url() -> None:
    assert same_account(recognise("https://www.acme.ca/?utm_source=news"), recognise("acme.ca"))
    assert not same_account(recognise("acme.ca/a"), recognise("acme.ca/b"))


def test_account_key_tolerates_hand_typed_rows() -> None:
    assert account_key("instagram", "@Acme", "") == account_key("instagram", "acme", "")
    assert account_key("youtube", YT_ID, "") != account_key("youtube", YT_ID.lower(), "")
    assert account_key("instagram", "", "https://instagram.com/ACME/") == "instagram:acme"
    assert account_key("other", "", "") == ""


@pytest.mark.parametrize(
    ("platform", "handle", "url", "full"),
    [
        ("mastodon", "name", "https://mastodon.social/@name", "name@mastodon.social"),
        ("mastodon", "@Name", "https://fosstodon.org/@name", "name@fosstodon.org"),
        ("bluesky", "name", "https://bsky.app/profile/name.bsky.social", "name.bsky.social"),
        ("facebook", "acme", "https://facebook.com/groups/acme", "groups/acme"),
        ("youtube", "Acme", "https://youtube.com/c/Acme", "c/acme"),
        ("vimeo", "acme", "https://vimeo.com/channels/acme", "channels/acme"),
        ("reddit", "acme", "https://reddit.com/r/acme", "r/acme"),
        ("podcast", "12345", "https://podcasts.apple.com/ca/podcast/acme/id12345", "id12345"),
        ("podcast", "12345", "https://www.deezer.com/fr/show/12345", "deezer-12345"),
    ],
)
def test_account_key_completes_a_handle_missing_a_part_of_the_urls(
    platform: str, handle: str, url: str, full: str
) -> None:
    """A stored handle without the part the URL has (Mastodon's instance) is the account the
    URL names: it meets the URL alone, the full handle, and a re-import of its own export."""
    key = account_key(platform, handle, url)
    assert key == f"{platform}:{full}"
    assert key == account_key(platform, "", url) == account_key(platform, full, "")
    found = recognise(url)
    assert same_account(found, Recognition(platform, handle, url, found.host, True))


def test_account_key_keeps_a_handle_that_names_another_account() -> None:
    assert account_key("mastodon", "other", "https://mastodon.social/@name") == "mastodon:other"
    assert account_key("instagram", "acm", "https://instagram.com/acme") == "instagram:acm"
    assert account_key("x", "acme", "https://x.com/acme") == "x:acme"
    assert account_key("mastodon", "name", "https://piaille.fr/") == "mastodon:name"
    assert account_key("mastodon", "name", "javascript:alert(1)") == "mastodon:name"
    # the URL of another platform completes nothing
    assert account_key("bluesky", "name", "https://mastodon.social/@name") == "bluesky:name"


# --------------------------------------------------------------------------- hostile input


HOSTILE = [
    "   ",
    "\x00",
    "https://\x00facebook.com/acme",
    "facebook.com/acme\x07",
    "https://",
    "https:///acme",
    "https://[::1/",
    "https://[fe80::1%25eth0]/x",
    "https://example.com:99999/",
    "https://example.com:abc/",
    "http://例え.テスト/パス",
    "https://xn--r8jz45g.xn--zckzah/",
    "data:text/html,<script>alert(1)</script>",
    "JaVaScRiPt:alert(1)",
    "file:///etc/passwd",
    "https://facebook.com.evil.example/acme",
    "https://l.facebook.com/l.php?u=javascript%3Aalert(1)",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fl.facebook.com",
    "https://www.instagram.com/%2Fetc%2Fpasswd",
    "https://www.linkedin.com/in/%00",
    "@",
    "@@",
    "@a@b",
    "@user@host with space.com",
    "https://" + "a" * 10_000 + ".com/",
    "x" * 10_000,
    "https://facebook.com/" + "a/" * 3_000,
    "\u202eevil.com",
    "\ufeffhttps://facebook.com/acme",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_a_result(text: str) -> None:
    found = recognise(text)
    assert isinstance(found, Recognition)
    assert found.platform in catalogue()
    assert not found.url or found.url.startswith("https://")


def test_redirect_to_javascript_is_not_kept() -> None:
    found = recognise("https://l.facebook.com/l.php?u=javascript%3Aalert(1)")
    assert found.url == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_recognise_never_raises(text: str) -> None:
    found = recognise(text)
    assert found.platform in catalogue()
    assert not found.url or found.url.startswith("https://")
    # Whatever comes out can be stored as is: the inventory fills an Account with it.
    Account(platform=found.platform, handle=found.handle, url=found.url)


def test_long_unicode_url_is_not_stored_over_the_limit() -> None:
    found = recognise("https://example.com/" + "é" * 3_000)
    Account(platform=found.platform, handle=found.handle, url=found.url)
    assert found.host == "example.com"


_HOSTS = sorted({host for info in catalogue().values() for host in info.hosts} | {"piaille.fr"})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_HOSTS), st.text(), st.text())
def test_recognise_never_raises_on_catalogue_hosts(host: str, path: str, query: str) -> None:
    found = recognise(f"https://www.{host}/{path}?{query}")
    assert found.platform in catalogue()
    if found.recognised:
        again = recognise(found.url)
        assert (again.platform, again.handle) == (found.platform, found.handle)


# --------------------------------------------------------------------------- legacy shapes
# The shapes old registries and exports really hold (issue 13), each with its account key.

LEGACY_KEYS = [
    # hash-bang URLs of 2010-2012 Twitter: each is its own account, not "twitter.com"
    ("https://twitter.com/#!/laFTC", "x:laftc"),
    ("http://twitter.com/#!/AIDSinfo", "x:aidsinfo"),
    ("http://twitter.com/#!AIDSinfo", "x:aidsinfo"),
    # scheme-less, www., m., mobile., web.
    ("twitter.com/StateDept", "x:statedept"),
    ("www.twitter.com/StateDept", "x:statedept"),
    ("https://mobile.twitter.com/StateDept", "x:statedept"),
    ("https://m.facebook.com/usembassy", "facebook:usembassy"),
    ("https://web.facebook.com/usembassy", "facebook:usembassy"),
    ("http://fb.com/usembassy", "facebook:usembassy"),
    # Facebook ids, groups
    ("https://www.facebook.com/pages/US-Embassy-Paris/123456789012", "facebook:123456789012"),
    ("https://www.facebook.com/profile.php?id=123456789012&sk=wall", "facebook:123456789012"),
    ("https://www.facebook.com/groups/parentsnetwork/", "facebook:groups/parentsnetwork"),
    # YouTube: user, custom, channel, handle, legacy custom URL; youtu.be is a video
    ("http://www.youtube.com/user/USDAgov", "youtube:user/usdagov"),
    ("https://www.youtube.com/c/USDAgov", "youtube:c/usdagov"),
    ("http://youtube.com/USDAgov", "youtube:c/usdagov"),
    (f"https://www.youtube.com/channel/{YT_ID}/featured", f"youtube:{YT_ID}"),
    ("https://www.youtube.com/@USDA", "youtube:usda"),
    ("https://youtu.be/dQw4w9WgXcQ", "url:https://youtu.be/dQw4w9WgXcQ"),
    # Instagram with its language and share parameters; LinkedIn pages vs profiles
    ("https://www.instagram.com/usdagov/?hl=en", "instagram:usdagov"),
    ("instagram.com/usdagov?igshid=MzRlODBiNWFlZA==", "instagram:usdagov"),
    ("https://www.linkedin.com/company/usda/", "linkedin:usda"),
    ("https://www.linkedin.com/in/usda/", "linkedin_person:usda"),
    # tracking queries, trailing punctuation, <…>, HTML entities, case
    ("https://twitter.com/StateDept?ref=nav&s=20&t=AbC", "x:statedept"),
    ("https://www.facebook.com/usembassy?fref=ts", "facebook:usembassy"),
    ("https://twitter.com/StateDept.", "x:statedept"),
    ("https://twitter.com/StateDept),", "x:statedept"),
    ("<https://twitter.com/StateDept>", "x:statedept"),
    ("https://www.facebook.com/profile.php?id=42424242&amp;ref=ts", "facebook:42424242"),
    (
        "https://www.agency.gov/page?id=3&amp;utm_source=x&ref=home",
        "url:https://agency.gov/page?id=3",
    ),
    ("https://en.wikipedia.org/wiki/Foo_(bar)", "url:https://en.wikipedia.org/wiki/Foo_(bar)"),
    # off the platforms, s= and t= may be a search or a page: kept; ref= and fref= are not
    ("https://agency.gov/?s=flu&ref=nav", "url:https://agency.gov?s=flu"),
    ("https://agency.gov/blog?t=2&fref=ts", "url:https://agency.gov/blog?t=2"),
    # older tabs and spellings that still name the account
    ("https://twitter.com/@StateDept", "x:statedept"),
    ("http://www.facebook.com/#!/usembassy", "facebook:usembassy"),
    ("https://www.facebook.com/usembassy/timeline", "facebook:usembassy"),
    ("https://www.facebook.com/usembassy/info", "facebook:usembassy"),
    ("https://web.instagram.com/usdagov", "instagram:usdagov"),
    # LinkedIn groups in their three shapes; legacy numeric profiles keep their id
    ("http://www.linkedin.com/groups?gid=123456", "linkedin:groups/123456"),
    ("http://www.linkedin.com/groups/Embassy-Alumni-123456", "linkedin:groups/123456"),
    ("https://www.linkedin.com/groups/123456/", "linkedin:groups/123456"),
    (
        "http://www.linkedin.com/profile/view?id=4567&trk=tab",
        "url:https://linkedin.com/profile/view?id=4567",
    ),
    (
        "https://twitter.com/intent/user?user_id=42",
        "url:https://twitter.com/intent/user?user_id=42",
    ),
    # closed platforms keep their name
    ("http://www.myspace.com/usembassy", "myspace:usembassy"),
    ("https://plus.google.com/+USEmbassy/posts", "googleplus:+usembassy"),
    ("https://plus.google.com/u/0/112345678901234567890", "googleplus:112345678901234567890"),
    ("https://foursquare.com/usembassy", "foursquare:usembassy"),
    ("https://www.swarmapp.com/user/1234", "foursquare:1234"),
    ("http://www.ustream.tv/channel/nasa-hd", "ustream:nasa-hd"),
    ("https://vine.co/usembassy", "vine:usembassy"),
    ("https://www.periscope.tv/usembassy", "periscope:usembassy"),
]


@pytest.mark.parametrize(("text", "key"), LEGACY_KEYS)
def test_legacy_shapes_have_their_own_account_key(text: str, key: str) -> None:
    found = recognise(text)
    assert account_key(found.platform, found.handle, found.url) == key
    assert account_key("", "", text) == key  # a row with only the URL meets it


def test_hash_bang_accounts_are_distinct() -> None:
    keys = {account_key("", "", f"https://twitter.com/#!/{n}") for n in ("laFTC", "AIDSinfo")}
    assert keys == {"x:laftc", "x:aidsinfo"}


def test_a_platform_home_page_names_no_account() -> None:
    for text in ("https://twitter.com", "http://www.facebook.com/", "twitter.com/#!/"):
        assert account_key("", "", text) == ""
    assert not same_account(recognise("https://twitter.com"), recognise("https://x.com/"))


def test_a_website_keys_on_its_whole_url_not_on_a_typed_handle() -> None:
    a = account_key("other", "news", "https://agency.gov/news")
    b = account_key("other", "news", "https://other.gov/news")
    assert a == "url:https://agency.gov/news"
    assert a != b
    assert account_key("other", "news", "") == "other:news"


def test_closed_platforms_are_named_and_flagged() -> None:
    infos = catalogue()
    closed = {pid for pid, info in infos.items() if info.closed}
    assert {"myspace", "googleplus", "foursquare", "ustream", "vine", "periscope"} <= closed
    assert not infos["x"].closed
    assert not infos["other"].closed
    assert platform_name("googleplus", "en") == "Google+ (closed)"
    assert platform_name("vine", "fr") == "Vine (fermé)"
