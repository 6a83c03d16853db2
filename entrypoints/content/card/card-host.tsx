import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { clearanceOf, placeCard } from '../../../lib/cards/card-placement';
import type { CardContext } from '../../../lib/cards/card-context';
import type { CardModel } from '../../../lib/cards/card-model';
import { CARD_BODY_CSS } from '../../../components/card/card-styles';
import { CardFrame } from '../../../components/card/card-frame';
import { CardView } from '../../../components/card/card-view';
import type { CardModels } from './card-models';
import { CARD_CSS } from './card-frame-styles';
import { boxesOf } from './hit-test';
import { placeHost, topLayerOf } from './top-layer';
import { visibleBoxes } from './visible-word';
import type { PageHit } from '../highlights/mention-index';

export const HOST_TAG = 'shebao-lens-ui';

export interface CardState {
  hit: PageHit;
  pinned: boolean;
  position?: { at: number; of: number };
}

export interface CardHostOptions {
  context(): CardContext;
  /** Where card content comes from: the background computes it, this keeps it for the page. */
  models: CardModels;
  /** The card's theme for a word: the page's own background there decides when the setting says auto. */
  theme(hit: PageHit): 'light' | 'dark';
  onClose(): void;
  onPin(): void;
  onStep(delta: 1 | -1): void;
}

/**
 * The one element we add to a page: created on the first card, holding a shadow root (style
 * isolation both ways) with the Preact card. It follows the word into the top layer (top-layer.ts).
 */
export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private creating: Promise<ShadowRootContentScriptUi<void>> | undefined;
  private state: CardState | undefined;
  private drawn: { hit: PageHit; ready: boolean } | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: CardHostOptions,
  ) {
    ctx.addEventListener(document, 'fullscreenchange', () => this.followLayer());
    // A dialog closing or a popover toggling takes the word's boxes with it (or brings them back):
    // neither event bubbles, so both are caught on the way down.
    ctx.addEventListener(document, 'close', () => this.followLayer(), { capture: true });
    ctx.addEventListener(document, 'toggle', (e) => e.target !== this.ui?.shadowHost && this.followLayer(), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.reposition(), { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', () => this.reposition(), { passive: true });
  }

  get current(): CardState | undefined {
    return this.state;
  }

  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost;
  }

  /** Whether an event happened on the card (events from inside a shadow root retarget to the host). */
  contains(target: EventTarget | null): boolean {
    return !!target && target === this.ui?.shadowHost;
  }

  async show(state: CardState, focus = false): Promise<void> {
    this.state = state;
    const ui = await this.ensure();
    if (this.state !== state) return;
    placeHost(ui.shadowHost, topLayerOf(state.hit.range.startContainer));
    this.draw(ui, state);
    if (focus) (ui.uiContainer.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  hide(): void {
    this.state = undefined;
    this.drawn = undefined;
    if (!this.ui) return;
    render(null, this.ui.uiContainer);
    // Out of the page's dialog or popover again, so the layer holds nothing of ours once it closes.
    placeHost(this.ui.shadowHost, undefined);
  }

  /** The page moved or resized: keep the card beside its word, or drop it if the word is gone. */
  reposition(): void {
    if (this.ui && this.state) this.place(this.ui, this.state);
  }

  private ensure(): Promise<ShadowRootContentScriptUi<void>> {
    this.creating ??= createShadowRootUi<void>(this.ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: () => document.fullscreenElement ?? document.documentElement,
      append: 'last',
      // The frame's styles and the body's: both live only inside the shadow root.
      css: CARD_CSS + CARD_BODY_CSS,
      // Keys typed in the card (Esc, arrows) must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => {},
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  /** Draws the card at once: with its model when known, else waiting, and again when the model comes. */
  private draw(ui: ShadowRootContentScriptUi<void>, state: CardState, answer?: CardModel): void {
    const context = this.options.context();
    const mention = state.hit.mention;
    const model = answer ?? this.options.models.cached(mention, context);
    // Pinning redraws the same card: placing it again would reset its size and scroll under the
    // pointer, so the click that pinned it (on a folded section, say) would land on something else.
    // The model arriving in place of the loading line is new content, so that card is placed anew.
    const samePlace = this.drawn?.hit === state.hit && this.drawn.ready === !!model && !!ui.uiContainer.querySelector('.card');
    this.drawn = { hit: state.hit, ready: !!model };
    if (!model) {
      void this.options.models.request(mention, context).then((model) => {
        if (this.state === state) this.draw(ui, state, model);
      });
    }
    render(
      <div class="layer">
        <CardFrame
          mention={mention}
          context={context}
          pinned={state.pinned}
          busy={!model}
          {...(state.position ? { position: state.position } : {})}
          onClose={this.options.onClose}
          onPin={this.options.onPin}
          onStep={this.options.onStep}
        >
          <CardView card={model ?? { kind: 'loading' }} language={context.language} {...(context.theme ? { theme: context.theme } : {})} />
        </CardFrame>
      </div>,
      ui.uiContainer,
    );
    const card = ui.uiContainer.querySelector('.card') as HTMLElement | null;
    card?.classList.toggle('dark', this.options.theme(state.hit) === 'dark');
    if (!samePlace) this.place(ui, state);
  }

  private place(ui: ShadowRootContentScriptUi<void>, state: CardState): void {
    const card = ui.uiContainer.querySelector('.card') as HTMLElement | null;
    if (!card) return;
    // Only what a user can see of the word counts: clipped by its scroll box or scrolled out of the
    // window, an unpinned card closes and a pinned one stays where it is, in view.
    const word = clearanceOf(visibleBoxes(boxesOf(state.hit), state.hit.range.startContainer));
    if (!word) {
      if (!state.pinned) this.options.onClose();
      return;
    }
    card.style.maxHeight = '';
    card.style.width = '';
    const size = card.getBoundingClientRect();
    const spot = placeCard(word, { width: size.width, height: size.height }, {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    });
    card.style.left = `${spot.left}px`;
    card.style.top = `${spot.top}px`;
    if (spot.maxHeight !== undefined) card.style.maxHeight = `${spot.maxHeight}px`;
    if (spot.maxWidth !== undefined) card.style.width = `${spot.maxWidth}px`;
    card.dataset.side = spot.side;
  }

  /** A layer opened or closed: the card follows its word into it, or closes if the word went with it. */
  private followLayer(): void {
    const host = this.ui?.shadowHost;
    if (!host) return;
    const state = this.state;
    // A word that left with its layer is gone, not scrolled away: even a pinned card goes.
    if (state && !clearanceOf(boxesOf(state.hit))) return this.options.onClose();
    placeHost(host, state ? topLayerOf(state.hit.range.startContainer) : undefined);
    this.reposition();
  }
}
