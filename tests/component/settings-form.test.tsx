// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { SettingsForm } from '../../components/popup/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

afterEach(cleanup);

function Harness({ saved, problem }: { saved: Settings[]; problem?: string }) {
  const [settings, setSettings] = useState<Settings>(structuredClone(DEFAULT_SETTINGS));
  return (
    <SettingsForm
      lang="zh-CN"
      settings={settings}
      problem={problem}
      onChange={async (next) => {
        saved.push(next);
        setSettings(next);
      }}
    />
  );
}

describe('SettingsForm', () => {
  it('adds a site from a pasted URL, refuses garbage, removes a site', async () => {
    const saved: Settings[] = [];
    render(<Harness saved={saved} />);
    const input = screen.getByPlaceholderText('例如 www.example.com');
    fireEvent.input(input, { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: '添加网站' }));
    expect(screen.getByText('请输入网站域名，例如 www.example.com')).toBeTruthy();
    expect(saved).toEqual([]);
    fireEvent.input(input, { target: { value: 'https://WWW.Shebao.net/x?y=1' } });
    fireEvent.click(screen.getByRole('button', { name: '添加网站' }));
    await waitFor(() => expect(saved.at(-1)?.disabledSites).toEqual(['www.shebao.net']));
    expect(screen.getByRole('status').textContent).toBe('已保存');
    fireEvent.click(screen.getByRole('button', { name: '移除 www.shebao.net' }));
    await waitFor(() => expect(saved.at(-1)?.disabledSites).toEqual([]));
  });

  it('saves kinds, delay within bounds, trigger, theme and language', async () => {
    const saved: Settings[] = [];
    render(<Harness saved={saved} />);
    fireEvent.click(screen.getByLabelText('政策主题'));
    const delay = screen.getByLabelText('悬停多久后显示卡片（毫秒）');
    fireEvent.change(delay, { target: { value: '99999' } });
    fireEvent.change(delay, { target: { value: '450' } });
    fireEvent.click(screen.getByLabelText('悬停并按住 Shift 键'));
    fireEvent.click(screen.getByLabelText('深色'));
    fireEvent.change(screen.getByLabelText('界面语言'), { target: { value: 'en' } });
    await waitFor(() => expect(saved).toHaveLength(5));
    expect(saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, kinds: { place: true, topic: false, claim: true }, hoverDelayMs: 450, trigger: 'hover-key', theme: 'dark', language: 'en' });
  });

  it('shows the notice about unusable stored settings', () => {
    render(<Harness saved={[]} problem="unknown settings version 9; defaults used" />);
    expect(screen.getByRole('alert').textContent).toContain('unknown settings version 9');
  });
});
