'use strict';
// An ocpp-rpc server in strict mode playing the CSMS for the SDK's charging station.
// Usage: node csms.js <ocpp1.6|ocpp2.0.1>
// Prints {"event":"listening","port":N}. Answers the station's boot, status, authorize and
// transaction messages; when the transaction has ended it sends remote start/stop, configuration
// or variables, a charging profile and a reset, prints each answer, then {"event":"done"}, and
// exits once the station disconnected.
const { RPCServer } = require('ocpp-rpc');
const { emit, fail, reportStrictFailures } = require('./common');

const protocol = process.argv[2];
if (!['ocpp1.6', 'ocpp2.0.1'].includes(protocol)) {
  process.stderr.write('usage: node csms.js <ocpp1.6|ocpp2.0.1>\n');
  process.exit(2);
}

const server = new RPCServer({ protocols: [protocol], strictMode: true });

function answering(client, method, response) {
  client.handle(method, ({ params }) => {
    emit({ event: 'received', method, params });
    return response(params);
  });
}

async function call(client, method, params) {
  try {
    const response = await client.call(method, params);
    emit({ event: 'response', method, response });
    return response;
  } catch (err) {
    fail(method, err);
  }
}

const now = () => new Date().toISOString();

function serve16(client, finished) {
  let nextTransactionId = 500;
  answering(client, 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
  answering(client, 'StatusNotification', () => ({}));
  answering(client, 'Authorize', (p) => ({ idTagInfo: { status: p.idTag === 'GOOD-TAG' ? 'Accepted' : 'Invalid' } }));
  answering(client, 'StartTransaction', () => ({ idTagInfo: { status: 'Accepted' }, transactionId: ++nextTransactionId }));
  answering(client, 'MeterValues', () => ({}));
  answering(client, 'StopTransaction', () => {
    setImmediate(finished);
    return { idTagInfo: { status: 'Accepted' } };
  });
}

async function drive16(client) {
  await call(client, 'RemoteStartTransaction', { connectorId: 1, idTag: 'GOOD-TAG' });
  await call(client, 'RemoteStopTransaction', { transactionId: 501 });
  await call(client, 'GetConfiguration', { key: ['HeartbeatInterval', 'NoSuchKey'] });
  await call(client, 'ChangeConfiguration', { key: 'HeartbeatInterval', value: '120' });
  await call(client, 'SetChargingProfile', {
    connectorId: 1,
    csChargingProfiles: {
      chargingProfileId: 7,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        startSchedule: now(),
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 150000 },
          { startPeriod: 3600, limit: 75000.5, numberPhases: 3 },
        ],
      },
    },
  });
  await call(client, 'Reset', { type: 'Soft' });
}

function serve201(client, finished) {
  answering(client, 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
  answering(client, 'StatusNotification', () => ({}));
  answering(client, 'Authorize', (p) => ({
    idTokenInfo: { status: p.idToken.idToken === 'GOOD-TAG' ? 'Accepted' : 'Invalid' },
  }));
  answering(client, 'MeterValues', () => ({}));
  answering(client, 'TransactionEvent', (p) => {
    if (p.eventType === 'Ended') {
      setImmediate(finished);
      return {};
    }
    return p.eventType === 'Started' ? { idTokenInfo: { status: 'Accepted' } } : {};
  });
}

async function drive201(client) {
  await call(client, 'RequestStartTransaction', {
    evseId: 1,
    remoteStartId: 42,
    idToken: { idToken: 'GOOD-TAG', type: 'ISO14443' },
  });
  await call(client, 'RequestStopTransaction', { transactionId: 'tx-sdk-1' });
  await call(client, 'GetVariables', {
    getVariableData: [
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      { component: { name: 'NoSuchCtrlr' }, variable: { name: 'Nothing' } },
    ],
  });
  await call(client, 'SetVariables', {
    setVariableData: [
      { attributeValue: '120', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
    ],
  });
  await call(client, 'SetChargingProfile', {
    evseId: 1,
    chargingProfile: {
      id: 7,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: [
        {
          id: 1,
          startSchedule: now(),
          chargingRateUnit: 'W',
          chargingSchedulePeriod: [
            { startPeriod: 0, limit: 150000 },
            { startPeriod: 3600, limit: 75000.5, numberPhases: 3 },
          ],
        },
      ],
    },
  });
  await call(client, 'Reset', { type: 'Immediate' });
}

server.on('client', (client) => {
  emit({ event: 'connected', identity: client.identity, protocol: client.protocol });
  reportStrictFailures(client);
  const drive = protocol === 'ocpp1.6' ? drive16 : drive201;
  const finished = () =>
    drive(client)
      .then(() => emit({ event: 'done' }))
      .catch((err) => fail('drive', err));
  (protocol === 'ocpp1.6' ? serve16 : serve201)(client, finished);
  client.on('close', ({ code }) => {
    emit({ event: 'closed', code });
    server.close({ force: true }).finally(() => process.exit(0));
  });
});

server
  .listen(0, '127.0.0.1')
  .then((http) => emit({ event: 'listening', port: http.address().port }))
  .catch((err) => fail('listen', err));
