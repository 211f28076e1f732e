import { GppModel } from '@iabgpp/cmpapi';
import { GVL, TCModel, TCString } from '@iabtcf/core';

/**
 * Real TC and GPP strings made with the IAB's own encoders (a CMP's code path), from a tiny local vendor list so
 * no network is needed. Tests decode them with the product's decoders.
 */
function localGvl(): GVL {
  const purposes: Record<string, unknown> = {};
  for (let i = 1; i <= 11; i++) purposes[i] = { id: i, name: `Purpose ${i}`, description: '', illustrations: [] };
  const vendor = (id: number) => ({
    id,
    name: `Vendor ${id}`,
    purposes: [1, 2, 3, 4, 7, 8],
    legIntPurposes: [],
    flexiblePurposes: [],
    specialPurposes: [],
    features: [],
    specialFeatures: [],
  });
  return new GVL({
    gvlSpecificationVersion: 3,
    vendorListVersion: 80,
    tcfPolicyVersion: 5,
    lastUpdated: '2025-01-01T00:00:00Z',
    purposes,
    specialPurposes: {},
    features: {},
    specialFeatures: {},
    stacks: {},
    dataCategories: {},
    vendors: { 755: vendor(755), 32: vendor(32) },
  } as never);
}

export interface TcOptions {
  purposes: number[];
  vendors?: number[];
  cmpId?: number;
  /** ms since the epoch for created and lastUpdated. */
  at?: number;
}

export function tcString({ purposes, vendors = [], cmpId = 10, at = Date.UTC(2025, 0, 10) }: TcOptions): string {
  const model = new TCModel(localGvl());
  model.cmpId = cmpId;
  model.cmpVersion = 2;
  model.consentLanguage = 'EN';
  model.publisherCountryCode = 'FR';
  model.isServiceSpecific = true;
  model.purposeConsents.set(purposes);
  model.vendorConsents.set(vendors);
  model.created = new Date(at);
  model.lastUpdated = new Date(at);
  return TCString.encode(model);
}

/** A TC string with a CMP id the IAB never assigns: @iabtcf/core refuses to write one, the GPP encoder does not check. */
export function tcStringWithCmpId(cmpId: number): string {
  const g = new GppModel();
  g.setFieldValue('tcfeuv2', 'CmpId', cmpId);
  g.setFieldValue(
    'tcfeuv2',
    'PurposeConsents',
    Array.from({ length: 24 }, (_, i) => i < 4),
  );
  return g.encodeSection('tcfeuv2');
}

/** A GPP string with a US national section (opt-outs as given) and optionally a TCF EU section. */
export function gppString(opts: {
  saleOptOut?: 1 | 2;
  targetedOptOut?: 1 | 2;
  gpc?: boolean;
  tcfPurposes?: number[];
}): string {
  const g = new GppModel();
  if (opts.saleOptOut !== undefined || opts.targetedOptOut !== undefined) {
    g.setFieldValue('usnat', 'SaleOptOut', opts.saleOptOut ?? 2);
    g.setFieldValue('usnat', 'SharingOptOut', opts.saleOptOut ?? 2);
    g.setFieldValue('usnat', 'TargetedAdvertisingOptOut', opts.targetedOptOut ?? 2);
    g.setFieldValue('usnat', 'SaleOptOutNotice', 1);
    g.setFieldValue('usnat', 'SharingOptOutNotice', 1);
    g.setFieldValue('usnat', 'TargetedAdvertisingOptOutNotice', 1);
    if (opts.gpc !== undefined) g.setFieldValue('usnat', 'Gpc', opts.gpc);
  }
  if (opts.tcfPurposes) {
    g.setFieldValue('tcfeuv2', 'CmpId', 10);
    g.setFieldValue(
      'tcfeuv2',
      'PurposeConsents',
      Array.from({ length: 24 }, (_, i) => opts.tcfPurposes?.includes(i + 1) ?? false),
    );
  }
  return g.encode();
}
