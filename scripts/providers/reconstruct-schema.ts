/**
 * Reconstructs a Terraform provider schema (the `terraform providers schema -json` format) for
 * selected resource and data-source types from a prebuilt `@cdktf/provider-*` package, offline.
 *
 * Sources: the package's `.jsii` assembly (configuration properties, optional / required,
 * descriptions, Terraform attribute names from the registry doc links) and its generated JS
 * (block or attribute, list / set / map / single nesting from `synthesizeHclAttributes`,
 * computed-only attributes from getters without setters).
 *
 * The reconstruction is faithful when the cdktf 0.21 provider generator, fed the schema,
 * reproduces the package's JS; `npm run providers -- check` and
 * test/providers/bindings.test.ts verify exactly that.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The schema JSON plus the constraint the generator needs (`x-constraint`, not Terraform's format). */
export type ReconstructedSchema = Record<string, any>;

/**
 * @param pkgDir a prebuilt package folder, e.g. node_modules/@cdktf/provider-okta
 * @param source the provider source, e.g. okta/okta
 * @param wanted Terraform types: `okta_app_oauth`, `data.okta_auth_server`, `provider`
 */
export function reconstructSchema(pkgDir: string, source: string, wanted: readonly string[]): ReconstructedSchema {
  const asm = JSON.parse(fs.readFileSync(path.join(pkgDir, '.jsii'), 'utf8'));
  const types: Record<string, any> = asm.types;
  const META = new Set(['connection', 'count', 'dependsOn', 'forEach', 'lifecycle', 'provider', 'provisioners', 'alias']);

  // Map terraform type -> jsii class, by reading each submodule's tfResourceType.
  function classFor(tf) {
    const isData = tf.startsWith('data.');
    const name = isData ? tf.slice(5) : tf;
    for (const t of Object.values(types)) {
      if (t.kind !== 'class' || !t.base) continue;
      const base = t.base;
      if (
        tf === 'provider' ? base !== 'cdktf.TerraformProvider' : base !== (isData ? 'cdktf.TerraformDataSource' : 'cdktf.TerraformResource')
      )
        continue;
      const jsFile = path.join(pkgDir, 'lib', t.locationInModule.filename.replace(/^src\//, '').replace(/\.ts$/, '.js'));
      const src = fs.readFileSync(jsFile, 'utf8');
      if (tf === 'provider' || new RegExp(`terraformResourceType: '${name}'`).test(src)) return { cls: t, src };
    }
    throw new Error(`no class for ${tf}`);
  }

  // HCL metadata per struct/resource: { fnName -> { attr -> {isBlock, type, storageClassType} } }
  function hclMeta(src) {
    const out = {};
    // struct converters are top-level functions (end at "\n}\n"); the resource's is a method ("\n    }\n")
    const re = /function (\w+)ToHclTerraform\(struct\)\s*{([\s\S]*?)\n}\n| {4}(synthesizeHclAttributes)\(\)\s*{([\s\S]*?)\n {4}}\n/g;
    let m;
    while ((m = re.exec(src))) {
      const key = m[1] || '__resource__';
      const body = m[2] ?? m[4];
      const attrs = {};
      const ar = /\n\s+(\w+): {\n\s+value: [^\n]*\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",/g;
      let a;
      while ((a = ar.exec(body))) attrs[a[1]] = { isBlock: a[2] === 'true', type: a[3], storageClassType: a[4] };
      out[key] = attrs;
    }
    return out;
  }

  function tfNameOf(prop) {
    const m = /#(\w+) \w+#\w+}/.exec(prop.docs?.remarks ?? '') || /#(\w+) \w+#\w+}/.exec(prop.docs?.summary ?? '');
    if (!m) throw new Error(`no tf name for ${prop.name}`);
    return m[1];
  }
  function describe(prop) {
    const text = [prop.docs?.summary, prop.docs?.remarks].filter(Boolean).join(' ');
    return text
      .replace(/\s*Docs at Terraform Registry: {@link [^}]*}\s*/, '')
      .replace(/\s*Please be aware that the id field is automatically added[\s\S]*$/, '')
      .replace(/^\.$/, '')
      .trim();
  }
  const lcFirst = (s) => s[0].toLowerCase() + s.slice(1);

  function primitiveType(t) {
    if (t.primitive) return { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic', json: 'dynamic' }[t.primitive];
    if (t.union) {
      const rest = t.union.types.filter((x) => x.fqn !== 'cdktf.IResolvable');
      if (rest.length === 1) return primitiveType(rest[0]);
      return undefined;
    }
    if (t.collection) {
      const el = primitiveType(t.collection.elementtype);
      if (!el) return undefined;
      return t.collection.kind === 'map' ? ['map', el] : ['list', el];
    }
    return undefined;
  }
  function structFqn(t) {
    if (t.fqn && types[t.fqn]?.datatype) return { fqn: t.fqn, single: true };
    if (t.union) {
      for (const x of t.union.types) {
        if (x.collection && x.collection.elementtype.fqn && types[x.collection.elementtype.fqn]?.datatype)
          return { fqn: x.collection.elementtype.fqn, single: false };
      }
    }
    return undefined;
  }

  // Computed-only attributes of a class (resource or OutputReference): getters without setters.
  function computedGetters(src, className) {
    const start = src.indexOf(`class ${className} extends`);
    if (start < 0) return {};
    const end = src.indexOf('\nexports.' + className + ' = ', start);
    const body = src.slice(start, end);
    const out = {};
    const re =
      /\/\/ (\w+) - computed: true, optional: false, required: false\n\s+(?:get (\w+)\(\) {\n\s+return ([^\n]*);|this\.(\w+) = new ((?:cdktf\.)?\w+)\(this, "(\w+)"(?:, (true|false))?\);)/g;
    let m;
    while ((m = re.exec(body))) {
      const tf = m[1];
      if (m[2]) {
        const r = m[3];
        const g = /this\.get(\w+)Attribute\('(\w+)'\)/.exec(r);
        if (!g) continue;
        const isSet = r.includes('Fn.tolist');
        const kind = g[1];
        const t = {
          String: 'string',
          Number: 'number',
          Boolean: 'bool',
          List: ['list', 'string'],
          NumberList: ['list', 'number'],
          StringMap: ['map', 'string'],
          NumberMap: ['map', 'number'],
          BooleanMap: ['map', 'bool'],
          AnyMap: ['map', 'dynamic'],
        }[kind];
        if (!t) continue;
        out[tf] = Array.isArray(t) && isSet ? ['set', t[1]] : t;
      } else if (m[5].startsWith('cdktf.')) {
        const t = {
          StringMap: ['map', 'string'],
          NumberMap: ['map', 'number'],
          BooleanMap: ['map', 'bool'],
          AnyMap: ['map', 'dynamic'],
          StringMapList: ['list', ['map', 'string']],
          NumberMapList: ['list', ['map', 'number']],
          BooleanMapList: ['list', ['map', 'bool']],
          AnyMapList: ['list', ['map', 'dynamic']],
          StringListList: ['list', ['list', 'string']],
          NumberListList: ['list', ['list', 'number']],
          BooleanList: ['list', 'bool'],
        }[m[5].slice(6)];
        if (!t) throw new Error(`unknown computed helper ${m[5]}`);
        out[tf] = t;
      } else {
        // complex computed (list / map of objects): type from the referenced OutputReference's getters
        const refClass = m[5].replace(/(List|Map|OutputReference)$/, 'OutputReference');
        const inner = computedGetters(src, refClass);
        const obj = ['object', inner];
        out[tf] = m[5].endsWith('Map') ? ['map', obj] : m[5].endsWith('OutputReference') ? obj : [m[7] === 'true' ? 'set' : 'list', obj];
      }
    }
    return out;
  }

  function blockFor(structFqnName, src, meta) {
    const st = types[structFqnName];
    const fnKey = lcFirst(st.name);
    const hcl = meta[fnKey] || {};
    return buildBlock(st.properties || [], hcl, src, meta, st.name + 'OutputReference');
  }

  // Constructor order of a class's configuration fields: the generator emits attributes (sorted)
  // before blocks (sorted), so a struct-typed field set before a primitive one is a nested
  // attribute (terraform-plugin-framework `nested_type`), not a block.
  function constructorOrder(src, className) {
    const start = src.indexOf(`class ${className} extends`);
    if (start < 0) return [];
    const end = src.indexOf('\nexports.' + className + ' = ', start);
    const body = src.slice(start, end);
    const out = [];
    const re = /this\._(\w+)(?:\.internalValue)? = config\.(\w+);/g;
    let m;
    while ((m = re.exec(body))) out.push(m[2]);
    return out;
  }

  function buildBlock(props, hcl, src, meta, refClass) {
    const block = { attributes: {}, block_types: {}, description_kind: 'plain' };
    const order = refClass ? constructorOrder(src, refClass) : [];
    const lastPrimitive = Math.max(-1, ...props.filter((p) => !structFqn(p.type)).map((p) => order.indexOf(p.name)));
    for (const p of props) {
      if (p.name === 'alias' || (META.has(p.name) && !hcl[tfNameOfSafe(p)])) continue; // the generator adds `alias` itself
      const tf = tfNameOf(p);
      const h = hcl[tf] || {};
      const desc = describe(p);
      const s = structFqn(p.type);
      if (s && h.type === 'struct' && order.indexOf(p.name) >= 0 && order.indexOf(p.name) < lastPrimitive) {
        const inner = blockFor(s.fqn, src, meta);
        const attr = {
          nested_type: { attributes: inner.attributes, nesting_mode: 'single' },
          description: desc,
          description_kind: 'plain',
        };
        if (p.optional) attr.optional = true;
        else attr.required = true;
        block.attributes[tf] = attr;
        continue;
      }
      if (s && h.isBlock !== false) {
        const nested = blockFor(s.fqn, src, meta);
        const nesting = h.type === 'struct' ? 'single' : h.type === 'set' ? 'set' : 'list';
        const bt = { nesting_mode: nesting, block: { ...nested, description: desc, description_kind: 'plain' } };
        if (nesting !== 'single') {
          if (s.single) bt.max_items = 1;
          if (!p.optional) bt.min_items = 1;
        }
        block.block_types[tf] = bt;
        continue;
      }
      let type = primitiveType(p.type);
      if (!type && s) {
        // nested attribute / object-typed attribute: approximate with an object type
        const inner = blockFor(s.fqn, src, meta);
        const obj = ['object', Object.fromEntries(Object.entries(inner.attributes).map(([k, v]) => [k, v.type]))];
        type = s.single ? obj : [h.type === 'set' ? 'set' : 'list', obj];
      }
      if (!type) throw new Error(`unsupported type for ${tf}: ${JSON.stringify(p.type)}`);
      if (Array.isArray(type) && type[0] === 'list' && h.type === 'set') type = ['set', type[1]];
      const attr = { type, description: desc, description_kind: 'plain' };
      if (p.optional) attr.optional = true;
      else attr.required = true;
      block.attributes[tf] = attr;
    }
    if (refClass) {
      for (const [tf, type] of Object.entries(computedGetters(src, refClass))) {
        if (!block.attributes[tf] && !block.block_types[tf]) block.attributes[tf] = { type, computed: true, description_kind: 'plain' };
      }
    }
    // terraform's schema JSON has its maps in sorted key order (Go encoding/json)
    block.attributes = Object.fromEntries(Object.entries(block.attributes).sort(([a], [b]) => (a < b ? -1 : 1)));
    block.block_types = Object.fromEntries(Object.entries(block.block_types).sort(([a], [b]) => (a < b ? -1 : 1)));
    return block;
  }
  function tfNameOfSafe(p) {
    try {
      return tfNameOf(p);
    } catch {
      return undefined;
    }
  }

  const schema: any = { provider: undefined, resource_schemas: {}, data_source_schemas: {} };
  let versionInfo: string | undefined;
  let constraint: string | undefined;
  let providerSource: string | undefined;
  for (const tf of wanted) {
    const { cls, src } = classFor(tf);
    const cfgFqn = cls.initializer.parameters[2]?.type.fqn;
    const cfg = types[cfgFqn];
    const meta = hclMeta(src);
    const block = buildBlock(cfg.properties || [], meta.__resource__ || {}, src, meta, cls.name);
    // a settable `id` is optional+computed (SDKv2 resources); plugin-framework resources may have none
    if (tf !== 'provider' && block.attributes.id?.optional) block.attributes.id.computed = true;
    const sm = /terraformProviderSource: '([^']+)'/.exec(src);
    if (sm) providerSource = sm[1];
    const vm = /providerVersion: '([^']+)'(?:,\s*providerVersionConstraint: '([^']+)')?/.exec(src);
    if (vm) {
      versionInfo = vm[1];
      constraint = vm[2];
    }
    const entry = { version: 0, block };
    if (tf === 'provider') schema.provider = entry;
    else if (tf.startsWith('data.')) schema.data_source_schemas[tf.slice(5)] = entry;
    else schema.resource_schemas[tf] = entry;
  }
  if (!schema.provider) schema.provider = { version: 0, block: { attributes: {}, block_types: {}, description_kind: 'plain' } };
  const src0 = providerSource ? (providerSource.includes('/') ? providerSource : `hashicorp/${providerSource}`) : source;
  return {
    format_version: '1.0',
    provider_schemas: { [`registry.terraform.io/${src0}`]: schema },
    provider_versions: { [`registry.terraform.io/${src0}`]: versionInfo },
    // not part of terraform's format: what the generator needs to reproduce the prebuilt constraint
    'x-constraint': { source: providerSource || src0, version: constraint },
  };
}
