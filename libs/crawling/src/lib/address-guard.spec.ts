import { AllowedPrivateHosts, RefusedError, checkTarget, nonPublicKind } from './address-guard';

describe('nonPublicKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a00:5', 'private'],
    ['2002:0a00:0005::1', 'reserved (6to4)'],
    ['64:ff9b::a00:5', 'reserved (rfc6052)'],
  ])('refuses %s as %s', (address, kind) => {
    expect(nonPublicKind(address)).toBe(kind);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts the public address %s', (address) => {
    expect(nonPublicKind(address)).toBeUndefined();
  });
});

describe('checkTarget', () => {
  const allowed = new AllowedPrivateHosts(['fixture.local', '127.0.0.1:8081', ' ']);
  const refusal = (url: string) => {
    try {
      checkTarget(new URL(url), allowed);
      return undefined;
    } catch (error) {
      return (error as RefusedError).reason;
    }
  };

  it('refuses other schemes and literal non-public addresses, IPv6 included', () => {
    expect(refusal('file:///etc/passwd')).toBe('scheme file: is not http(s)');
    expect(refusal('http://10.0.0.5/')).toBe('private address 10.0.0.5');
    expect(refusal('http://[::ffff:169.254.169.254]/')).toBe('link-local address ::ffff:a9fe:a9fe');
    expect(refusal('http://0x7f000001/')).toBe('loopback address 127.0.0.1');
  });

  it('opens exceptions by host, or by host and port (default ports included)', () => {
    expect(refusal('http://127.0.0.1:8081/feed/')).toBeUndefined();
    expect(refusal('http://127.0.0.1:8082/')).toBe('loopback address 127.0.0.1');
    expect(refusal('https://fixture.local/')).toBeUndefined();
    expect(new AllowedPrivateHosts(['example.org:80']).allows(new URL('http://EXAMPLE.org/'))).toBe(true);
    expect(new AllowedPrivateHosts(['example.org:80']).allows(new URL('https://example.org/'))).toBe(false);
  });
});
