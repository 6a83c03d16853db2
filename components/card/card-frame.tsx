import type { ComponentChildren } from 'preact';
import type { CardContext, CardMention } from '../../lib/cards/card-context';
import { cardText } from '../../lib/i18n/card-strings';

/** The small kind label the card frame shows next to the title. */
export function kindLabel(kind: CardMention['kind'], language: CardContext['language']): string {
  return cardText(language, `card.kind.${kind}`);
}

const TEXT = {
  'zh-CN': {
    dialog: (name: string) => `社保透镜：${name}`,
    close: '关闭卡片',
    pinned: '已固定',
    pin: '固定卡片',
    hint: 'Esc 关闭 · ↑/↓ 上一个/下一个',
    position: (at: number, of: number) => `第 ${at} / ${of} 处`,
  },
  en: {
    dialog: (name: string) => `Shebao Lens: ${name}`,
    close: 'Close card',
    pinned: 'Pinned',
    pin: 'Pin card',
    hint: 'Esc close · ↑/↓ previous/next',
    position: (at: number, of: number) => `${at} of ${of}`,
  },
};

export interface CardFrameProps {
  mention: CardMention;
  context: CardContext;
  pinned: boolean;
  /** While the body waits for its content (aria-busy, so screen readers wait too). */
  busy?: boolean;
  /** Where this mention is among all highlighted ones (1-based), when known. */
  position?: { at: number; of: number };
  onClose(): void;
  onPin(): void;
  onStep(delta: 1 | -1): void;
  children: ComponentChildren;
}

/** The card's chrome: title, kind, pin and close, keyboard stepping; the body comes as children. */
export function CardFrame(props: CardFrameProps) {
  const { mention, context, pinned } = props;
  const t = TEXT[context.language];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onClose();
    else if (event.key === 'ArrowDown' || event.key === 'n') props.onStep(1);
    else if (event.key === 'ArrowUp' || event.key === 'p') props.onStep(-1);
    else return;
    event.preventDefault();
  };
  return (
    <div
      class={`card kind-${mention.kind}`}
      role="dialog"
      aria-label={t.dialog(mention.text)}
      tabIndex={-1}
      aria-busy={props.busy ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onPointerDown={() => props.onPin()}
    >
      <header class="card-head">
        <h2 class="card-title">{mention.text}</h2>
        <span class="card-kind">{kindLabel(mention.kind, context.language)}</span>
        {pinned ? (
          <span class="card-pinned">{t.pinned}</span>
        ) : (
          <button type="button" class="card-pin" aria-label={t.pin} onClick={() => props.onPin()}>
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M10 1l5 5-2 1-3 3v3l-1 1-3-3-4 4-1-1 4-4-3-3 1-1h3l3-3z" fill="currentColor" />
            </svg>
          </button>
        )}
        <button type="button" class="card-close" aria-label={t.close} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      {props.children}
      <footer class="card-foot">
        {props.position && <span>{t.position(props.position.at, props.position.of)}</span>}
        <span>{t.hint}</span>
      </footer>
    </div>
  );
}
