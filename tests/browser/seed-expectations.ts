// What the engine says each seed demo page holds: the expectations both browsers' tests check against.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import type { HolidayCalendar } from '../../data/schema';
import { chinaToday } from '../../lib/calendar/china-today';
import { bundledDetector } from '../../lib/bundle/validated-detector';
import { cardData } from '../../lib/bundle/background-data';
import { pageCaseNear } from '../../lib/rules/page-case';
import { placeCardModel } from '../../lib/cards/place-card-model';
import { createWorkingDayCalendar } from '../../lib/calendar/working-days';
import { weekdayLabel } from '../../lib/i18n/card-strings';

export const SEED_PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/seeds');
export const SEED_PAGES = readdirSync(SEED_PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
const regionName = new Map(regionsFile.regions.map((r) => [r.code, r.name]));

export function expectationsFor(file: string) {
  const html = readFileSync(path.join(SEED_PAGES_DIR, file), 'utf8');
  const title = /<title>([^<]*)/.exec(html)![1]!;
  const h1 = /<h1>([^<]*)/.exec(html)?.[1] ?? '';
  const subject = bundledDetector().scan(h1, { title }).subject!;
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
  const mentions = bundledDetector().scan(text).mentions;
  // The card of the subject's second mention (the one the tests hover): its caveats, from the data.
  const second = mentions.filter((m) => m.kind === 'place' && m.id === subject.code)[1];
  const pageCase = second ? pageCaseNear(second.sentenceTopics, second.topics) : undefined;
  const model = placeCardModel({ code: subject.code, context: { language: 'zh-CN', today: chinaToday(), pageCase }, ...cardData() });
  return {
    subject,
    caveats: model?.caveats.map((f) => f.text) ?? [],
    province: regionName.get(subject.province)!,
    topics: new Set(mentions.filter((m) => m.kind === 'topic').map((m) => m.text)),
    claims: mentions.filter((m) => m.kind === 'claim').map((m) => m.text),
  };
}

/** The national 10/5/15 working-day limits dated from today (China's date) on the holiday calendar. */
export function nationalTimelineToday(): { today: string; title: string; out: string; inDone: string; whole: string } {
  const cal = createWorkingDayCalendar(holidays as HolidayCalendar);
  const today = chinaToday();
  const out = cal.addWorkingDays(today, 10).date;
  return {
    today,
    title: `如果今天（${today} ${weekdayLabel('zh-CN', today)}）申请`,
    out,
    inDone: cal.addWorkingDays(out, 5).date,
    whole: cal.addWorkingDays(today, 15).date,
  };
}

/** The zh-CN card's timeline rows for those dates: the deadline first, then the step and its limit. */
export function zhTimelinePatterns(t: ReturnType<typeof nationalTimelineToday>): RegExp[] {
  return [
    new RegExp(`${t.out}[^\\n]*转出地完成转出[^\\n]*10 个工作日`),
    new RegExp(`${t.inDone}[^\\n]*转入地完成转入[^\\n]*5 个工作日`),
    new RegExp(`${t.whole}[^\\n]*整个转移完成[^\\n]*15 个工作日`),
  ];
}
