import type { FlowNode, PublicTemplateKey } from '@cloudmart/contracts';
import type { TFunction } from 'i18next';

interface PresetShaped {
  presetKey: PublicTemplateKey | null;
  name: string;
  description: string | null;
}

/**
 * A public template's name and description in the user's language (issue 11 item 9: the
 * stored presets are Chinese). Own templates, copies included, are shown as stored.
 */
export function localizePreset<T extends PresetShaped>(tpl: T, t: TFunction): T {
  const key = tpl.presetKey;
  if (!key) return tpl;
  return { ...tpl, name: t(`deliveryPresets.${key}.name`), description: t(`deliveryPresets.${key}.description`) };
}

/** The same, with the node names of the flow (containers' children too); unknown ids keep their stored name. */
export function localizePresetNodes<T extends PresetShaped & { nodes: FlowNode[] }>(tpl: T, t: TFunction): T {
  const key = tpl.presetKey;
  if (!key) return tpl;
  const names: Readonly<Record<string, string>> = t(`deliveryPresets.${key}.nodes`, { returnObjects: true });
  const named = <N extends { id: string; name: string }>(n: N): N => ({ ...n, name: names[n.id] ?? n.name });
  const nodes = tpl.nodes.map((n): FlowNode => (n.type === 'container' ? { ...named(n), children: n.children.map(named) } : named(n)));
  return { ...localizePreset(tpl, t), nodes };
}
