#!/usr/bin/env python3
"""Writes depot-day-2026-03-02.jsonl: one recorded day of depot 'north' events, in ARRIVAL order.

Each event arrives 0..90 s after it happened (a fixed pseudo-random delay), so the file holds
out-of-order events, as a real bus would deliver them. Run from this folder; the output is
committed, this script only documents how it was made.
Injected situations (what the built-in pack must find) are listed in depot-day-2026-03-02.expected.json.
"""
import json
import random
from datetime import datetime, timedelta, timezone

DAY = datetime(2026, 3, 2, tzinfo=timezone.utc)
events = []


def at(h, m, s=0):
    return DAY + timedelta(hours=h, minutes=m, seconds=s)


def ev(t, type_, source, **attrs):
    events.append((t, type_, source, attrs))


chargers = ["CP-01", "CP-02", "CP-03"]
vehicles = ["BUS-1", "BUS-2", "BUS-3", "BUS-4"]


def ch(c):
    return "depot:north/charger:" + c


def conn(c, n):
    return ch(c) + "/connector:" + str(n)


def veh(v):
    return "depot:north/vehicle:" + v


METER = "depot:north/meter:grid"

for minute in range(0, 24 * 60, 5):
    t = DAY + timedelta(minutes=minute)
    for c in chargers:
        # CP-02 is silent after its 02:00 heartbeat until 02:45.
        if c == "CP-02" and at(2, 0) < t < at(2, 45):
            continue
        ev(t, "Heartbeat", ch(c))
    for v in vehicles:
        # BUS-3 telematics stop after 20:00 until 21:00.
        if v == "BUS-3" and at(20, 0) < t < at(21, 0):
            continue
        ev(t + timedelta(seconds=20), "TelematicsSnapshot", veh(v), socPercent=50 + minute % 40)

# Connector faults: a short flap (no incident) and a real one.
ev(at(8, 0), "StatusNotification", conn("CP-03", 2), status="Faulted", errorCode="GroundFailure")
ev(at(8, 1), "StatusNotification", conn("CP-03", 2), status="Available", errorCode="NoError")
ev(at(9, 0), "StatusNotification", conn("CP-03", 2), status="Faulted", errorCode="GroundFailure")
ev(at(9, 30), "StatusNotification", conn("CP-03", 2), status="Available", errorCode="NoError")

# Sessions: one that starts, one that never delivers energy (unplugged at 06:30).
ev(at(5, 0), "StatusNotification", conn("CP-01", 1), status="Preparing", errorCode="NoError")
ev(at(5, 2), "StatusNotification", conn("CP-01", 1), status="Charging", errorCode="NoError")
ev(at(6, 0), "StatusNotification", conn("CP-02", 2), status="Preparing", errorCode="NoError")
ev(at(6, 30), "StatusNotification", conn("CP-02", 2), status="Available", errorCode="NoError")

# Meter values on CP-01/1; the register jumps back at 07:00.
energy = 0
for q in range(0, 13):
    t = at(5, 0) + timedelta(minutes=15 * q)
    if t == at(7, 0):
        energy = 1000
    ev(t, "MeterValues", conn("CP-01", 1), energyWh=energy, powerKw=120.0)
    energy += 5000

# Reboots of CP-01 and a rejected boot of CP-03.
for t in (at(11, 0), at(11, 20), at(11, 40)):
    ev(t, "BootNotification", ch("CP-01"), status="Accepted")
ev(at(13, 0), "BootNotification", ch("CP-03"), status="Rejected")
ev(at(13, 15), "BootNotification", ch("CP-03"), status="Accepted")

# Departure predictions.
ev(at(4, 0), "DeparturePrediction", veh("BUS-1"), predictedSocPercent=90, targetSocPercent=80)
ev(at(4, 0), "DeparturePrediction", veh("BUS-2"), predictedSocPercent=70, targetSocPercent=80)
ev(at(4, 30), "DeparturePrediction", veh("BUS-2"), predictedSocPercent=82, targetSocPercent=80)

# Site power: every 15 min at 500 kW, every minute 17:00-18:00 with an evening peak.
for minute in range(0, 24 * 60, 15):
    if 17 * 60 <= minute <= 18 * 60:
        continue
    ev(DAY + timedelta(minutes=minute, seconds=30), "SitePower", METER, powerKw=500.0, limitKw=1000.0)
for minute in range(17 * 60, 18 * 60 + 1):
    m = minute - 17 * 60
    p = 900.0 if m < 10 else 960.0 if m <= 20 else 1020.0 if m <= 23 else 800.0
    ev(DAY + timedelta(minutes=minute), "SitePower", METER, powerKw=p, limitKw=1000.0)

# Sessions for the energy-based session-failed-to-start rule (appended last so that the arrival
# delays drawn for the events above stay as they were).
# CP-01/1 (Preparing 05:00, Charging 05:02): the register moves at 05:05, so that session started.
ev(at(5, 5), "MeterValues", conn("CP-01", 1), energyWh=1200, powerKw=120.0)
# CP-03/1 says Charging but the register is stuck at 52000 Wh until 14:20: fires 14:10 (the old
# Preparing-only rule missed it), resolves 14:20 when energy flows.
ev(at(14, 0), "StatusNotification", conn("CP-03", 1), status="Preparing", errorCode="NoError")
ev(at(14, 1), "StatusNotification", conn("CP-03", 1), status="Charging", errorCode="NoError")
for m, e in ((0, 52000), (5, 52000), (10, 52000), (15, 52000), (20, 52600), (25, 53400)):
    ev(at(14, m), "MeterValues", conn("CP-03", 1), energyWh=e, powerKw=0.0 if e == 52000 else 96.0)
ev(at(14, 40), "StatusNotification", conn("CP-03", 1), status="Finishing", errorCode="NoError")
ev(at(14, 41), "StatusNotification", conn("CP-03", 1), status="Available", errorCode="NoError")
# CP-02/1: Preparing, then SuspendedEVSE (still plugged), no meter values at all; unplugged at
# 15:40: fires 15:10, resolves 15:40.
ev(at(15, 0), "StatusNotification", conn("CP-02", 1), status="Preparing", errorCode="NoError")
ev(at(15, 3), "StatusNotification", conn("CP-02", 1), status="SuspendedEVSE", errorCode="NoError")
ev(at(15, 40), "StatusNotification", conn("CP-02", 1), status="Available", errorCode="NoError")
# CP-01/2: charges from 16:00, the vehicle is full at 16:10 (SuspendedEV, register flat for 20 min):
# energy rose first, so no incident.
ev(at(16, 0), "StatusNotification", conn("CP-01", 2), status="Preparing", errorCode="NoError")
ev(at(16, 1), "StatusNotification", conn("CP-01", 2), status="Charging", errorCode="NoError")
for m, e in ((0, 8000), (5, 9000), (10, 9400), (15, 9400), (20, 9400), (25, 9400)):
    ev(at(16, m), "MeterValues", conn("CP-01", 2), energyWh=e, powerKw=0.0)
ev(at(16, 10), "StatusNotification", conn("CP-01", 2), status="SuspendedEV", errorCode="NoError")
ev(at(16, 30), "StatusNotification", conn("CP-01", 2), status="Finishing", errorCode="NoError")
ev(at(16, 31), "StatusNotification", conn("CP-01", 2), status="Available", errorCode="NoError")

rnd = random.Random(20260302)
rows = []
for t, type_, source, attrs in events:
    arrival = t + timedelta(seconds=rnd.randint(0, 90))
    rows.append((arrival, t, type_, source, attrs))
rows.sort(key=lambda r: (r[0], r[2], r[3]))

with open("depot-day-2026-03-02.jsonl", "w") as f:
    for arrival, t, type_, source, attrs in rows:
        f.write(json.dumps({"time": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "type": type_,
                            "source": source, "attributes": attrs}, sort_keys=False) + "\n")
print(len(rows), "events")
