#!/usr/bin/env python3
"""Whether a fuzzing run reached the API as its caller (scripts/fuzz.sh).

Schemathesis passes a caller whose every request is answered 401 or 404: nothing it sent got past
authentication or found anything, so none of its checks looked at a served response. This reads the
run's event stream (--report ndjson) and fails unless the caller got 2xx answers, and 2xx answers to
each of the operations given (``METHOD /path`` as in openapi.yaml): those that only this caller's
role may use, so that an expired token or a lost header fails the stage instead of passing it.

  scripts/fuzz-served.py EVENTS.ndjson CALLER [OPERATION ...]
"""
import json
import sys
from collections import Counter


def main() -> int:
    path, caller, *required = sys.argv[1:]
    served: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    with open(path, encoding="utf-8") as events:
        for line in events:
            finished = json.loads(line).get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished.get("recorder") or {}
            cases = recorder.get("cases") or {}
            for case_id, interaction in (recorder.get("interactions") or {}).items():
                response = interaction.get("response")
                if not response:  # no answer at all (a network error): schemathesis reports those itself
                    continue
                case = (cases.get(case_id) or {}).get("value") or {}
                # The method sent, not the operation's: an undocumented-method probe of GET /x is TRACE /x.
                method = (interaction.get("request") or {}).get("method") or case.get("method") or ""
                operation = f"{method.upper()} {case.get('path', '?')}"
                sent[operation] += 1
                if 200 <= int(response.get("status_code", 0)) < 300:
                    served[operation] += 1

    total, ok = sum(sent.values()), sum(served.values())
    print(f"    {caller}: {ok} of {total} requests answered 2xx ({len(served)} of the {len(sent)} methods and paths tried)")
    failures = []
    if ok == 0:
        failures.append(f"no request of {caller} was answered 2xx: the fuzzer never got past authentication or found anything")
    for operation in required:
        if served[operation] == 0:
            failures.append(f"{operation}: no 2xx for {caller} ({sent[operation]} requests"
                            f"{', never sent: not reached within the time' if not sent[operation] else ''})")
        else:
            print(f"    {operation}: {served[operation]} of {sent[operation]} answered 2xx")
    for failure in failures:
        print(f"    FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
