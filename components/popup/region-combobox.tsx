import { useId, useState } from 'preact/hooks';
import type { Region } from '../../data/schema';
import { t, type Lang } from '../../lib/i18n/translate';
import { regionLabel } from '../../lib/regions/region-label';

export interface RegionComboboxProps {
  label: string;
  lang: Lang;
  value: Region | null;
  onChange: (region: Region | null) => void;
  search: (query: string) => Region[];
  /** Full name of a region's province, shown beside prefectures so 朝阳 (辽宁) is told apart. */
  provinceName: (region: Region) => string | null;
  maxOptions?: number;
}

/** Type-ahead over every region (Chinese, pinyin, initials), following the ARIA 1.2 combobox pattern. */
export function RegionCombobox({ label, lang, value, onChange, search, provinceName, maxOptions = 8 }: RegionComboboxProps) {
  const id = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [shownFor, setShownFor] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // A value set from outside (prefill from the page) replaces what is typed.
  if (shownFor !== value) {
    setShownFor(value);
    setText(value?.name ?? '');
  }
  const options = open && text.trim() ? search(text.trim()).slice(0, maxOptions) : [];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (region: Region) => {
    setText(region.name);
    setOpen(false);
    setShownFor(region);
    onChange(region);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const describe = (region: Region) => {
    const province = region.level === 'province' ? null : provinceName(region);
    const name = regionLabel(lang, region);
    return province ? `${name} · ${province}` : name;
  };

  return (
    <div class="sl-combobox">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        placeholder={t(lang, 'planner.placeholder')}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
          if (value) {
            // Typing clears the choice; remember that it was ours so the text is not reset.
            setShownFor(null);
            onChange(null);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} hidden={options.length === 0}>
        {options.map((region, i) => (
          <li
            key={region.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'sl-active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(region);
            }}
          >
            {describe(region)}
          </li>
        ))}
      </ul>
      <span class="sl-visually-hidden" aria-live="polite">
        {open && text.trim() ? (options.length ? t(lang, 'planner.options', { count: options.length }) : t(lang, 'planner.noMatch')) : ''}
      </span>
    </div>
  );
}
