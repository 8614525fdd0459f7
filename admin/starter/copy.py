"""Sample words per niche for previews: short punchy headlines (2–5 words) with the word to
emphasise, a subline, a number and a badge. All written for this library."""

from __future__ import annotations

from typing import NamedTuple

from render.spec import Niche


class Copy(NamedTuple):
    headline: str
    emphasis: str
    subline: str
    number: str
    badge: str
    left_label: str = "BEFORE"
    right_label: str = "AFTER"
    product: str = "phone"  # what a product close-up preview draws: phone, bottle, plate, box


COPY: dict[Niche, tuple[Copy, ...]] = {
    Niche.GAMING: (Copy("I Beat The Final Boss", "Final", "No damage run", "#1", "NEW"),
                   Copy("This Build Is Broken", "Broken", "Season 4 meta", "99", "OP!"),
                   Copy("Noob vs Pro", "Pro", "Who wins?", "1v1", "EPIC", "NOOB", "PRO")),
    Niche.FINANCE: (Copy("How I Saved $10K", "$10K", "In just one year", "$10K", "TIPS"),
                    Copy("Stop Wasting Money", "Money", "7 easy fixes", "7", "HOT"),
                    Copy("Rent vs Buy", "Buy", "The real math", "VS", "2026", "RENT", "BUY")),
    Niche.TECH: (Copy("Best Budget Phone", "Budget", "Tested for 30 days", "5", "REVIEW"),
                 Copy("Don't Buy This Laptop", "Don't", "Watch first", "$999", "WARNING"),
                 Copy("Old vs New Chip", "New", "Speed test", "2X", "FAST", "OLD", "NEW")),
    Niche.EDUCATION: (Copy("Learn Math Fast", "Fast", "In 10 minutes", "10", "EASY"),
                      Copy("History In 5 Minutes", "History", "The short version", "5", "QUIZ"),
                      Copy("Study Smarter", "Smarter", "Not harder", "3", "TIPS", "WRONG",
                           "RIGHT")),
    Niche.COOKING: (Copy("Perfect Pasta Every Time", "Perfect", "Only 4 ingredients", "4",
                         "EASY", product="plate"),
                    Copy("Street Food Tour", "Street", "Bangkok nights", "$1", "YUM",
                         product="plate"),
                    Copy("Cheap vs Fancy Burger", "Fancy", "Blind taste test", "$2", "TASTE",
                         "$2", "$50")),
    Niche.FITNESS: (Copy("30 Day Abs Challenge", "Abs", "No equipment", "30", "DAY 1",
                         product="bottle"),
                    Copy("Build Muscle Faster", "Faster", "Science based", "3X", "GAINS",
                         product="bottle"),
                    Copy("My Body Transformation", "Transformation", "90 days", "90", "WOW",
                         "DAY 1", "DAY 90")),
    Niche.TRAVEL: (Copy("Hidden Beaches Of Bali", "Hidden", "Skip the crowds", "7", "GUIDE"),
                   Copy("$20 A Day In Tokyo", "Tokyo", "Budget travel", "$20", "CHEAP"),
                   Copy("Hotel vs Hostel", "Hostel", "Worth it?", "VS", "TRIP", "HOTEL",
                        "HOSTEL")),
    Niche.VLOG: (Copy("We Moved Abroad", "Abroad", "New chapter", "1", "VLOG"),
                 Copy("24 Hours Challenge", "24", "It got crazy", "24H", "LIVE"),
                 Copy("Room Makeover", "Makeover", "Tiny budget", "$100", "DIY", "BEFORE",
                      "AFTER")),
    Niche.BEAUTY: (Copy("Glow Up Routine", "Glow", "5 minute makeup", "5", "GLAM",
                        product="bottle"),
                   Copy("Drugstore Dupes", "Dupes", "Save money", "$8", "DUPE", product="bottle"),
                   Copy("Skincare Before After", "After", "4 weeks", "4", "WOW", "BEFORE",
                        "AFTER")),
    Niche.REACTION: (Copy("I Can't Believe This", "Believe", "Reacting live", "!?", "OMG"),
                     Copy("Worst Fails Ever", "Fails", "Try not to laugh", "10", "LOL"),
                     Copy("Expectation vs Reality", "Reality", "Big mistake", "VS", "WAIT",
                          "EXPECT", "REALITY")),
    Niche.PODCAST: (Copy("The Truth About AI", "Truth", "Full episode", "EP 42", "NEW"),
                    Copy("He Lost Everything", "Everything", "His comeback story", "#12",
                         "LIVE"),
                    Copy("Founder vs Investor", "Investor", "Heated debate", "VS", "EP 7",
                         "FOUNDER", "INVESTOR")),
    Niche.NEWS: (Copy("Breaking News Today", "Breaking", "What we know", "24", "LIVE"),
                 Copy("Prices Are Rising", "Rising", "What it means for you", "+8%", "UPDATE"),
                 Copy("Then vs Now", "Now", "10 years later", "10", "REPORT", "THEN", "NOW")),
    Niche.KIDS: (Copy("Giant Slime Surprise", "Giant", "So squishy", "100", "FUN", product="box"),
                 Copy("Learn Colors Fun", "Colors", "Sing along", "ABC", "NEW", product="box"),
                 Copy("Tiny vs Giant Toys", "Giant", "Which is best?", "VS", "TOYS", "TINY",
                      "GIANT")),
}
