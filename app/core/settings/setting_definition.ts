/**
 * A typed, self-describing setting. Advanced organization settings and module
 * settings are lists of these: the same list validates input, supplies
 * defaults and drives the settings form (labels come from i18n keys
 * `settings.<key>.label` / `settings.<key>.help`).
 */
export type SettingDefinition =
  | { key: string; type: 'boolean'; default: boolean; requires?: string }
  | { key: string; type: 'integer'; default: number | null; min: number; max: number; requires?: string }
  | { key: string; type: 'url'; default: string | null; requires?: string }
  | { key: string; type: 'text'; default: string | null; maxLength: number; requires?: string }
  | { key: string; type: 'choice'; default: string; options: readonly string[]; requires?: string }

export type SettingGroup = { key: string; settings: SettingDefinition[] }

export type SettingValues = Record<string, boolean | number | string | null>

export function settingDefaults(groups: SettingGroup[]): SettingValues {
  const values: SettingValues = {}
  for (const group of groups) for (const setting of group.settings) values[setting.key] = setting.default
  return values
}

/** Stored values over the defaults, dropping keys no longer defined */
export function resolveSettings(groups: SettingGroup[], stored: unknown): SettingValues {
  const values = settingDefaults(groups)
  const source = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  for (const key of Object.keys(values)) {
    if (key in source) values[key] = source[key] as SettingValues[string]
  }
  return values
}
