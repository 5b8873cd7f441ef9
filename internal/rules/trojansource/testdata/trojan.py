#!/usr/bin/env python3
# The example of the Trojan Source paper: the check reads as a comment.
access_level = "user"
if access_level != "none‮ ⁦# Check if admin⁩ ⁦":  # want "string contains the bidirectional control character U[+]202E .*how it runs$"
    print("You are an admin.")

# A comment that hides code ⁧ behind an isolate  # want "comment contains the bidirectional control character U[+]2067"

name = "‏"  # want "U[+]200F RIGHT-TO-LEFT MARK"
text = f"abc{name}‭"  # want "U[+]202D"


def f():
    # Triple quotes leave room for an escape: reported with low severity.
    """A docstring ‪ with an embedding."""  # want "U[+]202A.*unless it is written as an escape"


multi = (
    "first ⁧ line "  # want "U[+]2067.*unless it is written as an escape"
    "second line"
)


# Harmless: other Unicode, and bytes.
greeting = "שלום, world"
data = b"\xe2\x80\xae"
mark = "‎"  # LEFT-TO-RIGHT MARK is not a control Bandit looks for

# Analyzers do not see the source bytes: krait proves a character raw
# when the literal is too short to hold an escape; otherwise (an escape,
# which displays harmlessly, or a long or multi-line string) it reports
# with low severity and says so.
escaped = "\u202e"  # want "U[+]202E .*unless it is written as an escape"
table = "\x00\t\u200f"  # want "U[+]200F .*unless it is written as an escape"
raw_and_escapes = "\t\n‮"  # want "U[+]202E.*how it runs$"
raw_or_escape = "\x00\x01‮"  # want "unless it is written as an escape"
