"""Waits until trytond answers a login: login.py URL LOGIN SECONDS, the password on stdin. Exit 1 when it never does."""
import json
import sys
import time
import urllib.request


def login(url, user, password):
    body = json.dumps({'id': 1, 'method': 'common.db.login', 'params': [user, {'password': password}, 'en']})
    request = urllib.request.Request(url, body.encode(), {'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    return bool(answer.get('result')) and not answer.get('error')


def main(url, user, seconds):
    password = sys.stdin.readline().rstrip('\n')
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if login(url, user, password):
                return 0
            print('tryton: the server refuses the login of ' + user, file=sys.stderr)
            return 1
        except OSError:
            time.sleep(0.3)
    return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
