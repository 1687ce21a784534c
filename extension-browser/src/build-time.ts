/** What build.mjs needs from TypeScript sources at build time (bundled to a temporary module and imported). */
export { extensionManifest, MANAGED_SCHEMA_FILE, ICON_SIZES, CHROME_EXTENSION_ID, GECKO_ID, type BrowserTarget } from './manifest.js';
export { chromeManagedSchema } from '@secret-hygiene/core';
