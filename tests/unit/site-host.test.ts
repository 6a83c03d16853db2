import { describe, expect, it } from 'vitest';
import { normalizeSite, siteOfUrl } from '../../lib/settings/site-host';

describe('normalizeSite', () => {
  it('accepts host names and pasted URLs, lowercased', () => {
    expect(normalizeSite(' WWW.Example.com ')).toBe('www.example.com');
    expect(normalizeSite('https://www.shebao.net/a/b?c=1')).toBe('www.shebao.net');
    expect(normalizeSite('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(normalizeSite('localhost')).toBe('localhost');
  });
  it('refuses what could never match a page', () => {
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite('not a host')).toBeNull();
    expect(normalizeSite('-bad-.com')).toBeNull();
  });
});

describe('siteOfUrl', () => {
  it('gives the host of web pages only', () => {
    expect(siteOfUrl('https://a.example.cn/x')).toBe('a.example.cn');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl('file:///tmp/a.pdf')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
  });
});
