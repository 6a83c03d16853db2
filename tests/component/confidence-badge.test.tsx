// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ConfidenceBadge } from '../../components/shared/confidence-badge';

describe('ConfidenceBadge', () => {
  it('labels confidence in the chosen language', () => {
    const zh = render(<ConfidenceBadge confidence="anecdote" lang="zh-CN" />);
    expect(zh.getByText('个例').getAttribute('title')).toContain('不具普遍性');
    const en = render(<ConfidenceBadge confidence="official" lang="en" />);
    expect(en.getByText('Official rule')).toBeTruthy();
  });
});
