// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TransferPlanner } from '../../components/popup/transfer-planner';
import { getBundle } from '../../lib/bundle/popup-data';
import { parseIcsStrict } from '../unit/ics-parser';

const bundle = getBundle();
afterEach(cleanup);

function choose(label: RegExp, typed: string, optionName: RegExp) {
  const box = screen.getByRole('combobox', { name: label });
  fireEvent.input(box, { target: { value: typed } });
  const option = screen.getByRole('option', { name: optionName });
  // Keyboard path: move down to the option and press Enter.
  const options = screen.getAllByRole('option');
  for (let i = 0; i < options.indexOf(option); i++) fireEvent.keyDown(box, { key: 'ArrowDown' });
  fireEvent.keyDown(box, { key: 'Enter' });
  // The box holds the Chinese name; English options add the pinyin after it.
  expect((box as HTMLInputElement).value).toBe(option.textContent!.split(' · ')[0]!.split(' ')[0]);
}

describe('TransferPlanner', () => {
  it('plans 九江 → 广州 from 2026-09-28 with dated steps, exports a valid .ics and copies text', async () => {
    const downloads: { name: string; text: string }[] = [];
    const copied: string[] = [];
    render(
      <TransferPlanner
        lang="zh-CN"
        bundle={bundle}
        today="2026-09-28"
        download={(name, text) => downloads.push({ name, text })}
        copyText={async (text) => void copied.push(text)}
        now={() => new Date(Date.UTC(2026, 8, 28))}
      />,
    );
    choose(/转出地/, 'jj', /^九江市/);
    choose(/转入地/, '广州', /^广州市/);
    fireEvent.click(screen.getByRole('button', { name: '生成计划' }));

    const plan = await screen.findByRole('article');
    expect(within(plan).getByRole('heading', { level: 2 }).textContent).toBe('九江市 → 广州市');
    expect(plan.querySelector('.sl-case')!.textContent).toBe('跨省转移');
    expect(plan.querySelector('[data-step="transfer-out"]')!.textContent).toContain('最迟 2026-10-16');
    expect(plan.querySelector('[data-step="transfer-out"]')!.textContent).toContain('国庆节 10-01–10-07');
    expect(plan.querySelector('[data-step="transfer-in"]')!.textContent).toContain('最迟 2026-10-23');
    expect(plan.querySelector('[data-step="whole"]')!.textContent).toContain('最迟 2026-10-23');
    // The whole transfer spans the same holidays as the transfer-out: named once, then "同上".
    expect(plan.querySelector('[data-step="whole"]')!.textContent).toContain('期间节假日同上');
    expect(plan.querySelector('[data-step="whole"]')!.textContent).not.toContain('国庆节');
    expect(plan.textContent).toContain('申请转出选 江西省');
    expect(within(plan).getByText('报告的经历（非规定，仅供参考）')).toBeTruthy();

    // Reads as a plan: the dated checklist first, then the balance in one line, then what to check, details folded.
    const order = [...plan.querySelectorAll('.sl-plan-checklist, .sl-plan-balance, .sl-plan-conditions, .sl-plan-more')].map((el) => el.classList[1] ?? el.className);
    expect(order).toEqual(['sl-plan-checklist', 'sl-plan-balance', 'sl-plan-conditions', 'sl-plan-more']);
    expect(plan.querySelector('.sl-plan-more')!.tagName).toBe('DETAILS');
    expect(plan.querySelector('.sl-plan-routes')!.closest('details.sl-plan-more')).not.toBeNull();
    const steps = [...plan.querySelectorAll('.sl-timeline > li')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['applied', 'transfer-out', 'transfer-in', 'whole']);
    const apply = plan.querySelector('[data-step="applied"]')!.textContent!;
    expect(apply).toContain('2026-09-28');
    expect(apply).toContain('地方专区 › 选 广东省（申请转入）或 江西省（申请转出）');
    expect(apply).toContain('带什么：身份证原件、社保卡');
    expect(plan.querySelector('[data-step="transfer-out"]')!.textContent).toContain('由九江市医保经办机构办理');
    // The calendar strip: every day from the application day to the last deadline, each labelled in words.
    const days = [...plan.querySelectorAll('.sl-cal-days > li')];
    expect(days.map((d) => d.getAttribute('data-date'))[0]).toBe('2026-09-28');
    expect(days.at(-1)!.getAttribute('data-date')).toBe('2026-10-23');
    expect(days).toHaveLength(26);
    for (const d of days) expect(d.getAttribute('aria-label')).toMatch(/^2026-\d\d-\d\d (工作日|周末|法定节假日|调休上班)/);
    expect(plan.querySelector('[data-date="2026-10-01"]')!.getAttribute('aria-label')).toBe('2026-10-01 法定节假日 国庆节');
    expect(plan.querySelector('[data-date="2026-09-28"]')!.getAttribute('data-kind')).toBe('workday');
    expect(plan.querySelector('[data-date="2026-10-16"]')!.getAttribute('aria-label')).toBe('2026-10-16 工作日 · 截止日');
    expect(plan.querySelector('[data-date="2026-10-10"]')!.getAttribute('title')).toBe('2026-10-10 调休上班 国庆节');
    expect(plan.querySelector('[data-date="2026-10-18"]')!.getAttribute('data-kind')).toBe('weekend');

    fireEvent.click(screen.getByRole('button', { name: '导出日历（.ics）' }));
    expect(downloads).toHaveLength(1);
    const cal = parseIcsStrict(downloads[0]!.text);
    expect(cal.events.map((e) => e.get('DTSTART')![0]!.value)).toEqual(['20261016', '20261023', '20261023']);

    fireEvent.click(screen.getByRole('button', { name: '复制为文本' }));
    await waitFor(() => expect(screen.getByText('已复制到剪贴板')).toBeTruthy());
    expect(copied[0]).toContain('2026-10-16 转出地完成转出');
  });

  it('says which province’s rule applies within 广东 and keeps the balance in place (English)', () => {
    render(<TransferPlanner lang="en" bundle={bundle} today="2026-09-28" />);
    choose(/From/, 'gz', /^广州市/);
    choose(/To/, 'shenzhen', /^深圳市/);
    fireEvent.click(screen.getByRole('button', { name: 'Make the plan' }));
    const plan = screen.getByRole('article');
    expect(plan.querySelector('.sl-case')!.textContent).toBe('Within one province, under 广东省 Guangdong’s rule');
    expect(within(plan).getByRole('heading', { level: 2 }).textContent).toBe('广州市 Guangzhou → 深圳市 Shenzhen');
    expect(plan.querySelector('.sl-balance')!.getAttribute('data-handling')).toBe('stays');
  });

  it('a plan filed before 春节 2027 says in English that its dates are estimated and which festival days fall on a weekend', () => {
    render(<TransferPlanner lang="en" bundle={bundle} today="2027-01-29" />);
    choose(/From/, 'jj', /^九江市/);
    choose(/To/, '广州', /^广州市/);
    fireEvent.click(screen.getByRole('button', { name: 'Make the plan' }));
    const note = screen.getByRole('article').querySelector('[data-note="calendar-estimate"]')!;
    expect(note.textContent).toContain('The 2027 holiday arrangement (调休) has not been published yet; dates are estimated from the statutory holidays.');
    expect(note.textContent).toContain('Spring Festival (春节): 2027-02-06, 2027-02-07 fall on a weekend');
  });

  it('offers the bank account to a retiree moving 乌鲁木齐 → 兰州, and refuses to plan without places', () => {
    render(<TransferPlanner lang="zh-CN" bundle={bundle} today="2026-09-28" prefillFrom="650100" />);
    expect(screen.getByText('已按本页内容填入：乌鲁木齐市')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /转出地/ }) as HTMLInputElement).value).toBe('乌鲁木齐市');
    // Typing over a prefilled place searches what was typed (the choice is cleared, the text kept).
    choose(/转出地/, 'wlmq', /^乌鲁木齐市/);
    fireEvent.click(screen.getByRole('button', { name: '生成计划' }));
    expect(screen.getByRole('alert').textContent).toBe('请先选择转出地和转入地。');
    choose(/转入地/, '兰州', /^兰州市/);
    fireEvent.click(screen.getByLabelText('退休异地安置'));
    fireEvent.click(screen.getByRole('button', { name: '生成计划' }));
    const plan = screen.getByRole('article');
    expect(plan.querySelector('.sl-balance')!.getAttribute('data-handling')).toBe('bank-account');
    expect(plan.querySelector('.sl-balance')!.textContent).toContain('可以申请划入本人银行账户');
  });
});
