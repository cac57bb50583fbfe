"""Steady mixed load for bench/outage.sh: CLIENTS threads, each alternating a profile read and a post.

Every request is written to stdout as "start end status" (seconds since the epoch; status 0 for a
connection error or a timeout). Runs until DURATION seconds have passed.
"""
import http.client
import json
import sys
import threading
import time

host, port, duration, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
accounts = [line.split() for line in sys.stdin if line.strip()]  # "username token" per line
deadline = time.time() + duration
lock = threading.Lock()


def client(username, token):
    connection = None
    turn = 0
    while time.time() < deadline:
        turn += 1
        if turn % 2:
            method, path, body = "GET", f"/api/user/{username}", None
        else:
            method, path, body = "POST", "/api/create_post", json.dumps({"content": f"outage bench {turn}"})
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        start = time.time()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(host, port, timeout=timeout)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except Exception:  # refused, reset or timed out: counted as status 0
            status = 0
            connection = None
        with lock:
            print(f"{start:.3f} {time.time():.3f} {status}", flush=True)


threads = [threading.Thread(target=client, args=account) for account in accounts]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
