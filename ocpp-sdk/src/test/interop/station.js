'use strict';
// An ocpp-rpc client in strict mode playing a charging station against the SDK's CSMS.
// Usage: node station.js <ws://127.0.0.1:port/ocpp> <identity> <ocpp1.6|ocpp2.0.1>
// It runs boot, status, authorize and a transaction with meter values, prints {"event":"ready"},
// then answers the CSMS's calls (remote start/stop, reset, configuration/variables, charging
// profile) until the CSMS closes the connection.
const { RPCClient } = require('ocpp-rpc');
const { emit, fail, reportStrictFailures, samples16, samples201 } = require('./common');

const [endpoint, identity, protocol] = process.argv.slice(2);
if (!endpoint || !identity || !['ocpp1.6', 'ocpp2.0.1'].includes(protocol)) {
  process.stderr.write('usage: node station.js <endpoint> <identity> <ocpp1.6|ocpp2.0.1>\n');
  process.exit(2);
}

const client = new RPCClient({ endpoint, identity, protocols: [protocol], strictMode: true, reconnect: false });
reportStrictFailures(client);

function answering(method, response) {
  client.handle(method, ({ params }) => {
    emit({ event: 'received', method, params });
    return response(params);
  });
}

async function call(method, params) {
  try {
    const response = await client.call(method, params);
    emit({ event: 'response', method, response });
    return response;
  } catch (err) {
    fail(method, err);
  }
}

async function run16() {
  const config = { HeartbeatInterval: '300', MeterValueSampleInterval: '60' };
  answering('RemoteStartTransaction', () => ({ status: 'Accepted' }));
  answering('RemoteStopTransaction', () => ({ status: 'Accepted' }));
  answering('Reset', () => ({ status: 'Accepted' }));
  answering('GetConfiguration', (p) => {
    const keys = p.key && p.key.length ? p.key : Object.keys(config);
    return {
      configurationKey: keys.filter((k) => k in config).map((k) => ({ key: k, readonly: false, value: config[k] })),
      unknownKey: keys.filter((k) => !(k in config)),
    };
  });
  answering('ChangeConfiguration', (p) => {
    if (!(p.key in config)) return { status: 'NotSupported' };
    config[p.key] = p.value;
    return { status: 'Accepted' };
  });
  answering('SetChargingProfile', () => ({ status: 'Accepted' }));

  await client.connect();
  const now = () => new Date().toISOString();
  await call('BootNotification', { chargePointVendor: 'ocpp-rpc', chargePointModel: 'interop-16', firmwareVersion: '2.2.1' });
  await call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
  await call('Authorize', { idTag: 'GOOD-TAG' });
  const start = await call('StartTransaction', { connectorId: 1, idTag: 'GOOD-TAG', meterStart: 0, timestamp: now() });
  await call('MeterValues', {
    connectorId: 1,
    transactionId: start.transactionId,
    meterValue: [{ timestamp: now(), sampledValue: samples16() }],
  });
  await call('StopTransaction', {
    transactionId: start.transactionId,
    idTag: 'GOOD-TAG',
    meterStop: 52310,
    timestamp: now(),
    reason: 'Local',
    transactionData: [{ timestamp: now(), sampledValue: samples16() }],
  });
}

async function run201() {
  const variables = { 'OCPPCommCtrlr/HeartbeatInterval': '300', 'SampledDataCtrlr/TxUpdatedInterval': '60' };
  answering('RequestStartTransaction', (p) => ({ status: 'Accepted', transactionId: 'tx-remote-' + p.remoteStartId }));
  answering('RequestStopTransaction', () => ({ status: 'Accepted' }));
  answering('Reset', () => ({ status: 'Accepted' }));
  answering('GetVariables', (p) => ({
    getVariableResult: p.getVariableData.map((d) => {
      const key = d.component.name + '/' + d.variable.name;
      return key in variables
        ? { attributeStatus: 'Accepted', attributeValue: variables[key], component: d.component, variable: d.variable }
        : { attributeStatus: 'UnknownVariable', component: d.component, variable: d.variable };
    }),
  }));
  answering('SetVariables', (p) => ({
    setVariableResult: p.setVariableData.map((d) => {
      const key = d.component.name + '/' + d.variable.name;
      if (!(key in variables)) {
        return { attributeStatus: 'UnknownVariable', component: d.component, variable: d.variable };
      }
      variables[key] = d.attributeValue;
      return { attributeStatus: 'Accepted', component: d.component, variable: d.variable };
    }),
  }));
  answering('SetChargingProfile', () => ({ status: 'Accepted' }));

  await client.connect();
  const now = () => new Date().toISOString();
  const idToken = { idToken: 'GOOD-TAG', type: 'ISO14443' };
  await call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'interop-201', vendorName: 'ocpp-rpc' } });
  await call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
  await call('Authorize', { idToken });
  const transactionId = 'tx-node-1';
  await call('TransactionEvent', {
    eventType: 'Started',
    timestamp: now(),
    triggerReason: 'Authorized',
    seqNo: 0,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    idToken,
    evse: { id: 1, connectorId: 1 },
  });
  await call('TransactionEvent', {
    eventType: 'Updated',
    timestamp: now(),
    triggerReason: 'MeterValuePeriodic',
    seqNo: 1,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    meterValue: [{ timestamp: now(), sampledValue: samples201() }],
  });
  await call('MeterValues', { evseId: 1, meterValue: [{ timestamp: now(), sampledValue: samples201() }] });
  await call('TransactionEvent', {
    eventType: 'Ended',
    timestamp: now(),
    triggerReason: 'StopAuthorized',
    seqNo: 2,
    transactionInfo: { transactionId, chargingState: 'Idle', stoppedReason: 'Local' },
  });
}

client.on('close', ({ code, reason }) => {
  emit({ event: 'closed', code, reason: String(reason || '') });
  process.exit(0);
});

(protocol === 'ocpp1.6' ? run16() : run201())
  .then(() => emit({ event: 'ready' }))
  .catch((err) => fail('run', err));
