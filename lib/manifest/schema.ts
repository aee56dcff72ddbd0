/**
 * JSON Schema (draft 2020-12) of the trust manifest and of a validation profile.
 * Pure data: the validator, review, drift and tests validate against it with Ajv.
 */

/** `name`: letters, digits, `-`, `_`, `&`; starts and ends with a letter (`ValidationProfile.name` in ./types). */
export const PROFILE_NAME_PATTERN = '^[A-Za-z](?:[A-Za-z0-9_&-]*[A-Za-z])?$';

/** The asymmetric JWS algorithms a profile may allow. Never HS* or none. */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

/** Default claims that carry the client id, in the order they are looked up. */
export const DEFAULT_CLIENT_ID_CLAIMS = ['azp', 'appid', 'client_id', 'cid'] as const;

/** Issuer kinds whose profiles may declare `appTokenRule` (the others have a fixed rule). */
export const APP_TOKEN_RULE_KINDS = ['pingfederate', 'generic'] as const;

/**
 * A Databricks federation policy id: 2-63 characters of lowercase letters, digits, `-` and `/`,
 * or an apply-time Terraform expression.
 * @see https://docs.databricks.com/api/account/accountfederationpolicy/create
 */
export const DATABRICKS_POLICY_ID_PATTERN = '^(?:[a-z0-9/-]{2,63}|.*\\$\\{.*)$';

const nonEmptyString = { type: 'string', minLength: 1 } as const;
const stringList = { type: 'array', items: { type: 'string' } } as const;
/** One apply-time Terraform expression, where the writer writes a list token as one string. */
const applyTimeExpression = { type: 'string', pattern: '\\$\\{' } as const;
/** A list field the writer may write as one apply-time expression (`ListOrApplyTime` in `types.ts`). */
const stringListOrApplyTime = { anyOf: [stringList, applyTimeExpression] } as const;

/** Schema of one validation profile. */
export const PROFILE_SCHEMA = {
  $id: 'https://cdktf-external-oauth/schemas/profile.json',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'clientId', 'issuer', 'audiences', 'jwksUrl', 'machineFlow', 'userFlow', 'issuerKind'],
  properties: {
    name: { type: 'string', pattern: PROFILE_NAME_PATTERN },
    clientId: nonEmptyString,
    issuer: nonEmptyString,
    audiences: { type: 'array', minItems: 1, items: nonEmptyString },
    // https (http for loopback is checked in code), or an apply-time Terraform expression.
    jwksUrl: { type: 'string', pattern: '^(https?://|\\$\\{)' },
    machineFlow: {
      type: 'object',
      additionalProperties: false,
      required: ['enabled', 'systemUserClaim', 'systemUserRole'],
      properties: { enabled: { type: 'boolean' }, systemUserClaim: nonEmptyString, systemUserRole: nonEmptyString },
    },
    userFlow: {
      type: 'object',
      additionalProperties: false,
      required: ['enabled'],
      properties: { enabled: { type: 'boolean' }, usernameClaim: nonEmptyString },
      if: { properties: { enabled: { const: true } } },
      then: { required: ['enabled', 'usernameClaim'] },
    },
    issuerKind: { enum: ['okta', 'entra', 'auth0', 'pingfederate', 'keycloak', 'generic'] },
    clientIdClaims: { type: 'array', minItems: 1, items: nonEmptyString },
    algorithms: { type: 'array', minItems: 1, items: { enum: [...ASYMMETRIC_ALGORITHMS] } },
    clockToleranceSeconds: { type: 'integer', minimum: 0, maximum: 300 },
    // pingfederate and generic only (checked in code, with a message naming the kind)
    appTokenRule: {
      type: 'object',
      additionalProperties: false,
      required: ['claim'],
      properties: { claim: nonEmptyString, value: nonEmptyString, valueIsClientId: { const: true } },
      oneOf: [{ required: ['value'] }, { required: ['valueIsClientId'] }],
    },
    tokenProfile: { enum: ['rfc9068'] },
    requireIssuedAt: { type: 'boolean' },
  },
} as const;

const record = { type: 'object' } as const;

/**
 * A validation profile as the manifest writer writes it, before deployment: like
 * {@link PROFILE_SCHEMA}, except that `audiences` and `clientIdClaims` may be one apply-time
 * expression (a Terraform list token, `ListOrApplyTime` in `types.ts`). The validator reads
 * deployed profiles with {@link PROFILE_SCHEMA}, after refusing every unresolved value.
 */
const { $id: _profileSchemaId, ...profileSchemaBody } = PROFILE_SCHEMA;
const SYNTHESIZED_PROFILE_SCHEMA = {
  ...profileSchemaBody,
  properties: {
    ...PROFILE_SCHEMA.properties,
    audiences: { anyOf: [PROFILE_SCHEMA.properties.audiences, applyTimeExpression] },
    clientIdClaims: { anyOf: [PROFILE_SCHEMA.properties.clientIdClaims, applyTimeExpression] },
  },
} as const;

/** Schema of the whole manifest. Records are checked for their required fields. */
export const MANIFEST_SCHEMA = {
  $id: 'https://cdktf-external-oauth/schemas/manifest.json',
  $defs: { synthesizedProfile: SYNTHESIZED_PROFILE_SCHEMA },
  type: 'object',
  required: ['schemaVersion', 'stack', 'generator', 'issuers', 'clients', 'trusts', 'profiles', 'findings', 'context'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    stack: nonEmptyString,
    generator: nonEmptyString,
    issuers: {
      type: 'array',
      items: {
        ...record,
        required: ['path', 'kind', 'issuer', 'jwksUrl', 'discoveryUrl', 'audiences', 'scopes', 'claims', 'policies', 'details'],
        properties: {
          path: nonEmptyString,
          kind: { enum: ['okta', 'entra', 'auth0', 'pingfederate', 'keycloak', 'generic'] },
          issuer: nonEmptyString,
          jwksUrl: nonEmptyString,
          discoveryUrl: nonEmptyString,
          audiences: stringListOrApplyTime,
          scopes: { type: 'array', items: { ...record, required: ['name'] } },
          claims: {
            type: 'array',
            items: {
              ...record,
              required: ['name', 'flows', 'tokenType'],
              properties: { flows: { type: 'array', items: { enum: ['machine', 'user'] } }, tokenType: { enum: ['access', 'id'] } },
            },
          },
          policies: {
            type: 'array',
            items: {
              ...record,
              required: ['name', 'priority', 'clients', 'rules'],
              properties: {
                rules: {
                  type: 'array',
                  items: { ...record, required: ['name', 'priority', 'grantTypes', 'scopes', 'accessTokenLifetimeMinutes'] },
                },
              },
            },
          },
          details: record,
        },
      },
    },
    clients: {
      type: 'array',
      items: {
        ...record,
        required: [
          'path',
          'kind',
          'name',
          'issuer',
          'clientId',
          'grantTypes',
          'responseTypes',
          'redirectUris',
          'postLogoutRedirectUris',
          'scopes',
          'details',
        ],
        properties: {
          kind: { enum: ['web', 'browser', 'service', 'native', 'external'] },
          grantTypes: stringListOrApplyTime,
          redirectUris: stringList,
          postLogoutRedirectUris: stringList,
          scopes: stringListOrApplyTime,
          secret: {
            type: 'object',
            additionalProperties: false,
            properties: { endDate: { type: 'string' }, endDateRelative: { type: 'string' }, rotationDays: { type: 'number' } },
          },
          assignment: {
            type: 'object',
            additionalProperties: false,
            required: ['mode'],
            properties: {
              mode: { enum: ['assigned', 'everyone', 'none', 'external'] },
              groups: stringList,
              users: stringList,
              reason: nonEmptyString,
            },
            if: { properties: { mode: { const: 'everyone' } } },
            then: { required: ['mode', 'reason'] },
          },
          trustedOrigins: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['origin', 'scopes', 'source'],
              properties: {
                origin: nonEmptyString,
                scopes: { type: 'array', items: { enum: ['CORS', 'REDIRECT'] } },
                source: { enum: ['managed', 'existing'] },
              },
            },
          },
          program: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'sendsPkce', 'keepsRotatedRefreshToken', 'tokenEndpointAuthMethods', 'readsClaimsFrom'],
            properties: {
              name: nonEmptyString,
              see: { type: 'string' },
              sendsPkce: { type: 'boolean' },
              keepsRotatedRefreshToken: { type: 'boolean' },
              tokenEndpointAuthMethods: { type: 'array', minItems: 1, items: nonEmptyString },
              readsClaimsFrom: { type: 'array', items: { enum: ['id_token', 'userinfo', 'access_token'] } },
              requestedScopes: stringList,
            },
          },
        },
      },
    },
    trusts: {
      type: 'array',
      items: {
        oneOf: [
          {
            ...record,
            required: [
              'type',
              'path',
              'name',
              'issuerPath',
              'issuer',
              'integrationType',
              'jwksUrls',
              'audiences',
              'userMappingClaims',
              'mappingAttribute',
              'anyRoleMode',
              'allowedRoles',
              'blockedRoles',
              'clients',
              'users',
              'existing',
              'manualSteps',
            ],
            properties: {
              type: { const: 'snowflake' },
              integrationType: { enum: ['OKTA', 'AZURE', 'PING_FEDERATE', 'CUSTOM'] },
              jwksUrls: { type: 'array', maxItems: 3, items: { type: 'string' } },
              mappingAttribute: { enum: ['LOGIN_NAME', 'EMAIL_ADDRESS'] },
              anyRoleMode: { enum: ['DISABLE', 'ENABLE', 'ENABLE_FOR_PRIVILEGE'] },
              roles: {
                type: 'array',
                items: {
                  ...record,
                  required: ['path', 'name', 'mode'],
                  properties: {
                    path: { type: 'string' },
                    name: { type: 'string' },
                    mode: { enum: ['created', 'existing'] },
                    comment: { type: 'string' },
                    note: { type: 'string' },
                  },
                },
              },
            },
          },
          {
            ...record,
            required: [
              'type',
              'path',
              'name',
              'issuerPath',
              'issuer',
              'claimAttributePath',
              'identityStoreAttributePath',
              'audiences',
              'clients',
              'application',
            ],
            properties: {
              type: { const: 'redshift' },
              application: {
                type: 'object',
                required: ['mode', 'manualSteps'],
                properties: { mode: { enum: ['managed', 'adopted', 'existing'] }, arn: nonEmptyString, manualSteps: stringList },
                // An adopted application is imported by its ARN (the import id), or an apply-time expression.
                if: { properties: { mode: { const: 'adopted' } } },
                then: {
                  required: ['arn'],
                  properties: { arn: { pattern: '^(arn:aws[a-zA-Z-]*:redshift:[a-z0-9-]+:[0-9]{12}:redshiftidcapplication:|\\$\\{)' } },
                },
              },
            },
          },
          {
            ...record,
            required: [
              'type',
              'path',
              'name',
              'issuerPath',
              'issuer',
              'scope',
              'audiences',
              'audiencesDefaulted',
              'subjectClaim',
              'jwks',
              'clients',
              'users',
            ],
            properties: {
              type: { const: 'databricks' },
              name: { type: 'string', pattern: DATABRICKS_POLICY_ID_PATTERN },
              scope: { enum: ['account', 'service-principal'] },
              audiences: stringListOrApplyTime,
              audiencesDefaulted: { type: 'boolean' },
              subjectClaim: nonEmptyString,
              subject: nonEmptyString,
              servicePrincipal: {
                type: 'object',
                required: ['id', 'applicationId'],
                properties: { id: { type: ['integer', 'string'] }, applicationId: nonEmptyString, name: { type: 'string' } },
              },
              jwks: {
                type: 'object',
                additionalProperties: false,
                required: ['source'],
                properties: { source: { enum: ['discovery', 'uri', 'json'] }, uri: nonEmptyString, keyIds: stringList },
              },
              clients: stringList,
              users: { type: 'array', items: { ...record, required: ['userName'], properties: { userName: nonEmptyString } } },
            },
            // A service-principal policy names its service principal and subject; an account policy has neither.
            if: { properties: { scope: { const: 'service-principal' } } },
            then: { required: ['servicePrincipal', 'subject'] },
            else: { not: { anyOf: [{ required: ['subject'] }, { required: ['servicePrincipal'] }] } },
          },
          {
            ...record,
            required: ['type', 'path', 'name', 'issuerPath', 'clientPath', 'profile'],
            properties: { type: { const: 'profile' }, profile: { $ref: '#/$defs/synthesizedProfile' } },
          },
        ],
      },
    },
    profiles: { type: 'array', items: { $ref: '#/$defs/synthesizedProfile' } },
    findings: {
      type: 'array',
      items: {
        ...record,
        required: ['ruleId', 'severity', 'path', 'message'],
        properties: { severity: { enum: ['error', 'warning'] } },
      },
    },
    context: record,
  },
} as const;
