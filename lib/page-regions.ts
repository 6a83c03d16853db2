/** The regions file as the content script needs it: everything but the popup's type-ahead fields. */
export interface FullRegionsFile {
  regions: ({ pinyin?: string; initials?: string } & Record<string, unknown>)[];
  blockers: unknown[];
}

export function pageRegionsFrom(full: FullRegionsFile) {
  return {
    generated: {
      by: 'scripts/gen-page-regions.ts',
      from: 'data/regions.generated.json (pinyin and initials dropped)',
      regenerate: 'npx tsx scripts/gen-page-regions.ts',
    },
    regions: full.regions.map(({ pinyin: _p, initials: _i, ...rest }) => rest),
    blockers: full.blockers,
  };
}
