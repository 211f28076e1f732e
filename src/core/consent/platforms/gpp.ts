import { gppLibrary } from '../../libraries/iab-gpp';
import type { Cookie } from '../../types';
import { MAX_CONSENT_VALUE_CHARS } from '../decode-text';
import { TCF_PURPOSE_CATEGORIES, tcfChoices, tcfPlatformName } from '../tcf-purposes';
import {
  type CategoryMap,
  type Choice,
  type ConsentCategory,
  type ConsentPlatform,
  type ConsentRecord,
  notUnderstood,
  type TcfFacts,
  type UsOptOuts,
} from '../types';

const PLATFORM = 'IAB GPP';

/**
 * GPP US sections (usnat and the state sections) record opt-outs, not opt-ins: 1 = opted out, 2 = did not opt out,
 * 0 = not applicable (IAB GPP US National Privacy Technical Specification). An opt-out of sale, sharing or targeted
 * advertising is a refusal of marketing; "did not opt out" is not consent, so it is never read as "accepted".
 */
export const GPP_US_CATEGORIES: CategoryMap = {
  SaleOptOut: ['marketing'],
  SharingOptOut: ['marketing'],
  TargetedAdvertisingOptOut: ['marketing'],
};

/** TCF EU v2 inside GPP uses the TCF purpose table. */
export const GPP_CATEGORIES: CategoryMap = { ...TCF_PURPOSE_CATEGORIES, ...GPP_US_CATEGORIES };

const OPTED_OUT = 1;

function field(section: Record<string, unknown>, name: string): unknown {
  return section[name];
}

function tcfFromSection(section: Record<string, unknown>): TcfFacts | undefined {
  const flags = field(section, 'PurposeConsents');
  const li = field(section, 'PurposeLegitimateInterests');
  const created = field(section, 'Created');
  const updated = field(section, 'LastUpdated');
  if (!Array.isArray(flags) || !(created instanceof Date) || !(updated instanceof Date)) return undefined;
  const ids = (list: unknown) =>
    Array.isArray(list)
      ? list.flatMap((on, i) => (on === true && String(i + 1) in TCF_PURPOSE_CATEGORIES ? [i + 1] : []))
      : [];
  const vendors = field(section, 'VendorConsents');
  return {
    cmpId: Number(field(section, 'CmpId')),
    cmpVersion: Number(field(section, 'CmpVersion')),
    policyVersion: Number(field(section, 'PolicyVersion')),
    purposeConsents: ids(flags),
    purposeLegitimateInterests: ids(li),
    vendorConsents: Array.isArray(vendors) ? vendors.length : 0,
    created: created.getTime(),
    updated: updated.getTime(),
  };
}

/** Decodes `__gpp` with the IAB's @iabgpp/cmpapi; `sid` (from `__gpp_sid`) limits it to the applicable sections. */
export function decodeGpp(value: string, cookie: Pick<Cookie, 'name' | 'domain'>, sid?: string): ConsentRecord {
  const text = value.trim();
  if (text === '' || text.length > MAX_CONSENT_VALUE_CHARS || !/^[A-Za-z0-9_.~-]+$/.test(text)) {
    return notUnderstood(PLATFORM, cookie);
  }
  const { GppModel, Sections } = gppLibrary();
  let sections: Record<string, Record<string, unknown>>;
  let ids: number[];
  try {
    const model = new GppModel(text);
    ids = model.getSectionIds().map(Number);
    sections = model.toObject() as Record<string, Record<string, unknown>>;
  } catch {
    return notUnderstood(PLATFORM, cookie);
  }
  const applicable = sid
    ?.split(/[,_]/)
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const applies = (id: number) => !applicable || applicable.length === 0 || applicable.includes(id);

  const choices: Partial<Record<ConsentCategory, Choice>> = {};
  const us: UsOptOuts[] = [];
  const notes: string[] = [];
  let tcf: TcfFacts | undefined;
  let gpc: boolean | undefined;
  for (const id of ids) {
    const name = Sections.SECTION_ID_NAME_MAP.get(id);
    const section = name ? sections[name] : undefined;
    if (!name || !section || !applies(id)) continue;
    if (name === 'tcfeuv2') {
      tcf = tcfFromSection(section);
      if (tcf) Object.assign(choices, tcfChoices(new Set(tcf.purposeConsents)));
      continue;
    }
    if (!name.startsWith('us') || name === 'uspv1') {
      notes.push(`section ${name} present, not mapped`);
      continue;
    }
    const optOut = (f: string) => {
      const v = field(section, f);
      return v === undefined ? undefined : v === OPTED_OUT;
    };
    const entry: UsOptOuts = { section: name };
    const sale = optOut('SaleOptOut');
    const sharing = optOut('SharingOptOut');
    const targeted = optOut('TargetedAdvertisingOptOut');
    if (sale !== undefined) entry.sale = sale;
    if (sharing !== undefined) entry.sharing = sharing;
    if (targeted !== undefined) entry.targetedAdvertising = targeted;
    us.push(entry);
    if (sale || sharing || targeted) choices.marketing = 'refused';
    if (field(section, 'Gpc') === true) gpc = true;
    else if (field(section, 'Gpc') === false && gpc === undefined) gpc = false;
  }
  const record: ConsentRecord = {
    understood: true,
    platform: tcf ? `${PLATFORM} / ${tcfPlatformName(tcf.cmpId)}` : PLATFORM,
    cookieName: cookie.name,
    cookieDomain: cookie.domain,
    choices,
    answered: true,
    notes: [`sections: ${ids.map((id) => Sections.SECTION_ID_NAME_MAP.get(id) ?? String(id)).join(', ')}`, ...notes],
  };
  if (tcf) {
    record.tcf = tcf;
    if (Number.isFinite(tcf.updated)) record.recordedAt = tcf.updated;
  }
  if (us.length > 0) record.us = us;
  if (gpc !== undefined) record.gpc = gpc;
  return record;
}

export const gpp: ConsentPlatform = {
  id: 'gpp',
  name: PLATFORM,
  categories: GPP_CATEGORIES,
  read(cookies) {
    const sid = cookies.find((c) => c.name === '__gpp_sid')?.value;
    return cookies.filter((c) => c.name === '__gpp').map((c) => decodeGpp(c.value, c, sid));
  },
};
