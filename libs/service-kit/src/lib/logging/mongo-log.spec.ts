import { topologyChangeLine } from './mongo-log';

describe('the MongoDB topology log', () => {
  it('warns when the server is lost, with the reason', () => {
    expect(topologyChangeLine('Standalone', 'Unknown', 'connection 7 to 127.0.0.1:27017 closed')).toEqual({ method: 'warn', message: 'MongoDB server unavailable: connection 7 to 127.0.0.1:27017 closed' });
  });

  it('says when it is found again', () => {
    expect(topologyChangeLine('Unknown', 'RSPrimary')).toEqual({ method: 'log', message: 'MongoDB server available again (RSPrimary)' });
  });

  it('says nothing while it stays lost or stays found', () => {
    expect(topologyChangeLine('Unknown', 'Unknown', 'connect ECONNREFUSED 127.0.0.1:27017')).toBeUndefined();
    expect(topologyChangeLine('RSSecondary', 'RSPrimary')).toBeUndefined();
  });
});
