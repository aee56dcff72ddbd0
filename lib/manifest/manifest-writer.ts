/**
 * Writes `external-oauth.json` beside each stack's `cdk.tf.json` during synth, and owns the
 * stack's `external_oauth_profiles` TerraformOutput. One instance per stack, created on demand
 * by the first issuer, client or trust declared in it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { Construct, IConstruct } from 'constructs';

import { assertHostFramework } from '../core/host-framework';
// addCustomSynthesis and resolve are framework internals (same paths in cdktf 0.21 and cdktn
// 0.24): the only way to add a file to a stack's synth output and to resolve tokens the way
// `toTerraform()` does.
import {
  addCustomSynthesis,
  AnnotationMetadataEntryType,
  ISynthesisSession,
  Lazy,
  resolve,
  TerraformOutput,
  TerraformStack,
} from '../framework';
import { writeFileSafely } from '../util/write-file';
import { VERSION } from '../version';
import {
  ClientRecord,
  FindingRecord,
  IssuerRecord,
  MANIFEST_FILE_NAME,
  MANIFEST_SCHEMA_VERSION,
  PROFILES_OUTPUT_ID,
  ProfileTrustRecord,
  TrustManifest,
  TrustRecord,
} from './types';

const WRITER_ID = 'ExternalOAuthManifest';

/** A construct whose record the manifest lists: an issuer, a client or a trust (the writer needs only the record). */
type IssuerSource = IConstruct & { toIssuerRecord(): IssuerRecord };
type ClientSource = IConstruct & { toClientRecord(): ClientRecord };
type TrustSource = IConstruct & { toTrustRecord(): TrustRecord };

/** The per-stack manifest writer. */
export class ManifestWriter extends Construct {
  /** The writer of the stack that contains `scope`, created on first use. */
  public static of(scope: IConstruct): ManifestWriter {
    assertHostFramework(scope);
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(WRITER_ID);
    return existing instanceof ManifestWriter ? existing : new ManifestWriter(stack, WRITER_ID);
  }

  private readonly stack: TerraformStack;
  private readonly sources = { issuers: new Set<IssuerSource>(), clients: new Set<ClientSource>(), trusts: new Set<TrustSource>() };
  private readonly findings: FindingRecord[] = [];
  private readonly context: Record<string, unknown> = {};
  private profilesOutput?: TerraformOutput;

  private constructor(stack: TerraformStack, id: string) {
    super(stack, id);
    this.stack = stack;
    addCustomSynthesis(this, { onSynthesize: (session: ISynthesisSession) => this.write(session) });
  }

  /** Adds an issuer, a client or a trust to the manifest (their registration does, once each). */
  public addIssuer(issuer: IssuerSource): void {
    this.sources.issuers.add(issuer);
  }

  /** See {@link addIssuer}. */
  public addClient(client: ClientSource): void {
    this.sources.clients.add(client);
  }

  /** See {@link addIssuer}. */
  public addTrust(trust: TrustSource): void {
    this.sources.trusts.add(trust);
  }

  /** Records a check finding (added by the checks Aspect during synth). */
  public addFinding(finding: FindingRecord): void {
    this.findings.push(finding);
  }

  /** The findings recorded so far. */
  public get recordedFindings(): readonly FindingRecord[] {
    return this.findings;
  }

  /** Records a declared fact that is not a resource (e.g. Keycloak broker session settings). */
  public addContext(key: string, value: unknown): void {
    this.context[key] = value;
  }

  /** The declared context facts. */
  public get declaredContext(): Readonly<Record<string, unknown>> {
    return this.context;
  }

  /**
   * Creates the `external_oauth_profiles` output once; its value lists every profile of the
   * stack, with apply-time values as Terraform expressions.
   */
  public ensureProfilesOutput(): TerraformOutput {
    if (!this.profilesOutput) {
      this.profilesOutput = new TerraformOutput(this.stack, PROFILES_OUTPUT_ID, {
        description: 'cdktf-external-oauth validation profiles (read by TokenValidator.fromFile)',
        value: Lazy.anyValue({ produce: () => this.profileRecords().map((t) => t.profile) }),
      });
      this.profilesOutput.overrideLogicalId(PROFILES_OUTPUT_ID);
    }
    return this.profilesOutput;
  }

  /** The manifest as it stands, with tokens resolved to Terraform expressions. */
  public build(): TrustManifest {
    const model = this.inTreeOrder();
    const trusts = model.trusts.map((t) => t.toTrustRecord());
    const manifest: TrustManifest = {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      stack: this.stack.node.id,
      generator: `cdktf-external-oauth ${VERSION}`,
      issuers: model.issuers.map((i) => i.toIssuerRecord()),
      clients: model.clients.map((c) => c.toClientRecord()),
      trusts,
      profiles: trusts.filter((t): t is ProfileTrustRecord => t.type === 'profile').map((t) => t.profile),
      findings: [...this.findings],
      context: { ...this.context },
    };
    return resolve(this.stack, manifest);
  }

  private profileRecords(): ProfileTrustRecord[] {
    return this.inTreeOrder()
      .trusts.map((t) => t.toTrustRecord())
      .filter((t): t is ProfileTrustRecord => t.type === 'profile');
  }

  /** The registered constructs in construct-tree (pre-)order, the order the manifest lists them in. */
  private inTreeOrder(): { issuers: IssuerSource[]; clients: ClientSource[]; trusts: TrustSource[] } {
    const index = new Map(this.stack.node.findAll().map((c, i) => [c, i]));
    const sorted = <T extends IConstruct>(set: ReadonlySet<T>): T[] => [...set].sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
    return { issuers: sorted(this.sources.issuers), clients: sorted(this.sources.clients), trusts: sorted(this.sources.trusts) };
  }

  private write(session: ISynthesisSession): void {
    const dir = path.join(session.outdir, session.manifest.forStack(this.stack).workingDirectory);
    const file = path.join(dir, MANIFEST_FILE_NAME);
    // cdktf aborts after custom synthesis when errors were annotated: write nothing then.
    if (hasErrorAnnotations(this.stack)) {
      fs.rmSync(file, { force: true });
      return;
    }
    const text = JSON.stringify(this.build(), null, 2) + '\n';
    fs.mkdirSync(dir, { recursive: true });
    writeFileSafely(file, text);
  }
}

function hasErrorAnnotations(scope: IConstruct): boolean {
  return scope.node.findAll().some((c) => c.node.metadata.some((m) => m.type === AnnotationMetadataEntryType.ERROR));
}
