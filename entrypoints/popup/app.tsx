import { DATASET_META } from '../../data/dataset-meta';

export function PopupApp() {
  return (
    <main class="popup">
      <header>
        <h1>
          社保透镜 <span lang="en">Shebao Lens</span>
        </h1>
        <p class="tagline">读懂医保关系转移接续页面</p>
      </header>
      <section aria-label="数据版本" class="dataset">
        <p>
          数据版本 <strong>{DATASET_META.version}</strong>
        </p>
        <p>
          更新于 <time dateTime={DATASET_META.updated}>{DATASET_META.updated}</time> · 来源文章 {DATASET_META.seeds} 篇
        </p>
        <p class="offline">全部数据内置，不联网。</p>
      </section>
    </main>
  );
}
