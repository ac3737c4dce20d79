'use strict';
// Shared helpers: every line the scripts print on stdout is one JSON object the JUnit test reads.

function emit(event) {
  process.stdout.write(JSON.stringify(event) + '\n');
}

function fail(step, err) {
  emit({
    event: 'error',
    step,
    message: String((err && err.message) || err),
    code: err && err.rpcErrorCode,
    details: err && err.details,
  });
  process.exit(1);
}

// Strict mode rejects a non-conforming frame from the SDK; report it so the test names the culprit.
function reportStrictFailures(client) {
  client.on('strictValidationFailure', (e) => {
    emit({
      event: 'strictValidationFailure',
      method: e.method,
      outbound: e.outbound,
      isCall: e.isCall,
      message: String(e.error && e.error.message),
      details: e.error && e.error.details,
    });
  });
  client.on('badMessage', (e) => {
    emit({ event: 'badMessage', message: String(e.error && e.error.message), frame: String(e.buffer) });
  });
}

// Ten sampled values (energy, power, current and voltage per phase, SoC, offered power).
function samples16() {
  const s = (value, measurand, unit, phase, location) => {
    const v = { value, context: 'Sample.Periodic', format: 'Raw', measurand, location: location || 'Outlet', unit };
    if (phase) v.phase = phase;
    return v;
  };
  return [
    s('52310', 'Energy.Active.Import.Register', 'Wh'),
    s('148200.5', 'Power.Active.Import', 'W'),
    s('212.4', 'Current.Import', 'A', 'L1'),
    s('211.9', 'Current.Import', 'A', 'L2'),
    s('212.8', 'Current.Import', 'A', 'L3'),
    s('230.1', 'Voltage', 'V', 'L1-N'),
    s('229.8', 'Voltage', 'V', 'L2-N'),
    s('231.0', 'Voltage', 'V', 'L3-N'),
    s('67', 'SoC', 'Percent', null, 'EV'),
    s('150000', 'Power.Offered', 'W'),
  ];
}

function samples201() {
  const s = (value, measurand, unit, phase, location) => {
    const v = { value, context: 'Sample.Periodic', measurand, location: location || 'Outlet', unitOfMeasure: { unit } };
    if (phase) v.phase = phase;
    return v;
  };
  return [
    s(52310, 'Energy.Active.Import.Register', 'Wh'),
    s(148200.5, 'Power.Active.Import', 'W'),
    s(212.4, 'Current.Import', 'A', 'L1'),
    s(211.9, 'Current.Import', 'A', 'L2'),
    s(212.8, 'Current.Import', 'A', 'L3'),
    s(230.1, 'Voltage', 'V', 'L1-N'),
    s(229.8, 'Voltage', 'V', 'L2-N'),
    s(231.0, 'Voltage', 'V', 'L3-N'),
    s(67, 'SoC', 'Percent', null, 'EV'),
    s(150000, 'Power.Offered', 'W'),
  ];
}

module.exports = { emit, fail, reportStrictFailures, samples16, samples201 };
