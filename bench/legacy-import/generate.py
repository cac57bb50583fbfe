#!/usr/bin/env python3
"""A database of the first Mirage backend's schema, of any size, for measuring import-legacy.

Usage: generate.py <out.sqlite> [scale]   (scale 1.0 = 100k users, 1M posts, 2M votes, 500k replies,
300k follows, 100k direct messages; the schema is copied from the test sample, which that backend made).
"""
import os
import random
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "Mirage.Tests", "Data", "Legacy", "mirage-legacy-sample.sqlite")
HASH = "pbkdf2:sha256:260000$bench$" + "0" * 64


def main(out, scale):
    users, posts, votes = int(100_000 * scale), int(1_000_000 * scale), int(2_000_000 * scale)
    replies, follows, messages = int(500_000 * scale), int(300_000 * scale), int(100_000 * scale)
    if os.path.exists(out):
        os.remove(out)
    schema = sqlite3.connect(f"file:{SAMPLE}?immutable=1", uri=True).execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence'").fetchall()
    db = sqlite3.connect(out)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    for (sql,) in schema:
        db.execute(sql)
    rnd = random.Random(42)
    name = lambda i: f"user{i}"
    db.executemany("INSERT INTO users (id, username, email, avatar_url, description, password, created_at) VALUES (?, ?, ?, '', 'hi', ?, '2025-01-01 00:00:00')",
                   ((i, name(i), f"{name(i)}@bench.test", HASH) for i in range(1, users + 1)))
    db.executemany("INSERT INTO user_profile (username) VALUES (?)", ((name(i),) for i in range(1, users + 1)))
    db.executemany("INSERT INTO posts (id, username, content, created_at) VALUES (?, ?, ?, '2025-01-02 00:00:00')",
                   ((i, name(rnd.randint(1, users)), f"post {i} about #topic{i % 100}") for i in range(1, posts + 1)))
    # Distinct (post, voter) pairs: consecutive voters on each post.
    per_post = max(1, votes // posts)
    db.executemany("INSERT INTO post_votes (post_id, username, vote_type) VALUES (?, ?, ?)",
                   ((p, name((p + k) % users + 1), "up" if k % 3 else "down") for p in range(1, posts + 1) for k in range(per_post)))
    db.executemany("INSERT INTO replies (post_id, username, content) VALUES (?, ?, 'well said')",
                   ((rnd.randint(1, posts), name(rnd.randint(1, users))) for _ in range(replies)))
    per_user = max(1, follows // users)
    db.executemany("INSERT INTO following (follower, following) VALUES (?, ?)",
                   ((name(u), name((u + k) % users + 1)) for u in range(1, users + 1) for k in range(1, per_user + 1)))
    db.executemany("INSERT INTO inbox_messages (sender, recipient, message) VALUES (?, ?, 'hello')",
                   ((name(rnd.randint(1, users)), name(rnd.randint(1, users))) for _ in range(messages)))
    db.commit()
    print(f"{out}: {users} users, {posts} posts, {posts * per_post} votes, {replies} replies, {users * per_user} follows, {messages} DMs")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
