// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardBody, type CardContext, type CardMention } from '../../components/card/card-body';
import { CardFrame } from '../../components/card/card-frame';

const jiujiang: CardMention = {
  kind: 'place',
  id: '360400',
  name: '九江市',
  text: '九江',
  region: { code: '360400' },
};

const context = (language: CardContext['language']): CardContext => ({
  language,
  subject: '360400',
  regionName: (code) => ({ '360000': '江西省', '360400': '九江市' })[code],
});

function renderCard(language: CardContext['language'] = 'zh-CN', pinned = false) {
  const handlers = { onClose: vi.fn(), onPin: vi.fn(), onStep: vi.fn() };
  render(
    <CardFrame mention={jiujiang} context={context(language)} pinned={pinned} position={{ at: 2, of: 9 }} {...handlers}>
      <CardBody mention={jiujiang} context={context(language)} />
    </CardFrame>,
  );
  return handlers;
}

describe('CardFrame with the CardBody', () => {
  afterEach(cleanup);

  it('is a labelled dialog naming the word, with its region and province', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: '社保透镜：九江' });
    expect(dialog.textContent).toContain('九江市');
    expect(dialog.textContent).toContain('江西省');
    expect(dialog.textContent).toContain('第 2 / 9 处');
    expect(screen.getByRole('button', { name: '关闭卡片' })).toBeTruthy();
  });

  it('speaks English when asked', () => {
    renderCard('en');
    expect(screen.getByRole('dialog', { name: 'Shebao Lens: 九江' }).textContent).toContain('Which case applies');
  });

  it('steps with the arrow keys, closes on Escape, pins on click', () => {
    const h = renderCard();
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'ArrowDown' });
    fireEvent.keyDown(dialog, { key: 'ArrowUp' });
    expect(h.onStep.mock.calls).toEqual([[1], [-1]]);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(h.onClose).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: '固定卡片' }));
    expect(h.onPin).toHaveBeenCalled();
  });

  it('shows the pinned state instead of the pin button', () => {
    renderCard('zh-CN', true);
    expect(screen.queryByRole('button', { name: '固定卡片' })).toBeNull();
    expect(screen.getByText('已固定')).toBeTruthy();
  });
});
