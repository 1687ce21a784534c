/**
 * The one explicit list of built-in rules. Adding a provider = one file in this folder + one line here.
 * Order does not matter for results (overlaps are resolved by specificity, then severity).
 */
import type { Rule } from '../engine/types.js';
import { rules as github } from './github.js';
// --- engine-owned ---
import { rules as generic } from './generic.js';
import { rules as privateKeys } from './private-keys.js';
import { rules as jwt } from './jwt.js';
import { rules as connectionStrings } from './connection-strings.js';
import { rules as sqlPasswords } from './sql-passwords.js';
import { rules as curl } from './curl.js';
import { rules as passwordHashes } from './password-hashes.js';
import { rules as kerberos } from './kerberos.js';
import { rules as commandLineCredentials } from './command-line-credentials.js';
import { rules as frontendEnv } from './frontend-env.js';
import { rules as httpAuthorization } from './http-authorization.js';
import { rules as urlQueryCredentials } from './url-query-credentials.js';
import { rules as netrcEntries } from './netrc-entries.js';
import { rules as truenas } from './truenas.js';
import { rules as encodedPrivateKeys } from './encoded-private-keys.js';
import { rules as sigilVariablePasswords } from './sigil-variable-passwords.js';
import { rules as jwtSecrets } from './jwt-secrets.js';
import { rules as curlFormCredentials } from './curl-form-credentials.js';
import { rules as constructorCredentials } from './constructor-credentials.js';
import { rules as azureDevops } from './azure-devops.js';
import { rules as azureAppConfiguration } from './azure-app-configuration.js';
import { rules as thingsboard } from './thingsboard.js';
// --- family: cloud ---
import { rules as aws } from './aws.js';
import { rules as azure } from './azure.js';
import { rules as gcp } from './gcp.js';
import { rules as alibaba } from './alibaba.js';
import { rules as ibm } from './ibm.js';
import { rules as yandex } from './yandex.js';
import { rules as digitalocean } from './digitalocean.js';
import { rules as heroku } from './heroku.js';
import { rules as flyio } from './flyio.js';
import { rules as netlify } from './netlify.js';
import { rules as vercel } from './vercel.js';
import { rules as cloudflare } from './cloudflare.js';
import { rules as fastly } from './fastly.js';
import { rules as hashicorp } from './hashicorp.js';
import { rules as doppler } from './doppler.js';
import { rules as pulumi } from './pulumi.js';
import { rules as databricks } from './databricks.js';
import { rules as confluent } from './confluent.js';
import { rules as clickhouse } from './clickhouse.js';
import { rules as planetscale } from './planetscale.js';
import { rules as supabase } from './supabase.js';
import { rules as tailscale } from './tailscale.js';
import { rules as kubernetes } from './kubernetes.js';
import { rules as openshift } from './openshift.js';
import { rules as kubernetesBootstrapToken } from './kubernetes-bootstrap-token.js';
import { rules as wireguard } from './wireguard.js';
import { rules as mongodbAtlas } from './mongodb-atlas.js';
import { rules as scalingo } from './scalingo.js';
import { rules as infracost } from './infracost.js';
import { rules as harness } from './harness.js';
import { rules as octopusDeploy } from './octopus-deploy.js';
import { rules as definedNetworking } from './defined-networking.js';
import { rules as settlemint } from './settlemint.js';
import { rules as prefect } from './prefect.js';
// --- family: ai ---
import { rules as openai } from './openai.js';
import { rules as anthropic } from './anthropic.js';
import { rules as huggingface } from './huggingface.js';
import { rules as googleAi } from './google-ai.js';
import { rules as mistral } from './mistral.js';
import { rules as cohere } from './cohere.js';
import { rules as groq } from './groq.js';
import { rules as replicate } from './replicate.js';
import { rules as perplexity } from './perplexity.js';
import { rules as xai } from './xai.js';
import { rules as deepseek } from './deepseek.js';
import { rules as openrouter } from './openrouter.js';
import { rules as pinecone } from './pinecone.js';
import { rules as langsmith } from './langsmith.js';
import { rules as privateai } from './privateai.js';
import { rules as together } from './together.js';
import { rules as fireworks } from './fireworks.js';
import { rules as voyage } from './voyage.js';
import { rules as jina } from './jina.js';
import { rules as elevenlabs } from './elevenlabs.js';
import { rules as assemblyai } from './assemblyai.js';
import { rules as deepgram } from './deepgram.js';
import { rules as stability } from './stability.js';
import { rules as langfuse } from './langfuse.js';
import { rules as tavily } from './tavily.js';
import { rules as firecrawl } from './firecrawl.js';
import { rules as exa } from './exa.js';
import { rules as e2b } from './e2b.js';
import { rules as weightsAndBiases } from './weights-and-biases.js';
import { rules as helicone } from './helicone.js';
import { rules as braveSearch } from './brave-search.js';
import { rules as serpapi } from './serpapi.js';
// --- family: devtools ---
import { rules as gitlab } from './gitlab.js';
import { rules as bitbucket } from './bitbucket.js';
import { rules as atlassian } from './atlassian.js';
import { rules as jfrog } from './jfrog.js';
import { rules as npm } from './npm.js';
import { rules as pypi } from './pypi.js';
import { rules as rubygems } from './rubygems.js';
import { rules as clojars } from './clojars.js';
import { rules as jenkins } from './jenkins.js';
import { rules as nuget } from './nuget.js';
import { rules as docker } from './docker.js';
import { rules as codecov } from './codecov.js';
import { rules as snyk } from './snyk.js';
import { rules as sonar } from './sonar.js';
import { rules as sourcegraph } from './sourcegraph.js';
import { rules as sentry } from './sentry.js';
import { rules as grafana } from './grafana.js';
import { rules as datadog } from './datadog.js';
import { rules as newrelic } from './newrelic.js';
import { rules as dynatrace } from './dynatrace.js';
import { rules as sumologic } from './sumologic.js';
import { rules as launchdarkly } from './launchdarkly.js';
import { rules as droneci } from './droneci.js';
import { rules as travisci } from './travisci.js';
import { rules as circleci } from './circleci.js';
import { rules as postman } from './postman.js';
import { rules as readme } from './readme.js';
import { rules as linear } from './linear.js';
import { rules as notion } from './notion.js';
import { rules as figma } from './figma.js';
import { rules as onepassword } from './onepassword.js';
import { rules as age } from './age.js';
import { rules as sidekiq } from './sidekiq.js';
import { rules as maxmind } from './maxmind.js';
import { rules as rapidapi } from './rapidapi.js';
import { rules as looker } from './looker.js';
import { rules as okta } from './okta.js';
import { rules as authress } from './authress.js';
import { rules as beamer } from './beamer.js';
import { rules as frameio } from './frameio.js';
import { rules as adobe } from './adobe.js';
import { rules as gitter } from './gitter.js';
import { rules as mattermost } from './mattermost.js';
import { rules as ciscoMeraki } from './cisco-meraki.js';
// --- family: saas ---
import { rules as adafruit } from './adafruit.js';
import { rules as airtable } from './airtable.js';
import { rules as algolia } from './algolia.js';
import { rules as asana } from './asana.js';
import { rules as box } from './box.js';
import { rules as cloudinary } from './cloudinary.js';
import { rules as contentful } from './contentful.js';
import { rules as discord } from './discord.js';
import { rules as dropbox } from './dropbox.js';
import { rules as facebook } from './facebook.js';
import { rules as flickr } from './flickr.js';
import { rules as freshdesk } from './freshdesk.js';
import { rules as hubspot } from './hubspot.js';
import { rules as intercom } from './intercom.js';
import { rules as intra42 } from './intra42.js';
import { rules as linkedin } from './linkedin.js';
import { rules as mailchimp } from './mailchimp.js';
import { rules as mailgun } from './mailgun.js';
import { rules as mapbox } from './mapbox.js';
import { rules as messagebird } from './messagebird.js';
import { rules as microsoftTeams } from './microsoft-teams.js';
import { rules as nytimes } from './nytimes.js';
import { rules as salesforce } from './salesforce.js';
import { rules as sendbird } from './sendbird.js';
import { rules as sendgrid } from './sendgrid.js';
import { rules as sendinblue } from './sendinblue.js';
import { rules as slack } from './slack.js';
import { rules as telegram } from './telegram.js';
import { rules as twilio } from './twilio.js';
import { rules as twitch } from './twitch.js';
import { rules as twitter } from './twitter.js';
import { rules as typeform } from './typeform.js';
import { rules as zendesk } from './zendesk.js';
import { rules as zoom } from './zoom.js';
// --- family: comms-payments ---
import { rules as stripe } from './stripe.js';
import { rules as square } from './square.js';
import { rules as shopify } from './shopify.js';
import { rules as plaid } from './plaid.js';
import { rules as paypal } from './paypal.js';
import { rules as coinbase } from './coinbase.js';
import { rules as kraken } from './kraken.js';
import { rules as kucoin } from './kucoin.js';
import { rules as bittrex } from './bittrex.js';
import { rules as flutterwave } from './flutterwave.js';
import { rules as gocardless } from './gocardless.js';
import { rules as finicity } from './finicity.js';
import { rules as duffel } from './duffel.js';
import { rules as easypost } from './easypost.js';
import { rules as shippo } from './shippo.js';
import { rules as lob } from './lob.js';
import { rules as etsy } from './etsy.js';
import { rules as squarespace } from './squarespace.js';
import { rules as freshbooks } from './freshbooks.js';
import { rules as finnhub } from './finnhub.js';
import { rules as freemius } from './freemius.js';
import { rules as braintree } from './braintree.js';
import { rules as razorpay } from './razorpay.js';
import { rules as adyen } from './adyen.js';
import { rules as mollie } from './mollie.js';
import { rules as checkout } from './checkout.js';
import { rules as wise } from './wise.js';
import { longTail } from './long-tail/index.js';

const handWritten: readonly Rule[] = [
  ...github,
  // --- list: engine-owned ---
  ...generic,
  ...privateKeys,
  ...jwt,
  ...connectionStrings,
  ...sqlPasswords,
  ...curl,
  ...passwordHashes,
  ...kerberos,
  ...commandLineCredentials,
  ...frontendEnv,
  ...httpAuthorization,
  ...urlQueryCredentials,
  ...netrcEntries,
  ...truenas,
  ...encodedPrivateKeys,
  ...sigilVariablePasswords,
  ...jwtSecrets,
  ...curlFormCredentials,
  ...constructorCredentials,
  ...azureDevops,
  ...azureAppConfiguration,
  ...thingsboard,
  // --- list: cloud ---
  ...aws,
  ...azure,
  ...gcp,
  ...alibaba,
  ...ibm,
  ...yandex,
  ...digitalocean,
  ...heroku,
  ...flyio,
  ...netlify,
  ...vercel,
  ...cloudflare,
  ...fastly,
  ...hashicorp,
  ...doppler,
  ...pulumi,
  ...databricks,
  ...confluent,
  ...clickhouse,
  ...planetscale,
  ...supabase,
  ...tailscale,
  ...kubernetes,
  ...openshift,
  ...kubernetesBootstrapToken,
  ...wireguard,
  ...mongodbAtlas,
  ...scalingo,
  ...infracost,
  ...harness,
  ...octopusDeploy,
  ...definedNetworking,
  ...settlemint,
  ...prefect,
  // --- list: ai ---
  ...openai,
  ...anthropic,
  ...huggingface,
  ...googleAi,
  ...mistral,
  ...cohere,
  ...groq,
  ...replicate,
  ...perplexity,
  ...xai,
  ...deepseek,
  ...openrouter,
  ...pinecone,
  ...langsmith,
  ...privateai,
  ...together,
  ...fireworks,
  ...voyage,
  ...jina,
  ...elevenlabs,
  ...assemblyai,
  ...deepgram,
  ...stability,
  ...langfuse,
  ...tavily,
  ...firecrawl,
  ...exa,
  ...e2b,
  ...weightsAndBiases,
  ...helicone,
  ...braveSearch,
  ...serpapi,
  // --- list: devtools ---
  ...gitlab,
  ...bitbucket,
  ...atlassian,
  ...jfrog,
  ...npm,
  ...pypi,
  ...rubygems,
  ...clojars,
  ...jenkins,
  ...nuget,
  ...docker,
  ...codecov,
  ...snyk,
  ...sonar,
  ...sourcegraph,
  ...sentry,
  ...grafana,
  ...datadog,
  ...newrelic,
  ...dynatrace,
  ...sumologic,
  ...launchdarkly,
  ...droneci,
  ...travisci,
  ...circleci,
  ...postman,
  ...readme,
  ...linear,
  ...notion,
  ...figma,
  ...onepassword,
  ...age,
  ...sidekiq,
  ...maxmind,
  ...rapidapi,
  ...looker,
  ...okta,
  ...authress,
  ...beamer,
  ...frameio,
  ...adobe,
  ...gitter,
  ...mattermost,
  ...ciscoMeraki,
  // --- list: saas ---
  ...adafruit,
  ...airtable,
  ...algolia,
  ...asana,
  ...box,
  ...cloudinary,
  ...contentful,
  ...discord,
  ...dropbox,
  ...facebook,
  ...flickr,
  ...freshdesk,
  ...hubspot,
  ...intercom,
  ...intra42,
  ...linkedin,
  ...mailchimp,
  ...mailgun,
  ...mapbox,
  ...messagebird,
  ...microsoftTeams,
  ...nytimes,
  ...salesforce,
  ...sendbird,
  ...sendgrid,
  ...sendinblue,
  ...slack,
  ...telegram,
  ...twilio,
  ...twitch,
  ...twitter,
  ...typeform,
  ...zendesk,
  ...zoom,
  // --- list: comms-payments ---
  ...stripe,
  ...square,
  ...shopify,
  ...plaid,
  ...paypal,
  ...coinbase,
  ...kraken,
  ...kucoin,
  ...bittrex,
  ...flutterwave,
  ...gocardless,
  ...finicity,
  ...duffel,
  ...easypost,
  ...shippo,
  ...lob,
  ...etsy,
  ...squarespace,
  ...freshbooks,
  ...finnhub,
  ...freemius,
  ...braintree,
  ...razorpay,
  ...adyen,
  ...mollie,
  ...checkout,
  ...wise,
];

// The long-tail table (one line of data per provider, ./long-tail), checked against the rules above.
export const builtinRules: readonly Rule[] = [...handWritten, ...longTail(handWritten)];
