import packageJson from '../../package.json' with { type: 'json' };

/** The CLI's version is the package's: the bundle inlines it, so the built file needs no package.json beside it. */
export const VERSION: string = packageJson.version;
