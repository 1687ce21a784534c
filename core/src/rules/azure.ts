/**
 * Microsoft Azure / Entra ID credentials.
 * Entra ID (Azure AD) client secrets: 40 chars with `Q~` after a 3-char prefix and a digit; maximum lifetime 24 months:
 * https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials (and the secret scanning pattern list
 * https://learn.microsoft.com/en-us/purview/sit-defn-azure-ad-client-secret)
 * Storage account keys (`AccountKey=` 88-char base64, no expiry): https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage
 * Shared access signatures (`sv`, `se` expiry, `sig`): https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas
 * Service Bus / Event Hubs SAS (`se` is a Unix time) and `SharedAccessKey=` (44-char base64):
 * https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas
 * Azure Functions access keys (function, host and master keys; no expiry) in an HTTP trigger's URL as the
 * `code` query parameter: https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { assignment, atKeyword } from './patterns.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A SAS carries its own expiry in `se=` (ISO 8601 for Storage, Unix seconds for Service Bus/Event Hubs).
 * Expired → short-lived at low severity; more than 24 h away or absent → long-lived.
 */
export function sasLifetime({ match, now }: RuleContext): LifetimeEvidence {
  const raw = /(?:^|[?&\s;])se=([^&\s"'<>;]{1,40})/.exec(match)?.[1];
  if (!raw) {
    // A stored access policy (`si=`) holds the expiry server-side.
    if (/(?:^|[?&\s;])si=/.test(match)) return { lifetime: 'unknown', note: 'expiry defined by a stored access policy' };
    return { lifetime: 'long-lived', note: 'no se= expiry' };
  }
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    /* keep raw */
  }
  const expires = /^\d{9,11}$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  if (Number.isNaN(expires.getTime())) return { lifetime: 'unknown' };
  const expiresAt = expires.toISOString();
  const left = expires.getTime() - now.getTime();
  if (left <= 0) return { lifetime: 'short-lived', expiresAt, severity: 'low', note: 'expired' };
  return { lifetime: left > DAY_MS ? 'long-lived' : 'short-lived', expiresAt };
}

const SAS_PARAM = `(?:sv|ss|srt|sp|se|st|spr|sr|sip|si|sdd|ske|skt|sks|skv|skoid|sktid|skn|ses|rscc|rscd|rsce|rscl|rsct|api-version)=[^\\s&"'<>;]{0,200}`;

/** Names an Azure OpenAI resource key is stored under. */
const AZURE_OPENAI_NAMES = ['azure_openai', 'azureopenai', 'azure-openai', 'openai_azure'];
/** Names an Azure AI Search key is stored under. */
const AZURE_SEARCH_NAMES = ['azure_search', 'azuresearch', 'azure-search', 'azure_cognitive_search', 'azure_ai_search'];

export const rules: Rule[] = [
  {
    id: 'azure-ad-client-secret',
    provider: 'azure',
    description: 'Microsoft Entra ID (Azure AD) application client secret (valid up to 24 months)',
    regex: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    keywords: ['0q~', '1q~', '2q~', '3q~', '4q~', '5q~', '6q~', '7q~', '8q~', '9q~'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    samples: {
      match: [
        { text: 'client_secret=Xk47Q~Vb3Nc9Lm2Rt5Wz8Hj0Fp6Gs1EyUa7Io.Ke', reason: 'env file' },
        { text: '"ClientSecret": "~Tq3Q~mB8nV2cX5zL9kJ4hG7fD1sA0pO6iU-yT3r"', reason: 'appsettings.json' },
      ],
      noMatch: [
        { text: 'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' },
        { text: '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher', reason: 'CSS selector' },
      ],
    },
  },
  {
    id: 'azure-client-secret',
    provider: 'azure',
    description: 'Azure client secret assigned to an Azure/ARM client-secret variable',
    regex: assignment(
      ['azure_client_secret', 'azureclientsecret', 'azure-client-secret', 'azure_ad_client_secret', 'arm_client_secret', 'armclientsecret', 'arm-client-secret'],
      '[A-Za-z0-9_~.+/=-]{32,48}',
    ),
    keywords: ['azure_client_secret', 'azureclientsecret', 'azure-client-secret', 'azure_ad_client_secret', 'arm_client_secret', 'armclientsecret', 'arm-client-secret'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    samples: {
      match: [{ text: 'var azureClientSecret := "k2Rz9QmL7xT3vB0nW5cH8jF1pD4gYs6EaU2iO9wq"', reason: 'Go assignment' }],
      noMatch: [{ text: 'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}', reason: 'reference' }],
    },
  },
  {
    id: 'azure-storage-account-key',
    provider: 'azure',
    description: 'Azure Storage / Cosmos DB account key (full access, no expiry)',
    regex: assignment(
      ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'azure_storage_access_key'],
      '[A-Za-z0-9+/]{86}==',
      { end: '(?![A-Za-z0-9+/=])' },
    ),
    keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'azure_storage_access_key'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage#manually-rotate-access-keys',
    samples: {
      match: [
        {
          text: 'DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/2O76UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo==;EndpointSuffix=core.windows.net',
          reason: 'connection string',
        },
      ],
      noMatch: [{ text: 'AccountKey=<your-account-key>', reason: 'placeholder' }],
    },
  },
  {
    id: 'azure-storage-connection-string-key',
    provider: 'azure',
    description: 'Account key in an Azure Storage connection string (AccountName=…;AccountKey=…), also when the string is split over lines',
    // Connection string format: https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string
    // The key that follows `AccountName=…;` is the credential whatever its length (emulators and
    // Azurite accounts take configured keys), so any base64 of 40–120 characters counts here.
    regex: /AccountName=[A-Za-z0-9-]{1,64};[ \t]{0,4}(?:\r?\n[ \t]{0,16})?AccountKey=(?<secret>[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['accountkey='],
    window: { before: 120, after: 200, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 4,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage#manually-rotate-access-keys',
    reference: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    samples: {
      match: [
        {
          text: 'DefaultEndpointsProtocol=http;AccountName=devstore2;\nAccountKey=Vq8Lm2Xz7Rk4Tp1Wn9Hb5Jd3Fs6Gc0Ya2Eu7Oi4Ky8Mq1Nz5Bx3Cv9==;\nBlobEndpoint=http://127.0.0.1:10000/devstore2;',
          reason: 'connection string split over lines, shorter key',
        },
      ],
      noMatch: [{ text: 'AccountName=acme;AccountKey=${STORAGE_KEY};', reason: 'reference' }],
    },
  },
  {
    id: 'azure-openai-api-key',
    provider: 'azure',
    description: 'Azure OpenAI / Azure AI services resource key (api-key header) under an Azure OpenAI name',
    // "The API key is a 32-character string" (hex): https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication
    // Keys issued to newer Azure AI services resources are longer; those are taken as a deliberately
    // broad alphanumeric 80–90.
    regex: assignment(AZURE_OPENAI_NAMES, '[a-fA-F0-9]{32}|[A-Za-z0-9]{80,90}'),
    keywords: AZURE_OPENAI_NAMES,
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys',
    reference: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication',
    samples: {
      match: [{ text: 'AZURE_OPENAI_API_KEY=7c1e9a4f2b8d3e6a0c5f9b1d4e7a2c8f', reason: 'dotenv' }],
      noMatch: [{ text: 'AZURE_OPENAI_DEPLOYMENT=gpt-4o-mini-2024-07-18-prod', reason: 'a deployment name' }],
    },
  },
  {
    id: 'azure-search-api-key',
    provider: 'azure',
    description: 'Azure AI Search admin or query key (52 random letters and digits) under an Azure Search name',
    // "An API key is a unique string composed of 52 randomly generated numbers and letters":
    // https://learn.microsoft.com/en-us/azure/search/search-security-api-keys
    regex: assignment(AZURE_SEARCH_NAMES, '[A-Za-z0-9]{52}'),
    keywords: AZURE_SEARCH_NAMES,
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys#regenerate-admin-keys',
    reference: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys',
    samples: {
      match: [{ text: 'azure_search_admin_key = "Hq7Zr2Lk9Vx4Tp8Wn3Bc6Jd1Fs5Gm0Ya2Eu7Oi4Ky8Mq1Nz5Bx3C"', reason: 'Python settings' }],
      noMatch: [{ text: 'azure_search_index = "products-catalog-index"', reason: 'an index name' }],
    },
  },
  {
    id: 'azure-sas-token',
    provider: 'azure',
    description: 'Azure shared access signature (lifetime from its se= expiry)',
    regex: new RegExp(
      `(?<![A-Za-z0-9_%-])(?:${SAS_PARAM}&){1,16}sig=(?<secret>[A-Za-z0-9%+/=]{40,120})(?:&${SAS_PARAM}){0,16}`,
    ),
    keywords: ['sig='],
    severity: 'high',
    lifetime: sasLifetime,
    entropy: 3.5,
    validate: ({ match }) => /(?:^|&)(?:sv|skn)=/.test(match),
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/storage/common/sas-expiration-policy',
    samples: {
      match: [
        {
          text: 'https://acme.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2031-06-30T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=Zk2Vb9XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai7Ko2WeR4tY%3D',
          reason: 'long-lived account SAS',
        },
        {
          text: 'SharedAccessSignature sr=acme.servicebus.windows.net&sig=Qm7Lx2Rt9Vb4Nc0Wz5Hj8Fp3Gs6Ey1Ua7Io2Ke9Lq4M%3D&se=1767229200&skn=RootManageSharedAccessKey',
          reason: 'Service Bus SAS with Unix expiry',
        },
      ],
      noMatch: [{ text: 'https://example.com/api?page=2&sig=Zk2Vb9XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai7Ko2WeR4tY%3D', reason: 'no SAS version/key name' }],
    },
  },
  {
    id: 'azure-shared-access-key',
    provider: 'azure',
    description: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    regex: /SharedAccessKey\s{0,2}=\s{0,2}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    keywords: ['sharedaccesskey'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas#regenerate-keys',
    samples: {
      match: [
        {
          text: 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Vb9XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai7Ko2WeR4tY6uI=',
          reason: 'connection string',
        },
      ],
      noMatch: [{ text: 'SharedAccessKeyName=RootManageSharedAccessKey', reason: 'key name only' }],
    },
  },
  {
    id: 'azure-functions-key',
    provider: 'azure',
    description: "Azure Functions access key in a function URL's code= parameter",
    // From the function app's host suffix on (the app's name is not needed), then the query: parameters
    // before `code=` hold no `&`, so each is read one way.
    regex:
      /\.azurewebsites\.net\/api\/[^\s?#"'<>&]{0,200}\?(?:[^\s#"'<>&=]{1,64}=[^\s#"'<>&]{0,200}&){0,10}code=(?<secret>[A-Za-z0-9_+/%-]{40,120}(?:==|%3D%3D)?)(?![A-Za-z0-9_+/%=-])/,
    keywords: ['.azurewebsites.net/api/'],
    // One attempt where each function URL's host suffix starts: the query is read once per URL.
    anchored: { starts: atKeyword },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to#renew-or-regenerate-access-keys',
    samples: {
      match: [
        {
          text: 'fetch("https://orders-prod.azurewebsites.net/api/CreateOrder?code=Kq7Vb2XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai7Ko2WeR4tY9zQ1mN3cP5s==")',
          reason: 'a function key in the trigger URL',
        },
        {
          text: 'WEBHOOK=https://hooks-fn.azurewebsites.net/api/github?clientId=default&code=Wm4zQ8tLx2Rk7Vp9Nb3Yc6Hd1Fs0Ja5Ge8Tu2Io7Lp4Kx6Zq',
          reason: 'after another parameter',
        },
      ],
      noMatch: [
        { text: 'https://orders-prod.azurewebsites.net/api/CreateOrder?code=<your-function-key>', reason: 'placeholder' },
        { text: 'https://login.example.com/callback?code=Kq7Vb2XwLmT4pR8sNc1Fh6Jd3Gy0Ue5Ai7Ko2WeR4tY9zQ', reason: 'an OAuth authorization code on another host' },
      ],
    },
  },
  {
    id: 'azure-client-id',
    provider: 'azure',
    description: 'Azure AD application (client) id: an identifier, not a secret',
    regex: assignment(['azure_client_id', 'azureclientid', 'azure-client-id', 'arm_client_id', 'armclientid', 'ad_client_id'], GUID),
    keywords: ['azure_client_id', 'azureclientid', 'azure-client-id', 'arm_client_id', 'armclientid', 'ad_client_id'],
    severity: 'low',
    lifetime: 'unknown',
    samples: {
      match: [{ text: 'AZURE_CLIENT_ID=4f1c2b7e-9a3d-4e8f-b2c6-7d0e1a5f3b9c', reason: 'env file' }],
      noMatch: [{ text: 'AZURE_CLIENT_ID=not-a-guid', reason: 'not a GUID' }],
    },
  },
  {
    id: 'azure-tenant-id',
    provider: 'azure',
    description: 'Azure AD tenant id: an identifier, not a secret',
    regex: assignment(['azure_tenant', 'azuretenant', 'azure-tenant', 'ad_tenant', 'adtenant', 'ad-tenant', 'arm_tenant', 'armtenant'], GUID),
    keywords: ['azure_tenant', 'azuretenant', 'azure-tenant', 'ad_tenant', 'adtenant', 'ad-tenant', 'arm_tenant', 'armtenant'],
    severity: 'low',
    lifetime: 'unknown',
    samples: {
      match: [{ text: 'ad_tenant_id: "0b6e3f2a-7c1d-4a9e-8f5b-2d4c6e8a0f13"', reason: 'YAML' }],
      noMatch: [{ text: 'tenant_id: "0b6e3f2a-7c1d-4a9e-8f5b-2d4c6e8a0f13"', reason: 'not Azure-named' }],
    },
  },
];
