/**
 * Prefs on top of puppeteer's test profile so Firefox itself stays off the network: its own
 * services are switched off, and whatever is left goes to the local request sink instead of out.
 */
export function quietFirefoxPrefs(sinkPort: number): Record<string, string | number | boolean> {
  return {
    // Everything except localhost (the fixture server) is proxied to the sink.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // The value Firefox's own test suites use to skip remote-settings sync.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'app.normandy.enabled': false,
    'dom.push.connection.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
  };
}
