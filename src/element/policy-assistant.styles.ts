import { css } from 'lit';

/**
 * Styles of `<policy-assistant>`. Every themeable value is a custom property declared on `:host`
 * with a default; colours use `light-dark()`, so they follow the page's `color-scheme` (and the
 * visitor's `prefers-color-scheme` unless the page fixes one).
 */
export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
    --accent-color: light-dark(#1d4ed8, #9bb8ff);
    --accent-contrast-color: light-dark(#ffffff, #0b1220);
    --background-color: light-dark(#ffffff, #16181d);
    --surface-color: light-dark(#f3f5f9, #22252c);
    --text-color: light-dark(#1a1d23, #e9ebef);
    --muted-color: light-dark(#545b68, #aab1bd);
    --border-color: light-dark(#d5dae3, #3a3f4b);
    --mark-color: light-dark(#fde68a, #5b4a0c);
    --mark-text-color: light-dark(#1a1d23, #fff6d5);
    --removed-color: light-dark(#fde1e1, #4d1f22);
    --added-color: light-dark(#d6f2de, #173f28);
    --font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --font-size: 1rem;
    --radius: 0.75rem;
    --shadow: 0 0.75rem 2.5rem rgb(0 0 0 / 0.18);
    --panel-width: 26rem;
    --panel-height: 36rem;
    --launcher-offset: 1.25rem;
    --z-index: 1000;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .pa {
    font-family: var(--font-family);
    font-size: var(--font-size);
    line-height: 1.5;
    color: var(--text-color);
    text-align: start;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  :is(button, a, input, select, [tabindex]):focus-visible {
    outline: 2px solid var(--accent-color);
    outline-offset: 2px;
  }

  a {
    color: var(--accent-color);
    text-underline-offset: 0.15em;
  }

  /* Panel */
  .pa__panel {
    display: flex;
    flex-direction: column;
    min-width: 0;
    max-height: var(--panel-height);
    background: var(--background-color);
    border: 1px solid var(--border-color);
    border-radius: var(--radius);
    overflow: hidden;
  }

  .pa__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 1rem;
    border-bottom: 1px solid var(--border-color);
  }

  .pa__heading {
    flex: 1 1 0;
    min-width: 10rem;
    margin: 0;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.3;
  }

  .pa__tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  .pa__version {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875em;
    color: var(--muted-color);
  }

  .pa__version select {
    padding: 0.25rem 0.5rem;
    color: var(--text-color);
    background: var(--background-color);
    border: 1px solid var(--border-color);
    border-radius: calc(var(--radius) / 2);
  }

  .pa__browse {
    color: var(--accent-color);
  }

  .pa__close {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    margin-inline-end: -0.5rem;
    background: none;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }

  .pa__close:hover {
    background: var(--surface-color);
  }

  .pa__close svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  /* Conversation */
  .pa__log {
    position: relative;
    flex: 1 1 auto;
    min-height: 6rem;
    padding: 1rem;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .pa__welcome {
    margin: 0;
    color: var(--muted-color);
  }

  .pa__welcome p {
    margin: 0 0 0.75rem;
  }

  .pa__chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .pa__chip {
    padding: 0.375rem 0.75rem;
    text-align: start;
    background: var(--background-color);
    color: var(--accent-color);
    border: 1px solid var(--border-color);
    border-radius: 999px;
    cursor: pointer;
  }

  .pa__chip:hover {
    border-color: var(--accent-color);
  }

  .pa__welcome .pa__chips + p {
    margin-top: 1.25rem;
  }

  .pa__topic {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--text-color);
  }

  .pa__count {
    min-width: 1.75em;
    padding: 0 0.375em;
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
    color: var(--accent-color);
    background: var(--surface-color);
    border-radius: 999px;
  }

  .pa__answer .pa__chips {
    margin-top: 0.25rem;
  }

  .pa__lead:focus {
    outline: none;
  }

  .pa__exchange + .pa__exchange {
    margin-top: 1.5rem;
    padding-top: 1.25rem;
    border-top: 1px solid var(--border-color);
  }

  .pa__question {
    width: fit-content;
    max-width: 85%;
    margin: 0 0 0.75rem auto;
    padding: 0.5rem 0.875rem;
    color: var(--accent-contrast-color);
    background: var(--accent-color);
    border-radius: var(--radius) var(--radius) 0.25rem var(--radius);
    overflow-wrap: anywhere;
  }

  .pa__status,
  .pa__note {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
    color: var(--muted-color);
  }

  .pa__answer p {
    margin: 0 0 0.5rem;
  }

  .pa__lead {
    font-weight: 600;
  }

  .pa__citation {
    margin: 0;
  }

  .pa__quote {
    margin: 0;
    padding: 0.75rem 1rem;
    background: var(--surface-color);
    border-inline-start: 0.25rem solid var(--accent-color);
    border-radius: 0.25rem var(--radius) var(--radius) 0.25rem;
    overflow-wrap: anywhere;
  }

  .pa__quote p {
    margin: 0;
  }

  .pa__quote--related {
    padding: 0.5rem 0.75rem;
    font-size: 0.9375em;
    border-inline-start-width: 0.1875rem;
  }

  mark {
    padding: 0 0.1em;
    color: var(--mark-text-color);
    background: var(--mark-color);
    border-radius: 0.2em;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .pa__context {
    margin: 0 0 0.375rem;
    font-size: 0.875em;
    color: var(--muted-color);
  }

  .pa__source {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--muted-color);
  }

  .pa__source a {
    overflow-wrap: anywhere;
  }

  .pa__tag {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    font-size: 0.8125em;
    color: var(--text-color);
    border: 1px solid var(--border-color);
    border-radius: 999px;
  }

  .pa__badge {
    font-weight: 600;
  }

  .pa__badge--new {
    background: var(--added-color);
  }

  /* Word differences: struck through and underlined as well as coloured. */
  del,
  ins {
    padding: 0 0.1em;
    color: var(--text-color);
    text-decoration-thickness: 0.09em;
    border-radius: 0.2em;
  }

  del {
    background: var(--removed-color);
    text-decoration-line: line-through;
  }

  ins {
    background: var(--added-color);
    text-decoration-line: underline;
    text-underline-offset: 0.2em;
  }

  del + ins {
    margin-inline-start: 0.15em;
  }

  .pa__wording {
    margin-top: 0.75rem;
  }

  .pa__answer .pa__wording-label,
  .pa__answer .pa__side-label {
    margin: 0 0 0.375rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--muted-color);
  }

  .pa__quote--older {
    border-inline-start-color: var(--muted-color);
  }

  .pa__answer .pa__legend {
    display: flex;
    gap: 0.5rem;
    margin: 0.375rem 0 0;
    font-size: 0.8125em;
  }

  .pa__answer .pa__wording .pa__source {
    margin: 0.375rem 0 0;
  }

  /* What changed: both versions side by side, stacked when narrow. */
  .pa__changes {
    display: grid;
    gap: 1rem;
    padding: 0;
    margin: 0 0 0.5rem;
    list-style: none;
    container-type: inline-size;
  }

  .pa__change {
    padding: 0.75rem;
    border: 1px solid var(--border-color);
    border-radius: var(--radius);
  }

  .pa__answer .pa__change-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0 0 0.625rem;
  }

  .pa__badge--removed {
    background: var(--removed-color);
  }

  .pa__change-topic {
    font-size: 0.875em;
    color: var(--muted-color);
  }

  .pa__sides {
    display: grid;
    gap: 0.75rem;
  }

  @container (min-width: 30rem) {
    .pa__sides {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .pa__side--older .pa__quote {
    border-inline-start-color: var(--muted-color);
  }

  .pa__answer .pa__absent {
    margin: 0;
    padding: 0.5rem 0.75rem;
    font-size: 0.875em;
    font-style: italic;
    color: var(--muted-color);
    border: 1px dashed var(--border-color);
    border-radius: 0.25rem var(--radius) var(--radius) 0.25rem;
  }

  .pa__more {
    margin-top: 0.75rem;
  }

  .pa__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: 0.5rem;
  }

  .pa__action {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2rem;
    padding: 0.25rem 0.625rem;
    font-size: 0.875em;
    color: var(--text-color);
    background: var(--background-color);
    border: 1px solid var(--border-color);
    border-radius: calc(var(--radius) / 1.5);
    cursor: pointer;
  }

  .pa__action:hover {
    border-color: var(--accent-color);
  }

  .pa__action svg {
    width: 1em;
    height: 1em;
    flex: none;
  }

  .pa__action--done {
    color: var(--accent-contrast-color);
    background: var(--accent-color);
    border-color: var(--accent-color);
  }

  .pa__section {
    margin-top: 0.75rem;
    padding: 0.75rem 1rem;
    font-size: 0.9375em;
    border: 1px dashed var(--border-color);
    border-radius: var(--radius);
  }

  .pa__section p {
    margin: 0 0 0.5rem;
  }

  .pa__section p:last-child {
    margin-bottom: 0;
  }

  .pa__clause--cited {
    padding-inline-start: 0.5rem;
    border-inline-start: 0.1875rem solid var(--accent-color);
  }

  .pa__also {
    margin: 1rem 0 0.5rem;
    font-size: 0.875em;
    font-weight: 650;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--muted-color);
  }

  .pa__related {
    display: grid;
    gap: 1rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .pa__none {
    margin: 0 0 0.75rem;
  }

  /* Question form */
  .pa__form {
    padding: 0.75rem 1rem 0.875rem;
    border-top: 1px solid var(--border-color);
  }

  .pa__row {
    display: flex;
    gap: 0.5rem;
  }

  .pa__field {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
  }

  .pa__input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    background: var(--background-color);
    border: 1px solid var(--border-color);
    border-radius: calc(var(--radius) / 1.5);
  }

  .pa__input::placeholder {
    color: var(--muted-color);
    opacity: 1;
  }

  .pa__input:focus-visible {
    outline-offset: 0;
    border-color: var(--accent-color);
  }

  .pa__submit {
    flex: none;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font-weight: 600;
    color: var(--accent-contrast-color);
    background: var(--accent-color);
    border: 0;
    border-radius: calc(var(--radius) / 1.5);
    cursor: pointer;
  }

  .pa__hint {
    margin: 0.5rem 0 0;
    font-size: 0.8125em;
    color: var(--muted-color);
  }

  .pa__listbox {
    position: absolute;
    inset-inline: 0;
    bottom: calc(100% + 0.25rem);
    z-index: 1;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--background-color);
    border: 1px solid var(--border-color);
    border-radius: calc(var(--radius) / 1.5);
    box-shadow: var(--shadow);
  }

  .pa__option {
    padding: 0.375rem 0.625rem;
    border-radius: calc(var(--radius) / 2);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .pa__option:hover {
    background: var(--surface-color);
  }

  .pa__option[aria-selected='true'] {
    color: var(--accent-contrast-color);
    background: var(--accent-color);
  }

  /* Launcher mode */
  .pa__launcher {
    position: fixed;
    inset-inline-end: var(--launcher-offset);
    bottom: var(--launcher-offset);
    z-index: var(--z-index);
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 3rem;
    padding: 0.75rem 1.125rem;
    font-weight: 600;
    color: var(--accent-contrast-color);
    background: var(--accent-color);
    border: 0;
    border-radius: 999px;
    box-shadow: var(--shadow);
    cursor: pointer;
  }

  .pa__launcher svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  .pa--launcher .pa__panel {
    position: fixed;
    inset-inline-end: var(--launcher-offset);
    bottom: calc(var(--launcher-offset) + 3.75rem);
    z-index: var(--z-index);
    width: min(var(--panel-width), calc(100vw - 2 * var(--launcher-offset)));
    max-height: min(var(--panel-height), calc(100dvh - var(--launcher-offset) - 5rem));
    box-shadow: var(--shadow);
  }

  @media (max-width: 30rem) {
    :host {
      --launcher-offset: 0.75rem;
    }

    .pa__header,
    .pa__log,
    .pa__form {
      padding-inline: 0.75rem;
    }

    .pa__submit {
      padding-inline: 0.75rem;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .pa__action,
    .pa__chip,
    .pa__option {
      transition:
        background-color 0.15s,
        border-color 0.15s,
        color 0.15s;
    }
  }

  @media (forced-colors: active) {
    .pa__question,
    .pa__submit,
    .pa__launcher,
    .pa__action--done,
    .pa__option[aria-selected='true'] {
      border: 1px solid CanvasText;
    }
  }
`;
