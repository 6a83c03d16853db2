// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectRuns, MAX_RUN_LENGTH, ownerOf, type CollectHooks, type Run } from '../../entrypoints/content/reading/text-collector';

const hooks = (extra: Partial<CollectHooks> = {}): CollectHooks => ({
  isOwnUi: (el) => el.localName === 'shebao-lens-ui',
  ...extra,
});

function texts(runs: Run[]): string[] {
  return runs.map((r) => r.segments.map((s) => s.node.data.slice(s.from, s.to)).join('|'));
}

describe('collectRuns', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a name split over inline elements as one run, in pieces', () => {
    document.body.innerHTML = '<p>从广<b>州</b>转到<a href="#">九江</a>市</p>';
    const runs = [...collectRuns(document, hooks())];
    expect(texts(runs)).toEqual(['从广|州|转到|九江|市']);
    expect((runs[0]!.owner as Element).localName).toBe('p');
  });

  it('never joins text across block boundaries or line breaks', () => {
    document.body.innerHTML = '<div>九<p>中间</p>江</div><p>广<br>州</p>';
    expect(texts([...collectRuns(document, hooks())])).toEqual(['九', '中间', '江', '广', '州']);
  });

  it('skips scripts, styles, form fields, editable regions, our own UI, and reports hidden ones', () => {
    const hidden: string[] = [];
    document.body.innerHTML = `
      <p>九江医保</p>
      <script>var a = '广州';</script><style>.x{content:'广州'}</style>
      <textarea>广州</textarea><select><option>广州</option></select>
      <div contenteditable="true">广州<p>深圳</p></div>
      <div contenteditable="false">成都</div>
      <p hidden id="h">杭州</p>
      <shebao-lens-ui>武汉</shebao-lens-ui>`;
    const runs = [...collectRuns(document, hooks({ hidden: (el) => hidden.push(el.id) }))];
    expect(texts(runs)).toEqual(['九江医保', '成都']);
    expect(hidden).toEqual(['h']);
  });

  it('reads per-character ruby by its base text, and treats inline display:none as hidden', () => {
    const hidden: string[] = [];
    document.body.innerHTML = '<p><ruby>兰<rt>lán</rt>州<rt>zhōu</rt></ruby>新区</p><p style="display: none" id="s">杭州</p>';
    expect(texts([...collectRuns(document, hooks({ hidden: (el) => hidden.push(el.id) }))])).toEqual(['兰|州|新区']);
    expect(hidden).toEqual(['s']);
  });

  it('drops runs without Chinese text', () => {
    document.body.innerHTML = '<p>only English here</p><p>2025-04-16</p><p>办理</p>';
    expect(texts([...collectRuns(document, hooks())])).toEqual(['办理']);
  });

  it('cuts a very long text node at punctuation into runs no longer than the limit', () => {
    const sentence = '参保人从江西九江转到广东广州，';
    document.body.innerHTML = `<p>${sentence.repeat(1000)}</p>`;
    const runs = [...collectRuns(document, hooks())];
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) {
      const length = run.segments.reduce((n, s) => n + s.to - s.from, 0);
      expect(length).toBeLessThanOrEqual(MAX_RUN_LENGTH);
      const last = run.segments.at(-1)!;
      expect(last.node.data[last.to - 1]).toBe('，');
    }
    expect(runs.map((r) => r.segments.map((s) => s.node.data.slice(s.from, s.to)).join('')).join('')).toBe(
      sentence.repeat(1000),
    );
  });

  it('walks open shadow roots and reports them', () => {
    document.body.innerHTML = '<p>外面：九江</p><news-card></news-card>';
    const host = document.querySelector('news-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>里面：广州</p>';
    const seen: ShadowRoot[] = [];
    const runs = [...collectRuns(document, hooks({ shadowRoot: (r) => seen.push(r) }))];
    expect(texts(runs)).toEqual(['外面：九江', '里面：广州']);
    expect(seen).toEqual([root]);
    expect(runs[1]!.owner.getRootNode()).toBe(root);
  });

  it('rescans one block on its own', () => {
    document.body.innerHTML = '<p>甲：九江</p><p id="b">乙：<i>广</i>州</p>';
    const block = document.getElementById('b')!;
    expect(texts([...collectRuns(block, hooks())])).toEqual(['乙：|广|州']);
  });
});

describe('ownerOf', () => {
  it('climbs out of inline elements to the block that owns the text', () => {
    document.body.innerHTML = '<section><p id="p">x<b><i>广州</i></b></p></section>';
    const text = document.querySelector('i')!.firstChild!;
    expect((ownerOf(text) as Element).id).toBe('p');
  });
});
