/**
 * `style=${styleProps({ 'background-color': colour, '--_bars': '8' })}`: sets
 * style properties through the CSSOM only, from the very first render. Lit's
 * own `styleMap` writes its first value as a `style="…"` attribute, which a
 * strict Content-Security-Policy (`style-src` without `'unsafe-inline'`)
 * refuses; CSSOM writes are allowed. Names are CSS names (kebab-case, custom
 * properties included); a null or undefined value removes the property.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | null | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('styleProps must be the only binding of a `style` attribute');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
