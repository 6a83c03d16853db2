// Labels both the hover card and the popup show (sureness, sources, section titles). They sit apart
// from the popup's tables so the content script, which shows only the card, bundles these and
// lib/i18n/card-strings.ts rather than every popup string; zh-cn.ts and en.ts take them in whole.
export const SHARED_ZH_CN = {
  'confidence.official': '官方规定',
  'confidence.article': '文章报道',
  'confidence.anecdote': '个例',
  'confidence.official.help': '法律、法规或国家经办规程明文规定',
  'confidence.article.help': '文章所述，未追溯到具体法规',
  'confidence.anecdote.help': '单个网友或文章提到的经历，不具普遍性',
  'sources.title': '来源',
  'sources.article': '文章',
  'sources.document': '文件',
  'sources.quote': '原文',
  'plan.case': '适用情形',
  'plan.conditions': '先确认',
  'plan.routes': '办理途径',
  'plan.experiences': '报告的经历（非规定，仅供参考）',
  'plan.caveats': '注意事项',
  'plan.workingDays': '{count} 个工作日',
  'plan.holidaysInWindow': '期间遇到：{names}',
} as const;

export type SharedStringKey = keyof typeof SHARED_ZH_CN;

export const SHARED_EN: Record<SharedStringKey, string> = {
  'confidence.official': 'Official rule',
  'confidence.article': 'Article',
  'confidence.anecdote': 'Anecdote',
  'confidence.official.help': 'Stated by a law, regulation or the national procedure',
  'confidence.article.help': 'Reported by an article, not traced to a regulation',
  'confidence.anecdote.help': 'A single reported experience; not typical',
  'sources.title': 'Sources',
  'sources.article': 'Article',
  'sources.document': 'Document',
  'sources.quote': 'Quote',
  'plan.case': 'Which case applies',
  'plan.conditions': 'Check first',
  'plan.routes': 'How to apply',
  'plan.experiences': 'Reported experiences (not rules; for reference)',
  'plan.caveats': 'Caveats',
  'plan.workingDays': '{count} working days',
  'plan.holidaysInWindow': 'Holidays: {names}',
};
